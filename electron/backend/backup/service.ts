import type { Database } from 'better-sqlite3';
import { existsSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  backupName,
  checkCopy,
  copyDatabaseFile,
  DEFAULT_RETENTION,
  listBackups,
  publishCopy,
  pruneBackups,
  swapInStaged,
  TEMP_SUFFIX,
  vacuumInto,
  writeCheckedCopy,
  type BackupFile,
  type BackupReason,
} from '../../../db/backup';
import { connect } from '../../../db/connection';
import { fsyncFileLater } from '../../../db/durable-file';
import { DbError } from '../../../db/errors';
import { makeOwnerOnlyDir } from '../../../db/owner-only';
import { getSetting, setSetting } from '../../../db/queries/settings';
import type { BackupEntry, BackupSettings } from '../../shared/contract/backup';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import './messages';
import { sessionHooks } from './session-hooks';

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { ...DEFAULT_RETENTION, autoMinutes: 15 };
const SETTINGS_KEY = 'backups';

/** Backups live beside the app's data, never beside a database the user opened from elsewhere (USB, e-mail). */
export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

export function readBackupSettings(ctx: BackendContext): BackupSettings {
  const stored = getSetting<Partial<BackupSettings>>(ctx.db, SETTINGS_KEY, {});
  return { ...DEFAULT_BACKUP_SETTINGS, ...definedOnly(stored) };
}

/**
 * Changes the settings the patch names. A key present with the value undefined (possible over IPC, whose
 * structured clone keeps it, though not over JSON) changes nothing: spread as is, it erased the setting.
 */
export function writeBackupSettings(ctx: BackendContext, patch: Partial<BackupSettings>): BackupSettings {
  const current = readBackupSettings(ctx);
  const next = { ...current, ...definedOnly(patch) };
  if (JSON.stringify(next) !== JSON.stringify(current)) setSetting(ctx.db, SETTINGS_KEY, next);
  return next;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function toEntry(b: BackupFile): BackupEntry {
  return { name: b.name, createdAt: b.createdAt.toISOString(), size: b.size, reason: b.reason };
}

/**
 * A checked copy of the current database in `<dataDir>/backups/`, then retention. The import and bulk-edit
 * features call this before they write; it must run outside a transaction (VACUUM cannot run inside one).
 */
export function createBackup(ctx: BackendContext, reason: BackupReason): BackupFile {
  return backupDatabase(ctx.db, ctx.dataDir, reason);
}

/**
 * The same for code that holds a connection rather than a context (`db.name` is the database file): the copy is
 * written to a temporary name, fsynced, checked and renamed, so a kill never leaves a half-written backup.
 */
export function backupDatabase(db: Database, dataDir: string, reason: BackupReason): BackupFile {
  if (db.inTransaction) throw new ApiFailure('BACKUP_BUSY');
  const dir = backupsDir(dataDir);
  makeDir(dir);
  const { target, at } = freeName(dir, db.name, reason);
  vacuumInto(db, target);
  return retain(db, dir, target, at, reason, retentionOf(db));
}

function makeDir(dir: string): void {
  try {
    makeOwnerOnlyDir(dir);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    throw new DbError(code === 'ENOSPC' ? 'DB_DISK_FULL' : 'DB_READ_ONLY', dir);
  }
}

function freeName(dir: string, dbFile: string, reason: BackupReason): { target: string; at: Date } {
  let at = new Date();
  let target = join(dir, backupName(dbFile, at, reason));
  while (existsSync(target)) {
    at = new Date(at.getTime() + 1);
    target = join(dir, backupName(dbFile, at, reason));
  }
  return { target, at };
}

function retentionOf(db: Database): BackupSettings {
  try {
    return { ...DEFAULT_BACKUP_SETTINGS, ...getSetting<Partial<BackupSettings>>(db, SETTINGS_KEY, {}) };
  } catch {
    // An unreadable settings row must not cost the user the backup just taken: use the defaults.
    return DEFAULT_BACKUP_SETTINGS;
  }
}

/**
 * Applies retention once `target` is in place, and describes it. Only the writer of the database (the holder of
 * its write lock, db/write-lock.ts) prunes: a session that only reads it never deletes a backup the writer just made.
 */
function retain(
  db: Database,
  dir: string,
  target: string,
  at: Date,
  reason: BackupReason,
  settings: BackupSettings,
): BackupFile {
  if (!db.readonly) pruneBackups(dir, db.name, settings, at);
  return {
    file: target,
    name: target.split(/[\\/]/).pop()!,
    createdAt: at,
    size: statSync(target).size,
    reason,
  };
}

export interface StagedBackup {
  /** Resolves once the copy is on disk (its fsync runs on the thread pool); rejects if it cannot be. */
  synced: Promise<void>;
  /** Renames the copy into place as a backup (named now), then applies retention. Only once `synced`. */
  publish(): BackupFile;
  /** Removes the copy, and the backups folder if staging made it: as if no backup had been started. */
  discard(): void;
}

/**
 * backupDatabase for a connection that is about to hold a write transaction open (import/write-ahead.ts): the
 * copy is taken through a second, read-only connection, which under WAL sees the last committed state (the
 * state before the transaction, whatever the transaction writes meanwhile); it waits under a temporary name and
 * becomes a backup, listed and counted by retention, only on `publish`. A kill leaves a `*.tmp`, removed at start.
 */
export function stageBackup(db: Database, dataDir: string, reason: BackupReason): StagedBackup {
  const dir = backupsDir(dataDir);
  const made = !existsSync(dir);
  makeDir(dir);
  const tmp = join(dir, `${backupName(db.name, new Date(), reason)}.${process.pid}.staged${TEMP_SUFFIX}`);
  const removeDir = () => {
    if (!made) return;
    try {
      rmdirSync(dir);
    } catch {
      // Not empty (another backup landed meanwhile) or gone: either way not ours to remove.
    }
  };
  const reader = connect(db.name, { readonly: true, fileMustExist: true });
  let settings: BackupSettings;
  try {
    writeCheckedCopy(reader, tmp, tmp, false);
    settings = retentionOf(reader);
  } catch (err) {
    removeDir();
    throw err;
  } finally {
    reader.close();
  }
  let settled = false;
  // The import goes on writing while the disk takes the copy; it waits for this only before publishing.
  const synced = fsyncFileLater(tmp);
  synced.catch(() => {}); // awaited by the caller before publish; a discarded copy's failure does not matter
  return {
    synced,
    publish() {
      if (settled) throw new ApiFailure('BACKUP_BUSY');
      settled = true;
      const { target, at } = freeName(dir, db.name, reason);
      publishCopy(tmp, target);
      return retain(db, dir, target, at, reason, settings);
    },
    discard() {
      if (settled) return;
      settled = true;
      rmSync(tmp, { force: true });
      removeDir();
    },
  };
}

export function findBackup(ctx: BackendContext, name: string): BackupFile | undefined {
  return listBackups(backupsDir(ctx.dataDir), ctx.dbFile).find((b) => b.name === name);
}

/** Name of the staged copy a restore writes before it swaps files; a leftover one is removed at start. */
export function stagedRestoreFile(dbFile: string): string {
  return `${dbFile}.restore${TEMP_SUFFIX}`;
}

/**
 * Replaces the database file by a checked copy of `source` without ever leaving a half-written file: the copy is
 * staged and fsynced beside the database, the connection is closed (SQLite checkpoints and removes the WAL), the
 * staged file is renamed over the old one, and the database is reopened. If anything fails before the rename,
 * the old database is reopened untouched.
 */
export function replaceDatabaseFile(ctx: BackendContext, source: string): void {
  const hooks = sessionHooks(ctx);
  if (!hooks) throw new ApiFailure('BACKUP_UNAVAILABLE');
  const target = ctx.dbFile;
  const staged = stagedRestoreFile(target);
  rmSync(staged, { force: true });
  copyDatabaseFile(source, staged);
  hooks.closeDb();
  try {
    swapInStaged(staged, target);
  } catch (err) {
    rmSync(staged, { force: true });
    hooks.reopenDb();
    throw err;
  }
  hooks.reopenDb();
}

/** Restores a backup by name; first backs up the current state (reason "restore") so the restore can be undone. */
export function restoreBackup(
  ctx: BackendContext,
  name: string,
): { restored: BackupFile; safetyBackup: BackupFile } {
  const chosen = findBackup(ctx, name);
  if (!chosen) throw new ApiFailure('BACKUP_NOT_FOUND', { name });
  const check = checkCopy(chosen.file);
  if (!check.ok) throw new ApiFailure('BACKUP_DAMAGED', { name, reason: check.quickCheck.slice(0, 120) });
  const safetyBackup = createBackup(ctx, 'restore');
  replaceDatabaseFile(ctx, chosen.file);
  return { restored: chosen, safetyBackup };
}

/**
 * Automatic backups while there are edits. With `fixedMs` (tests, drills) a backup is due every `fixedMs`;
 * otherwise the timer looks every minute and a backup is due `autoMinutes` (setting, default 15; 0 = off) after
 * the last one, so a change on the Backups screen applies at once. The timer is unref'd so it never keeps a CLI
 * or test process alive; a failing backup is logged and retried at the next tick.
 */
export function startAutoBackup(
  ctx: BackendContext,
  fixedMs: number | undefined,
  log: (err: unknown) => void = () => undefined,
): { markDirty(): void; tick(now?: number): BackupFile | null; stop(): void } {
  let dirty = false;
  let last = Date.now();
  const tick = (now = Date.now()): BackupFile | null => {
    if (!dirty) return null;
    try {
      if (fixedMs === undefined) {
        const minutes = readBackupSettings(ctx).autoMinutes;
        if (minutes === 0 || now - last < minutes * 60_000) return null;
      }
      const b = createBackup(ctx, 'auto');
      dirty = false;
      last = now;
      return b;
    } catch (err) {
      log(err);
      return null;
    }
  };
  const period = fixedMs ?? 60_000;
  const timer = period > 0 ? setInterval(tick, period) : undefined;
  timer?.unref();
  return {
    markDirty: () => {
      dirty = true;
    },
    tick,
    stop: () => clearInterval(timer),
  };
}
