import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backupName, vacuumInto } from '../../db/backup';
import { DbError } from '../../db/errors';
import { isNetworkPath } from '../../db/network-path';
import { useNativeBinding } from '../../db/connection';
import { openDatabase } from '../../db/open';
import { closeAppFolder, makeOwnerOnlyDir, OWNER_ONLY_FILE } from '../../db/owner-only';
import { quickCheck } from '../../db/integrity';
import { getSetting } from '../../db/queries/settings';
import { seedDemo } from '../../db/seed/demo';
import type { Envelope } from '../shared/contract';
import type { Locale } from '../shared/errors';
import type { BackendContext, HostServices, RunMode } from './context';
import { checkedAtOpen, deferredCheck, type OpenCheck } from './backup/open-check';
import { DEFER_CHECK_ABOVE_BYTES, openChecked, recoverDamaged } from './backup/recovery';
import { backupsDir, startAutoBackup } from './backup/service';
import { registerSessionHooks } from './backup/session-hooks';
import { heldByEnvelope, lockedNotice, takeWriteAccess, type WriteAccess } from './backup/single-writer';
import type { OpenNotice } from '../shared/contract/backup';
import { contract, isMethod } from '../shared/contract';
import { dispatch } from './dispatcher';
import { stopStandbyExportWorker } from './reports/export-worker-pool';
import { stopStandbyImportWorker } from './import/import-worker-pool';
import { handlers } from './handlers';
import { currentProfile, MANAGER_IDLE_MS, noteActivity } from './system/profile-session';

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
  /** Files larger than this are checked after the first screen, in a worker (default 64 MiB; never in the CLI). */
  deferCheckAboveBytes?: number;
  /** When the UI never asks for the deferred check, it starts this long after opening (default 2 s). */
  deferredCheckDelayMs?: number;
  /**
   * Fail (DB_HELD_BY) rather than open read-only when another instance writes the file (CLI commands that
   * write). Default false: the session opens read-only and its notice names the holder.
   */
  requireWrite?: boolean;
  /** How long a manager may send nothing before the role ends (default 15 minutes; tests shorten it). */
  managerIdleMs?: number;
  /** The clock of such timeouts (default Date.now; tests move it instead of sleeping). */
  clock?: () => number;
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
    const state = join(dataDir, STATE_FILE);
    writeFileSync(state, JSON.stringify({ lastDb: file }), { mode: OWNER_ONLY_FILE });
    if (process.platform !== 'win32') chmodSync(state, OWNER_ONLY_FILE); // one written by an older version
  } catch {
    // Remembering the last database is a convenience; failing to must not stop the app.
  }
}

type Opener = (file: string, readonly: boolean) => Database;

/** How this session opens a file: its native binding, read-only when asked, a backup before any migration. */
function openerFor(o: BackendOptions): Opener {
  return (f, readonly) =>
    openDatabase(f, {
      ...(o.nativeBinding ? { nativeBinding: o.nativeBinding } : {}),
      ...(readonly ? { readonly: true, create: false } : {}),
      beforeMigrate: (db) => backupBeforeMigration(db, f, o.dataDir),
    });
}

interface SessionOpen {
  db: Database;
  locale: Locale;
  notice: OpenNotice | null;
  checkDeferred: boolean;
  access: WriteAccess;
}

/**
 * Opens (creating and seeding when new) a database and returns it with the locale it stores. The session takes
 * the file's write lock first (backup/single-writer.ts; `held` when it already has it, on a reopen): without it
 * the file opens read-only, untouched, with a notice naming the holder. The open is checked
 * (electron/backend/backup/recovery.ts): quick_check, damaged file kept aside and the newest good backup
 * restored (not in the CLI, which only reports), read-only fallback; a database with data is backed up before
 * it is migrated. Large files are returned unchecked (`checkDeferred`) and checked once the UI is up.
 */
function openForSession(file: string, o: BackendOptions, held?: WriteAccess): SessionOpen {
  const access = held ?? takeWriteAccess(file, o.mode, o.requireWrite);
  try {
    const isNew = !existsSync(file);
    const recover = o.mode !== 'cli';
    const opened = openChecked(file, o.dataDir, openerFor(o), {
      recover,
      writer: access.lock !== null,
      ...(recover ? { deferCheckAbove: o.deferCheckAboveBytes ?? DEFER_CHECK_ABOVE_BYTES } : {}),
    });
    const { db } = opened;
    if (isNew && !db.readonly && (o.demoIfNew ?? true) && !db.prepare('SELECT 1 FROM units LIMIT 1').get())
      seedDemo(db);
    const notice = access.holder ? lockedNotice(access.holder) : opened.notice;
    return { ...opened, notice, access, locale: getSetting<Locale>(db, 'locale', 'vi') };
  } catch (err) {
    if (!held) access.lock?.release();
    throw err;
  }
}

/** Absolute path of a database, refusing network shares first (resolving `//server/share` on POSIX hides it). */
function resolveDbPath(p: string): string {
  if (isNetworkPath(p)) throw new DbError('DB_NETWORK_PATH', p);
  return resolve(p);
}

function backupBeforeMigration(db: Database, file: string, dataDir: string): void {
  const dir = backupsDir(dataDir);
  makeOwnerOnlyDir(dir);
  vacuumInto(db, join(dir, backupName(file, new Date(), 'migration')));
}

/**
 * The backend as one object that runs anywhere Node runs: Electron main, the browser-mode host, the CLI and
 * tests all call `dispatch`. It owns the single writer connection.
 */
export function openBackend(o: BackendOptions): Backend {
  useNativeBinding(o.nativeBinding);
  // The app's data folder is closed to other accounts; the CLI's is the database's own folder, left as it is.
  if (o.mode === 'electron' || o.mode === 'browser') closeAppFolder(o.dataDir);
  else makeOwnerOnlyDir(o.dataDir);
  let file = resolveDbPath(o.dbFile ?? rememberedDb(o.dataDir) ?? join(o.dataDir, 'tinhgon.sqlite'));
  const first = openForSession(file, o);
  let db = first.db;
  let openId = randomUUID();
  let notice = first.notice;
  let access = first.access;
  const locale = first.locale;
  const keep = o.remember ?? true;
  if (keep) remember(o.dataDir, file);

  // Large files are checked after the first screen; until then writes wait (see backup/open-check.ts).
  const armCheck = (opened: { notice: OpenNotice | null; checkDeferred: boolean }): OpenCheck =>
    opened.checkDeferred
      ? deferredCheck({
          dbFile: file,
          delayMs: o.deferredCheckDelayMs ?? 2000,
          inline: () => quickCheck(db),
          notice: () => notice,
          onDamaged: () => {
            db.close();
            const recovered = recoverDamaged(file, o.dataDir, openerFor(o));
            db = recovered.db;
            openId = randomUUID();
            notice = recovered.notice;
            ctx.locale = getSetting<Locale>(db, 'locale', ctx.locale);
            return notice;
          },
          log: o.log,
        })
      : checkedAtOpen(opened.notice);
  let check = armCheck(first);

  const ctx: BackendContext = {
    get db() {
      return db;
    },
    get dbFile() {
      return file;
    },
    get openId() {
      return openId;
    },
    managerIdleMs: o.managerIdleMs ?? MANAGER_IDLE_MS,
    now: o.clock ?? Date.now,
    dataDir: o.dataDir,
    mode: o.mode,
    host: o.host ?? noHost,
    nativeBinding: o.nativeBinding,
    locale,
    actor: () => currentProfile(ctx).name,
    switchDatabase(next: string) {
      const same = resolveDbPath(next) === file; // this session already holds (or reads) that file
      const opened = openForSession(
        resolveDbPath(next),
        { ...o, demoIfNew: false },
        same ? access : undefined,
      );
      check.cancel();
      db.close();
      if (!same) access.lock?.release();
      access = opened.access;
      db = opened.db;
      openId = randomUUID();
      file = resolveDbPath(next);
      ctx.locale = opened.locale;
      notice = opened.notice;
      check = armCheck(opened);
      if (keep) remember(o.dataDir, file);
    },
  };

  registerSessionHooks(ctx, {
    closeDb: () => {
      check.cancel();
      db.close();
    },
    reopenDb: () => {
      const opened = openForSession(file, { ...o, demoIfNew: false }, access);
      db = opened.db;
      openId = randomUUID();
      ctx.locale = opened.locale;
      notice = opened.notice;
      check = armCheck(opened);
    },
    notice: () => notice,
    openCheck: () => check.settled(),
  });
  const auto = startAutoBackup(ctx, o.autoBackupMs ?? (o.mode === 'cli' ? 0 : undefined), o.log);

  return {
    ctx,
    dispatch: async (method, input) => {
      // Another instance writes this file: nothing is written here, and the answer names who has it.
      if (access.holder && isMethod(method) && contract[method].mutates)
        return heldByEnvelope(file, access.holder, ctx.locale);
      if (check.pending() && waitsForOpenCheck(method)) await check.settled();
      // Every call but the shell's app.info is the user at work: it keeps a manager role alive (or ends an idle one).
      if (method !== 'app.info') noteActivity(ctx);
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
      check.cancel();
      stopStandbyExportWorker();
      stopStandbyImportWorker();
      auto.stop();
      if (db.open) db.close();
      access.lock?.release();
    },
  };
}

/** Writes and backups wait for a deferred integrity check: nothing is written to, or copied from, a damaged file. */
function waitsForOpenCheck(method: string): boolean {
  return isMethod(method) && (contract[method].mutates === true || method.startsWith('backups.'));
}
