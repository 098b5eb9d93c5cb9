import type { GridApi, IRowNode } from 'ag-grid-community';
import type { CellChange, EditableField } from '../../../../../electron/shared/contract/inventory';
import { fillDownPairs, type RangeBounds } from './cell-range';
import { EDITABLE_COLUMNS } from './columns';
import type { GridRow } from './row-filter';

/** Displayed procedure rows (group headers skipped) with their display index. */
export function displayedDataRows(api: GridApi<GridRow>): IRowNode<GridRow>[] {
  const out: IRowNode<GridRow>[] = [];
  const n = api.getDisplayedRowCount();
  for (let i = 0; i < n; i++) {
    const node = api.getDisplayedRowAtIndex(i);
    if (node?.data && !node.data.group) out.push(node);
  }
  return out;
}

export function displayedColIds(api: GridApi<GridRow>): string[] {
  return api
    .getAllDisplayedColumns()
    .map((c) => c.getColId())
    .filter((id) => id !== 'ag-Grid-SelectionColumn');
}

/** The selected cells as Excel-style rows of displayed text (what Ctrl+C copies). */
export function copyBlock(api: GridApi<GridRow>, b: RangeBounds): string[][] {
  const out: string[][] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const node = api.getDisplayedRowAtIndex(r);
    if (!node?.data || node.data.group) continue;
    out.push(
      b.colIds.map((colKey) => String(api.getCellValue({ rowNode: node, colKey, useFormatter: true }) ?? '')),
    );
  }
  return out;
}

export interface PastePlan {
  cells: CellChange[];
  /** Pasted rows beyond the last row: field → value, created only after the user confirms. */
  newRows: Partial<Record<EditableField, string>>[];
  /** Rows × columns of the block actually targeted (for the new selection). */
  rowCount: number;
  colIds: string[];
}

/**
 * Where a TSV block lands: from the top-left cell over displayed rows and columns; values for computed columns
 * are skipped (nothing to write); rows past the end become new procedures.
 */
export function planPaste(
  api: GridApi<GridRow>,
  block: string[][],
  start: { rowIndex: number; colId: string },
): PastePlan {
  const cols = displayedColIds(api);
  const startCol = Math.max(0, cols.indexOf(start.colId));
  const width = Math.max(...block.map((r) => r.length));
  const colIds = cols.slice(startCol, startCol + width);
  const rows: (GridRow | null)[] = [];
  let index = start.rowIndex;
  const count = api.getDisplayedRowCount();
  while (rows.length < block.length) {
    if (index >= count) rows.push(null);
    else {
      const node = api.getDisplayedRowAtIndex(index);
      if (node?.data && !node.data.group) rows.push(node.data);
    }
    index++;
  }
  const cells: CellChange[] = [];
  const newRows: PastePlan['newRows'] = [];
  block.forEach((values, r) => {
    const target = rows[r];
    const fresh: Partial<Record<EditableField, string>> = {};
    colIds.forEach((colId, c) => {
      const field = EDITABLE_COLUMNS[colId];
      const value = values[c];
      if (!field || value === undefined) return;
      if (target) cells.push({ procedureId: target.procedureId, field, value });
      else fresh[field] = value;
    });
    if (!target) newRows.push(fresh);
  });
  return { cells, newRows, rowCount: block.length, colIds };
}

/** The raw stored value of an editable cell (what fill-down copies: the backend validates it again). */
function rawValue(row: GridRow, field: EditableField): string | number | null {
  const v = (row as unknown as Record<string, unknown>)[field];
  return typeof v === 'number' || typeof v === 'string' ? v : null;
}

export function planFillDown(api: GridApi<GridRow>, b: RangeBounds): CellChange[] {
  const cells: CellChange[] = [];
  for (const [target, source] of fillDownPairs(b)) {
    const to = api.getDisplayedRowAtIndex(target)?.data;
    const from = api.getDisplayedRowAtIndex(source)?.data;
    if (!to || !from || to.group || from.group) continue;
    for (const colId of b.colIds) {
      const field = EDITABLE_COLUMNS[colId];
      if (field) cells.push({ procedureId: to.procedureId, field, value: rawValue(from, field) });
    }
  }
  return cells;
}

export function planClear(api: GridApi<GridRow>, b: RangeBounds): CellChange[] {
  const cells: CellChange[] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const row = api.getDisplayedRowAtIndex(r)?.data;
    if (!row || row.group) continue;
    for (const colId of b.colIds) {
      const field = EDITABLE_COLUMNS[colId];
      if (field) cells.push({ procedureId: row.procedureId, field, value: null });
    }
  }
  return cells;
}
