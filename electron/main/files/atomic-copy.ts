// Durable writes live in db/durable-file.ts (shared with backups and exports); the desktop adds what a locked
// target means on Windows.
export { copyFileAtomic, publishTemp, tempSibling } from '../../../db/durable-file';

/** Errors that mean "the target is open in another program" (Windows share locks). */
export function isFileBusyError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'EBUSY' || code === 'EPERM' || code === 'EACCES';
}
