import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { MenuCommand } from '../../../electron/shared/contract/menu';
import type { AppInfo } from '../../../electron/shared/contract/system';
import type { Unit } from '../../../electron/shared/contract/units';
import { call } from '../api/client';
import { LocaleProvider, translator } from '../i18n';
import { OpenCheckBanner } from '../features/backup/OpenCheckBanner';
import { CommandPalette } from './CommandPalette';
import { COMMANDS, screenOfGo } from './commands';
import { useWindowFileDrop } from './file-drop';
import { onMenuCommand, queueForScreen, sendMenuCommand } from './menu-events';
import { NewDatabaseDialog } from './NewDatabaseDialog';
import { Rail } from './Rail';
import { SCREENS, type ScreenId } from './screens';
import { useManagerSession } from './useManagerSession';

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
  // The command listener below reads the current screen without re-subscribing on every change.
  const screenRef = useRef(screen);
  useLayoutEffect(() => {
    screenRef.current = screen;
  }, [screen]);
  const setScreen = useCallback((id: ScreenId) => {
    setScreenState(id);
    if (window.location.hash !== `#${id}`) window.history.replaceState(null, '', `#${id}`);
  }, []);
  useEffect(() => {
    // A typed or linked #screen (or the browser's back/forward) switches the screen too.
    const onHash = () => setScreen(screenFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [setScreen]);
  const [error, setError] = useState<string | null>(null);
  const [newDb, setNewDb] = useState(false);

  const applyInfo = useCallback((i: AppInfo) => {
    setInfo(i);
    document.documentElement.lang = i.locale;
  }, []);
  const refresh = useCallback(() => {
    Promise.all([call('app.info', {}), call('units.list', {})])
      .then(([i, u]) => {
        setUnitId((current) =>
          current !== null && u.some((x) => x.id === current) ? current : (u[0]?.id ?? null),
        );
        setUnits(u);
        applyInfo(i);
      })
      .catch((e: Error) => setError(e.message));
  }, [applyInfo]);
  // Another database (new, opened, restored, recovered) has other units, even under the same ids: start from its
  // first one.
  const [unitsOf, setUnitsOf] = useState<string | null>(null);
  if (info && info.openId !== unitsOf) {
    setUnitsOf(info.openId);
    if (unitsOf !== null) setUnitId(units[0]?.id ?? null);
  }
  useEffect(refresh, [refresh]);
  const session = useManagerSession(info, applyInfo);

  const switchLocale = useCallback(
    () =>
      call('settings.setLocale', { locale: info?.locale === 'vi' ? 'en' : 'vi' })
        .then(refresh)
        .catch((e: Error) => setError(e.message)),
    [info?.locale, refresh],
  );
  // Every command, from the desktop menu, the palette or a toolbar, arrives here as the same DOM event: the shell
  // does its own, and opens the screen of the others first (the screen takes the command when it mounts).
  useEffect(
    () =>
      onMenuCommand((command: MenuCommand, arg?: string) => {
        const go = screenOfGo(command);
        const target = COMMANDS[command].screen;
        if (go) setScreen(go);
        else if (command === 'new-database') setNewDb(true);
        else if (command === 'import-excel') setScreen('import');
        else if (command === 'print') window.print();
        else if (command === 'switch-locale') void switchLocale();
        else if (target && screenRef.current !== target) {
          queueForScreen({ command, ...(arg === undefined ? {} : { arg }) });
          setScreen(target);
        }
      }),
    [setScreen, switchLocale],
  );
  const dragging = useWindowFileDrop(() => setScreen('import'));

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

  return (
    <LocaleProvider locale={info.locale}>
      <div className="shell">
        <Rail
          info={info}
          units={units}
          unit={unit}
          screen={screen}
          onUnit={setUnitId}
          onScreen={setScreen}
          onSwitchLocale={() => void switchLocale()}
        />
        <main className="content">
          <OpenCheckBanner key={info.openId} onReplaced={refresh} onOpenBackups={() => setScreen('backup')} />
          {session.ended && (
            <div className="session-banner" role="status" data-testid="manager-ended">
              <span>
                {t('session.managerEnded', {
                  idle:
                    info.managerIdleMs % 60_000 === 0
                      ? t('session.minutes', { n: info.managerIdleMs / 60_000 })
                      : t('session.seconds', { n: Math.round(info.managerIdleMs / 1000) }),
                  name: info.profileName,
                })}
              </span>
              <button type="button" onClick={() => sendMenuCommand('switch-profile')}>
                {t('session.reenter')}
              </button>
              <button type="button" onClick={session.dismiss}>
                {t('session.dismiss')}
              </button>
            </div>
          )}
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
            // Keyed on the open database and the unit: every screen's state (rows, open record, history,
            // review place, report preview) starts afresh when either changes, even when unit ids repeat.
            current.render({ unit, info, refresh, navigate: setScreen, dataKey: `${info.openId}:${unit.id}` })
          ) : (
            <p className="placeholder">{t('screen.soon')}</p>
          )}
        </main>
        <CommandPalette onCommand={sendMenuCommand} />
        {dragging && (
          <div className="drop-overlay" aria-hidden="true">
            <p>{t('drop.overlay')}</p>
          </div>
        )}
        {newDb && (
          <NewDatabaseDialog
            onCancel={() => setNewDb(false)}
            onDone={() => {
              setNewDb(false);
              setScreen('dashboard');
              refresh();
            }}
          />
        )}
      </div>
    </LocaleProvider>
  );
}
