import { open } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { restrictToOwner } from './owner-only';

/**
 * Durable, all-or-nothing file writes shared by backups, exports and the desktop "save as": write under a
 * hidden temporary name in the target's folder (so the rename never crosses file systems), fsync it, rename it
 * over the target, fsync the folder. A crash leaves either the old file or the new one, never half of one.
 */
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

/** fsyncFile on the thread pool: the caller goes on while the disk catches up, and awaits it before relying on it. */
export async function fsyncFileLater(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename itself durable on POSIX; Windows cannot open a folder this way (the rename is still atomic). */
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
    // Some file systems refuse fsync on folders; the data itself is already synced.
  }
}

/** Renames `from` over `to` (same folder) and makes the rename itself durable. `from` must already be synced. */
export function renameDurably(from: string, to: string): void {
  renameSync(from, to);
  fsyncDir(dirname(to));
}

/**
 * Makes a finished temp sibling the target: its data reaches the disk before the rename, and the rename before
 * this returns, so after a power cut the target is the old file or the whole new one. The target is owner-only.
 */
export function publishTemp(temp: string, target: string): void {
  restrictToOwner(temp); // exports and copies are the officer's: owner-only, whatever wrote them
  fsyncFile(temp);
  renameDurably(temp, target);
}

/** Runs `write` on a temp sibling of `target`, then makes it the target; the temp file never survives a failure. */
export async function writeAtomically<T>(
  target: string,
  write: (tempFile: string) => Promise<T> | T,
): Promise<T> {
  const temp = tempSibling(target);
  try {
    const result = await write(temp);
    publishTemp(temp, target);
    return result;
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

export function copyFileAtomic(source: string, target: string): void {
  const temp = tempSibling(target);
  try {
    copyFileSync(source, temp);
    publishTemp(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
