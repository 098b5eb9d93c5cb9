import { useState } from 'react';
import type { GridColumnKey } from '../../../../electron/shared/contract/reports';
import { formatNumber } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { triggerDownload } from './useExportJob';

/**
 * "Export the current grid view" for the inventory toolbar: the visible columns (key + header as shown)
 * and the current search go to exports.grid; the file is saved (desktop) or downloaded (browser).
 */
export function GridExportButtons({
  unitId,
  search,
  columns,
}: {
  unitId: number;
  search: string;
  columns: { key: GridColumnKey; header: string }[];
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const run = (format: 'xlsx' | 'csv') => {
    setStatus(null);
    call('exports.grid', { unitId, format, search, columns })
      .then((r) => {
        if (r.delivery.kind === 'download') triggerDownload(r.delivery.url, r.fileName);
        setStatus(t('reports.gridDone', { rows: formatNumber(r.rows) }));
      })
      .catch((e: Error) => setStatus(e.message));
  };
  return (
    <span className="grid-export">
      <button type="button" disabled={columns.length === 0} onClick={() => run('xlsx')}>
        {t('reports.gridXlsx')}
      </button>
      <button type="button" disabled={columns.length === 0} onClick={() => run('csv')}>
        {t('reports.gridCsv')}
      </button>
      {status && <span role="status">{status}</span>}
    </span>
  );
}
