import { useCallback, useEffect, useState } from 'react';
import type { Me, PlanSummary } from '../../../../electron/shared/contract/province';
import type { Locale } from '../../../../electron/shared/errors';
import { LocaleProvider, translator, type MessageKey } from '../../i18n';
import { provinceCall, setProvinceLocale, signOut, whenSignedOut } from './api';
import { AccountsScreen } from './AccountsScreen';
import { AuditScreen } from './AuditScreen';
import { LoginScreen } from './LoginScreen';
import { OverlapsScreen } from './OverlapsScreen';
import { PlansScreen } from './PlansScreen';
import { ProvinceReportsScreen } from './ProvinceReportsScreen';
import { ReceiptScreen } from './ReceiptScreen';
import { SummaryScreen } from './SummaryScreen';
import { UnitHistory } from './UnitHistory';
import './province.css';

type ScreenId = 'receipt' | 'summary' | 'overlaps' | 'reports' | 'plans' | 'accounts' | 'audit';
const SCREENS: { id: ScreenId; label: MessageKey; icon: string; needsPlan: boolean; adminOnly?: boolean }[] =
  [
    { id: 'receipt', label: 'prov.nav.receipt', icon: '⇩', needsPlan: true },
    { id: 'summary', label: 'prov.nav.summary', icon: 'Σ', needsPlan: true },
    { id: 'overlaps', label: 'prov.nav.overlaps', icon: '⇄', needsPlan: true },
    { id: 'reports', label: 'prov.nav.reports', icon: '▤', needsPlan: true },
    { id: 'plans', label: 'prov.nav.plans', icon: '✎', needsPlan: false },
    { id: 'accounts', label: 'prov.nav.accounts', icon: '⌂', needsPlan: false, adminOnly: true },
    { id: 'audit', label: 'prov.nav.audit', icon: '☰', needsPlan: false },
  ];

const screenFromHash = (): ScreenId => {
  const id = window.location.hash.replace(/^#\/?/, '');
  return SCREENS.some((s) => s.id === id) ? (id as ScreenId) : 'receipt';
};

/** The province officers' app ("Tổng hợp"), served by `npm run server` from the same built renderer. */
export function ProvinceApp() {
  const [locale, setLocale] = useState<Locale>(() =>
    localStorage.getItem('tinhgon.locale') === 'en' ? 'en' : 'vi',
  );
  setProvinceLocale(locale);
  const [me, setMe] = useState<Me | null | 'signed-out'>(null);
  const [plans, setPlans] = useState<PlanSummary[]>([]);
  const [planId, setPlanId] = useState<number | null>(null);
  const [screen, setScreenState] = useState<ScreenId>(screenFromHash);
  const [error, setError] = useState<string | null>(null);
  const t = translator(locale);

  const setScreen = (id: ScreenId) => {
    setScreenState(id);
    window.history.replaceState(null, '', `#${id}`);
  };
  const loadPlans = useCallback(() => {
    provinceCall('province.plans.list', {})
      .then((p) => {
        setPlans(p);
        setPlanId((current) =>
          current !== null && p.some((x) => x.id === current) ? current : (p[0]?.id ?? null),
        );
      })
      .catch((e: Error) => setError(e.message));
  }, []);
  const start = useCallback(() => {
    provinceCall('province.me', {})
      .then((m) => {
        setMe(m);
        setError(null);
        if (m.role !== 'unit') loadPlans();
        else
          provinceCall('province.plans.list', {})
            .then((p) => setPlans(p))
            .catch(() => undefined);
      })
      .catch(() => setMe('signed-out'));
  }, [loadPlans]);
  useEffect(() => {
    whenSignedOut(() => setMe('signed-out'));
    start();
  }, [start]);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('prov.title');
  }, [locale, t]);

  const switchLocale = () => {
    const next = locale === 'vi' ? 'en' : 'vi';
    localStorage.setItem('tinhgon.locale', next);
    setLocale(next);
  };

  if (me === null) return <div className="loading">{t('app.loading')}</div>;
  if (me === 'signed-out')
    return (
      <LocaleProvider locale={locale}>
        <LoginScreen onSignedIn={start} onSwitchLocale={switchLocale} />
      </LocaleProvider>
    );

  const plan = plans.find((p) => p.id === planId) ?? null;
  const visible = SCREENS.filter((s) => !s.adminOnly || me.role === 'admin');
  const current = visible.find((s) => s.id === screen) ?? visible[0]!;
  const body = () => {
    if (me.role === 'unit') return <UnitHistory me={me} plans={plans} />;
    if (current.needsPlan && !plan) return <p className="placeholder">{t('prov.noPlan')}</p>;
    switch (current.id) {
      case 'receipt':
        return <ReceiptScreen key={plan!.id} plan={plan!} onChanged={loadPlans} />;
      case 'summary':
        return <SummaryScreen key={plan!.id} plan={plan!} />;
      case 'overlaps':
        return <OverlapsScreen key={plan!.id} plan={plan!} />;
      case 'reports':
        return <ProvinceReportsScreen key={plan!.id} plan={plan!} />;
      case 'plans':
        return <PlansScreen plans={plans} onChanged={loadPlans} />;
      case 'accounts':
        return <AccountsScreen />;
      case 'audit':
        return <AuditScreen />;
    }
  };

  return (
    <LocaleProvider locale={locale}>
      <div className="shell province">
        <nav className="rail" aria-label="TinhGọn">
          <div className="rail-head">
            <strong>{t('prov.title')}</strong>
            <small title={me.provinceName}>{me.provinceName}</small>
            {/* One plan: its whole title (wrapped). Several: a list to switch, the chosen one's title whole below. */}
            {me.role !== 'unit' && plans.length > 0 && (
              <label className="plan-pick">
                <span>{t('prov.plan')}</span>
                {plans.length > 1 && (
                  <select value={planId ?? ''} onChange={(e) => setPlanId(Number(e.target.value))}>
                    {plans.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.year} · {p.key}
                      </option>
                    ))}
                  </select>
                )}
                {plan && (
                  <small className="plan-title">
                    {plan.title} ({plan.year})
                  </small>
                )}
              </label>
            )}
          </div>
          {me.role !== 'unit' &&
            visible.map((s) => (
              <button
                key={s.id}
                type="button"
                className={s.id === current.id ? 'active' : ''}
                onClick={() => setScreen(s.id)}
              >
                <span aria-hidden="true">{s.icon}</span> {t(s.label)}
              </button>
            ))}
          <div className="rail-foot">
            <span>
              {me.name} · {t(`prov.role.${me.role}`)}
            </span>
            <button type="button" onClick={switchLocale}>
              {t('locale.switch')}
            </button>
            <button type="button" onClick={() => void signOut().finally(() => setMe('signed-out'))}>
              {t('prov.logout')}
            </button>
          </div>
        </nav>
        <main className="content">
          {error && (
            <div className="error-bar" role="alert">
              {error}
            </div>
          )}
          {body()}
        </main>
      </div>
    </LocaleProvider>
  );
}
