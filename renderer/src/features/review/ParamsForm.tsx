import { useState } from 'react';
import { parseDateVi } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';

/** A new dated hourly income from the monthly one (÷ 22 ÷ 8, rounded to whole đồng by the backend). */
export function ParamsForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useI18n();
  const [validFrom, setValidFrom] = useState('');
  const [monthly, setMonthly] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="review-form-grid"
      aria-label={t('review.params')}
      onSubmit={(e) => {
        e.preventDefault();
        const date = parseDateVi(validFrom);
        if (!date) {
          setError(t('review.params.validFrom'));
          return;
        }
        call('cost.setParams', { validFrom: date, monthlyIncome: Number(monthly.replace(/[.\s]/g, '')) })
          .then(() => {
            setError(null);
            onSaved();
          })
          .catch((err: Error) => setError(err.message));
      }}
    >
      <strong>{t('review.params')}</strong>
      <label>
        {t('review.params.validFrom')}
        <input value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
      </label>
      <label>
        {t('review.params.monthly')}
        <input inputMode="numeric" value={monthly} onChange={(e) => setMonthly(e.target.value)} />
      </label>
      <button type="submit">{t('review.params.save')}</button>
      {error && (
        <span className="review-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
