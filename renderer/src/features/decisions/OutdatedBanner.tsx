import type { ReviewView } from '../../../../electron/shared/contract/review';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import './decisions.css';

/**
 * "Rà soát trên phiên bản cũ": the record got a new version (a decision, a national update) after this review
 * started. Shows what changed and lets the reviewer confirm the review or redo it.
 */
export function OutdatedBanner({
  view,
  onChange,
  onError,
}: {
  view: ReviewView;
  onChange: (v: ReviewView) => void;
  onError: (message: string) => void;
}) {
  const { t } = useI18n();
  const o = view.item.outdated;
  if (!o) return null;
  const settle = (redo: boolean) =>
    void call('review.settleOutdated', { itemId: view.item.id, redo })
      .then(onChange)
      .catch((e: Error) => onError(e.message));
  return (
    <section className="outdated-banner" role="note" aria-label={t('review.outdated')}>
      <strong>{t('review.outdated')}</strong> — {t('review.outdatedDetail', o)}
      <ul>
        {view.outdatedChanges.map((c, i) => (
          <li key={i}>
            {c.part}: {c.before && <del>{c.before}</del>} {c.before && c.after && '→ '}
            {c.after && <ins>{c.after}</ins>}
          </li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={() => settle(false)}>
        {t('review.confirmVersion')}
      </button>{' '}
      <button type="button" onClick={() => settle(true)}>
        {t('review.redo')}
      </button>
    </section>
  );
}
