import { useState } from 'react';
import type { GridView } from '../../../../electron/shared/contract/inventory';
import { useI18n } from '../../i18n';

/** Saved views dropdown: pick, save the current state under a name, make default, delete. */
export function ViewPicker(props: {
  views: GridView[];
  currentId: number | null;
  onPick: (view: GridView | null) => void;
  onSave: (name: string, isDefault: boolean) => void;
  onDelete: (view: GridView) => void;
  onSetDefault: (view: GridView) => void;
}) {
  const { t } = useI18n();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [asDefault, setAsDefault] = useState(false);
  const current = props.views.find((v) => v.id === props.currentId) ?? null;
  return (
    <div className="view-picker">
      <label>
        {t('inventory.views.label')}{' '}
        <select
          aria-label={t('inventory.views.label')}
          value={props.currentId ?? ''}
          onChange={(e) => props.onPick(props.views.find((v) => v.id === Number(e.target.value)) ?? null)}
        >
          <option value="">{t('inventory.views.none')}</option>
          {props.views.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
              {v.isDefault ? ' ★' : ''}
            </option>
          ))}
        </select>
      </label>
      {naming ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!name.trim()) return;
            props.onSave(name.trim(), asDefault);
            setNaming(false);
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
          <button type="button" onClick={() => setNaming(false)}>
            {t('inventory.new.cancel')}
          </button>
        </form>
      ) : (
        <button
          type="button"
          onClick={() => {
            setName(current?.name ?? '');
            setNaming(true);
          }}
        >
          {t('inventory.views.save')}
        </button>
      )}
      {current && !naming && (
        <>
          {!current.isDefault && (
            <button type="button" onClick={() => props.onSetDefault(current)}>
              {t('inventory.views.default')}
            </button>
          )}
          <button type="button" onClick={() => props.onDelete(current)}>
            {t('inventory.views.delete')}
          </button>
        </>
      )}
    </div>
  );
}
