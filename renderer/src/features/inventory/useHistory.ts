import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { HistoryItem, HistoryList } from '../../../../electron/shared/contract/inventory';
import { call } from '../../api/client';

function isTextTarget(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/**
 * App-wide undo/redo: Ctrl+Z, Ctrl+Y (and Ctrl+Shift+Z) anywhere outside a text field (text fields keep their
 * own typing undo), the toolbar, and (through the inventory screen's commands) the Edit menu and the palette. The stack lives in the backend, so it survives sorting,
 * filtering and closing the record panel.
 */
export function useHistory(
  onMoved: (item: HistoryItem, direction: 'undo' | 'redo') => void,
  onEmpty: (direction: 'undo' | 'redo') => void,
  onError: (m: string) => void,
) {
  const [history, setHistory] = useState<HistoryList>({ undo: [], redo: [] });
  const cbs = useRef({ onMoved, onEmpty, onError });
  useLayoutEffect(() => {
    cbs.current = { onMoved, onEmpty, onError };
  });
  const busy = useRef(false);

  const refresh = useCallback(() => {
    call('history.list', {})
      .then(setHistory)
      .catch((e: Error) => cbs.current.onError(e.message));
  }, []);
  useEffect(refresh, [refresh]);

  const move = useCallback((direction: 'undo' | 'redo') => {
    if (busy.current) return;
    busy.current = true;
    call(direction === 'undo' ? 'history.undo' : 'history.redo', {})
      .then((r) => {
        setHistory(r.history);
        if (r.moved) cbs.current.onMoved(r.moved, direction);
        else cbs.current.onEmpty(direction);
      })
      .catch((e: Error) => cbs.current.onError(e.message))
      .finally(() => (busy.current = false));
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTextTarget(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) move('undo');
      else if (key === 'y' || (key === 'z' && e.shiftKey)) move('redo');
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [move]);

  return { history, refresh, undo: () => move('undo'), redo: () => move('redo') };
}
