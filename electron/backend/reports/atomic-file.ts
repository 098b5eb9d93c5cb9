/**
 * Atomic export writes: the file is produced under a temporary name in the target folder, flushed, then
 * renamed over the target, so a crash or a cancel never leaves a half-written report under the real name.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
}

export async function writeAtomically<T>(
  target: string,
  write: (tempFile: string) => Promise<T>,
): Promise<T> {
  const temp = tempPathFor(target);
  try {
    const result = await write(temp);
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    return result;
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
