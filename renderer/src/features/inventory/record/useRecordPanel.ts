import type { GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useState } from 'react';
import { focusGridRow, useNarrowNameWhile } from '../grid/grid-focus';
import type { GridRow } from '../grid/row-filter';

/**
 * The record panel beside the grid: which procedure is open, and closing it from the keyboard. Esc closes it
 * from anywhere but a cell being edited (Esc cancels the edit first), a menu or a dialog; the keyboard then goes
 * back to the procedure's row, in the column it was in. While it is open the grid keeps room for lĩnh vực.
 */
export function useRecordPanel(api: GridApi<GridRow> | null) {
  const [openId, setOpenId] = useState<number | null>(null);
  const close = useCallback(() => {
    const pid = openId;
    setOpenId(null);
    if (pid === null || !api || api.isDestroyed()) return;
    // The grid remembers its focused cell while the keyboard is in the panel.
    const colId = api.getFocusedCell()?.column.getColId() ?? 'code';
    requestAnimationFrame(() => focusGridRow(api, pid, colId));
  }, [api, openId]);

  useEffect(() => {
    if (openId === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (api && !api.isDestroyed() && api.getEditingCells().length) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('[role=menu], [role=dialog], .confirm-bar, .dialog-backdrop')) return;
      // A field being typed in commits on blur, before the panel goes.
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      close();
    };
    // Capture: the grid's own Esc handling would otherwise run first and end an edit before we look.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [api, openId, close]);

  useNarrowNameWhile(api, openId !== null);
  return { openId, setOpenId, close };
}
