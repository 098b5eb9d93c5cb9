/**
 * Exact money arithmetic for the compliance-cost engine.
 *
 * Unit: the engine counts money in **milli-đồng** (thousandths of a đồng) as `bigint`. Hours are stored in
 * thousandths (`hours_milli`) and the hourly income is a whole number of đồng, so
 * `hoursMilli × hourlyIncome` is already an exact count of milli-đồng: nothing is ever divided before the
 * result is shown. `bigint` because per-year totals across a province (Hà Nội: 2,306 bn đ/năm) times 1000
 * come close to 2^53.
 *
 * Rounding policy (domain.md §2.4, §5.5): compute exactly, round **only where a figure is shown or
 * reported**, each figure independently from its exact value:
 * - money → whole đồng, half-up (half away from zero for negative savings, like Excel ROUND);
 * - percentages → 2 decimals, half-up, computed from the exact values (hundredths of a percent, "bp").
 * Consequence, on purpose: per-year = EXACT per-dossier × population × frequency, so the shown per-year
 * value may differ from "shown per-dossier × population" (405,477 × 600 ≠ 243,285,900).
 */

export const MILLI_PER_UNIT = 1000n;

function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

/**
 * num / den rounded to the nearest integer, ties away from zero (so 2.5 → 3, −2.5 → −3; never banker's).
 * `den` must be positive: a zero denominator is a programming error, not user input.
 */
export function divRoundHalfUp(num: bigint, den: bigint): bigint {
  if (den <= 0n) throw new RangeError('divRoundHalfUp: denominator must be positive');
  const q = num / den; // truncates toward zero
  const r = num % den; // same sign as num
  if (2n * abs(r) >= den) return num < 0n ? q - 1n : q + 1n;
  return q;
}

/** Exact milli-đồng → whole đồng, half-up. */
export function roundMilliToDong(milli: bigint): bigint {
  return divRoundHalfUp(milli, MILLI_PER_UNIT);
}

/** Exact milli-đồng → whole đồng as a JS number, for display and JSON (safe below 9·10^15 đồng). */
export function milliToDongNumber(milli: bigint): number {
  return Number(roundMilliToDong(milli));
}

/** Whole đồng → milli-đồng. */
export function dongToMilli(dong: number | bigint): bigint {
  return BigInt(dong) * MILLI_PER_UNIT;
}

/**
 * The exact value as a plain decimal string without trailing zeros: 405476500n → "405476.5",
 * 128124750n → "128124.75", 243285900000n → "243285900". JSON-safe and lossless (for DTOs and reports).
 */
export function milliToExactString(milli: bigint): string {
  const sign = milli < 0n ? '-' : '';
  const a = abs(milli);
  const whole = a / MILLI_PER_UNIT;
  const frac = (a % MILLI_PER_UNIT).toString().padStart(3, '0').replace(/0+$/, '');
  return sign + whole.toString() + (frac ? '.' + frac : '');
}

/** Thousandths of an hour → "8.5", "0.25", "2": exact, for the form's hours column. */
export function hoursMilliToString(hoursMilli: number): string {
  return milliToExactString(BigInt(hoursMilli));
}

/**
 * part / whole × 100 in hundredths of a percent ("bp"), rounded half-up: 6840 means 68.40 %.
 * Null when `whole` is 0 (no cost before: a reduction percentage is undefined, not 0).
 */
export function ratioBp(part: bigint, whole: bigint): number | null {
  if (whole === 0n) return null;
  // Keep the denominator positive so the tie rule stays "away from zero" on the result's sign.
  const [p, w] = whole < 0n ? [-part, -whole] : [part, whole];
  return Number(divRoundHalfUp(p * 10_000n, w));
}

/** Hundredths of a percent → "68.40" (always 2 decimals, dot; locale formatting is the UI's job). */
export function bpToFixed2(bp: number): string {
  const sign = bp < 0 ? '-' : '';
  const a = Math.abs(bp);
  return `${sign}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** Hundredths of a percent → percent as a number (68.4), for charts; never used for money. */
export function bpToPercent(bp: number): number {
  return bp / 100;
}

const DECIMAL_RE = /^([+-])?(\d*)(?:[.,](\d{1,3}))?$/;

/**
 * A decimal with at most 3 fractional digits → thousandths, exactly (no float multiplication):
 * "1.5" → 1500, "0,25" → 250 (Vietnamese decimal comma), "2" → 2000, 0.5 → 500, "-1" → -1000.
 * Returns null when the text is not such a number ("", "abc", "1.2345", "1e-7", "1.500,5").
 * A lone "." or "," separates decimals; thousands separators are not accepted (hours and days are small).
 */
export function parseDecimalMilli(input: string | number): number | null {
  if (typeof input === 'number' && !Number.isFinite(input)) return null;
  const text = String(input).trim();
  const m = DECIMAL_RE.exec(text);
  if (!m) return null;
  const intPart = m[2] ?? '';
  const fracPart = m[3] ?? '';
  if (intPart === '' && fracPart === '') return null;
  const milli = BigInt(intPart || '0') * MILLI_PER_UNIT + BigInt(fracPart.padEnd(3, '0') || '0');
  const signed = m[1] === '-' ? -milli : milli;
  if (abs(signed) > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(signed);
}
