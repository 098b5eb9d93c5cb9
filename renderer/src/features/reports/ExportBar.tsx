import type { ReportRequest } from '../../../../electron/shared/contract/reports';
import { formatNumber } from '../../../../electron/shared/text/format';
import { useI18n } from '../../i18n';
import { triggerDownload, useExportJob } from './useExportJob';

/**
 * The Export button, the progress bar with Cancel, and what happened to the file: a finished export's message
 * is shown only while the same report and options are chosen (a new choice never shows the last file's news).
 */
export function ExportBar({
  request,
  requestKey,
  disabled,
}: {
  request: ReportRequest;
  requestKey: string;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const { progress: job, error: jobError, startedKey, start, cancel } = useExportJob();
  const running = job?.state === 'running';
  const current = running || startedKey === requestKey;
  const progress = current ? job : null;
  const error = current ? jobError : null;
  const pct = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const delivery = progress?.state === 'done' ? progress.delivery : null;
  return (
    <div className="reports-export">
      <button
        type="button"
        className="primary"
        disabled={disabled || running}
        onClick={() => start(request, requestKey)}
      >
        {t('reports.export')}
      </button>
      {running && progress && (
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
