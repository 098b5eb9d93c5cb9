import type { Database } from 'better-sqlite3';
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

export interface ProfileRow {
  id: number;
  name: string;
  role: 'officer' | 'manager';
  pinHash: string | null;
  pinSalt: string | null;
  failedAttempts: number;
  lockedUntil: string | null;
}

const KEY_LENGTH = 32;

/** PINs are stored as a salted scrypt hash (hex): the database file alone does not reveal them. */
export function hashPin(pin: string, salt = randomBytes(16).toString('hex')): { hash: string; salt: string } {
  return { hash: scryptSync(pin.normalize('NFC'), salt, KEY_LENGTH).toString('hex'), salt };
}

export function pinMatches(row: Pick<ProfileRow, 'pinHash' | 'pinSalt'>, pin: string): boolean {
  if (!row.pinHash || !row.pinSalt) return false;
  const expected = Buffer.from(row.pinHash, 'hex');
  const actual = scryptSync(pin.normalize('NFC'), row.pinSalt, KEY_LENGTH);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

const SELECT = `SELECT id, name, role, pin_hash AS pinHash, pin_salt AS pinSalt, failed_attempts AS failedAttempts,
                       locked_until AS lockedUntil FROM profiles`;

export function listProfiles(db: Database): ProfileRow[] {
  return db.prepare(`${SELECT} ORDER BY role DESC, name`).all() as ProfileRow[];
}

export function getProfile(db: Database, id: number): ProfileRow | undefined {
  return db.prepare(`${SELECT} WHERE id = ?`).get(id) as ProfileRow | undefined;
}

export function findProfileByName(db: Database, name: string): ProfileRow | undefined {
  return db.prepare(`${SELECT} WHERE name = ?`).get(name) as ProfileRow | undefined;
}

export function insertProfile(
  db: Database,
  p: { name: string; role: 'officer' | 'manager'; pin?: string | undefined },
  now = new Date().toISOString(),
): number {
  const hashed = p.pin ? hashPin(p.pin) : null;
  return Number(
    db
      .prepare('INSERT INTO profiles (name, role, pin_hash, pin_salt, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(p.name, p.role, hashed?.hash ?? null, hashed?.salt ?? null, now).lastInsertRowid,
  );
}

/** Persisted so a restart does not reset the lockout. */
export function setPinFailures(
  db: Database,
  id: number,
  failedAttempts: number,
  lockedUntil: string | null,
): void {
  db.prepare('UPDATE profiles SET failed_attempts = ?, locked_until = ? WHERE id = ?').run(
    failedAttempts,
    lockedUntil,
    id,
  );
}
