import type { CellEditRequestEvent, GridApi } from 'ag-grid-community';
import { useCallback } from 'react';
import type { CellChange, InventoryRow } from '../../../../electron/shared/contract/inventory';
import { call } from '../../api/client';
import type { Translate } from '../../i18n';
import { EDITABLE_COLUMNS } from './grid/columns';
import type { PastePlan } from './grid/excel-ops';
import type { GridRow } from './grid/row-filter';
import type { BatchKind } from './grid/useExcelHabits';

interface Deps {
  unitId: number;
  t: Translate;
  api: () => GridApi<GridRow> | undefined;
  mergeRows: (fresh: InventoryRow[], touched?: number[]) => void;
  /** After any saved change: status line, history list. */
  saved: (message?: string) => void;
  fail: (message: string, cell?: { rowId: string; colId: string }) => void;
  onOpen: (procedureId: number | null) => void;
  openId: number | null;
}

type MoveAction = 'procedures.trash' | 'procedures.restore' | 'procedures.purge';
const DONE = {
  'procedures.trash': 'inventory.trash.done',
  'procedures.restore': 'inventory.restore.done',
  'procedures.purge': 'inventory.purge.done',
} as const;

/** Every change the grid makes: one backend call, one undo step, the touched rows merged back. */
export function useInventoryActions(d: Deps) {
  const { unitId, t, api, mergeRows, saved, fail, onOpen, openId } = d;

  const applyBatch = useCallback(
    async (kind: BatchKind, cells: CellChange[], newRows: PastePlan['newRows'] = []) => {
      try {
        const r = await call('procedures.applyCells', { unitId, kind, cells, newRows });
        mergeRows([...r.rows, ...r.created]);
        const key =
          kind === 'paste'
            ? 'inventory.paste.done'
            : kind === 'fill'
              ? 'inventory.fill.done'
              : 'inventory.clear.done';
        saved(t(key, { count: cells.length + newRows.reduce((n, r) => n + Object.keys(r).length, 0) }));
        return true;
      } catch (e) {
        fail((e as Error).message);
        return false;
      }
    },
    [unitId, mergeRows, saved, fail, t],
  );

  const editCell = (e: CellEditRequestEvent<GridRow>) => {
    const colId = e.column.getColId();
    const field = EDITABLE_COLUMNS[colId];
    if (!field || !e.data || e.data.group) return;
    const raw: unknown = e.newValue;
    const value = typeof raw === 'number' || raw === null ? raw : typeof raw === 'string' ? raw : '';
    call('procedures.updateField', { unitId, procedureId: e.data.procedureId, field, value })
      .then((row) => {
        mergeRows([row]);
        saved();
      })
      .catch((err: Error) =>
        fail(t('edit.failed', { message: err.message }), { rowId: e.node.id ?? '', colId }),
      );
  };

  /** Rows ticked in the first column, else the focused row. */
  const targetRows = (): GridRow[] => {
    const a = api();
    if (!a) return [];
    const picked = a.getSelectedRows().filter((r) => !r.group);
    if (picked.length) return picked;
    const focused = a.getFocusedCell();
    const row = focused ? a.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined;
    return row && !row.group ? [row] : [];
  };

  const move = (action: MoveAction) => {
    const targets = targetRows();
    if (!targets.length) return saved(t('inventory.trash.selectFirst'));
    const ids = targets.map((r) => r.procedureId);
    call(action, { unitId, procedureIds: ids })
      .then((r) => {
        mergeRows([], ids);
        if (openId !== null && ids.includes(openId)) onOpen(null);
        saved(t(DONE[action], { count: r.count }));
      })
      .catch((e: Error) => fail(e.message));
  };

  const duplicate = () => {
    const [row] = targetRows();
    if (!row) return saved(t('inventory.trash.selectFirst'));
    call('procedures.duplicate', { unitId, procedureId: row.procedureId })
      .then((copy) => {
        mergeRows([copy]);
        onOpen(copy.procedureId);
        saved();
      })
      .catch((e: Error) => fail(e.message));
  };

  return { applyBatch, editCell, move, duplicate };
}
