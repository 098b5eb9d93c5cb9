import type {
  CellFocusedEvent,
  CellKeyDownEvent,
  FullWidthCellKeyDownEvent,
  GridApi,
  SuppressKeyboardEventParams,
} from 'ag-grid-community';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { CellChange } from '../../../../../electron/shared/contract/inventory';
import { extendRange, rangeBounds, type CellRange, type RangeBounds } from './cell-range';
import { EDITABLE_COLUMNS } from './columns';
import { copyBlock, displayedColIds, planClear, planFillDown, planPaste, type PastePlan } from './excel-ops';
import type { GridRow } from './row-filter';
import { formatTsv, parseTsv } from './tsv';

export type BatchKind = 'paste' | 'fill' | 'clear';

interface Options {
  api: () => GridApi<GridRow> | undefined;
  container: RefObject<HTMLElement | null>;
  /** Sends one batch (one undo step); resolves true when saved. */
  apply: (kind: BatchKind, cells: CellChange[], newRows?: PastePlan['newRows']) => Promise<boolean>;
  onCopied: (cells: number) => void;
  /** Opens the record of the focused row (Ctrl+Enter, or Enter on a cell that is not edited in the grid). */
  onOpen: (row: GridRow) => void;
}

/** The focused cell is an end of the tracked range unless the range is stale (focus moved, state not yet stored). */
function rangeContainsFocus(r: CellRange, pos: { rowIndex: number; colId: string }): boolean {
  const at = (p: { rowIndex: number; colId: string }) => p.rowIndex === pos.rowIndex && p.colId === pos.colId;
  return at(r.anchor) || at(r.focus);
}

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** Enter without modifiers on a computed cell (time, fees, counts…): there is nothing to edit, so it opens the record. */
const opensRecord = (e: KeyboardEvent, colId: string | undefined, row: GridRow | undefined) =>
  e.key === 'Enter' &&
  !e.ctrlKey &&
  !e.metaKey &&
  !e.shiftKey &&
  !e.altKey &&
  !!row &&
  !row.group &&
  !EDITABLE_COLUMNS[colId ?? ''];

/** Keys the app handles itself instead of the grid (the grid keeps arrows, Tab, Enter on editable cells, F2, Esc). */
function isOurs(e: KeyboardEvent, colId: string | undefined, row: GridRow | undefined): boolean {
  const ctrl = e.ctrlKey || e.metaKey;
  if (e.shiftKey && ARROWS.has(e.key)) return true;
  if (ctrl && ['c', 'v', 'd', 'z', 'y', 'x'].includes(e.key.toLowerCase())) return true;
  if (ctrl && e.key === 'Enter') return true;
  if (opensRecord(e, colId, row)) return true;
  return e.key === 'Delete' || e.key === 'Backspace';
}

/**
 * Excel habits on AG Grid Community: a tracked cell range (shift+click, shift+arrows), Ctrl+C as TSV, Ctrl+V of a
 * TSV block at the focused cell, Ctrl+D fill-down, Delete clears. Clipboard goes through the native copy/paste
 * events (no permission prompt, works in Electron and browsers).
 */
export function useExcelHabits(o: Options) {
  const [range, setRange] = useState<CellRange | null>(null);
  const [pending, setPending] = useState<PastePlan | null>(null);
  const shiftClick = useRef(false);
  const opts = useRef(o);
  const rangeRef = useRef(range);
  useLayoutEffect(() => {
    opts.current = o;
    rangeRef.current = range;
  });

  const bounds = useCallback((): RangeBounds | null => {
    const api = opts.current.api();
    if (!api) return null;
    // The tracked range, or the focused cell when a key or paste arrives before React has stored the focus.
    const focused = api.getFocusedCell();
    const pos = focused ? { rowIndex: focused.rowIndex, colId: focused.column.getColId() } : null;
    const r = rangeRef.current ?? (pos ? { anchor: pos, focus: pos } : null);
    const stale = r && pos && !rangeContainsFocus(r, pos);
    return r ? rangeBounds(stale ? { anchor: pos, focus: pos } : r, displayedColIds(api)) : null;
  }, []);

  const selectBlock = (rowIndex: number, colId: string, rows: number, colIds: string[]) =>
    setRange({
      anchor: { rowIndex, colId },
      focus: { rowIndex: rowIndex + rows - 1, colId: colIds[colIds.length - 1] ?? colId },
    });

  const runPaste = useCallback(async (plan: PastePlan, withNew: boolean) => {
    setPending(null);
    const r = rangeRef.current;
    const ok = await opts.current.apply('paste', plan.cells, withNew ? plan.newRows : []);
    if (ok && r) {
      selectBlock(
        Math.min(r.anchor.rowIndex, r.focus.rowIndex),
        plan.colIds[0] ?? r.anchor.colId,
        plan.rowCount,
        plan.colIds,
      );
      // The pasted block's columns right of the pinned ones start at the viewport's left edge, never scrolled
      // away behind the pinned code and name.
      const api = opts.current.api();
      const scrolling = plan.colIds.find((id) => !api?.getColumn(id)?.isPinned());
      if (api && scrolling) api.ensureColumnVisible(scrolling, 'start');
    }
  }, []);

  const pasteText = useCallback(
    (text: string) => {
      const api = opts.current.api();
      const b = bounds();
      if (!api || !b) return;
      const block = parseTsv(text);
      if (!block.length) return;
      const plan = planPaste(api, block, { rowIndex: b.top, colId: b.colIds[0]! });
      if (plan.newRows.length) setPending(plan);
      else void runPaste(plan, false);
    },
    [bounds, runPaste],
  );

  useEffect(() => {
    const inGrid = () => {
      const el = document.activeElement;
      const api = opts.current.api();
      return (
        !!el && !!opts.current.container.current?.contains(el) && !!api && api.getEditingCells().length === 0
      );
    };
    const onCopy = (e: ClipboardEvent) => {
      const api = opts.current.api();
      const b = bounds();
      if (!inGrid() || !api || !b) return;
      const block = copyBlock(api, b);
      e.clipboardData?.setData('text/plain', formatTsv(block));
      e.preventDefault();
      opts.current.onCopied(block.length * b.colIds.length);
    };
    const onPaste = (e: ClipboardEvent) => {
      if (!inGrid()) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      e.preventDefault();
      pasteText(text);
    };
    const onMouseDown = (e: MouseEvent) => (shiftClick.current = e.shiftKey);
    const container = opts.current.container.current;
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    container?.addEventListener('mousedown', onMouseDown, true);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
      container?.removeEventListener('mousedown', onMouseDown, true);
    };
  }, [bounds, pasteText]);

  const onCellFocused = useCallback((e: CellFocusedEvent<GridRow>) => {
    if (e.rowIndex === null || !e.column || typeof e.column === 'string') return;
    const pos = { rowIndex: e.rowIndex, colId: e.column.getColId() };
    if (shiftClick.current && rangeRef.current) {
      shiftClick.current = false;
      setRange({ anchor: rangeRef.current.anchor, focus: pos });
      return;
    }
    setRange({ anchor: pos, focus: pos });
  }, []);

  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<GridRow> | FullWidthCellKeyDownEvent<GridRow>) => {
      const ev = e.event as KeyboardEvent | null | undefined;
      const api = opts.current.api();
      const colId = 'column' in e && e.column ? e.column.getColId() : undefined;
      if (!ev || !api || !isOurs(ev, colId, e.data) || api.getEditingCells().length) return;
      const r = rangeRef.current;
      const b = bounds();
      const key = ev.key.toLowerCase();
      const ctrl = ev.ctrlKey || ev.metaKey;
      if (ev.shiftKey && ARROWS.has(ev.key) && r) {
        ev.preventDefault();
        setRange(extendRange(r, ev.key as 'ArrowUp', displayedColIds(api), api.getDisplayedRowCount()));
      } else if (ctrl && key === 'd' && b) {
        ev.preventDefault();
        const cells = planFillDown(api, b);
        if (cells.length) void opts.current.apply('fill', cells);
      } else if ((ev.key === 'Delete' || ev.key === 'Backspace') && b) {
        ev.preventDefault();
        const cells = planClear(api, b);
        if (cells.length) void opts.current.apply('clear', cells);
      } else if ((ctrl || opensRecord(ev, colId, e.data)) && ev.key === 'Enter' && e.data && !e.data.group) {
        ev.preventDefault();
        opts.current.onOpen(e.data);
      }
      // Ctrl+C / Ctrl+V reach the native copy/paste events; Ctrl+Z / Ctrl+Y go to the app-wide history.
    },
    [bounds],
  );

  const suppressKeyboardEvent = useCallback(
    (p: SuppressKeyboardEventParams<GridRow>) =>
      !p.editing && isOurs(p.event, p.column.getColId(), p.node.data),
    [],
  );

  return {
    range,
    bounds,
    setRange,
    pending,
    confirmPaste: (withNew: boolean) => pending && void runPaste(pending, withNew),
    cancelPaste: () => setPending(null),
    pasteText,
    gridProps: { onCellFocused, onCellKeyDown },
    suppressKeyboardEvent,
  };
}
