import type { GridApi } from 'ag-grid-community';
import { GridColumnKey } from '../../../../electron/shared/contract/reports';

/** The grid's displayed columns, in order, as the export contract names them (time → times). */
export function exportColumns(api: GridApi): { key: GridColumnKey; header: string }[] {
  if (api.isDestroyed()) return [];
  return api
    .getAllDisplayedColumns()
    .map((c) => {
      const id = c.getColId() === 'time' ? 'times' : c.getColId();
      const parsed = GridColumnKey.safeParse(id);
      return parsed.success ? { key: parsed.data, header: c.getColDef().headerName ?? id } : null;
    })
    .filter((c): c is { key: GridColumnKey; header: string } => c !== null);
}
