/** Accounts, units, the catalog, the audit log, and a package an officer brings on USB. */
import {
  findAccount,
  findProvinceUnit,
  insertAccount,
  listAccounts,
  listProvinceUnits,
  setAccountDisabled,
  setAccountPassword,
  upsertProvinceUnit,
} from '../../../db/pg/queries/accounts';
import { appendPgAudit, listPgAudit } from '../../../db/pg/queries/audit';
import { listCatalog, upsertCatalog } from '../../../db/pg/queries/plans';
import type { Pg } from '../../../db/pg/queries/types';
import { ApiFailure } from '../../backend/api-failure';
import type { AccountRole } from '../../shared/contract/province';
import { parseDvcqgRecord } from '../../shared/dvcqg/record-parser';
import { InventoryEntry, PROCEDURE_CODE_RE } from '../../shared/domain';
import { compareVi } from '../../shared/text/collate';
import { consolidate } from '../consolidate';
import { hashPassword } from '../passwords';
import { inTransaction } from '../pg-transaction';
import type { ProvinceHandlers } from './types';

/** The national portal's JSONL export (one record a line) or a JSON array of TinhGọn records. */
export function parseCatalogFile(text: string, file: string): { entries: InventoryEntry[]; skipped: number } {
  const bad = (line: number, reason: string): never => {
    throw new ApiFailure('PROVINCE_CATALOG_BAD_FILE', { file, line, reason });
  };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) bad(1, 'tệp trống / empty file');
  const raw: { line: number; entry: unknown }[] = [];
  if (trimmed.startsWith('[')) {
    let list: unknown;
    try {
      list = JSON.parse(trimmed);
    } catch {
      bad(1, 'không phải JSON / not JSON');
    }
    if (!Array.isArray(list)) bad(1, 'cần một danh sách / expected an array');
    (list as unknown[]).forEach((entry, i) => raw.push({ line: i + 1, entry }));
  } else
    trimmed.split(/\r?\n/u).forEach((line, i) => {
      if (!line.trim()) return;
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch {
        bad(i + 1, 'không phải JSON / not JSON');
      }
      raw.push({ line: i + 1, entry: parseDvcqgRecord(obj).entry });
    });
  const entries: InventoryEntry[] = [];
  let skipped = 0;
  for (const { line, entry } of raw) {
    const parsed = InventoryEntry.safeParse(entry);
    if (!parsed.success) bad(line, parsed.error.issues[0]?.path.join('.') || 'record');
    else if (!PROCEDURE_CODE_RE.test(parsed.data.code)) skipped++;
    else entries.push(parsed.data);
  }
  return { entries, skipped };
}

/**
 * Whether an account may be made (the screen's and the server command line's one rule): a unit's account names a
 * listed unit, an officer's or admin's none, and the name is free. Throws the refusal.
 */
export async function checkNewAccount(
  pg: Pg,
  a: { name: string; role: AccountRole; unitCode: string | null },
): Promise<void> {
  if ((a.role === 'unit') !== (a.unitCode !== null)) throw new ApiFailure('PROVINCE_ACCOUNT_UNIT');
  if (a.unitCode !== null && !(await findProvinceUnit(pg, a.unitCode)))
    throw new ApiFailure('PROVINCE_UNKNOWN_UNIT', { unit: a.unitCode });
  if (await findAccount(pg, a.name)) throw new ApiFailure('PROVINCE_ACCOUNT_EXISTS', { name: a.name });
}

export const adminHandlers: ProvinceHandlers<
  | 'province.units.list'
  | 'province.units.save'
  | 'province.accounts.list'
  | 'province.accounts.create'
  | 'province.accounts.setPassword'
  | 'province.accounts.setDisabled'
  | 'province.catalog.list'
  | 'province.catalog.load'
  | 'province.audit.list'
  | 'province.submissions.upload'
> = {
  'province.units.list': async (_i, ctx) =>
    (await listProvinceUnits(ctx.pg)).sort((a, b) => compareVi(a.name, b.name)),
  'province.units.save': async (input, ctx, caller) => {
    await inTransaction(ctx, async (c) => {
      await upsertProvinceUnit(c, input);
      await appendPgAudit(c, {
        actor: caller.name,
        action: 'unit.save',
        entity: 'unit',
        entityKey: input.code,
        detail: input,
        remote: caller.remote,
      });
    });
    return { ok: true };
  },

  'province.accounts.list': (_i, ctx) => listAccounts(ctx.pg),
  'province.accounts.create': async ({ name, role, unitCode, password }, ctx, caller) => {
    await checkNewAccount(ctx.pg, { name, role, unitCode });
    const { salt, hash } = await hashPassword(password);
    await inTransaction(ctx, async (c) => {
      await insertAccount(c, { name, role, unitCode, salt, hash });
      await appendPgAudit(c, {
        actor: caller.name,
        action: 'account.create',
        entity: 'account',
        entityKey: name,
        detail: { role, unitCode },
        remote: caller.remote,
      });
    });
    return { ok: true };
  },
  'province.accounts.setPassword': async ({ name, password }, ctx, caller) => {
    const { salt, hash } = await hashPassword(password);
    await inTransaction(ctx, async (c) => {
      if (!(await setAccountPassword(c, name, salt, hash)))
        throw new ApiFailure('PROVINCE_ACCOUNT_NOT_FOUND', { name });
      await appendPgAudit(c, {
        actor: caller.name,
        action: 'account.password',
        entity: 'account',
        entityKey: name,
        remote: caller.remote,
      });
    });
    return { ok: true };
  },
  'province.accounts.setDisabled': async ({ name, disabled }, ctx, caller) => {
    await inTransaction(ctx, async (c) => {
      if (!(await setAccountDisabled(c, name, disabled)))
        throw new ApiFailure('PROVINCE_ACCOUNT_NOT_FOUND', { name });
      await appendPgAudit(c, {
        actor: caller.name,
        action: disabled ? 'account.disable' : 'account.enable',
        entity: 'account',
        entityKey: name,
        remote: caller.remote,
      });
    });
    return { ok: true };
  },

  'province.catalog.list': ({ search, limit }, ctx) => listCatalog(ctx.pg, search, limit),
  'province.catalog.load': async ({ fileName, dataBase64 }, ctx, caller) => {
    const { entries, skipped } = parseCatalogFile(
      Buffer.from(dataBase64, 'base64').toString('utf8'),
      fileName,
    );
    const added = await inTransaction(ctx, async (c) => {
      const n = await upsertCatalog(c, entries);
      await appendPgAudit(c, {
        actor: caller.name,
        action: 'catalog.load',
        entity: 'catalog',
        entityKey: fileName.slice(0, 200),
        detail: { records: entries.length, added: n, skipped },
        remote: caller.remote,
      });
      return n;
    });
    return { added, updated: entries.length - added, skipped };
  },

  'province.audit.list': ({ limit }, ctx) => listPgAudit(ctx.pg, limit),
  'province.submissions.upload': ({ fileName, dataBase64 }, ctx, caller) =>
    consolidate(ctx, Buffer.from(dataBase64, 'base64'), fileName, caller),
};
