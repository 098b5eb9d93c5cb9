import type { AppInfo } from '../../../electron/shared/contract/system';
import type { Unit } from '../../../electron/shared/contract/units';
import { useI18n } from '../i18n';
import { SCREENS, type ScreenId } from './screens';

/**
 * The left rail (ux.md): the open unit in full (it wraps rather than being cut) and the database file, the
 * screens, then the profile and the language at the bottom. The unit picker shows only when there is a choice.
 */
export function Rail(p: {
  info: AppInfo;
  units: Unit[];
  unit: Unit | undefined;
  screen: ScreenId;
  onUnit: (id: number) => void;
  onScreen: (id: ScreenId) => void;
  onSwitchLocale: () => void;
}) {
  const { t } = useI18n();
  return (
    <nav className="rail" aria-label="TinhGọn">
      <div className="rail-head">
        <strong>{t('app.title')}</strong>
        <span className="rail-unit" data-testid="rail-unit" title={p.unit?.name}>
          {p.unit?.name}
        </span>
        {p.units.length > 1 && (
          // A switcher, not a second copy of the name: the name above wraps whole, a select would cut it.
          <select
            aria-label={t('nav.units')}
            value=""
            onChange={(e) => e.target.value && p.onUnit(Number(e.target.value))}
          >
            <option value="" disabled>
              {t('nav.switchUnit')}
            </option>
            {p.units.map((u) => (
              <option key={u.id} value={u.id} disabled={u.id === p.unit?.id}>
                {u.name}
                {u.validTo && u.replacedBy.length > 0
                  ? ` (${t('units.mergedInto', { by: u.replacedBy.join(', ') })})`
                  : ''}
              </option>
            ))}
          </select>
        )}
        <small title={p.info.dbName}>{p.info.dbName}</small>
      </div>
      {SCREENS.map((s) => (
        <button
          key={s.id}
          type="button"
          className={s.id === p.screen ? 'active' : ''}
          aria-current={s.id === p.screen ? 'page' : undefined}
          onClick={() => p.onScreen(s.id)}
        >
          <span aria-hidden="true">{s.icon}</span> {t(s.label)}
        </button>
      ))}
      <div className="rail-foot">
        <span data-testid="rail-profile">
          {p.info.profileName}
          {/* The role, unless the profile's name already says it ("Cán bộ", "Lãnh đạo"). */}
          {p.info.profileName.toLocaleLowerCase('vi') !==
            t(`review.role.${p.info.profileRole}`).toLocaleLowerCase('vi') &&
            ` (${t(`review.role.${p.info.profileRole}`)})`}
        </span>
        <button type="button" onClick={p.onSwitchLocale}>
          {t('locale.switch')}
        </button>
      </div>
    </nav>
  );
}
