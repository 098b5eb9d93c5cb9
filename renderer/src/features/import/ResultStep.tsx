import { useState } from 'react';
import type { ImportResult } from '../../../../electron/shared/contract/import';
import { formatNumber } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';

/** What was written, the backup taken first, and the rejected rows as a downloadable .xlsx. */
export function ResultStep({
  token,
  result,
  onRestart,
  onInventory,
}: {
  token: string;
  result: ImportResult;
  onRestart: () => void;
  onInventory: () => void;
}) {
  const { t } = useI18n();
  const [delivery, setDelivery] = useState<{ kind: string; name?: string; url?: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const n = (v: number) => formatNumber(v);
  const report = () => {
    setError(null);
    call('import.errorReport', { token })
      .then((d) => setDelivery(d))
      .catch((e: Error) => setError(e.message));
  };
  return (
    <div className="import-result" data-testid="import-result">
      <p className="import-summary">
        {t(result.committed ? 'import.done' : 'import.noneImported', {
          created: n(result.created),
          updated: n(result.updated),
          unchanged: n(result.unchanged),
          conflicts: n(result.conflicts),
          rejected: n(result.rejected),
        })}
      </p>
      {result.excluded > 0 && (
        <p className="import-muted">{t('import.doneExcluded', { count: n(result.excluded) })}</p>
      )}
      {result.backupName && <p className="import-muted">{t('import.backup', { name: result.backupName })}</p>}
      <div className="import-actions">
        {result.rejected > 0 && (
          <button type="button" onClick={report}>
            {t('import.errorReport')}
          </button>
        )}
        <button type="button" onClick={onInventory}>
          {t('import.goInventory')}
        </button>
        <button type="button" onClick={onRestart}>
          {t('import.restart')}
        </button>
      </div>
      {delivery?.kind === 'saved' && <p>{t('import.errorReportSaved', { name: delivery.name ?? '' })}</p>}
      {delivery?.kind === 'download' && (
        <p>
          {t('import.errorReportReady')}{' '}
          <a href={delivery.url} download data-testid="import-report-link">
            {t('import.download')}
          </a>
        </p>
      )}
      {error && <p className="import-error">{error}</p>}
    </div>
  );
}
