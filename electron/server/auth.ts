/**
 * Accounts and sessions: salted scrypt password hashes, a random session token in an HttpOnly, SameSite=Strict
 * cookie (Secure behind TLS), only the token's SHA-256 in PostgreSQL, a short lockout after repeated wrong
 * passwords, and every login, failure and logout in the audit log.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  clearFailedLogins,
  deleteSession,
  findAccount,
  insertSession,
  noteFailedLogin,
  sessionAccount,
  type AccountRow,
} from '../../db/pg/queries/accounts';
import { appendPgAudit } from '../../db/pg/queries/audit';
import { ApiFailure } from '../backend/api-failure';
import type { ServerContext } from './context';
import { burnPasswordCheck, verifyPassword } from './passwords';
import './messages';

export const SESSION_COOKIE = 'tg_session';
const SESSION_HOURS = 12;
const MAX_FAILED = 10;
const LOCK_SECONDS = 300;

const tokenHash = (token: string) => createHash('sha256').update(token).digest();

export async function login(
  ctx: ServerContext,
  name: string,
  password: string,
  remote: string,
): Promise<{ token: string; account: AccountRow }> {
  const account = await findAccount(ctx.pg, name.normalize('NFC'));
  if (!account || account.disabled) {
    await burnPasswordCheck(password);
    await appendPgAudit(ctx.pg, {
      actor: name.slice(0, 60),
      action: 'login.failed',
      entity: 'account',
      remote,
    });
    throw new ApiFailure('PROVINCE_LOGIN_FAILED');
  }
  if (account.lockedUntil && account.lockedUntil.getTime() > Date.now()) {
    const minutes = Math.ceil((account.lockedUntil.getTime() - Date.now()) / 60_000);
    throw new ApiFailure('PROVINCE_ACCOUNT_LOCKED', { name: account.name, minutes });
  }
  if (!(await verifyPassword(password, account.salt, account.hash))) {
    await noteFailedLogin(ctx.pg, account.id, MAX_FAILED, LOCK_SECONDS);
    await appendPgAudit(ctx.pg, { actor: account.name, action: 'login.failed', entity: 'account', remote });
    throw new ApiFailure('PROVINCE_LOGIN_FAILED');
  }
  await clearFailedLogins(ctx.pg, account.id);
  const token = randomBytes(32).toString('base64url');
  await insertSession(ctx.pg, tokenHash(token), account.id, SESSION_HOURS);
  await appendPgAudit(ctx.pg, { actor: account.name, action: 'login', entity: 'account', remote });
  return { token, account };
}

export function sessionToken(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === SESSION_COOKIE) return v.join('=') || null;
  }
  return null;
}

export async function accountOfSession(
  ctx: ServerContext,
  token: string | null,
): Promise<AccountRow | undefined> {
  if (!token || token.length > 100) return undefined;
  return sessionAccount(ctx.pg, tokenHash(token));
}

export async function logout(
  ctx: ServerContext,
  token: string | null,
  actor: string,
  remote: string,
): Promise<void> {
  if (!token) return;
  await deleteSession(ctx.pg, tokenHash(token));
  await appendPgAudit(ctx.pg, { actor, action: 'logout', entity: 'account', remote });
}

/** The Set-Cookie value: HttpOnly and SameSite=Strict always, Secure when the server sits behind TLS. */
export function sessionCookie(token: string, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${SESSION_HOURS * 3600}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedCookie(secure: boolean): string {
  return [
    `${SESSION_COOKIE}=`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    'Max-Age=0',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
