import type { Database } from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backupName, vacuumInto } from '../../db/backup';
import { DbError } from '../../db/errors';
import { isNetworkPath } from '../../db/network-path';
import { useNativeBinding } from '../../db/connection';
import { openDatabase } from '../../db/open';
import { getSetting } from '../../db/queries/settings';
import { seedDemo } from '../../db/seed/demo';
import type { Envelope } from '../shared/contract';
import type { Locale } from '../shared/errors';
import type { BackendContext, HostServices, RunMode } from './context';
import { openChecked } from './backup/recovery';
import { backupsDir, startAutoBackup } from './backup/service';
import { registerSessionHooks } from './backup/session-hooks';
import type { OpenNotice } from '../shared/contract/backup';
import { contract, isMethod } from '../shared/contract';
import { dispatch } from './dispatcher';
import { handlers } from './handlers';
import { currentProfile } from './system/handlers';

export interface BackendOptions {
  /** Database file; default: the last one used in `dataDir`, else `dataDir/tinhgon.sqlite`. */
  dbFile?: string | undefined;
  dataDir: string;
  mode: RunMode;
  host?: HostServices;
  nativeBinding?: string | undefined;
  /** Create the demo inventory when the database file does not exist yet (default true). */
  demoIfNew?: boolean;
  validateOutput?: boolean;
  log?: (err: unknown) => void;
  /** Remember this database as the one to open next time (default true; the CLI passes false). */
  remember?: boolean;
  /** Fixed automatic-backup interval while there are edits (tests, drills; 0 = off). Default: the setting. */
  autoBackupMs?: number;
}

export interface Backend {
  readonly ctx: BackendContext;
  dispatch(method: string, input: unknown): Promise<Envelope<unknown>>;
  close(): void;
}

const noHost: HostServices = {
  deliverFile: () => Promise.resolve({ kind: 'cancelled' }),
};

const STATE_FILE = 'state.json';

function rememberedDb(dataDir: string): string | undefined {
  try {
    const state = JSON.parse(readFileSync(join(dataDir, STATE_FILE), 'utf8')) as { lastDb?: unknown };
    return typeof state.lastDb === 'string' && existsSync(state.lastDb) ? state.lastDb : undefined;
  } catch {
    return undefined;
  }
}

function remember(dataDir: string, file: string): void {
  try {
    writeFileSync(join(dataDir, STATE_FILE), JSON.stringify({ lastDb: file }));
  } catch {
    // Remembering the last database is a convenience; failing to must not stop the app.
  }
}

/**
 * Opens (creating and seeding when new) a database and returns it with the locale it stores. The open is
 * checked (electron/backend/backup/recovery.ts): quick_check, damaged file kept aside and the newest good backup
 * restored (not in the CLI, which only reports), read-only fallback; a database with data is backed up before
 * it is migrated.
 */
function openForSession(
  file: string,
  o: BackendOptions,
): { db: Database; locale: Locale; notice: OpenNotice | null } {
  const isNew = !existsSync(file);
  const open = (f: string, readonly: boolean) =>
    openDatabase(f, {
      ...(o.nativeBinding ? { nativeBinding: o.nativeBinding } : {}),
      ...(readonly ? { readonly: true, create: false } : {}),
      beforeMigrate: (db) => backupBeforeMigration(db, f, o.dataDir),
    });
  const { db, notice } = openChecked(file, o.dataDir, open, { recover: o.mode !== 'cli' });
  if (isNew && (o.demoIfNew ?? true) && !db.prepare('SELECT 1 FROM units LIMIT 1').get()) seedDemo(db);
  return { db, locale: getSetting<Locale>(db, 'locale', 'vi'), notice };
}

/** Absolute path of a database, refusing network shares first (resolving `//server/share` on POSIX hides it). */
function resolveDbPath(p: string): string {
  if (isNetworkPath(p)) throw new DbError('DB_NETWORK_PATH', p);
  return resolve(p);
}

function backupBeforeMigration(db: Database, file: string, dataDir: string): void {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  vacuumInto(db, join(dir, backupName(file, new Date(), 'migration')));
}

/**
 * The backend as one object that runs anywhere Node runs: Electron main, the browser-mode host, the CLI and
 * tests all call `dispatch`. It owns the single writer connection.
 */
export function openBackend(o: BackendOptions): Backend {
  useNativeBinding(o.nativeBinding);
  mkdirSync(o.dataDir, { recursive: true });
  let file = resolveDbPath(o.dbFile ?? rememberedDb(o.dataDir) ?? join(o.dataDir, 'tinhgon.sqlite'));
  const first = openForSession(file, o);
  let db = first.db;
  let notice = first.notice;
  const locale = first.locale;
  const keep = o.remember ?? true;
  if (keep) remember(o.dataDir, file);

  const ctx: BackendContext = {
    get db() {
      return db;
    },
    get dbFile() {
      return file;
    },
    dataDir: o.dataDir,
    mode: o.mode,
    host: o.host ?? noHost,
    nativeBinding: o.nativeBinding,
    locale,
    actor: () => currentProfile(ctx).name,
    switchDatabase(next: string) {
      const opened = openForSession(resolveDbPath(next), { ...o, demoIfNew: false });
      db.close();
      db = opened.db;
      file = resolveDbPath(next);
      ctx.locale = opened.locale;
      notice = opened.notice;
      if (keep) remember(o.dataDir, file);
    },
  };

  registerSessionHooks(ctx, {
    closeDb: () => db.close(),
    reopenDb: () => {
      const opened = openForSession(file, { ...o, demoIfNew: false });
      db = opened.db;
      ctx.locale = opened.locale;
      notice = opened.notice;
    },
    notice: () => notice,
  });
  const auto = startAutoBackup(ctx, o.autoBackupMs ?? (o.mode === 'cli' ? 0 : undefined), o.log);

  return {
    ctx,
    dispatch: async (method, input) => {
      const envelope = await dispatch(handlers, ctx, method, input, {
        validateOutput: o.validateOutput ?? o.mode === 'test',
        ...(o.log ? { log: o.log } : {}),
      });
      // Edits since the last automatic backup (backups.* manage copies, not data).
      if (envelope.ok && isMethod(method) && contract[method].mutates && !method.startsWith('backups.'))
        auto.markDirty();
      return envelope;
    },
    close: () => {
      auto.stop();
      if (db.open) db.close();
    },
  };
}
