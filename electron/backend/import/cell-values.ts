import {
  PROCEDURE_CODE_RE,
  type Channel,
  type Fee,
  type OnlineLevel,
  type ProcedureStatus,
  type TimeUnit,
} from '../../shared/domain';
import { fold } from '../../shared/text/fold';
import { parseDateVi } from '../../shared/text/format';
import { parseFee, parseProcessingTime, parseVnNumber } from '../../shared/text/parse-vn';
import type { ProblemCode } from './problems';
import type { RawCell } from './raw-workbook';
import { textFault, withoutControls } from '../../shared/text/invalid-text';
import { isWhitespace } from '../../shared/text/whitespace';

export interface Warning {
  code: ProblemCode;
  params: Record<string, string>;
}

/** One cell turned into a stored value (with what was tidied, if anything), or the reason it cannot be. */
export type Conv<T> =
  | { ok: true; value: T; warns?: Warning[] }
  | { ok: false; code: ProblemCode; params: Record<string, string> };

const ok = <T>(value: T): Conv<T> => ({ ok: true, value });
const bad = (code: ProblemCode, params: Record<string, string> = {}): Conv<never> => ({
  ok: false,
  code,
  params,
});

/**
 * Refuses dates, formula errors and formulas without cached results where text is expected, and text with broken
 * characters (bytes that were not UTF-8, lone surrogates); control characters (NUL…) are removed with a warning.
 * Nothing invalid goes further than here.
 */
export function text(cell: RawCell | null | undefined): Conv<string> {
  if (!cell) return ok('');
  if (cell.k === 'e') return cell.v ? bad('FORMULA_ERROR', { value: cell.v }) : bad('FORMULA_NO_RESULT');
  if (cell.k === 'd') return bad('DATE_IN_TEXT', { value: cell.v.split('-').reverse().join('/') });
  const fault = textFault(cell.v);
  if (fault === null) return ok(cell.v);
  if (fault === 'invalidBytes') return bad('TEXT_INVALID_BYTES', { value: cell.v });
  if (fault === 'loneSurrogate') return bad('TEXT_LONE_SURROGATE', { value: cell.v });
  const { text: clean, removed } = withoutControls(cell.v);
  return {
    ok: true,
    value: clean.trim(),
    warns: [{ code: 'TEXT_CONTROLS_REMOVED', params: { count: String(removed) } }],
  };
}

/** `conv` with the warnings of the text it was read from (`from`) in front of its own. */
function carry<T>(from: Conv<string>, conv: Conv<T>): Conv<T> {
  if (!from.ok || !from.warns || !conv.ok) return conv;
  return { ...conv, warns: [...from.warns, ...(conv.warns ?? [])] };
}

/**
 * True when `s.replace(/\s+/g, ' ')` would change nothing: every whitespace is a lone plain space. Most cells are
 * already tidy, and skipping the replace on 10,000 rows is measurable.
 */
export function spacesTidy(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWhitespace(c) && (c !== 32 || (i + 1 < s.length && isWhitespace(s.charCodeAt(i + 1)))))
      return false;
  }
  return true;
}

export function oneLine(cell: RawCell | null | undefined): Conv<string> {
  const t = text(cell);
  if (!t.ok) return t;
  return spacesTidy(t.value) ? t : carry(t, ok(t.value.replace(/\s+/g, ' ')));
}

/**
 * Lĩnh vực: one name. Official exports sometimes repeat it on two lines ("Nông nghiệp\nNông nghiệp"), which
 * collapse to one; a cell naming two different fields ("Trồng trọt và Bảo vệ thực vật\nTrồng trọt") gives the
 * first, with a warning, rather than an invented "Trồng trọt và Bảo vệ thực vật Trồng trọt".
 */
export function fieldName(cell: RawCell | null | undefined): Conv<string> {
  const t = text(cell);
  if (!t.ok) return t;
  if (!t.value.includes('\n')) return spacesTidy(t.value) ? t : carry(t, ok(t.value.replace(/\s+/g, ' ')));
  const seen = new Set<string>();
  const names = t.value
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l && !seen.has(fold(l)) && seen.add(fold(l)));
  const [first = '', ...others] = names;
  if (!others.length) return carry(t, ok(first));
  return carry(t, {
    ok: true,
    value: first,
    warns: [{ code: 'FIELD_SEVERAL', params: { value: first, others: others.join('", "') } }],
  });
}

/** Multi-valued cells: one value per line, empty lines and repeats dropped. */
export function lines(cell: RawCell | null | undefined): Conv<string> {
  const t = text(cell);
  if (!t.ok) return t;
  // One tidy line without edge spaces is its own result (the general path below would give it back unchanged).
  const v = t.value;
  if (spacesTidy(v) && v.charCodeAt(0) !== 32 && v.charCodeAt(v.length - 1) !== 32) return t;
  const seen = new Set<string>();
  const out = t.value
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l && !seen.has(l) && seen.add(l));
  return carry(t, ok(out.join('\n')));
}

export function list(cell: RawCell | null | undefined): Conv<string[]> {
  const t = text(cell);
  if (!t.ok) return t;
  return carry(
    t,
    ok(
      t.value
        .split(/\n|;|,\s*/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  );
}

/** Mã TTHC: text d.dddddd(.suffix). Numbers and short codes are flagged with a suggestion, never repaired. */
export function code(cell: RawCell | null | undefined): Conv<string> {
  if (!cell || cell.v === '') return bad('CODE_MISSING');
  const pad = (v: string) =>
    v.replace(/^(\d)\.(\d{1,5})(?=$|\.)/, (_, a: string, b: string) => `${a}.${b.padEnd(6, '0')}`);
  if (cell.k === 'n') return bad('CODE_NUMERIC', { value: cell.v, suggest: pad(cell.v) });
  const t = text(cell);
  if (!t.ok) return t;
  const v = t.value.replace(/\s+/g, '');
  if (PROCEDURE_CODE_RE.test(v)) return carry(t, ok(v));
  if (/^\d\.\d{1,5}(\.\w+)*$/.test(v)) return bad('CODE_SHORT', { value: v, suggest: pad(v) });
  return bad('CODE_INVALID', { value: t.value });
}

export function isoDate(cell: RawCell | null | undefined): Conv<string> {
  if (!cell) return ok('');
  if (cell.k === 'd') return ok(cell.v);
  if (cell.k === 'e') return text(cell);
  if (/^\d{4}-\d{2}-\d{2}$/.test(cell.v)) return ok(cell.v);
  const d = parseDateVi(cell.v);
  return d ? ok(d) : bad('BAD_VALUE', { value: cell.v, reason: 'cần ngày dd/mm/yyyy / expected dd/mm/yyyy' });
}

export function wholeNumber(cell: RawCell | null | undefined, max = 1e12): Conv<number | null> {
  if (!cell || cell.v === '') return ok(null);
  if (cell.k === 'e' || cell.k === 'd') return text(cell) as Conv<never>;
  const n = cell.k === 'n' ? Number(cell.v) : parseVnNumber(cell.v);
  if (n === null || !Number.isInteger(n) || n < 0 || n > max)
    return bad('BAD_VALUE', { value: cell.v, reason: 'cần số nguyên không âm / expected a whole number' });
  return ok(n);
}

export function decimal(cell: RawCell | null | undefined): Conv<number | null> {
  if (!cell || cell.v === '') return ok(null);
  const n = cell.k === 'n' ? Number(cell.v) : parseVnNumber(cell.v);
  return n === null || n < 0
    ? bad('BAD_VALUE', { value: cell.v, reason: 'cần số / expected a number' })
    : ok(n);
}

function byWords<T>(cell: RawCell | null | undefined, table: [RegExp, T][], empty: T, what: string): Conv<T> {
  if (!cell || cell.v === '') return ok(empty);
  const t = text(cell);
  if (!t.ok) return t;
  const k = fold(t.value).trim();
  for (const [re, v] of table) if (re.test(k)) return carry(t, ok(v));
  return bad('BAD_VALUE', { value: t.value, reason: what });
}

export const yesNo = (cell: RawCell | null | undefined, empty: boolean) =>
  byWords<boolean>(
    cell,
    [
      [/^(co|x|true|1|yes|dung)$/, true],
      [/^(khong|false|0|no|sai)$/, false],
    ],
    empty,
    'cần "Có" hoặc "Không" / expected yes or no',
  );

export const onlineLevel = (cell: RawCell | null | undefined) =>
  byWords<OnlineLevel | null>(
    cell,
    [
      [/^(full|toan trinh|dvc truc tuyen toan trinh|muc do 4)$/, 'FULL'],
      [/^(partial|mot phan|dvc truc tuyen mot phan|muc do 3)$/, 'PARTIAL'],
      [/^(none|khong|chua|muc do [12])$/, 'NONE'],
    ],
    null,
    'cần "Toàn trình", "Một phần" hoặc "Không" / expected full, partial or none',
  );

export const status = (cell: RawCell | null | undefined) =>
  byWords<ProcedureStatus>(
    cell,
    [
      [/^(active|con hieu luc|dang hieu luc|da cong khai|hieu luc)$/, 'ACTIVE'],
      [/^(amended|sua doi|sua doi bo sung|da sua doi)$/, 'AMENDED'],
      [/^(abolished|bai bo|da bai bo|het hieu luc)$/, 'ABOLISHED'],
      [/^(draft|du thao)$/, 'DRAFT'],
    ],
    'ACTIVE',
    'trạng thái không rõ / unknown status',
  );

export const channelMethod = (cell: RawCell | null | undefined) =>
  byWords<Channel['method'] | null>(
    cell,
    [
      [/^(truc_tiep|truc tiep|nop truc tiep)/, 'TRUC_TIEP'],
      [/(buu_chinh|buu chinh)/, 'BUU_CHINH'],
      [/^(truc_tuyen|truc tuyen|qua mang|dich vu cong truc tuyen)/, 'TRUC_TUYEN'],
    ],
    null,
    'cần "Trực tiếp", "Trực tuyến" hoặc "Dịch vụ bưu chính" / expected a channel',
  );

const UNITS: TimeUnit[] = ['WORKING_DAY', 'CALENDAR_DAY', 'HOUR', 'MONTH', 'UNSPECIFIED'];
export function timeUnit(cell: RawCell | null | undefined): Conv<TimeUnit> {
  if (!cell || cell.v === '') return ok('UNSPECIFIED');
  if ((UNITS as string[]).includes(cell.v)) return ok(cell.v as TimeUnit);
  return byWords<TimeUnit>(
    cell,
    [
      [/^ngay lam viec$/, 'WORKING_DAY'],
      [/^ngay$/, 'CALENDAR_DAY'],
      [/^gio$/, 'HOUR'],
      [/^thang$/, 'MONTH'],
    ],
    'UNSPECIFIED',
    'đơn vị thời gian không rõ / unknown time unit',
  );
}

/** Free text time: never refused — unreadable wording is kept as text with a warning. */
export function time(
  cell: RawCell | null | undefined,
): Conv<{ value: number | null; unit: TimeUnit; text: string }> {
  if (!cell) return ok({ value: null, unit: 'UNSPECIFIED', text: '' });
  if (cell.k === 'n') return ok({ value: Number(cell.v), unit: 'UNSPECIFIED', text: cell.v });
  const t = text(cell);
  if (!t.ok) return t;
  const p = parseProcessingTime(t.value);
  if (p.ok) return carry(t, ok({ value: p.time.value, unit: p.time.unit, text: t.value }));
  return carry(t, {
    ok: true,
    value: { value: null, unit: 'UNSPECIFIED', text: t.value },
    warns: [{ code: 'TIME_UNREADABLE', params: { value: t.value } }],
  });
}

/** Fees, one per line ("Miễn phí", "50.000 đồng", "Mức do HĐND tỉnh quyết định"). */
export function fees(cell: RawCell | null | undefined): Conv<Fee[]> {
  if (!cell) return ok([]);
  if (cell.k === 'n') {
    const n = Number(cell.v);
    return Number.isInteger(n) && n >= 0
      ? ok([{ kind: 'KHAC', amount: n, setBy: null, currency: 'VND', perUnit: '', text: cell.v }])
      : bad('BAD_VALUE', { value: cell.v, reason: 'số tiền phải là số nguyên / whole amount' });
  }
  const t = text(cell);
  if (!t.ok) return t;
  const out: Fee[] = [];
  let warn: Warning | undefined;
  for (const line of t.value.split('\n').filter(Boolean)) {
    const p = parseFee(line);
    if (p.ok) out.push(p.fee);
    else {
      out.push({ kind: 'KHAC', amount: null, setBy: null, currency: 'VND', perUnit: '', text: line });
      warn = { code: 'FEE_UNREADABLE', params: { value: line } };
    }
  }
  return carry(t, warn ? { ok: true, value: out, warns: [warn] } : ok(out));
}
