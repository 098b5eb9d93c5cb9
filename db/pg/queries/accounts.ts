/** Accounts, units and sessions of the province server. Passwords arrive here already hashed. */
import type { AccountRole } from '../../../electron/shared/contract/province';
import type { UnitLevel } from '../../../electron/shared/domain';
import type { Pg } from './types';
import { iso } from './types';

export interface AccountRow {
  id: number;
  name: string;
  role: AccountRole;
  unitCode: string | null;
  salt: Buffer;
  hash: Buffer;
  disabled: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
}

const COLUMNS = `a.id, a.name, a.role, a.unit_code AS "unitCode", a.password_salt AS salt, a.password_hash AS hash,
  a.disabled, a.failed_logins AS "failedLogins", a.locked_until AS "lockedUntil"`;
const ACCOUNT = `SELECT ${COLUMNS} FROM accounts a`;

export async function findAccount(pg: Pg, name: string): Promise<AccountRow | undefined> {
  const { rows } = await pg.query<AccountRow>(`${ACCOUNT} WHERE a.name = $1`, [name]);
  return rows[0];
}

export async function countAccounts(pg: Pg): Promise<number> {
  const { rows } = await pg.query<{ n: string }>('SELECT count(*) AS n FROM accounts');
  return Number(rows[0]!.n);
}

export async function insertAccount(
  pg: Pg,
  a: { name: string; role: AccountRole; unitCode: string | null; salt: Buffer; hash: Buffer },
): Promise<void> {
  await pg.query(
    'INSERT INTO accounts (name, role, unit_code, password_salt, password_hash) VALUES ($1, $2, $3, $4, $5)',
    [a.name, a.role, a.unitCode, a.salt, a.hash],
  );
}

export async function setAccountPassword(pg: Pg, name: string, salt: Buffer, hash: Buffer): Promise<boolean> {
  const r = await pg.query(
    `UPDATE accounts SET password_salt = $2, password_hash = $3, failed_logins = 0, locked_until = NULL
     WHERE name = $1`,
    [name, salt, hash],
  );
  return r.rowCount === 1;
}

export async function setAccountDisabled(pg: Pg, name: string, disabled: boolean): Promise<boolean> {
  const r = await pg.query('UPDATE accounts SET disabled = $2 WHERE name = $1', [name, disabled]);
  if (disabled)
    await pg.query('DELETE FROM sessions WHERE account_id = (SELECT id FROM accounts WHERE name = $1)', [
      name,
    ]);
  return r.rowCount === 1;
}

/** After a wrong password: count it, and lock the account for a while after `max` in a row. */
export async function noteFailedLogin(pg: Pg, id: number, max: number, lockSeconds: number): Promise<void> {
  await pg.query(
    `UPDATE accounts SET failed_logins = failed_logins + 1,
       locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(secs => $3) ELSE locked_until END
     WHERE id = $1`,
    [id, max, lockSeconds],
  );
}

export async function clearFailedLogins(pg: Pg, id: number): Promise<void> {
  await pg.query('UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = $1', [id]);
}

export async function listAccounts(pg: Pg) {
  const { rows } = await pg.query<{
    name: string;
    role: AccountRole;
    unitCode: string | null;
    disabled: boolean;
    createdAt: Date;
  }>(
    `SELECT name, role, unit_code AS "unitCode", disabled, created_at AS "createdAt" FROM accounts
     ORDER BY role, name`,
  );
  return rows.map((r) => ({ ...r, createdAt: iso(r.createdAt)! }));
}

export async function insertSession(
  pg: Pg,
  tokenHash: Buffer,
  accountId: number,
  hours: number,
): Promise<void> {
  await pg.query(
    `INSERT INTO sessions (token_hash, account_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`,
    [tokenHash, accountId, hours],
  );
}

/** The account behind a live session token hash (expired and disabled ones give nothing). */
export async function sessionAccount(pg: Pg, tokenHash: Buffer): Promise<AccountRow | undefined> {
  const { rows } = await pg.query<AccountRow>(
    `SELECT ${COLUMNS} FROM accounts a JOIN sessions s ON s.account_id = a.id
     WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT a.disabled`,
    [tokenHash],
  );
  return rows[0];
}

export async function deleteSession(pg: Pg, tokenHash: Buffer): Promise<void> {
  await pg.query('DELETE FROM sessions WHERE token_hash = $1 OR expires_at < now()', [tokenHash]);
}

export interface ProvinceUnitRow {
  code: string;
  name: string;
  level: UnitLevel;
  accounts: number;
}

export async function listProvinceUnits(pg: Pg): Promise<ProvinceUnitRow[]> {
  const { rows } = await pg.query<ProvinceUnitRow & { accounts: string }>(
    `SELECT u.code, u.name, u.level, (SELECT count(*) FROM accounts a WHERE a.unit_code = u.code) AS accounts
     FROM units u ORDER BY u.name COLLATE "C"`,
  );
  return rows.map((r) => ({ ...r, accounts: Number(r.accounts) }));
}

export async function upsertProvinceUnit(
  pg: Pg,
  u: { code: string; name: string; level: UnitLevel },
): Promise<void> {
  await pg.query(
    `INSERT INTO units (code, name, level) VALUES ($1, $2, $3)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level`,
    [u.code, u.name, u.level],
  );
}

export async function findProvinceUnit(pg: Pg, code: string) {
  const { rows } = await pg.query<{ code: string; name: string; level: UnitLevel }>(
    'SELECT code, name, level FROM units WHERE code = $1',
    [code],
  );
  return rows[0];
}
