import { basename } from 'node:path';
import { DbError } from '../../../db/errors';
import { tryAcquireWriteLock, type LockHolder, type WriteLock } from '../../../db/write-lock';
import type { Envelope } from '../../shared/contract';
import type { OpenNotice } from '../../shared/contract/backup';
import { renderError, type ErrorParams, type Locale } from '../../shared/errors';
import { formatDateTimeVi } from '../../shared/text/format';
import type { RunMode } from '../context';

/**
 * The session's side of db/write-lock.ts: a session either writes its database (it holds the lock) or only
 * reads it (another instance holds it, and every screen says who, where and since when).
 */
export type WriteAccess = { lock: WriteLock; holder: null } | { lock: null; holder: LockHolder };

/**
 * Takes the write lock of `file` for a session in `mode`; with `requireWrite` (a CLI command that writes) a held
 * lock is an error naming the holder instead of a read-only session.
 */
export function takeWriteAccess(file: string, mode: RunMode, requireWrite = false): WriteAccess {
  const outcome = tryAcquireWriteLock(file, mode);
  if (outcome.held) return { lock: outcome.lock, holder: null };
  if (requireWrite) throw new DbError('DB_HELD_BY', file, holderParams(outcome.holder));
  return { lock: null, holder: outcome.holder };
}

export function lockedNotice(holder: LockHolder): OpenNotice {
  return { kind: 'lockedBy', user: holder.user, host: holder.host, since: holder.since, app: holder.app };
}

/** Who holds the file, for the DB_HELD_BY message: user, machine, and since when in local time. */
export function holderParams(holder: LockHolder): ErrorParams {
  return { user: holder.user, host: holder.host, since: formatDateTimeVi(holder.since) };
}

/** The answer to a change asked of a session that only reads: nothing is written, and the holder is named. */
export function heldByEnvelope(file: string, holder: LockHolder, locale: Locale): Envelope<unknown> {
  const params = { file: basename(file), ...holderParams(holder) };
  return { ok: false, error: { code: 'DB_HELD_BY', message: renderError('DB_HELD_BY', params, locale) } };
}
