import type { z } from 'zod';
import { DbError } from '../../db/errors';
import { contract, isMethod, type Envelope } from '../shared/contract';
import { renderError, type ErrorParams, type Locale } from '../shared/errors';
import { INVALID_CHARACTERS } from '../shared/text/invalid-text';
import { ApiFailure } from './api-failure';
import type { BackendContext } from './context';
import type { AllHandlers } from './handlers';
import { guardReadOnly } from './units/read-only';

/**
 * The trust boundary. Every transport (Electron IPC, loopback HTTP, in-process tests) ends here: the method must
 * be an own key of the contract, the input must pass its schema, and whatever happens the caller gets an
 * envelope — never a stack trace. Output is validated too outside production so a handler cannot drift from the
 * contract unnoticed.
 */
/** How an unknown method is named back: an object is never converted (its own toString may be anything). */
const methodLabel = (name: unknown): string =>
  typeof name === 'object' && name !== null
    ? 'object'
    : typeof name === 'function'
      ? 'function'
      : String(name);

export async function dispatch(
  handlers: AllHandlers,
  ctx: BackendContext,
  name: unknown,
  raw: unknown,
  options: { validateOutput?: boolean; log?: (err: unknown) => void } = {},
): Promise<Envelope<unknown>> {
  const fail = (code: string, params: ErrorParams = {}): Envelope<unknown> => ({
    ok: false,
    error: { code, message: renderError(code, params, ctx.locale) },
  });
  if (!isMethod(name)) return fail('UNKNOWN_METHOD', { method: methodLabel(name).slice(0, 80) });
  const spec = contract[name];
  const parsed = spec.input.safeParse(raw ?? {});
  if (!parsed.success) return fail('VALIDATION', { issues: describeIssues(parsed.error, ctx.locale) });
  try {
    if (spec.mutates) guardReadOnly(ctx, name, parsed.data);
    const handler = handlers[name] as (input: unknown, c: BackendContext) => unknown;
    let value = await handler(parsed.data, ctx);
    if (options.validateOutput) value = spec.output.parse(value);
    return { ok: true, value };
  } catch (err) {
    if (err instanceof ApiFailure) return fail(err.code, err.params);
    if (err instanceof DbError) return fail(err.code, { file: baseName(err.file), ...err.detail });
    const sqliteCode = (err as { code?: unknown } | null)?.code;
    if (sqliteCode === 'SQLITE_FULL') return fail('DB_DISK_FULL', { file: baseName(ctx.dbFile) });
    if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_READONLY'))
      return fail('DB_READ_ONLY', { file: baseName(ctx.dbFile) });
    if (sqliteCode === 'SQLITE_BUSY') return fail('DB_LOCKED', { file: baseName(ctx.dbFile) });
    // A row pointing at something that is not there (a unit deleted meanwhile, an id made up): not found.
    if (sqliteCode === 'SQLITE_CONSTRAINT_FOREIGNKEY')
      return fail('NOT_FOUND', { what: missingWhat(ctx, parsed.data) });
    options.log?.(err);
    return fail('INTERNAL');
  }
}

/** What a foreign-key failure did not find: the unit named by the request when it does not exist, else "related data". */
function missingWhat(ctx: BackendContext, input: unknown): string {
  const unitId = (input as { unitId?: unknown } | null)?.unitId;
  const vi = ctx.locale === 'vi';
  if (typeof unitId === 'number' && !ctx.db.prepare('SELECT 1 FROM units WHERE id = ?').get(unitId))
    return vi ? `đơn vị #${unitId}` : `unit #${unitId}`;
  return vi ? 'dữ liệu liên quan (đơn vị, thủ tục…)' : 'the related record (unit, procedure…)';
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

const fieldWord: Record<Locale, string> = { vi: 'trường', en: 'field' };

/** Zod issues as one short sentence in the user's language (zod's own messages are English only). */
export function describeIssues(error: z.ZodError, locale: Locale): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const where = issue.path.length ? `${fieldWord[locale]} "${issue.path.join('.')}": ` : '';
      return where + issueText(issue, locale);
    })
    .join('; ');
}

function issueText(issue: z.core.$ZodIssue, locale: Locale): string {
  const vi = locale === 'vi';
  switch (issue.code) {
    case 'invalid_type':
      return vi ? `sai kiểu dữ liệu (cần ${issue.expected})` : `wrong type (expected ${issue.expected})`;
    case 'too_big':
      return vi
        ? `quá lớn hoặc quá dài (tối đa ${String(issue.maximum)})`
        : `too big (max ${String(issue.maximum)})`;
    case 'too_small':
      return vi
        ? `quá nhỏ hoặc bị trống (tối thiểu ${String(issue.minimum)})`
        : `too small (min ${String(issue.minimum)})`;
    case 'invalid_value':
      return vi ? 'giá trị không nằm trong danh sách cho phép' : 'value not allowed';
    case 'unrecognized_keys':
      return vi ? `có trường lạ (${issue.keys.join(', ')})` : `unknown keys (${issue.keys.join(', ')})`;
    case 'invalid_format':
      return vi ? 'sai định dạng' : 'wrong format';
    case 'custom':
      if (issue.message === INVALID_CHARACTERS)
        return vi
          ? 'chứa ký tự điều khiển (như NUL) hoặc ký tự hỏng'
          : 'contains control characters (such as NUL) or broken characters';
      return vi ? 'không hợp lệ' : 'invalid';
    default:
      return vi ? 'không hợp lệ' : 'invalid';
  }
}
