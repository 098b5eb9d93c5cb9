/**
 * Local profiles (cán bộ / lãnh đạo) and the manager PIN. The officer chosen last is kept in the `profile`
 * setting; the manager role only in the backend session's memory (system/profile-session.ts), so every app
 * session and every 15 minutes idle ask for the PIN again. Five wrong PINs in a row lock the profile for 60 s,
 * and the counter is persisted so restarting the app does not reset it.
 */
import { appendAudit } from '../../../db/queries/audit';
import {
  findProfileByName,
  getProfile,
  insertProfile,
  listProfiles,
  pinMatches,
  setPinFailures,
  type ProfileRow,
} from '../../../db/queries/profiles';
import { setSetting } from '../../../db/queries/settings';
import type { Profile } from '../../shared/contract/review';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import { currentProfile, managerEndedIdle, setManager } from '../system/profile-session';
import './messages';

export const MAX_PIN_ATTEMPTS = 5;
export const LOCKOUT_MS = 60_000;
const PIN_RE = /^\d{4,12}$/;

export function toProfile(r: ProfileRow): Profile {
  return { id: r.id, name: r.name, role: r.role, hasPin: r.pinHash !== null, lockedUntil: r.lockedUntil };
}

export function createProfile(
  ctx: BackendContext,
  p: { name: string; role: 'officer' | 'manager'; pin?: string | undefined },
): Profile {
  const name = p.name.trim();
  if (!name) throw new ApiFailure('INVALID_VALUE', { value: p.name, field: 'name', reason: 'trống / empty' });
  if (p.role === 'manager' && !PIN_RE.test(p.pin ?? '')) throw new ApiFailure('PIN_FORMAT');
  if (p.pin !== undefined && p.pin !== '' && !PIN_RE.test(p.pin)) throw new ApiFailure('PIN_FORMAT');
  const db = ctx.db;
  if (findProfileByName(db, name)) throw new ApiFailure('CONFLICT', { what: name });
  // The first manager bootstraps a new database; after that only a manager may appoint another one.
  const hasManager = listProfiles(db).some((x) => x.role === 'manager');
  if (p.role === 'manager' && hasManager && currentProfile(ctx).role !== 'manager')
    throw new ApiFailure('FORBIDDEN', {
      reason: 'chỉ lãnh đạo mới tạo được hồ sơ lãnh đạo / only a manager can add a manager',
    });
  let id = 0;
  db.transaction(() => {
    id = insertProfile(db, { name, role: p.role, pin: p.pin || undefined });
    appendAudit(db, {
      actor: ctx.actor(),
      action: 'create',
      entity: 'profile',
      entityId: id,
      newValue: { name, role: p.role },
    });
  })();
  return toProfile(getProfile(db, id)!);
}

/**
 * Checks a manager's PIN. A wrong PIN is counted (and may start the lockout) outside any caller
 * transaction on purpose: the refusal itself must be remembered even though nothing else is saved.
 */
export function verifyPin(
  ctx: BackendContext,
  profile: ProfileRow,
  pin: string | undefined,
  now = Date.now(),
): void {
  const db = ctx.db;
  if (profile.lockedUntil && Date.parse(profile.lockedUntil) > now) {
    throw new ApiFailure('PIN_LOCKED', {
      seconds: Math.ceil((Date.parse(profile.lockedUntil) - now) / 1000),
    });
  }
  if (!pin) throw new ApiFailure('PIN_REQUIRED');
  if (pinMatches(profile, pin)) {
    if (profile.failedAttempts !== 0 || profile.lockedUntil) setPinFailures(db, profile.id, 0, null);
    return;
  }
  const failed = profile.failedAttempts + 1;
  if (failed >= MAX_PIN_ATTEMPTS) {
    const until = new Date(now + LOCKOUT_MS).toISOString();
    db.transaction(() => {
      setPinFailures(db, profile.id, 0, until);
      appendAudit(db, {
        actor: profile.name,
        action: 'pin-lockout',
        entity: 'profile',
        entityId: profile.id,
        newValue: until,
      });
    })();
    throw new ApiFailure('PIN_LOCKED', { seconds: Math.ceil(LOCKOUT_MS / 1000) });
  }
  setPinFailures(db, profile.id, failed, null);
  throw new ApiFailure('PIN_WRONG', { left: MAX_PIN_ATTEMPTS - failed });
}

/** The current profile must be a manager with a stored PIN, and the PIN must match; else FORBIDDEN / PIN_*. */
export function requireManager(ctx: BackendContext, pin: string | undefined, what: string): ProfileRow {
  const current = currentProfile(ctx);
  const row = findProfileByName(ctx.db, current.name);
  if (current.role !== 'manager' || !row || row.role !== 'manager') {
    if (managerEndedIdle(ctx)) throw new ApiFailure('MANAGER_SESSION_ENDED', { what });
    throw new ApiFailure('FORBIDDEN', { reason: `${what}: chỉ lãnh đạo / managers only` });
  }
  verifyPin(ctx, row, pin);
  return row;
}

export function switchProfile(ctx: BackendContext, profileId: number, pin: string | undefined): void {
  const row = getProfile(ctx.db, profileId);
  if (!row) throw new ApiFailure('NOT_FOUND', { what: `hồ sơ người dùng #${profileId}` });
  if (row.role === 'manager') verifyPin(ctx, row, pin);
  const db = ctx.db;
  const before = currentProfile(ctx);
  db.transaction(() => {
    // The manager role is never written down: a restart or a new window asks for the PIN again.
    if (row.role === 'officer') setSetting(db, 'profile', { name: row.name, role: row.role });
    appendAudit(db, {
      actor: row.name,
      action: 'switch-profile',
      entity: 'profile',
      entityId: row.id,
      oldValue: before.name,
      newValue: row.name,
    });
  })();
  setManager(ctx, row.role === 'manager' ? { name: row.name, role: 'manager' } : null);
}

export function profilesOverview(ctx: BackendContext) {
  const current = currentProfile(ctx);
  return {
    profiles: listProfiles(ctx.db).map(toProfile),
    currentName: current.name,
    currentRole: current.role,
  };
}
