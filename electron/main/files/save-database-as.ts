import type { Database } from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { publishTemp, tempSibling } from './atomic-copy';

/**
 * "Lưu thành…" (save the database as another file). `VACUUM INTO` writes a compact, consistent snapshot that
 * includes what is still in the WAL (copying the .sqlite file would not), into a temp file in the chosen folder;
 * after fsync it is renamed over the target. The current database is never modified.
 */
export type SaveAsVerdict = { ok: true } | { ok: false; reason: 'same-file' | 'target-in-use' };

/**
 * Refuses to write over the open database, and over a database that has a `-wal` file next to it: that file
 * would be replayed into the new copy by SQLite (and means another program may have it open).
 */
export function saveAsPreflight(
  current: string,
  target: string,
  exists: (file: string) => boolean,
): SaveAsVerdict {
  const a = resolve(current);
  const b = resolve(target);
  const same =
    process.platform === 'win32' || process.platform === 'darwin'
      ? a.toLowerCase() === b.toLowerCase()
      : a === b;
  if (same) return { ok: false, reason: 'same-file' };
  if (exists(`${b}-wal`) || exists(`${b}-shm`)) return { ok: false, reason: 'target-in-use' };
  return { ok: true };
}

export function saveDatabaseAs(db: Database, current: string, target: string): SaveAsVerdict {
  const verdict = saveAsPreflight(current, target, existsSync);
  if (!verdict.ok) return verdict;
  const tmp = tempSibling(resolve(target));
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    publishTemp(tmp, resolve(target));
    return { ok: true };
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
