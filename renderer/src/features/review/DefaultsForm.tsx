import { useState } from 'react';
import type { ReviewView } from '../../../../electron/shared/contract/review';
import { DEFAULT_KEYS, isHoursKey } from '../../../../electron/shared/cost/cost-defaults';
import { hoursMilliToString } from '../../../../electron/shared/cost/money';
import { formatDateVi, parseDateVi } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n, type MessageKey } from '../../i18n';

/** The unit's dated default hours of the derived activities: shown as in force, saved as a new dated row. */
export function DefaultsForm({ view, onSaved }: { view: ReviewView; onSaved: () => void }) {
  const { t } = useI18n();
  const d = view.defaults;
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      DEFAULT_KEYS.map((k) => [k, isHoursKey(k) ? hoursMilliToString(d[k]).replace('.', ',') : String(d[k])]),
    ),
  );
  const [validFrom, setValidFrom] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="review-form-grid review-defaults"
      aria-label={t('cost.defaults.save')}
      onSubmit={(e) => {
        e.preventDefault();
        const date = parseDateVi(validFrom);
        if (!date) return setError(t('cost.defaults.validFrom'));
        call('cost.setDefaults', { unitId: view.item.unitId, validFrom: date, values })
          .then(() => {
            setError(null);
            onSaved();
          })
          .catch((err: Error) => setError(err.message));
      }}
    >
      <strong>
        {d.validFrom ? t('cost.defaults', { date: formatDateVi(d.validFrom) }) : t('cost.defaults.builtIn')}
      </strong>
      {DEFAULT_KEYS.map((k) => (
        <label key={k}>
          {t(`cost.def.${k}` as MessageKey)}
          <input value={values[k] ?? ''} onChange={(e) => setValues({ ...values, [k]: e.target.value })} />
        </label>
      ))}
      <label>
        {t('cost.defaults.validFrom')}
        <input value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
      </label>
      <button type="submit">{t('cost.defaults.save')}</button>
      {error && (
        <span className="review-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
