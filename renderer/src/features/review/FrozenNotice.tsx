import { useState } from 'react';
import type { ReviewView } from '../../../../electron/shared/contract/review';
import { formatDateVi, formatMoney } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';

/** What an approval froze, a newer parameter when there is one, and the manager's "tính lại" (PIN, audited). */
export function FrozenNotice({ view, onChange }: { view: ReviewView; onChange: (v: ReviewView) => void }) {
  const { t, locale } = useI18n();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const f = view.frozen;
  if (!f) return null;
  const income = (n: number | null) => (n === null ? '—' : formatMoney(n, { locale }));
  return (
    <div className="review-frozen" data-testid="frozen">
      <p>
        {t('process.frozen', {
          date: formatDateVi(f.frozenAt.slice(0, 10)),
          by: f.frozenBy,
          income: income(f.hourlyIncome),
        })}
      </p>
      {f.newer && (
        <form
          className="review-form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            call('review.recompute', { itemId: view.item.id, pin })
              .then((v) => {
                setError(null);
                setPin('');
                onChange(v);
              })
              .catch((err: Error) => setError(err.message));
          }}
        >
          <span>
            {t('process.newer', {
              income: income(f.newer.hourlyIncome),
              date: f.newer.paramValidFrom ? formatDateVi(f.newer.paramValidFrom) : '—',
            })}
          </span>
          <input
            type="password"
            aria-label={t('process.recomputePin')}
            placeholder={t('process.recomputePin')}
            value={pin}
            onChange={(e) => setPin(e.target.value)}
          />
          <button type="submit">{t('process.recompute')}</button>
          {error && (
            <span className="review-error" role="alert">
              {error}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
