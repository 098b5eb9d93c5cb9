/**
 * The province server's trust boundary (as electron/backend/dispatcher.ts is the app's): the method must be in
 * the province contract, the caller's role must allow it, the input must pass its schema; whatever happens the
 * caller gets an envelope with a message in their language. A unit's account may only read its own history.
 */
import { findProvinceUnit } from '../../db/pg/queries/accounts';
import { appendPgAudit } from '../../db/pg/queries/audit';
import { ApiFailure } from '../backend/api-failure';
import { describeIssues } from '../backend/dispatcher';
import type { Envelope } from '../shared/contract/envelope';
import { isProvinceMethod, provinceContract, type ProvinceMethod } from '../shared/contract/province';
import { renderError, type ErrorParams, type Locale } from '../shared/errors';
import type { Caller, ServerContext } from './context';
import { adminHandlers } from './handlers/admin';
import { consolidationHandlers } from './handlers/consolidation';
import type { ProvinceHandlers } from './handlers/types';
import { isPgUnavailable } from './pg-transaction';
import './messages';

const meHandler: ProvinceHandlers<'province.me'> = {
  'province.me': async (_i, ctx, caller) => ({
    name: caller.name,
    role: caller.role,
    unitCode: caller.unitCode,
    unitName: caller.unitCode ? ((await findProvinceUnit(ctx.pg, caller.unitCode))?.name ?? null) : null,
    provinceName: ctx.provinceName,
  }),
};

export const provinceHandlers: ProvinceHandlers = {
  ...meHandler,
  ...consolidationHandlers,
  ...adminHandlers,
};

/** Who may call what: admins everything; officers all but account and unit management; units almost nothing. */
const ADMIN_ONLY = new Set<ProvinceMethod>([
  'province.units.save',
  'province.accounts.list',
  'province.accounts.create',
  'province.accounts.setPassword',
  'province.accounts.setDisabled',
]);
const UNIT_ALLOWED = new Set<ProvinceMethod>(['province.me', 'province.history', 'province.plans.list']);

function allowed(caller: Caller, method: ProvinceMethod, input: unknown): boolean {
  if (caller.role === 'admin') return true;
  if (caller.role === 'officer') return !ADMIN_ONLY.has(method);
  if (!UNIT_ALLOWED.has(method)) return false;
  // A unit reads only its own submissions.
  return method !== 'province.history' || (input as { unitCode?: unknown }).unitCode === caller.unitCode;
}

/**
 * Reads audited like every change (changes audit themselves, in their transaction): those that hand
 * consolidated data out of the server (a report file, a unit's plan file) and an officer opening a report,
 * each one click. The screens' own reads (status, sums, overlaps, history, lists) are not: they repeat on
 * every screen and plan switched to, and show what the sign-in (audited) gave access to (docs/usage/province.md).
 */
const AUDITED_READS: Partial<Record<ProvinceMethod, string>> = {
  'province.reports.preview': 'report.view',
  'province.reports.export': 'report.export',
  'province.plans.package': 'plan.package',
};

/** The input as the audit keeps it: never a password, never a file's bytes. */
function withoutSecrets(input: unknown): Record<string, unknown> {
  const { password: _p, dataBase64: _d, ...rest } = (input ?? {}) as Record<string, unknown>;
  return rest;
}

/** What a province call came to, before it is put in the caller's language (the CLI prints both). */
export type ProvinceOutcome =
  { ok: true; value: unknown } | { ok: false; code: string; message: (locale: Locale) => string };

export async function dispatchProvince(
  ctx: ServerContext,
  caller: Caller,
  name: unknown,
  raw: unknown,
): Promise<Envelope<unknown>> {
  const outcome = await runProvince(ctx, caller, name, raw);
  return outcome.ok
    ? outcome
    : { ok: false, error: { code: outcome.code, message: outcome.message(caller.locale) } };
}

/**
 * One call of the province contract: the method must exist, the caller's role allow it, the input pass its
 * schema; then the handler (which audits its changes) and the audit of the reads that hand data out.
 */
export async function runProvince(
  ctx: ServerContext,
  caller: Caller,
  name: unknown,
  raw: unknown,
): Promise<ProvinceOutcome> {
  const fail = (code: string, params: ErrorParams = {}): ProvinceOutcome => ({
    ok: false,
    code,
    message: (locale) => renderError(code, params, locale),
  });
  if (!isProvinceMethod(name))
    return fail('UNKNOWN_METHOD', {
      method: String(typeof name === 'string' ? name : typeof name).slice(0, 80),
    });
  const spec = provinceContract[name];
  const parsed = spec.input.safeParse(raw ?? {});
  if (!parsed.success) {
    const error = parsed.error;
    return {
      ok: false,
      code: 'VALIDATION',
      message: (locale) => renderError('VALIDATION', { issues: describeIssues(error, locale) }, locale),
    };
  }
  const audit = (action: string) =>
    appendPgAudit(ctx.pg, {
      actor: caller.name,
      action,
      entity: name,
      detail: withoutSecrets(parsed.data),
      remote: caller.remote,
    });
  try {
    if (!allowed(caller, name, parsed.data)) {
      await audit('forbidden');
      return fail('PROVINCE_FORBIDDEN', { name: caller.name, what: name });
    }
    const handler = provinceHandlers[name] as (i: unknown, c: ServerContext, k: Caller) => unknown;
    const value = await handler(parsed.data, ctx, caller);
    const action = AUDITED_READS[name];
    if (action) await audit(action);
    return { ok: true, value };
  } catch (err) {
    if (err instanceof ApiFailure) return fail(err.code, err.params);
    if (isPgUnavailable(err)) return fail('PROVINCE_DB_UNAVAILABLE');
    ctx.log(err);
    return fail('INTERNAL');
  }
}
