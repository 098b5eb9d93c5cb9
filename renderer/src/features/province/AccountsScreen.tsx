import { useCallback, useEffect, useState } from 'react';
import type { AccountRole, ProvinceOutputOf } from '../../../../electron/shared/contract/province';
import type { UnitLevel } from '../../../../electron/shared/domain';
import { useI18n } from '../../i18n';
import { provinceCall } from './api';
import { when } from './format';

const ROLES: AccountRole[] = ['officer', 'unit', 'admin'];
const LEVELS: UnitLevel[] = ['XA', 'TINH', 'BO', 'HUYEN_LEGACY'];

/** The administrator's screen: the province's units and the accounts (officers; one submitting account a unit). */
export function AccountsScreen() {
  const { t } = useI18n();
  const [units, setUnits] = useState<ProvinceOutputOf<'province.units.list'>>([]);
  const [accounts, setAccounts] = useState<ProvinceOutputOf<'province.accounts.list'>>([]);
  const [unit, setUnit] = useState({ code: '', name: '', level: 'XA' as UnitLevel });
  const [account, setAccount] = useState({
    name: '',
    role: 'unit' as AccountRole,
    unitCode: '',
    password: '',
  });
  const [reset, setReset] = useState<{ name: string; password: string } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const load = useCallback(() => {
    const fail = (e: Error) => setMessage({ ok: false, text: e.message });
    provinceCall('province.units.list', {}).then(setUnits).catch(fail);
    provinceCall('province.accounts.list', {}).then(setAccounts).catch(fail);
  }, []);
  useEffect(load, [load]);
  const act = (p: Promise<unknown>, ok: string) =>
    p
      .then(() => {
        setMessage({ ok: true, text: ok });
        load();
      })
      .catch((e: Error) => setMessage({ ok: false, text: e.message }));

  return (
    <section className="prov-screen">
      {message && (
        <div className={message.ok ? 'note' : 'error-bar'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </div>
      )}
      <div className="two-columns">
        <div>
          <h1>{t('prov.units')}</h1>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void act(provinceCall('province.units.save', unit), unit.name);
            }}
          >
            <input
              required
              aria-label={t('prov.units.code')}
              placeholder={t('prov.units.code')}
              value={unit.code}
              onChange={(e) => setUnit({ ...unit, code: e.target.value })}
            />
            <input
              required
              aria-label={t('prov.units.name')}
              placeholder={t('prov.units.name')}
              value={unit.name}
              onChange={(e) => setUnit({ ...unit, name: e.target.value })}
            />
            <select
              aria-label={t('prov.units.level')}
              value={unit.level}
              onChange={(e) => setUnit({ ...unit, level: e.target.value as UnitLevel })}
            >
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`level.${l}`)}
                </option>
              ))}
            </select>
            <button type="submit" className="primary">
              {t('prov.units.save')}
            </button>
          </form>
          <table className="prov-table">
            <thead>
              <tr>
                <th>{t('prov.units.code')}</th>
                <th>{t('prov.units.name')}</th>
                <th>{t('prov.units.level')}</th>
                <th className="num">{t('prov.units.accounts')}</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.code}>
                  <td>{u.code}</td>
                  <td>{u.name}</td>
                  <td>{t(`level.${u.level}`)}</td>
                  <td className="num">{u.accounts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h1>{t('prov.accounts')}</h1>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void act(
                provinceCall('province.accounts.create', {
                  ...account,
                  unitCode: account.role === 'unit' ? account.unitCode || null : null,
                }),
                t('prov.accounts.created', { name: account.name }),
              ).then(() => setAccount((a) => ({ ...a, name: '', password: '' })));
            }}
          >
            <input
              required
              aria-label={t('prov.accounts.name')}
              placeholder={t('prov.accounts.name')}
              value={account.name}
              onChange={(e) => setAccount({ ...account, name: e.target.value })}
            />
            <select
              aria-label={t('prov.accounts.role')}
              value={account.role}
              onChange={(e) => setAccount({ ...account, role: e.target.value as AccountRole })}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`prov.role.${r}`)}
                </option>
              ))}
            </select>
            {account.role === 'unit' && (
              <select
                aria-label={t('prov.accounts.unit')}
                value={account.unitCode}
                onChange={(e) => setAccount({ ...account, unitCode: e.target.value })}
              >
                <option value="">{t('prov.accounts.unit')}</option>
                {units.map((u) => (
                  <option key={u.code} value={u.code}>
                    {u.name}
                  </option>
                ))}
              </select>
            )}
            <input
              required
              type="password"
              autoComplete="new-password"
              aria-label={t('prov.accounts.password')}
              placeholder={t('prov.accounts.password')}
              value={account.password}
              onChange={(e) => setAccount({ ...account, password: e.target.value })}
            />
            <button type="submit" className="primary">
              {t('prov.accounts.create')}
            </button>
          </form>
          <table className="prov-table">
            <thead>
              <tr>
                <th>{t('prov.accounts.name')}</th>
                <th>{t('prov.accounts.role')}</th>
                <th>{t('prov.col.unit')}</th>
                <th>{t('prov.accounts.created_at')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.name} className={a.disabled ? 'superseded' : ''}>
                  <td>{a.name}</td>
                  <td>{t(`prov.role.${a.role}`)}</td>
                  <td>{units.find((u) => u.code === a.unitCode)?.name ?? a.unitCode ?? ''}</td>
                  <td>{when(a.createdAt)}</td>
                  <td className="actions">
                    {reset?.name === a.name ? (
                      <form
                        onSubmit={(e) => {
                          e.preventDefault();
                          void act(
                            provinceCall('province.accounts.setPassword', reset),
                            t('prov.accounts.passwordSet', { name: a.name }),
                          ).then(() => setReset(null));
                        }}
                      >
                        <input
                          autoFocus
                          type="password"
                          autoComplete="new-password"
                          aria-label={t('prov.accounts.newPassword', { name: a.name })}
                          value={reset.password}
                          onChange={(e) => setReset({ ...reset, password: e.target.value })}
                        />
                        <button type="submit">{t('units.save')}</button>
                      </form>
                    ) : (
                      <button type="button" onClick={() => setReset({ name: a.name, password: '' })}>
                        {t('prov.accounts.reset')}
                      </button>
                    )}
                    <button
                      type="button"
                      onClick={() =>
                        void act(
                          provinceCall('province.accounts.setDisabled', {
                            name: a.name,
                            disabled: !a.disabled,
                          }),
                          a.disabled ? t('prov.accounts.active') : t('prov.accounts.disabled'),
                        )
                      }
                    >
                      {a.disabled ? t('prov.accounts.enable') : t('prov.accounts.disable')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
