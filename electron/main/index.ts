import { app, dialog, type BrowserWindow } from 'electron';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DbError } from '../../db/errors';
import { defaultDataDir } from '../backend/data-dir';
import { openBackend, type Backend } from '../backend/session';
import { registerAppSchemePrivileges, serveRendererOverAppScheme } from './app-protocol';
import { openDatabaseFromDialog, saveDatabaseAsFromDialog, showAbout } from './files/database-actions';
import { createDesktopHost } from './files/desktop-host';
import { describeFileError } from './files/file-errors';
import { handleRpc } from './ipc';
import { isNativeAbiMismatch, nativeBindingPath, parseLaunchArgs } from './launch-args';
import { installAppMenu } from './menu/app-menu';
import { runSmokeTest, smokeLine } from './smoke-test';
import { shellText } from './messages';
import { registerMappedNetworkDrives } from './network-drives';
import { denyPermissions, guardAllWebContents } from './web-contents-guards';
import { createMainWindow } from './window/main-window';

/*
 * TinhGọn's Electron main process: composition only; every rule lives in a small module (security policies in
 * ./security as pure functions with unit tests).
 *
 * The backend runs here, in the main process. Queries on an inventory-sized SQLite file take milliseconds, one
 * writer connection is simplest to keep correct, and heavy Excel work already goes to a worker thread. To move
 * it out later (if a long query ever blocks the UI): fork a utilityProcess entry that calls openBackend() and
 * answers {method,input} messages on a MessagePort; here, replace `backend.dispatch` in handleRpc with a
 * function that posts to that port and awaits the reply. The renderer, the preload and the contract do not
 * change, because they only see the RPC channel.
 */

// Whatever the app creates (databases, backups, exports, Chromium's profile) is its owner's alone on a shared
// PC (db/owner-only.ts sets the modes explicitly too; Windows closes %APPDATA% per user).
process.umask(0o077);
const log = (err: unknown) => console.error('[tinhgon]', err);
const launch = parseLaunchArgs(process.argv, process.env, process.cwd());

// Data folder = userData = browser mode's default folder (ASCII name "TinhGon"), or TINHGON_DATA_DIR. Chromium's
// own files go to a subfolder so the folder the user sees holds databases, backups and exports.
// A smoke test never touches the officer's data: it runs on a fresh temporary folder.
const dataDir =
  launch.dataDir ??
  (launch.smokeTest ? mkdtempSync(join(tmpdir(), 'tinhgon-smoke-')) : defaultDataDir(process.env));
app.setPath('userData', dataDir);
app.setPath('sessionData', join(dataDir, 'chromium'));
app.enableSandbox(); // item 4 for every renderer, whatever options a future window passes
registerAppSchemePrivileges(); // item 18: before ready
guardAllWebContents((message) => console.warn('[tinhgon]', message)); // items 11–15, for every web contents

const rendererRoot = fileURLToPath(new URL('../renderer', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;
const currentWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

function openBackendAt(dbFile: string | undefined, nativeBinding: string | undefined): Backend {
  return openBackend({
    dbFile,
    dataDir,
    mode: 'electron',
    host: createDesktopHost(currentWindow, () => backend?.ctx.locale ?? 'vi'),
    nativeBinding,
    log,
  });
}

/** A start-up error in a dialog; in a smoke test (no one to click OK) on stderr instead. */
function showError(title: string, message: string): void {
  if (launch.smokeTest) console.error(`${title}: ${message}`);
  else dialog.showErrorBox(title, message);
}

/** The requested (or remembered) database; if it cannot be opened, says why and falls back to the default. */
function openBackendWithFallback(): Backend | null {
  const nativeBinding = nativeBindingPath(app.getAppPath(), existsSync);
  const defaultFile = resolve(dataDir, 'tinhgon.sqlite');
  const explain = (err: unknown, file: string): string => {
    if (isNativeAbiMismatch(err)) return shellText('nativeMissing', 'vi');
    const { code, message } = describeFileError(err, file, 'vi');
    if (code === 'INTERNAL') log(err);
    return message;
  };
  try {
    return openBackendAt(launch.dbFile, nativeBinding);
  } catch (err) {
    const failed = err instanceof DbError ? resolve(err.file) : (launch.dbFile ?? defaultFile);
    if (isNativeAbiMismatch(err) || failed === defaultFile) {
      showError(shellText('startupFailed', 'vi'), explain(err, failed));
      return null;
    }
    showError(
      shellText('openFailed', 'vi'),
      `${explain(err, failed)}\n\n${shellText('startupFallback', 'vi', { file: defaultFile })}`,
    );
    try {
      return openBackendAt(defaultFile, nativeBinding);
    } catch (again) {
      showError(shellText('startupFailed', 'vi'), explain(again, defaultFile));
      return null;
    }
  }
}

function focusMainWindow(): void {
  const win = currentWindow();
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

function onReady(): void {
  denyPermissions(); // item 5
  serveRendererOverAppScheme(rendererRoot); // items 7 and 18
  backend = openBackendWithFallback();
  if (!backend) {
    if (launch.smokeTest) app.exit(1);
    else app.quit();
    return;
  }
  const running = backend;
  handleRpc(
    (method, input) => running.dispatch(method, input),
    () => running.ctx.locale,
  ); // item 17
  const deps = {
    backend: running,
    window: currentWindow,
    nativeBinding: nativeBindingPath(app.getAppPath(), existsSync),
    log,
  };
  installAppMenu(currentWindow, {
    'open-database': () => void openDatabaseFromDialog(deps),
    'save-database-as': () => void saveDatabaseAsFromDialog(deps),
    about: () => void showAbout(deps),
  });
  registerMappedNetworkDrives(log);
  mainWindow = createMainWindow({ preloadPath, userDataDir: dataDir });
  if (launch.smokeTest) {
    void runSmokeTest(running, mainWindow).then((result) => {
      console.log(smokeLine(result));
      app.exit(result.ok ? 0 : 1);
    });
    return;
  }
  app.on('activate', () => {
    if (!currentWindow()) mainWindow = createMainWindow({ preloadPath, userDataDir: dataDir });
  });
}

// One instance per data folder: a second launch focuses the first window (two writers on one SQLite file in
// one user's session only invite lock errors).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  // A single-document app: closing its window quits on every platform, which also closes the database.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    backend?.close();
    backend = null;
  });
  app.whenReady().then(onReady, log);
}
