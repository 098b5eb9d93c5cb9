/**
 * Display formats for Vietnamese administrative work: 1.234.567 · 50.000 đ · 68,40% · 26/11/2026,
 * with an English variant (1,234,567 · 50,000 VND · 68.40%). Hand-written rather than Intl so the
 * renderer, the backend and the Excel export produce the same characters whatever ICU data ships.
 * Rounding is decimal half-away-from-zero (Excel ROUND), never binary-float `toFixed`.
 * Pure module: no Node, no DOM.
 */
import type { Locale } from '../errors';

export interface NumberFormatOptions {
  locale?: Locale;
  /** Fixed number of decimals. Default: none for integers, up to 2 (trailing zeros dropped) otherwise. */
  fractionDigits?: number;
}

const SEPARATORS: Readonly<Record<Locale, { group: string; decimal: string }>> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * Round to `digits` decimals, halves away from zero (2.5 → 3, −2.5 → −3, 1.005 → 1.01), working on
 * the number's shortest decimal representation so binary noise (1.005 is 1.00499… in binary) does not leak.
 */
export function roundHalfUp(x: number, digits = 0): number {
  if (!Number.isFinite(x) || !Number.isInteger(digits) || digits < 0) return x;
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(Math.abs(x).toString());
  if (!m) return x;
  let all = (m[1] ?? '') + (m[2] ?? '');
  let point = (m[1] ?? '').length + Number(m[3] ?? 0);
  if (point < 0) {
    all = '0'.repeat(-point) + all;
    point = 0;
  }
  const keep = point + digits;
  if (all.length < keep) all += '0'.repeat(keep - all.length);
  let kept = BigInt(all.slice(0, keep) || '0');
  if ((all.charAt(keep) || '0') >= '5') kept += 1n;
  const result = Number(`${kept}e-${digits}`);
  return x < 0 && result !== 0 ? -result : result;
}

/** n / d rounded half away from zero, in exact integer arithmetic (money in đồng). */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  if (d === 0n) throw new RangeError('Division by zero');
  const negative = n < 0n !== d < 0n;
  const a = n < 0n ? -n : n;
  const b = d < 0n ? -d : d;
  let q = a / b;
  if ((a % b) * 2n >= b) q += 1n;
  return negative ? -q : q;
}

function groupDigits(intDigits: string, sep: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** 1234567 → "1.234.567" (vi) / "1,234,567" (en); 1234.5 → "1.234,5". Non-finite numbers give "". */
export function formatNumber(value: number | bigint, options: NumberFormatOptions = {}): string {
  const { group, decimal } = SEPARATORS[options.locale ?? 'vi'];
  if (typeof value === 'bigint') {
    const digits = (value < 0n ? -value : value).toString();
    const frac = options.fractionDigits ? decimal + '0'.repeat(options.fractionDigits) : '';
    return (value < 0n ? '-' : '') + groupDigits(digits, group) + frac;
  }
  if (!Number.isFinite(value)) return '';
  const fixed = options.fractionDigits;
  const digits = fixed ?? (Number.isInteger(value) ? 0 : 2);
  const rounded = roundHalfUp(value, digits);
  const [intPart = '0', rawFraction = ''] = Math.abs(rounded).toFixed(digits).split('.');
  const fracPart = fixed === undefined ? rawFraction.replace(/0+$/, '') : rawFraction;
  const sign = rounded < 0 ? '-' : '';
  return sign + groupDigits(intPart, group) + (fracPart ? decimal + fracPart : '');
}

export interface MoneyFormatOptions {
  locale?: Locale;
  /** ISO code; VND (default) shows as "đ" in Vietnamese and "VND" in English. */
  currency?: string;
}

/** 50000 → "50.000 đ" / "50,000 VND". Amounts are whole units; a fraction is rounded half away from zero. */
export function formatMoney(amount: number | bigint, options: MoneyFormatOptions = {}): string {
  const locale = options.locale ?? 'vi';
  const currency = (options.currency ?? 'VND').toUpperCase();
  const whole = typeof amount === 'bigint' ? amount : roundHalfUp(amount, 0);
  const n = formatNumber(whole, { locale, fractionDigits: 0 });
  if (n === '') return '';
  const symbol = currency === 'VND' && locale === 'vi' ? 'đ' : currency;
  return `${n} ${symbol}`;
}

/** 68.4 → "68,40%" / "68.40%". The value is already a percentage (not a ratio). */
export function formatPercent(value: number, options: NumberFormatOptions = {}): string {
  const n = formatNumber(value, {
    locale: options.locale ?? 'vi',
    fractionDigits: options.fractionDigits ?? 2,
  });
  return n === '' ? '' : `${n}%`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isoIfValid(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isoIfValid(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}

/** "2026-11-26" → "26/11/2026". Anything that is not a valid ISO date is returned unchanged. */
export function formatDateVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m || !isIsoDate(m[0])) return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** A moment (ISO) as dd/mm/yyyy hh:mm in the officer's local time. Anything unparseable is returned unchanged. */
export function formatDateTimeVi(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An instant (ISO timestamp, stored in UTC) as the local calendar day, dd/mm/yyyy ("" for an invalid one). */
export function formatLocalDateVi(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/**
 * Vietnamese date as typed → "YYYY-MM-DD", or null. Accepts 26/11/2026, 6/1/2026, 26-11-2026,
 * 26.11.2026, "ngày 26 tháng 11 năm 2026" and ISO; rejects impossible dates (30/02) and 2-digit years.
 */
export function parseDateVi(s: string): string | null {
  const t = s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  let m = /^(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4})$/.exec(t);
  if (m) return isoIfValid(Number(m[4]), Number(m[3]), Number(m[1]));
  m = /^(?:ngày )?(\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/.exec(t);
  if (m) return isoIfValid(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return isoIfValid(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}
