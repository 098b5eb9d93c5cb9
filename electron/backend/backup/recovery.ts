import type { Database as Db } from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { copyDatabaseFile, newestGoodBackup, removeStrayTemps } from '../../../db/backup';
import { DbError } from '../../../db/errors';
import { quickCheck } from '../../../db/integrity';
import type { OpenNotice } from '../../shared/contract/backup';
import { backupsDir, stagedRestoreFile } from './service';

export interface OpenResult {
  db: Db;
  notice: OpenNotice | null;
  /** The file is large, so quick_check was left for after the first screen (electron/backend/backup/open-check.ts). */
  checkDeferred: boolean;
}

/** Files above this size (with their WAL) are checked after the first screen, not before it (0.3–0.4 s at 325 MiB). */
export const DEFER_CHECK_ABOVE_BYTES = 64 * 1024 * 1024;

/**
 * Opens the user's database safely (reliability-perf.md §1.3, §1.6):
 * - leftovers of a killed backup or restore are removed first, so they never break the next start;
 * - a file that cannot be written (read-only file, folder or medium) is opened read-only, and the notice says so;
 * - `quick_check` runs right after open; a damaged file is never written over: when a backup passes
 *   `quick_check`, the damaged file is renamed aside (`*.damaged-<time>`) and the backup is copied in its place;
 *   with no good backup the file stays untouched and the user gets DB_CORRUPT.
 * `recover: false` (the CLI) only reports: no renaming, no restoring. With `deferCheckAbove`, a writable file larger
 * than that is returned unchecked (`checkDeferred`): the session checks it in a worker once the UI is up.
 * `writer: false` (another instance holds the write lock, db/write-lock.ts) opens read-only and touches no file:
 * the leftovers, a damaged file and its recovery are the writer's.
 */
export function openChecked(
  file: string,
  dataDir: string,
  open: (file: string, readonly: boolean) => Db,
  o: { recover: boolean; deferCheckAbove?: number; writer?: boolean },
): OpenResult {
  const writer = o.writer ?? true;
  if (writer) {
    try {
      removeStrayTemps(backupsDir(dataDir));
      rmSync(stagedRestoreFile(file), { force: true });
    } catch {
      // A read-only folder keeps its leftovers; they are never read as backups.
    }
  }
  let db: Db | undefined;
  let notice: OpenNotice | null = null;
  let openError: DbError | undefined;
  try {
    db = writer ? open(file, false) : openReadOnly(file, open);
  } catch (err) {
    if (!(err instanceof DbError)) throw err;
    if (err.code === 'DB_READ_ONLY' || (err.code === 'DB_UNREADABLE' && existsSync(file))) {
      db = openReadOnly(file, open);
      notice = { kind: 'readOnly', reason: 'DB_READ_ONLY' };
    } else if (err.code === 'DB_CORRUPT' || (err.code === 'DB_NOT_A_DATABASE' && existsSync(file))) {
      openError = err;
    } else throw err;
  }
  if (db) {
    if (
      writer &&
      o.recover &&
      !db.readonly &&
      o.deferCheckAbove !== undefined &&
      fileBytes(file) > o.deferCheckAbove
    )
      return { db, notice, checkDeferred: true };
    let check: string;
    try {
      check = quickCheck(db);
    } catch (err) {
      check = err instanceof Error ? err.message : String(err);
    }
    if (check === 'ok') return { db, notice, checkDeferred: false };
    db.close();
  }
  // Not ours to touch (a foreign file opened by mistake, or nothing to restore): report and leave it as it is.
  const restored = writer && o.recover ? restoreNewestGood(file, dataDir, open) : null;
  if (!restored) throw openError ?? new DbError('DB_CORRUPT', file);
  return restored;
}

/**
 * A damaged file found after it was opened (the deferred check): its connection is already closed. The newest
 * good backup takes its place as at open; with none, the file is reopened read-only (never written over) so the
 * officer can still read and export what it holds.
 */
export function recoverDamaged(
  file: string,
  dataDir: string,
  open: (file: string, readonly: boolean) => Db,
): OpenResult {
  return (
    restoreNewestGood(file, dataDir, open) ?? {
      db: openReadOnly(file, open),
      notice: { kind: 'readOnly', reason: 'DB_CORRUPT' },
      checkDeferred: false,
    }
  );
}

/** Sets the damaged file aside (`*.damaged-<time>`) and copies the newest backup passing quick_check in. */
function restoreNewestGood(
  file: string,
  dataDir: string,
  open: (file: string, readonly: boolean) => Db,
): OpenResult | null {
  const good = newestGoodBackup(backupsDir(dataDir), file);
  if (!good) return null;
  const keptAs = `${file}.damaged-${new Date().toISOString().replace(/[-:.]/g, '')}`;
  renameAside(file, keptAs);
  copyDatabaseFile(good.file, file);
  return {
    db: open(file, false),
    notice: { kind: 'recovered', damagedName: basename(keptAs), restoredFrom: good.name },
    checkDeferred: false,
  };
}

function fileBytes(file: string): number {
  const wal = `${file}-wal`;
  return statSync(file).size + (existsSync(wal) ? statSync(wal).size : 0);
}

/**
 * Read-only open. A WAL-mode database on read-only media cannot be opened even read-only when its `-shm` file
 * cannot be created; nobody can be writing to such media, so a snapshot of the file (and its WAL) in the temp
 * folder is opened instead and the user still sees the data.
 */
function openReadOnly(file: string, open: (file: string, readonly: boolean) => Db): Db {
  try {
    return open(file, true);
  } catch (err) {
    if (!(err instanceof DbError) || err.code !== 'DB_UNREADABLE' || !isWalFile(file)) throw err;
    const dir = mkdtempSync(join(tmpdir(), 'tinhgon-readonly-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const copy = join(dir, basename(file));
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    return open(copy, true);
  }
}

function isWalFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(20);
    return readSync(fd, head, 0, 20, 0) === 20 && head[18] === 2 && head[19] === 2;
  } finally {
    closeSync(fd);
  }
}

/** Moves the damaged file with its WAL and shared-memory files, keeping them a pair SQLite can still open. */
function renameAside(file: string, keptAs: string): void {
  renameSync(file, keptAs);
  for (const suffix of ['-wal', '-shm', '-journal']) {
    const side = file + suffix;
    if (existsSync(side) && statSync(side).isFile()) renameSync(side, keptAs + suffix);
  }
}
