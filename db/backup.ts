import type { Database as Db } from 'better-sqlite3';
import { closeSync, existsSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { connect } from './connection';
import { quickCheck } from './integrity';
import { fsyncFile, renameDurably } from './durable-file';
import { classifySqliteError, DbError } from './errors';
import { createOwnerOnlyFile } from './owner-only';
import { processAlive } from './write-lock';
import { LATEST_SCHEMA_VERSION } from './migrations';

/**
 * Consistent copies of a live database (reliability-perf.md §1.3): `VACUUM INTO` a temporary name, fsync it
 * (SQLite does not), rename, fsync the folder, then reopen the copy read-only and `quick_check` it. Never a file
 * copy of a live database (howtocorrupt §1.2). The copy is a single DELETE-mode file, right for sending by USB.
 */

export const BACKUP_REASONS = ['auto', 'manual', 'import', 'bulk', 'restore', 'migration'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupFile {
  file: string;
  name: string;
  /** When the copy was taken (UTC, from the file name so that copying the folder keeps the history). */
  createdAt: Date;
  size: number;
  reason: BackupReason;
}

export interface RetentionPolicy {
  /** Copies kept for today (newest first). */
  keepToday: number;
  /** Copies kept for each earlier day. */
  keepPerDay: number;
  /** Copies kept in total. */
  maxTotal: number;
}
export const DEFAULT_RETENTION: RetentionPolicy = { keepToday: 3, keepPerDay: 1, maxTotal: 10 };

/** Suffix of files written half-way; they are never opened as backups and are removed at the next start. */
export const TEMP_SUFFIX = '.tmp';

export interface CopyCheck {
  ok: boolean;
  quickCheck: string;
  schemaVersion: number;
}

/** Opens a copy read-only and reports `quick_check` and its schema version; never throws for a bad file. */
export function checkCopy(file: string): CopyCheck {
  let db: Db | undefined;
  try {
    if (readHeader(file) !== 'SQLite format 3\0')
      return { ok: false, quickCheck: 'not a database', schemaVersion: -1 };
    db = connect(file, { readonly: true, fileMustExist: true });
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const problems = quickCheck(db);
    return {
      ok: problems === 'ok' && schemaVersion <= LATEST_SCHEMA_VERSION,
      quickCheck: problems,
      schemaVersion,
    };
  } catch (err) {
    return { ok: false, quickCheck: err instanceof Error ? err.message : String(err), schemaVersion: -1 };
  } finally {
    db?.close();
  }
}

function readHeader(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a checked copy of `db` to `target`, which must not exist. On any failure the temporary file is removed
 * and nothing at `target` changes. Must not be called inside a transaction (SQLite refuses VACUUM there).
 */
export function vacuumInto(db: Db, target: string): void {
  if (existsSync(target)) throw new DbError('DB_UNREADABLE', target, { reason: 'exists' });
  const tmp = `${target}.${process.pid}${TEMP_SUFFIX}`;
  writeCheckedCopy(db, tmp, target);
  publishCopy(tmp, target);
}

/**
 * The first half of vacuumInto: the checked, fsynced copy under the temporary name `tmp` (removed on failure).
 * `target` only names the copy in errors. A copy left by a kill is a `*.tmp`, removed at the next start.
 */
export function writeCheckedCopy(db: Db, tmp: string, target: string, syncNow = true): void {
  rmSync(tmp, { force: true });
  try {
    createOwnerOnlyFile(tmp); // VACUUM INTO fills an empty file and keeps its mode: the copy is owner-only
    db.prepare('VACUUM INTO ?').run(tmp);
    if (syncNow) fsyncFile(tmp); // otherwise the caller syncs it (fsyncFileLater) before publishing it
    const check = checkCopy(tmp);
    if (check.quickCheck !== 'ok')
      throw new DbError('DB_CORRUPT', target, { check: check.quickCheck.slice(0, 200) });
  } catch (err) {
    rmSync(tmp, { force: true });
    throw copyError(err, target);
  }
}

/** The second half: renames the copy into place and makes the rename durable. */
export function publishCopy(tmp: string, target: string): void {
  try {
    renameDurably(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw copyError(err, target);
  }
}

function copyError(err: unknown, target: string): unknown {
  if (err instanceof DbError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC') return new DbError('DB_DISK_FULL', target);
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return new DbError('DB_READ_ONLY', target);
  return classifySqliteError(err, target) ?? err;
}

/** `tinhgon-20261126-151500-123-auto.sqlite`: the database's own name, the UTC time, the reason. */
export function backupName(dbFile: string, at: Date, reason: BackupReason): string {
  const stem = basename(dbFile).replace(/\.(sqlite3?|db)$/i, '');
  const iso = at.toISOString(); // 2026-11-26T15:15:00.123Z
  const stamp = `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}-${iso.slice(20, 23)}`;
  return `${stem}-${stamp}-${reason}.sqlite`;
}

const NAME = /^(.+)-(\d{8})-(\d{6})-(\d{3})-([a-z]+)\.sqlite$/;

export function parseBackupName(
  name: string,
): { stem: string; createdAt: Date; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, stem, d, t, ms, reason] = m as unknown as [string, string, string, string, string, string];
  if (!(BACKUP_REASONS as readonly string[]).includes(reason)) return null;
  const iso = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${ms}Z`;
  const createdAt = new Date(iso);
  if (Number.isNaN(createdAt.getTime())) return null;
  return { stem, createdAt, reason: reason as BackupReason };
}

/** Backups of one database in `dir`, newest first. */
export function listBackups(dir: string, dbFile: string): BackupFile[] {
  if (!existsSync(dir)) return [];
  const stem = basename(dbFile).replace(/\.(sqlite3?|db)$/i, '');
  const out: BackupFile[] = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupName(name);
    if (!parsed || parsed.stem !== stem) continue;
    const file = join(dir, name);
    try {
      out.push({ file, name, createdAt: parsed.createdAt, size: statSync(file).size, reason: parsed.reason });
    } catch {
      // Removed between readdir and stat: not a backup any more.
    }
  }
  return out.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.name.localeCompare(a.name));
}

/** The officer's calendar day (local time), which is what "today" means in the retention rule. */
function localDay(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/**
 * Actual Budget's rule: the newest `keepToday` of today, the newest `keepPerDay` of every earlier day, at most
 * `maxTotal` overall; the newest backup is always kept. Returns the backups to delete.
 */
export function selectExpired(
  backups: readonly BackupFile[],
  policy: RetentionPolicy,
  now: Date,
): BackupFile[] {
  const sorted = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const today = localDay(now);
  const perDay = new Map<string, number>();
  const keep: BackupFile[] = [];
  const drop: BackupFile[] = [];
  for (const b of sorted) {
    const day = localDay(b.createdAt);
    const seen = perDay.get(day) ?? 0;
    const limit = day === today ? policy.keepToday : policy.keepPerDay;
    const isNewest = b === sorted[0];
    if ((isNewest || seen < limit) && (isNewest || keep.length < policy.maxTotal)) {
      keep.push(b);
      perDay.set(day, seen + 1);
    } else drop.push(b);
  }
  return drop;
}

export function pruneBackups(dir: string, dbFile: string, policy: RetentionPolicy, now = new Date()): number {
  const expired = selectExpired(listBackups(dir, dbFile), policy, now);
  for (const b of expired) rmSync(b.file, { force: true });
  return expired.length;
}

/**
 * Removes half-written copies left by a killed process (`*.tmp`), so they never look like backups. A copy
 * still being written by a live process (its id is in the name: another instance on another database of the same
 * data folder) is left alone.
 */
export function removeStrayTemps(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const name of readdirSync(dir)) {
    if (!/\.tmp(-journal|-wal|-shm)?$/.test(name)) continue;
    const writer = /\.(\d+)(\.staged)?\.tmp(-journal|-wal|-shm)?$/.exec(name);
    if (writer && Number(writer[1]) !== process.pid && processAlive(Number(writer[1]))) continue;
    rmSync(join(dir, name), { force: true });
    n++;
  }
  return n;
}

/** The newest backup of `dbFile` that passes `quick_check` and that this version can open. */
export function newestGoodBackup(dir: string, dbFile: string): BackupFile | null {
  for (const b of listBackups(dir, dbFile)) if (checkCopy(b.file).ok) return b;
  return null;
}

/** Writes a checked copy of the file `source` (never live: a backup or a file the user picked) to `target`. */
export function copyDatabaseFile(source: string, target: string): void {
  const src = connect(source, { readonly: true, fileMustExist: true });
  try {
    vacuumInto(src, target);
  } finally {
    src.close();
  }
}

/**
 * Puts a staged, fsynced copy in place of `target` (whose connections must all be closed). A WAL that survived
 * the close belongs to another process: replacing the file under it would corrupt both, so that is refused.
 */
export function swapInStaged(staged: string, target: string): void {
  const wal = `${target}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) throw new DbError('DB_LOCKED', target);
  rmSync(wal, { force: true });
  rmSync(`${target}-shm`, { force: true });
  renameDurably(staged, target);
}
