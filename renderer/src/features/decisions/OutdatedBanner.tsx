import type { ReviewView } from '../../../../electron/shared/contract/review';
import { call } from '../../api/client';
import { useI18n, type MessageKey } from '../../i18n';
import './decisions.css';
import { decisionsVi as PARTS } from './messages';

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
  // "time:TRUC_TIEP" → "Thời hạn giải quyết (TRUC_TIEP)"; unknown parts are shown as they are.
  const part = (p: string) => {
    const [head, rest] = p.split(':');
    const key = `outdated.part.${head}` as MessageKey;
    const label = key in PARTS ? t(key) : p;
    return rest ? `${label} (${rest})` : label;
  };
  const value = (p: string, v: string) =>
    p === 'status' && `outdated.status.${v}` in PARTS ? t(`outdated.status.${v}` as MessageKey) : v;
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
            {part(c.part)}: {c.before && <del>{value(c.part, c.before)}</del>} {c.before && c.after && '→ '}
            {c.after && <ins>{value(c.part, c.after)}</ins>}
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
