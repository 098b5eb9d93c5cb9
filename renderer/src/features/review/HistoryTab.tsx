import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../../electron/shared/contract';
import { formatDateVi } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';

/** Old versions of the record kept at implementation, each with what changed. */
export function HistoryTab({ procedureId }: { procedureId: number }) {
  const { t } = useI18n();
  const [versions, setVersions] = useState<OutputOf<'review.versions'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('review.versions', { procedureId })
      .then(setVersions)
      .catch((e: Error) => setError(e.message));
  }, [procedureId]);
  if (error)
    return (
      <p className="review-error" role="alert">
        {error}
      </p>
    );
  if (!versions) return null;
  if (versions.length === 0) return <p>{t('review.history.none')}</p>;
  return (
    <div className="review-history" data-testid="review-history">
      {versions.map((v) => (
        <section key={v.version}>
          <h3>
            {t('review.history.version', {
              v: v.version,
              no: v.decisionNo,
              date: formatDateVi(v.decisionDate),
            })}
          </h3>
          <ul>
            {v.changes.map((c, i) => (
              <li key={i} className={`change-${c.kind}`}>
                <strong>{t(`review.change.${c.kind}`)}</strong> {c.part}: <del>{c.before}</del>
                {c.after && (
                  <>
                    {' '}
                    → <ins>{c.after}</ins>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
