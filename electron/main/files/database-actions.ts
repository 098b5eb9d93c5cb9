import { app, dialog, type BrowserWindow } from 'electron';
import { basename, dirname, extname, join } from 'node:path';
import { DbError } from '../../../db/errors';
import { openDatabase } from '../../../db/open';
import type { Backend } from '../../backend/session';
import { shellText } from '../messages';
import { inspectDatabase, isForeignDatabase } from './database-candidate';
import { describeFileError } from './file-errors';
import { saveDatabaseAs } from './save-database-as';

/**
 * The database file actions of the Tệp menu. Main shows the dialogs and hands paths to the backend; the
 * renderer is reloaded afterwards so every screen reads the new database. A failure shows the catalogue's
 * Vietnamese message and leaves both the open database and the chosen file as they were.
 */
export interface DatabaseActionsDeps {
  backend: Backend;
  window: () => BrowserWindow | null;
  nativeBinding: string | undefined;
  log: (err: unknown) => void;
}

const DB_EXTENSIONS = ['sqlite', 'db', 'tinhgon'];

function filters(locale: 'vi' | 'en') {
  return [
    { name: shellText('filterDatabase', locale), extensions: DB_EXTENSIONS },
    { name: shellText('filterAll', locale), extensions: ['*'] },
  ];
}

async function showError(deps: DatabaseActionsDeps, title: string, message: string): Promise<void> {
  const win = deps.window();
  const options = {
    type: 'error' as const,
    title,
    message: title,
    detail: message,
    buttons: [shellText('ok', deps.backend.ctx.locale)],
  };
  if (win) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}

/** Read-only look before switching: refuses another program's SQLite file (nothing is written to it). */
function assertOpenable(file: string, nativeBinding: string | undefined): void {
  const probe = openDatabase(file, {
    readonly: true,
    create: false,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    if (isForeignDatabase(inspectDatabase(probe))) throw new DbError('DB_NOT_A_DATABASE', file);
  } finally {
    probe.close();
  }
}

export async function openDatabaseFromDialog(deps: DatabaseActionsDeps): Promise<void> {
  const locale = deps.backend.ctx.locale;
  const win = deps.window();
  const options = {
    title: shellText('openTitle', locale),
    defaultPath: dirname(deps.backend.ctx.dbFile),
    properties: ['openFile' as const],
    filters: filters(locale),
  };
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  const file = result.filePaths[0];
  if (result.canceled || !file) return;
  try {
    assertOpenable(file, deps.nativeBinding);
    deps.backend.ctx.switchDatabase(file);
  } catch (err) {
    const { code, message } = describeFileError(err, file, locale);
    if (code === 'INTERNAL') deps.log(err);
    return showError(deps, shellText('openFailed', locale), message);
  }
  deps.window()?.webContents.reload();
}

export async function saveDatabaseAsFromDialog(deps: DatabaseActionsDeps): Promise<void> {
  const { ctx } = deps.backend;
  const locale = ctx.locale;
  const current = ctx.dbFile;
  const stem = basename(current, extname(current));
  const win = deps.window();
  const options = {
    title: shellText('saveAsTitle', locale),
    defaultPath: join(dirname(current), `${stem} - bản sao.sqlite`),
    filters: filters(locale),
  };
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return;
  const target = extname(result.filePath) ? result.filePath : `${result.filePath}.sqlite`;
  try {
    const verdict = saveDatabaseAs(ctx.db, current, target);
    if (!verdict.ok) {
      const key = verdict.reason === 'same-file' ? 'saveAsSameFile' : 'saveAsTargetInUse';
      return showError(
        deps,
        shellText('saveAsFailed', locale),
        shellText(key, locale, { file: basename(target) }),
      );
    }
    ctx.switchDatabase(target);
  } catch (err) {
    const { code, message } = describeFileError(err, target, locale);
    if (code === 'INTERNAL') deps.log(err);
    return showError(deps, shellText('saveAsFailed', locale), message);
  }
  deps.window()?.webContents.reload();
}

export async function showAbout(deps: DatabaseActionsDeps): Promise<void> {
  const locale = deps.backend.ctx.locale;
  const win = deps.window();
  const options = {
    type: 'info' as const,
    title: shellText('aboutTitle', locale),
    message: shellText('aboutTitle', locale),
    detail: shellText('aboutBody', locale, {
      version: app.getVersion(),
      file: basename(deps.backend.ctx.dbFile),
    }),
    buttons: [shellText('ok', locale)],
  };
  if (win) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}
