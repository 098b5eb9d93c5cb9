import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';

/**
 * On a shared office PC (several accounts, a terminal server) the procedures, reviews and backups are this
 * officer's: every file TinhGọn creates is readable by its owner only (0600) and every folder it creates is
 * enterable by its owner only (0700). Windows has no such modes: there the data folder lives in the user's own
 * profile (%APPDATA%), which Windows' per-user ACLs already close to other accounts; the calls below are no-ops.
 */
export const OWNER_ONLY_FILE = 0o600;
export const OWNER_ONLY_DIR = 0o700;

/** Creates `dir` (and missing parents) owner-only; an existing folder is left as it is. */
export function makeOwnerOnlyDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: OWNER_ONLY_DIR });
}

/**
 * The app's own data folder: created owner-only, and an existing one (from a version before this rule) closed
 * to other accounts too. Only for folders that are TinhGọn's, never for a folder the user chose for a file.
 */
export function closeAppFolder(dir: string): void {
  makeOwnerOnlyDir(dir);
  if (process.platform === 'win32') return;
  try {
    const st = statSync(dir);
    if ((st.mode & 0o077) !== 0 && st.uid === process.getuid?.()) chmodSync(dir, OWNER_ONLY_DIR);
  } catch {
    // A folder we may not change (another owner, a read-only medium) keeps its modes; nothing else depends on it.
  }
}

/** Creates an empty owner-only file where none exists, so whatever then fills it (SQLite) keeps that mode. */
export function createOwnerOnlyFile(file: string): void {
  closeSync(openSync(file, 'wx', OWNER_ONLY_FILE));
}

/** Makes a file TinhGọn wrote (a temp about to be renamed into place) owner-only. */
export function restrictToOwner(file: string): void {
  if (process.platform === 'win32') return;
  chmodSync(file, OWNER_ONLY_FILE);
}
