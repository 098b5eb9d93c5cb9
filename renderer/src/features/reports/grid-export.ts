import type { GridColumnKey } from '../../../../electron/shared/contract/reports';
import { formatNumber } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import type { Translate } from '../../i18n';
import { triggerDownload } from './useExportJob';

/**
 * "Export the current grid view" (inventory toolbar menu, palette): the visible columns (key + header as shown)
 * and the current search go to exports.grid; the file is saved (desktop) or downloaded (browser). Resolves to the
 * line the status bar shows.
 */
export async function exportGrid(
  o: { unitId: number; search: string; columns: { key: GridColumnKey; header: string }[] },
  format: 'xlsx' | 'csv',
  t: Translate,
): Promise<string> {
  const r = await call('exports.grid', { unitId: o.unitId, format, search: o.search, columns: o.columns });
  if (r.delivery.kind === 'download') triggerDownload(r.delivery.url, r.fileName);
  return t('reports.gridDone', { rows: formatNumber(r.rows) });
}
