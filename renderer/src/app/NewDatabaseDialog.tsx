import { useState } from 'react';
import type { UnitLevel } from '../../../electron/shared/domain';
import { call } from '../api/client';
import { useI18n } from '../i18n';

/** "Tạo cơ sở dữ liệu mới cho đơn vị của tôi": asks for the unit's name and level, nothing else. */
export function NewDatabaseDialog(props: { onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [level, setLevel] = useState<UnitLevel>('XA');
  const [error, setError] = useState<string | null>(null);
  const submit = () =>
    call('database.createNew', { unitName: name, unitLevel: level })
      .then(props.onDone)
      .catch((e: Error) => setError(e.message));
  return (
    <div className="dialog-backdrop">
      <form
        className="dialog"
        role="dialog"
        aria-label={t('newdb.title')}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2>{t('newdb.title')}</h2>
        <label>
          {t('newdb.unitName')}
          <input value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
        </label>
        <label>
          {t('newdb.unitLevel')}
          <select value={level} onChange={(e) => setLevel(e.target.value as UnitLevel)}>
            {(['XA', 'TINH', 'HUYEN_LEGACY', 'BO'] as const).map((l) => (
              <option key={l} value={l}>
                {t(`level.${l}`)}
              </option>
            ))}
          </select>
        </label>
        {error && <div className="error-bar">{error}</div>}
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>
            {t('newdb.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('newdb.create')}
          </button>
        </div>
      </form>
    </div>
  );
}
