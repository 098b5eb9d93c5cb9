import type { OpenNotice } from '../../shared/contract/backup';
import type { BackendContext } from '../context';
import type { OpenCheckOutcome } from './open-check';

/**
 * What the backup feature needs from the session that owns the connection: closing the database so its file can
 * be replaced (restore), reopening it, the notice from opening (recovered from a backup, read-only) and its integrity check.
 * Registered by electron/backend/session.ts; keyed by context so several sessions (tests) never mix.
 */
export interface SessionHooks {
  closeDb(): void;
  reopenDb(): void;
  notice(): OpenNotice | null;
  /** The integrity check of the open database, waited for when it was deferred (large files). */
  openCheck(): Promise<OpenCheckOutcome>;
}

const hooks = new WeakMap<BackendContext, SessionHooks>();

export function registerSessionHooks(ctx: BackendContext, h: SessionHooks): void {
  hooks.set(ctx, h);
}

export function sessionHooks(ctx: BackendContext): SessionHooks | undefined {
  return hooks.get(ctx);
}
