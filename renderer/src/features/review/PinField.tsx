import { useI18n } from '../../i18n';

/** The manager's PIN field (digits, hidden), focused when its form opens. */
export function PinField({ value, onChange }: { value: string; onChange: (pin: string) => void }) {
  const { t } = useI18n();
  return (
    <label>
      {t('review.flow.pin')}{' '}
      <input
        type="password"
        inputMode="numeric"
        autoFocus
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
