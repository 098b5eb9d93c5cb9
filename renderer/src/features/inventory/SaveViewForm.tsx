import { useState } from 'react';
import { useI18n } from '../../i18n';

/**
 * "Lưu khung nhìn…": names the current state (columns, sort, filters, grouping) as a view, optionally the
 * default. A bar under the toolbar (the view list itself is the toolbar's "Khung nhìn" picker).
 */
export function SaveViewForm(props: {
  initialName: string;
  onSave: (name: string, isDefault: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(props.initialName);
  const [asDefault, setAsDefault] = useState(false);
  return (
    <form
      className="inline-form confirm-bar"
      aria-label={t('inventory.views.save')}
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) props.onSave(name.trim(), asDefault);
      }}
    >
      <input
        autoFocus
        aria-label={t('inventory.views.name')}
        placeholder={t('inventory.views.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <label>
        <input type="checkbox" checked={asDefault} onChange={(e) => setAsDefault(e.target.checked)} />{' '}
        {t('inventory.views.default')}
      </label>
      <button type="submit" className="primary">
        {t('inventory.new.create')}
      </button>
      <button type="button" onClick={props.onCancel}>
        {t('inventory.new.cancel')}
      </button>
    </form>
  );
}
