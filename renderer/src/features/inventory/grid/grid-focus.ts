import type { GridApi } from 'ag-grid-community';
import { useEffect } from 'react';
import type { GridRow } from './row-filter';

/** The displayed index of the first procedure row (group header rows are skipped), or null when none is shown. */
function firstProcedureIndex(api: GridApi<GridRow>): number | null {
  let found: number | null = null;
  api.forEachNodeAfterFilterAndSort((node) => {
    if (found === null && node.data && !node.data.group && node.rowIndex !== null) found = node.rowIndex;
  });
  return found;
}

function indexOfProcedure(api: GridApi<GridRow>, procedureId: number): number | null {
  let found: number | null = null;
  api.forEachNodeAfterFilterAndSort((node) => {
    if (node.data?.procedureId === procedureId && !node.data.group && node.rowIndex !== null)
      found = node.rowIndex;
  });
  return found;
}

function focusAt(api: GridApi<GridRow>, rowIndex: number, colId: string): void {
  api.ensureIndexVisible(rowIndex);
  api.ensureColumnVisible(colId);
  api.setFocusedCell(rowIndex, colId);
}

/**
 * Puts the keyboard on a grid row (the first procedure, or a given one) at `colId`, as Excel does from the
 * search box. Returns false when there is no such row (nothing changes then).
 */
export function focusGridRow(
  api: GridApi<GridRow> | undefined,
  procedureId?: number,
  colId = 'code',
): boolean {
  if (!api || api.isDestroyed()) return false;
  const index = procedureId === undefined ? firstProcedureIndex(api) : indexOfProcedure(api, procedureId);
  if (index === null) return false;
  focusAt(api, index, colId);
  return true;
}

/** The pinned name column's width while the record panel is open: the grid beside it keeps room for lĩnh vực. */
const NARROW_NAME = 230;

/**
 * While `narrow` (the record panel is open), the pinned name column shrinks so the scrolling columns keep room
 * beside the panel, and they are shown from their first one (lĩnh vực), never scrolled half behind the pinned
 * columns by the cell that was double-clicked; the name gets its width back after. Shrinking is not a layout change (finished = false: nothing is
 * remembered); the width given back is (finished = true), in case a sort or move remembered the narrow one.
 */
export function useNarrowNameWhile(api: GridApi<GridRow> | null, narrow: boolean): void {
  useEffect(() => {
    const column = narrow && api && !api.isDestroyed() ? api.getColumn('name') : null;
    if (!api || !column) return;
    const width = column.getActualWidth();
    const first = api.getAllDisplayedColumns().find((c) => !c.isPinned());
    if (width <= NARROW_NAME) {
      if (first) api.ensureColumnVisible(first, 'start');
      return;
    }
    api.setColumnWidths([{ key: 'name', newWidth: NARROW_NAME }], false);
    if (first) api.ensureColumnVisible(first, 'start');
    return () => {
      if (!api.isDestroyed()) api.setColumnWidths([{ key: 'name', newWidth: width }], true);
    };
  }, [api, narrow]);
}
