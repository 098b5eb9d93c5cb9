import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  backupName,
  checkCopy,
  copyDatabaseFile,
  DEFAULT_RETENTION,
  listBackups,
  pruneBackups,
  swapInStaged,
  TEMP_SUFFIX,
  vacuumInto,
  type BackupFile,
  type BackupReason,
} from '../../../db/backup';
import { DbError } from '../../../db/errors';
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
  return { ...DEFAULT_BACKUP_SETTINGS, ...stored };
}

export function writeBackupSettings(ctx: BackendContext, patch: Partial<BackupSettings>): BackupSettings {
  const next = { ...readBackupSettings(ctx), ...patch };
  if (Object.keys(patch).length) setSetting(ctx.db, SETTINGS_KEY, next);
  return next;
}

export function toEntry(b: BackupFile): BackupEntry {
  return { name: b.name, createdAt: b.createdAt.toISOString(), size: b.size, reason: b.reason };
}

/**
 * A checked copy of the current database in `<dataDir>/backups/`, then retention. The import and bulk-edit
 * features call this before they write; it must run outside a transaction (VACUUM cannot run inside one).
 */
export function createBackup(ctx: BackendContext, reason: BackupReason): BackupFile {
  const db = ctx.db;
  if (db.inTransaction) throw new ApiFailure('BACKUP_BUSY');
  const dir = backupsDir(ctx.dataDir);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    throw new DbError(code === 'ENOSPC' ? 'DB_DISK_FULL' : 'DB_READ_ONLY', dir);
  }
  let at = new Date();
  let target = join(dir, backupName(ctx.dbFile, at, reason));
  while (existsSync(target)) {
    at = new Date(at.getTime() + 1);
    target = join(dir, backupName(ctx.dbFile, at, reason));
  }
  vacuumInto(db, target);
  let settings: BackupSettings = DEFAULT_BACKUP_SETTINGS;
  try {
    settings = readBackupSettings(ctx);
  } catch {
    // An unreadable settings row must not cost the user the backup just taken: use the defaults.
  }
  pruneBackups(dir, ctx.dbFile, settings, at);
  return { file: target, name: target.split(/[\\/]/).pop()!, createdAt: at, size: statSync(target).size, reason };
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
export function restoreBackup(ctx: BackendContext, name: string): { restored: BackupFile; safetyBackup: BackupFile } {
  const chosen = findBackup(ctx, name);
  if (!chosen) throw new ApiFailure('BACKUP_NOT_FOUND', { name });
  const check = checkCopy(chosen.file);
  if (!check.ok) throw new ApiFailure('BACKUP_DAMAGED', { name, reason: check.quickCheck.slice(0, 120) });
  const safetyBackup = createBackup(ctx, 'restore');
  replaceDatabaseFile(ctx, chosen.file);
  return { restored: chosen, safetyBackup };
}

/**
 * Every `intervalMs` while there were edits since the last one, an automatic backup. The timer is unref'd so it
 * never keeps a CLI or test process alive; a failing backup is logged and retried at the next tick.
 */
export function startAutoBackup(
  ctx: BackendContext,
  intervalMs: number,
  log: (err: unknown) => void = () => undefined,
): { markDirty(): void; tick(): BackupFile | null; stop(): void } {
  let dirty = false;
  const tick = (): BackupFile | null => {
    if (!dirty) return null;
    try {
      if (readBackupSettings(ctx).autoMinutes === 0) return null;
      const b = createBackup(ctx, 'auto');
      dirty = false;
      return b;
    } catch (err) {
      log(err);
      return null;
    }
  };
  const timer = intervalMs > 0 ? setInterval(tick, intervalMs) : undefined;
  timer?.unref();
  return {
    markDirty: () => {
      dirty = true;
    },
    tick,
    stop: () => clearInterval(timer),
  };
}
