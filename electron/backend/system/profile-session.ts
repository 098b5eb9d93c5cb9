import { getSetting } from '../../../db/queries/settings';
import { listProfiles } from '../../../db/queries/profiles';
import type { BackendContext } from '../context';

export interface Profile {
  name: string;
  role: 'officer' | 'manager';
}
export const DEFAULT_PROFILE: Profile = { name: 'Cán bộ', role: 'officer' };

/** A manager who sends nothing for this long is an officer again (the PIN is asked anew). */
export const MANAGER_IDLE_MS = 15 * 60_000;

/**
 * The manager role lives only in the backend's memory, for one app session and one open database: a restart, a
 * database switch (new, open, restore) or `idleMs` without a call from the user ends it. The officer profile
 * chosen last is a preference and stays in the database (`profile` setting); the manager role never is.
 */
interface Session {
  openId: string;
  manager: Profile | null;
  lastActivity: number;
  /** Set when the manager role ended for idleness, until the next profile switch: the shell says so. */
  endedIdle: boolean;
}

const sessions = new WeakMap<BackendContext, Session>();

function sessionOf(ctx: BackendContext): Session {
  const now = ctx.now();
  let s = sessions.get(ctx);
  if (!s || s.openId !== ctx.openId) {
    s = { openId: ctx.openId, manager: null, lastActivity: now, endedIdle: false };
    sessions.set(ctx, s);
  }
  if (s.manager && now - s.lastActivity >= ctx.managerIdleMs) {
    s.manager = null;
    s.endedIdle = true;
  }
  return s;
}

/** The officer the database remembers; a manager stored by an older version is never trusted without the PIN. */
function storedOfficer(ctx: BackendContext): Profile {
  const stored = getSetting<Profile>(ctx.db, 'profile', DEFAULT_PROFILE);
  if (stored.role === 'officer') return stored;
  const officer = listProfiles(ctx.db).find((p) => p.role === 'officer');
  return officer ? { name: officer.name, role: 'officer' } : DEFAULT_PROFILE;
}

export function currentProfile(ctx: BackendContext): Profile {
  return sessionOf(ctx).manager ?? storedOfficer(ctx);
}

/** A call from the user: ends an idle manager role first, then restarts the idle clock. */
export function noteActivity(ctx: BackendContext): void {
  sessionOf(ctx).lastActivity = ctx.now();
}

/** True while the shell should say that the manager role ended for idleness. */
export function managerEndedIdle(ctx: BackendContext): boolean {
  return sessionOf(ctx).endedIdle;
}

/** After the PIN was checked: the manager role for this session (memory only). `null`: back to the officer. */
export function setManager(ctx: BackendContext, manager: Profile | null): void {
  const s = sessionOf(ctx);
  s.manager = manager;
  s.lastActivity = ctx.now();
  s.endedIdle = false;
}
