import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL } from '../security/app-origin';
import { secureWebPreferences, webPreferencesViolations } from '../security/web-preferences';
import { clampWindowBounds, loadWindowState, saveWindowState, type Rect } from './window-state';
import { mainWindowOptions } from './window-options';

/**
 * Creates the single app window on `app://tinhgon/index.html` (items 1–4, 6, 8–10 via secureWebPreferences),
 * restores its remembered bounds (clamped to the displays present now) and remembers them on close.
 */
export function createMainWindow(o: { preloadPath: string; userDataDir: string }): BrowserWindow {
  const stateFile = join(o.userDataDir, 'window-state.json');
  const saved = loadWindowState(stateFile);
  const workAreas: Rect[] = [
    screen.getPrimaryDisplay().workArea,
    ...screen.getAllDisplays().map((d) => d.workArea),
  ];
  const bounds = clampWindowBounds(saved?.bounds ?? null, workAreas);
  const options = mainWindowOptions(bounds, secureWebPreferences(o.preloadPath));
  const problems = webPreferencesViolations({ ...options.webPreferences });
  if (problems.length) throw new Error(`insecure webPreferences: ${problems.join(', ')}`);

  const win = new BrowserWindow(options);
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    saveWindowState(stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
