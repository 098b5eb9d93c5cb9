import type { ReportRequest } from '../../../../electron/shared/contract/reports';
import { formatNumber } from '../../../../electron/shared/text/format';
import { useI18n } from '../../i18n';
import { triggerDownload, useExportJob } from './useExportJob';

/** The Export button, the progress bar with Cancel, and what happened to the file. */
export function ExportBar({ request, disabled }: { request: ReportRequest; disabled: boolean }) {
  const { t } = useI18n();
  const { progress, error, start, cancel } = useExportJob();
  const running = progress?.state === 'running';
  const pct = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const delivery = progress?.state === 'done' ? progress.delivery : null;
  return (
    <div className="reports-export">
      <button type="button" className="primary" disabled={disabled || running} onClick={() => start(request)}>
        {t('reports.export')}
      </button>
      {running && (
        <>
          <progress
            max={100}
            value={pct}
            aria-label={t('reports.exporting', { done: progress.done, total: progress.total })}
          />
          <span>
            {t('reports.exporting', {
              done: formatNumber(progress.done),
              total: formatNumber(progress.total),
            })}
          </span>
          <button type="button" onClick={cancel}>
            {t('reports.cancel')}
          </button>
        </>
      )}
      {progress?.state === 'cancelled' && <span role="status">{t('reports.cancelled')}</span>}
      {delivery?.kind === 'saved' && (
        <span role="status">
          {t('reports.saved', { name: delivery.name })} ·{' '}
          {t('reports.rows', { rows: formatNumber(progress!.rows) })}
        </span>
      )}
      {delivery?.kind === 'download' && (
        <span role="status">
          {t('reports.downloadReady', { name: progress!.fileName })}{' '}
          <button
            type="button"
            className="link"
            onClick={() => triggerDownload(delivery.url, progress!.fileName)}
          >
            {t('reports.downloadAgain')}
          </button>
        </span>
      )}
      {delivery?.kind === 'cancelled' && <span role="status">{t('reports.notSaved')}</span>}
      {error && (
        <span className="reports-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
