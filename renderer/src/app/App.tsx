import { Fragment, useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../../electron/shared/contract/system';
import type { Unit } from '../../../electron/shared/contract/units';
import { call } from '../api/client';
import { LocaleProvider, translator } from '../i18n';
import { OpenCheckBanner } from '../features/backup/OpenCheckBanner';
import { CommandPalette } from './CommandPalette';
import { onMenuCommand } from './menu-events';
import { NewDatabaseDialog } from './NewDatabaseDialog';
import { SCREENS, type ScreenId } from './screens';

function screenFromHash(hash: string): ScreenId {
  const id = hash.replace(/^#\/?/, '');
  return SCREENS.some((s) => s.id === id) ? (id as ScreenId) : 'dashboard';
}

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [unitId, setUnitId] = useState<number | null>(null);
  // The start page is Tổng quan; the URL hash keeps the current screen across reloads (#inventory, #review…).
  const [screen, setScreenState] = useState<ScreenId>(() => screenFromHash(window.location.hash));
  const setScreen = useCallback((id: ScreenId) => {
    setScreenState(id);
    if (window.location.hash !== `#${id}`) window.history.replaceState(null, '', `#${id}`);
  }, []);
  useEffect(() => {
    // A typed or linked #screen (or the browser's back/forward) switches the screen too.
    const onHash = () => setScreenState(screenFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const [error, setError] = useState<string | null>(null);
  const [newDb, setNewDb] = useState(false);
  // Bumped when the database behind the screens was replaced (late integrity check): screens remount and reload.
  const [dataVersion, setDataVersion] = useState(0);

  const refresh = useCallback(() => {
    Promise.all([call('app.info', {}), call('units.list', {})])
      .then(([i, u]) => {
        setInfo(i);
        setUnits(u);
        setUnitId((current) =>
          current !== null && u.some((x) => x.id === current) ? current : (u[0]?.id ?? null),
        );
        document.documentElement.lang = i.locale;
      })
      .catch((e: Error) => setError(e.message));
  }, []);
  useEffect(refresh, [refresh]);
  const onDatabaseReplaced = useCallback(() => {
    setDataVersion((v) => v + 1);
    refresh();
  }, [refresh]);
  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'new-database') setNewDb(true);
        else if (command === 'import-excel') setScreen('import');
        else if (command === 'export-report') setScreen('reports');
      }),
    [setScreen],
  );

  const t = translator(info?.locale ?? 'vi');
  if (error)
    return (
      <div className="fatal" role="alert">
        <h1>{t('app.error')}</h1>
        <p>{error}</p>
      </div>
    );
  if (!info) return <div className="loading">{t('app.loading')}</div>;
  const unit = units.find((u) => u.id === unitId);
  const current = SCREENS.find((s) => s.id === screen);

  const switchLocale = () =>
    call('settings.setLocale', { locale: info.locale === 'vi' ? 'en' : 'vi' })
      .then(refresh)
      .catch((e: Error) => setError(e.message));

  return (
    <LocaleProvider locale={info.locale}>
      <div className="shell">
        <nav className="rail" aria-label="TinhGọn">
          <div className="rail-head">
            <strong>{t('app.title')}</strong>
            <select
              aria-label={t('nav.units')}
              value={unitId ?? ''}
              onChange={(e) => setUnitId(Number(e.target.value))}
            >
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                  {u.validTo && u.replacedBy.length > 0
                    ? ` (${t('units.mergedInto', { by: u.replacedBy.join(', ') })})`
                    : ''}
                </option>
              ))}
            </select>
            <small title={info.dbName}>{info.dbName}</small>
          </div>
          {SCREENS.map((s) => (
            <button
              key={s.id}
              type="button"
              className={s.id === screen ? 'active' : ''}
              onClick={() => setScreen(s.id)}
            >
              <span aria-hidden="true">{s.icon}</span> {t(s.label)}
            </button>
          ))}
          <div className="rail-foot">
            <span>{info.profileName}</span>
            <button type="button" onClick={() => void switchLocale()}>
              {t('locale.switch')}
            </button>
          </div>
        </nav>
        <main className="content">
          <OpenCheckBanner
            key={info.dbName}
            onReplaced={onDatabaseReplaced}
            onOpenBackups={() => setScreen('backup')}
          />
          {info.isDemo && (
            <div className="demo-banner" role="note">
              <span>{t('demo.banner')}</span>
              <button type="button" onClick={() => setNewDb(true)}>
                {t('demo.createOwn')}
              </button>
              <button type="button" onClick={() => setScreen('import')}>
                {t('demo.import')}
              </button>
            </div>
          )}
          {unit && current?.render ? (
            <Fragment key={dataVersion}>
              {current.render({ unit, info, refresh, navigate: setScreen })}
            </Fragment>
          ) : (
            <p className="placeholder">{t('screen.soon')}</p>
          )}
        </main>
        <CommandPalette onNavigate={setScreen} onSwitchLocale={() => void switchLocale()} />
        {newDb && (
          <NewDatabaseDialog
            onCancel={() => setNewDb(false)}
            onDone={() => {
              setNewDb(false);
              setScreen('inventory');
              refresh();
            }}
          />
        )}
      </div>
    </LocaleProvider>
  );
}
