import type { Database as Db } from 'better-sqlite3';
import { renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { connect } from './connection';
import { fsyncDir, fsyncFile } from './durable-file';
import { classifySqliteError, DbError } from './errors';
import { quickCheck } from './integrity';

/**
 * The two halves of backup.ts's vacuumInto, apart so that a copy can be written in one place (a worker thread:
 * nothing here loads the migrations) and put in place later: the checked, fsynced copy under a temporary name,
 * then the rename. A copy left by a kill is a `*.tmp`, removed at the next start.
 */

/** Writes the copy of `db` to `tmp` and quick_checks it (removed on failure); `target` names it in errors. */
export function writeCheckedCopy(db: Db, tmp: string, target: string): void {
  rmSync(tmp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    fsyncFile(tmp);
    const check = quickCheckOf(tmp);
    if (check !== 'ok') throw new DbError('DB_CORRUPT', target, { check: check.slice(0, 200) });
  } catch (err) {
    rmSync(tmp, { force: true });
    throw copyError(err, target);
  }
}

/** Renames the copy into place and makes the rename durable. */
export function publishCopy(tmp: string, target: string): void {
  try {
    renameSync(tmp, target);
    fsyncDir(dirname(target));
  } catch (err) {
    rmSync(tmp, { force: true });
    throw copyError(err, target);
  }
}

/** quick_check of a file opened read-only; what SQLite says when it cannot even open it. */
function quickCheckOf(file: string): string {
  let db: Db | undefined;
  try {
    db = connect(file, { readonly: true, fileMustExist: true });
    return quickCheck(db);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    db?.close();
  }
}

function copyError(err: unknown, target: string): unknown {
  if (err instanceof DbError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC') return new DbError('DB_DISK_FULL', target);
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return new DbError('DB_READ_ONLY', target);
  return classifySqliteError(err, target) ?? err;
}
