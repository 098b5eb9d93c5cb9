import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Hidden temp name in the same folder as `target`, so the final rename never crosses file systems. */
export function tempSibling(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
}

export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Best effort: makes the rename itself durable on POSIX; Windows cannot open a directory this way. */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // some file systems refuse fsync on directories; the data itself is already synced
  }
}

/**
 * Copy then replace (§2.6): `.tmp` in the target's folder → fsync → rename. A target open in Excel on Windows
 * fails the rename with EBUSY/EPERM; the caller maps that to "close the file in Excel". The temp file never
 * survives a failure.
 */
export function copyFileAtomic(source: string, target: string): void {
  const tmp = tempSibling(target);
  try {
    copyFileSync(source, tmp);
    fsyncFile(tmp);
    renameSync(tmp, target);
    fsyncDir(dirname(target));
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Errors that mean "the target is open in another program" (Windows share locks). */
export function isFileBusyError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'EBUSY' || code === 'EPERM' || code === 'EACCES';
}
