/**
 * Free-form Vietnamese cell values as offices type them: processing times ("15 ngày làm việc",
 * "Trong ngày", "5") and fees ("Miễn phí", "50.000 đồng", "2,000 Việt Nam Đồng(/trang)",
 * "Mức do HĐND tỉnh quyết định"). The original text is always kept; when the value cannot be read
 * the result is a typed failure with a Vietnamese reason, never a guess (domain.md §1.7, §5.1).
 * Pure module: no Node, no DOM.
 */
import type { Fee, FeeKind, TimeUnit } from '../domain';
import { cleanText } from './normalize';

export type ParseFailureCode = 'EMPTY' | 'UNRECOGNISED' | 'RANGE' | 'NOT_WHOLE_AMOUNT';

export interface ParseFailure {
  ok: false;
  code: ParseFailureCode;
  /** Vietnamese, for the import report. */
  reason: string;
  reasonEn: string;
  /** The cleaned input. */
  text: string;
}

function failure(code: ParseFailureCode, reason: string, reasonEn: string, text: string): ParseFailure {
  return { ok: false, code, reason, reasonEn, text };
}

/**
 * Lower-case, accents stripped, đ → d, one UTF-16 unit per input unit, so offsets found here are
 * offsets in the original text (NFC Vietnamese letters are single units).
 */
function foldAligned(s: string): string {
  let out = '';
  for (const ch of s) {
    const f = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/g, 'd');
    out += f.length === ch.length ? f : ch;
  }
  return out;
}

const NUM = String.raw`\d+(?:[.,]\d+)*`;

/**
 * A number as written in Vietnamese or English style: "1.234.567", "1,234,567", "1,5", "0.5",
 * "1.234,5". One separator followed by exactly three digits is a thousands separator ("15.000"),
 * otherwise a decimal point ("1,5"). Returns null when the text is not a number.
 */
export function parseVnNumber(raw: string): number | null {
  const s = raw.trim();
  if (!new RegExp(`^${NUM}$`).test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) return Number(s);
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [intPart = '', fracPart = ''] = [
      s.slice(0, s.lastIndexOf(decimal)),
      s.slice(s.lastIndexOf(decimal) + 1),
    ];
    if (intPart.includes(decimal) || !new RegExp(`^\\d{1,3}(\\${group}\\d{3})*$`).test(intPart)) return null;
    return Number(intPart.split(group).join('') + '.' + fracPart);
  }
  const sep = lastDot >= 0 ? '.' : ',';
  const parts = s.split(sep);
  if (parts.length > 2) {
    return new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(s) ? Number(parts.join('')) : null;
  }
  const [a = '', b = ''] = parts;
  if (b.length === 3 && a.length <= 3 && !a.startsWith('0')) return Number(a + b);
  return Number(`${a}.${b}`);
}

// ---------------------------------------------------------------- processing time

export interface ProcessingTime {
  /** Null when the text says there is no information. */
  value: number | null;
  unit: TimeUnit;
  text: string;
}

export type TimeParseResult = { ok: true; time: ProcessingTime } | ParseFailure;

/** Unit words (folded) → unit and factor to that unit. Longest alternatives first. */
const TIME_UNITS: ReadonlyArray<{ word: string; unit: TimeUnit; factor: number }> = [
  { word: String.raw`ngay\s+lam\s+viec`, unit: 'WORKING_DAY', factor: 1 },
  { word: String.raw`ngay\s+lv`, unit: 'WORKING_DAY', factor: 1 },
  { word: 'ngay', unit: 'CALENDAR_DAY', factor: 1 },
  { word: String.raw`gio(?:\s+lam\s+viec)?`, unit: 'HOUR', factor: 1 },
  { word: 'tieng', unit: 'HOUR', factor: 1 },
  { word: 'h', unit: 'HOUR', factor: 1 },
  { word: 'phut', unit: 'HOUR', factor: 1 / 60 },
  { word: 'thang', unit: 'MONTH', factor: 1 },
  { word: 'tuan', unit: 'CALENDAR_DAY', factor: 7 },
  { word: 'nam', unit: 'MONTH', factor: 12 },
];
const TIME_RE = new RegExp(
  String.raw`(?<![\d.,])(${NUM})(?:\s*(?:-|–|den)\s*(${NUM}))?\s*(?:\([^)]*\)\s*)?(` +
    TIME_UNITS.map((u) => u.word).join('|') +
    String.raw`)(?![a-z0-9])`,
  'g',
);
/** "sau 15 giờ", "trước 10h": a clock time, not a duration. */
const CLOCK_CONTEXT_RE = /(?:sau|truoc|luc|vao|tu|den|qua)\s*$/;
const NO_INFO_RE = /^(?:khong co thong tin|chua co thong tin|khong quy dinh|khong co)[.;]?$/;

/**
 * Read a processing time. The first "number + unit" wins ("20 ngày (hoặc 15 ngày đối với …)" → 20
 * CALENDAR_DAY); "ngày làm việc" is WORKING_DAY, bare "ngày" CALENDAR_DAY; a range ("10 - 15 ngày")
 * gives its upper bound, the legal maximum; weeks become 7 calendar days, years 12 months, minutes
 * hours. Decision: "Trong ngày" (same working day) → value 1, WORKING_DAY, as the national portal
 * records "1" for such procedures; the text keeps the exact wording. A bare number ("5") is
 * UNSPECIFIED. "Không có thông tin" → value null, UNSPECIFIED.
 */
export function parseProcessingTime(raw: string): TimeParseResult {
  const text = cleanText(raw);
  if (text === '')
    return failure('EMPTY', 'Ô thời hạn giải quyết đang trống.', 'The processing time is empty.', text);
  const f = foldAligned(text);
  const ok = (value: number | null, unit: TimeUnit): TimeParseResult => ({
    ok: true,
    time: { value, unit, text },
  });

  for (const m of f.matchAll(TIME_RE)) {
    const unitWord = m[3] ?? '';
    const isClockUnit = /^(?:gio|h)/.test(unitWord);
    if (isClockUnit && CLOCK_CONTEXT_RE.test(f.slice(0, m.index))) continue;
    const first = parseVnNumber(m[1] ?? '');
    const upper = m[2] !== undefined ? parseVnNumber(m[2]) : null;
    const n = upper ?? first;
    if (n === null) continue;
    const spec = TIME_UNITS.find((u) => new RegExp(`^(?:${u.word})$`).test(unitWord));
    if (!spec) continue;
    return ok(Math.round(n * spec.factor * 10000) / 10000, spec.unit);
  }
  const bare = f.replace(/[.;]$/, '').trim();
  if (parseVnNumber(bare) !== null) return ok(parseVnNumber(bare), 'UNSPECIFIED');
  if (/(?:^|\s)trong\s+ngay(?![a-z])/.test(f)) return ok(1, 'WORKING_DAY');
  if (NO_INFO_RE.test(bare)) return ok(null, 'UNSPECIFIED');
  return failure(
    'UNRECOGNISED',
    'Không đọc được thời hạn giải quyết: cần một số kèm đơn vị (ngày làm việc, ngày, giờ, tháng), ví dụ "15 ngày làm việc".',
    'Cannot read the processing time: expected a number with a unit (working days, days, hours, months), e.g. "15 ngày làm việc".',
    text,
  );
}

// ---------------------------------------------------------------- fees

export type FeeParseResult = { ok: true; fee: Fee } | ParseFailure;

const CURRENCIES: ReadonlyArray<{ word: string; code: string }> = [
  { word: String.raw`viet\s+nam\s+dong`, code: 'VND' },
  { word: 'vnd', code: 'VND' },
  { word: 'dong', code: 'VND' },
  { word: 'd', code: 'VND' },
  { word: '₫', code: 'VND' },
  { word: 'usd', code: 'USD' },
  { word: String.raw`do\s+la(?:\s+my)?`, code: 'USD' },
  { word: String.raw`\$`, code: 'USD' },
  { word: 'euro?', code: 'EUR' },
  { word: '€', code: 'EUR' },
];
const MULTIPLIERS: Readonly<Record<string, number>> = { nghin: 1e3, ngan: 1e3, trieu: 1e6, ty: 1e9 };
const AMOUNT_RE = new RegExp(
  String.raw`(?<![\d.,])(${NUM})\s*(?:(nghin|ngan|trieu|ty)\s*)?(` +
    CURRENCIES.map((c) => c.word).join('|') +
    String.raw`)(?![a-z])`,
);
const RANGE_RE = new RegExp(
  String.raw`(?<![\d.,])${NUM}\s*(?:nghin|ngan|trieu|ty)?\s*(?:-|–|den)\s*${NUM}\s*(?:nghin|ngan|trieu|ty)?\s*(?:${CURRENCIES.map((c) => c.word).join('|')})(?![a-z])`,
);
const BARE_AMOUNT_RE = new RegExp(String.raw`^(${NUM})\s*(nghin|ngan|trieu|ty)?$`);
const FREE_RE =
  /^(?:mien(?:\s+(?:thu\s+)?(?:phi|le\s+phi|phi\s*,?\s*le\s+phi))?|khong(?:\s+thu(?:\s+(?:phi|le\s+phi))?|\s+phai\s+nop(?:\s+(?:phi|le\s+phi))?)?|0(?:\s*(?:dong|d|vnd))?)(?![a-z])/;
const NO_INFO_FEE_RE = /^(?:khong|chua)\s+co\s+thong\s+tin/;
const HDND_RE = /(?:^|[^a-z])hdnd(?![a-z])|hoi\s+dong\s+nhan\s+dan/;

function inferKind(f: string): FeeKind {
  if (/(?:^|[^a-z])le\s+phi(?![a-z])/.test(f)) return 'LE_PHI';
  if (/(?:^|[^a-z])phi(?![a-z])/.test(f.replace(/mien\s+phi/g, ''))) return 'PHI';
  return 'KHAC';
}

/** "/trang" or "(/trang)" right after the currency → "trang". */
function perUnitAfter(rest: string): string {
  const m = /^\s*\(?\s*\/\s*([^)\n;]*)/.exec(rest);
  return m ? (m[1] ?? '').trim().replace(/[.,;:]+$/, '') : '';
}

/**
 * Read a fee. "Miễn phí"/"Không" → 0; "50.000 đồng", "50,000 VNĐ", "50.000đ", "1,5 triệu đồng" →
 * amount in đồng; "2.000 đồng/trang" → perUnit "trang"; "10 USD/bản" → currency USD;
 * "Mức do HĐND tỉnh quyết định" → amount null, setBy HDND_TINH (also when it says "Miễn phí" but
 * names HĐND, domain.md §1.7); "Không có thông tin" → amount null. A bare number is đồng.
 * `kind` defaults to what the text says (lệ phí → LE_PHI, phí → PHI, else KHAC).
 */
export function parseFee(raw: string, options: { kind?: FeeKind } = {}): FeeParseResult {
  const text = cleanText(raw);
  if (text === '') return failure('EMPTY', 'Ô phí, lệ phí đang trống.', 'The fee is empty.', text);
  const f = foldAligned(text);
  const kind = options.kind ?? inferKind(f);
  const setBy = HDND_RE.test(f) ? ('HDND_TINH' as const) : null;
  const fee = (amount: number | null, currency = 'VND', perUnit = ''): FeeParseResult => ({
    ok: true,
    fee: { kind, amount, setBy, currency, perUnit, text },
  });

  if (NO_INFO_FEE_RE.test(f)) return fee(null);
  if (FREE_RE.test(f)) return fee(setBy ? null : 0);
  if (RANGE_RE.test(f)) {
    return failure(
      'RANGE',
      'Mức phí là một khoảng; hãy ghi một mức cụ thể.',
      'The fee is a range; enter a single amount.',
      text,
    );
  }
  const m = AMOUNT_RE.exec(f);
  const bare = m ? null : BARE_AMOUNT_RE.exec(f.replace(/[.;]$/, ''));
  const hit = m ?? bare;
  if (hit) {
    const n = parseVnNumber(hit[1] ?? '');
    const amount = n === null ? null : n * (MULTIPLIERS[hit[2] ?? ''] ?? 1);
    if (amount === null || Math.abs(amount - Math.round(amount)) > 1e-6) {
      return failure(
        'NOT_WHOLE_AMOUNT',
        'Số tiền phải là số nguyên (đồng).',
        'The amount must be a whole number.',
        text,
      );
    }
    if (!m) return fee(Math.round(amount));
    const unitWord = m[3] ?? '';
    const currency = CURRENCIES.find((c) => new RegExp(`^(?:${c.word})$`).test(unitWord))?.code ?? 'VND';
    return fee(Math.round(amount), currency, perUnitAfter(text.slice(m.index + m[0].length)));
  }
  if (setBy) return fee(null);
  return failure(
    'UNRECOGNISED',
    'Không đọc được mức phí: cần số tiền kèm đơn vị (đồng, VNĐ, USD), "Miễn phí" hoặc "do HĐND tỉnh quyết định".',
    'Cannot read the fee: expected an amount with a currency (đồng, VNĐ, USD), "Miễn phí" or "set by the provincial council".',
    text,
  );
}
