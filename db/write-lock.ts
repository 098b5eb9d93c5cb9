import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { hostname, userInfo } from 'node:os';

/**
 * One writer per database. SQLite lets two processes write one file in turns, so two TinhGọn instances (two
 * `npm start`, the app and the CLI, two accounts on one PC) would both write, the last edit winning, and one's
 * backup retention would delete the other's fresh backup. The writer holds `<db>.lock`, created with O_EXCL and
 * naming who holds it; everyone else opens the file read-only and says who has it.
 *
 * A lock is never taken over from a live holder. One left by a crash (its process gone, same machine) is
 * recovered: removed under a second O_EXCL file (`.lock.break`) and only if it is still the same lock, so two
 * instances starting together after a crash cannot both take it. A lock from another machine (a shared folder)
 * is always respected: its process cannot be looked at from here.
 */
export interface LockHolder {
  user: string;
  host: string;
  pid: number;
  /** When the holder took the lock (ISO, UTC). */
  since: string;
  /** What holds it: the desktop app, browser mode, the CLI, a test. */
  app: string;
}

export interface WriteLock {
  readonly holder: LockHolder;
  /** Removes the lock if it is still this one; idempotent. */
  release(): void;
}

export type LockOutcome = { held: true; lock: WriteLock } | { held: false; holder: LockHolder };

interface LockFile extends LockHolder {
  /** Tells this lock from another taken by the same process (two sessions, a test). */
  nonce: string;
}

export const lockFileOf = (dbFile: string): string => `${dbFile}.lock`;

/** A half-written lock or breaker file older than this belongs to a process that died while writing it. */
const STALE_PARTIAL_MS = 10_000;

const heldByThisProcess = new Set<() => void>();
let exitHookInstalled = false;

/** Takes the lock of `dbFile` now, or says who holds it. */
export function tryAcquireWriteLock(dbFile: string, app: string): LockOutcome {
  const path = lockFileOf(dbFile);
  for (let attempt = 0; attempt < 5; attempt++) {
    const mine: LockFile = { ...whoAmI(app), nonce: randomBytes(8).toString('hex') };
    let fd: number;
    try {
      // Readable by others on purpose: it holds no data, and another account must be able to say who has the file.
      fd = openSync(path, 'wx', 0o644);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') return unlockable(code, app);
      const found = readLock(path);
      if (found.stale) {
        if (!breakStale(path, found.raw)) pause(20); // another instance is breaking it: let it finish
        continue;
      }
      return { held: false, holder: found.holder };
    }
    try {
      // Whatever the umask (the app runs with 077): another account sharing the folder can say who holds it.
      if (process.platform !== 'win32') fchmodSync(fd, 0o644);
      writeSync(fd, JSON.stringify(mine, null, 1));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return { held: true, lock: holding(path, mine) };
  }
  const found = readLock(path);
  return { held: false, holder: found.holder };
}

/**
 * tryAcquireWriteLock, waiting up to `waitMs` while the holder is a short job (the CLI) that will let go; an
 * app that holds the file is not waited for (it holds it until the officer closes it).
 */
export async function acquireWriteLock(
  dbFile: string,
  app: string,
  o: { waitMs: number; pollMs?: number; waitFor?: (holder: LockHolder) => boolean },
): Promise<LockOutcome> {
  const end = Date.now() + o.waitMs;
  for (;;) {
    const outcome = tryAcquireWriteLock(dbFile, app);
    if (outcome.held || Date.now() >= end || !(o.waitFor ?? isShortJob)(outcome.holder)) return outcome;
    await new Promise((r) => setTimeout(r, o.pollMs ?? 200));
  }
}

export const isShortJob = (holder: LockHolder): boolean => holder.app === 'cli';

/** Who holds the lock of `dbFile` now, or null when nobody (a stale lock counts as nobody). */
export function currentHolder(dbFile: string): LockHolder | null {
  const found = readLock(lockFileOf(dbFile));
  return found.missing || found.stale ? null : found.holder;
}

function whoAmI(app: string): LockHolder {
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    user = process.env.USERNAME ?? process.env.USER ?? '?';
  }
  return { user, host: hostname(), pid: process.pid, since: new Date().toISOString(), app };
}

/**
 * Where no lock file can be made (a read-only folder or medium) nobody can write the database either; where the
 * folder is missing, opening the database fails on its own with a message naming it.
 */
function unlockable(code: string | undefined, app: string): LockOutcome {
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code === 'ENOENT' || code === 'ENOTDIR')
    return { held: true, lock: { holder: whoAmI(app), release: () => undefined } };
  throw Object.assign(new Error(`write lock: ${code ?? 'unknown error'}`), { code });
}

function holding(path: string, mine: LockFile): WriteLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    heldByThisProcess.delete(release);
    try {
      const now = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockFile>;
      if (now.nonce === mine.nonce) rmSync(path, { force: true });
    } catch {
      // Gone or unreadable: not ours to remove any more.
    }
  };
  heldByThisProcess.add(release);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // process.exit() (the CLI) skips every close(): release on the way out. A kill -9 leaves a stale lock instead.
    process.on('exit', () => {
      for (const r of [...heldByThisProcess]) r();
    });
  }
  return { holder: stripNonce(mine), release };
}

function stripNonce(lock: LockFile): LockHolder {
  return { user: lock.user, host: lock.host, pid: lock.pid, since: lock.since, app: lock.app };
}

type Found =
  | { missing: true; stale: false; raw: ''; holder: LockHolder }
  | { missing: false; stale: boolean; raw: string; holder: LockHolder };

function readLock(path: string): Found {
  let raw: string;
  let modified: number;
  try {
    raw = readFileSync(path, 'utf8');
    modified = statSync(path).mtimeMs;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { missing: true, stale: false, raw: '', holder: unknownHolder(Date.now()) };
    // Not readable by this account: someone holds it; we cannot say who.
    return { missing: false, stale: false, raw: '', holder: unknownHolder(Date.now()) };
  }
  const holder = parseHolder(raw);
  if (!holder) {
    // Being written right now, or half-written by a process that died doing it.
    return {
      missing: false,
      stale: Date.now() - modified > STALE_PARTIAL_MS,
      raw,
      holder: unknownHolder(modified),
    };
  }
  return { missing: false, stale: holder.host === hostname() && !processAlive(holder.pid), raw, holder };
}

function parseHolder(raw: string): LockFile | null {
  try {
    const v = JSON.parse(raw) as Partial<LockFile>;
    if (
      typeof v.user === 'string' &&
      typeof v.host === 'string' &&
      Number.isInteger(v.pid) &&
      typeof v.since === 'string'
    )
      return {
        user: v.user,
        host: v.host,
        pid: v.pid!,
        since: v.since,
        app: String(v.app ?? '?'),
        nonce: String(v.nonce ?? ''),
      };
  } catch {
    // not JSON (yet)
  }
  return null;
}

/** A lock whose holder cannot be read (another account's, or being written): who is not known, when is. */
function unknownHolder(since: number): LockHolder {
  const unknown = 'không rõ / unknown';
  return { user: unknown, host: unknown, pid: 0, since: new Date(since).toISOString(), app: unknown };
}

/** Whether a process with this id runs on this machine (EPERM: it does, under another account). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes a stale lock whose content was `raw`, under `<lock>.break` taken with O_EXCL: of several instances
 * that found the same stale lock, one removes it and the others, re-reading, find it gone or replaced by a live
 * one. A breaker left by a crash in this very short step is itself stale after a few seconds.
 */
function breakStale(path: string, raw: string): boolean {
  const breaker = `${path}.break`;
  try {
    closeSync(openSync(breaker, 'wx', 0o644));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return false;
    try {
      if (Date.now() - statSync(breaker).mtimeMs > STALE_PARTIAL_MS) rmSync(breaker, { force: true });
    } catch {
      // gone meanwhile
    }
    return false;
  }
  try {
    let now: string | null;
    try {
      now = readFileSync(path, 'utf8');
    } catch {
      now = null;
    }
    if (now === raw) rmSync(path, { force: true });
    return true;
  } finally {
    rmSync(breaker, { force: true });
  }
}

/** A short synchronous wait (the lock is taken while the database opens, before anything else runs). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
