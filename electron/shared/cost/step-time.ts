/**
 * The time of one internal step (quy trình nội bộ, domain.md §8.1), kept as the province published it: giờ
 * (làm việc) or ngày làm việc, in thousandths so "0,25 ngày" stays exact, or "Không tính thời gian" (the
 * return step, the applicant's own supplement time). A working day is 8 working hours ("tính mỗi ngày 08 giờ
 * làm việc"), so sums are done in thousandths of an hour and shown in the unit the table used.
 */
import { costError, fail, ok, type CostResult } from './errors';
import { parseDecimalMilli } from './money';
import { foldText as fold } from '../text/fold';

export type StepTimeUnit = 'HOUR' | 'WORKING_DAY' | 'NOT_COUNTED';

export interface StepTime {
  unit: StepTimeUnit;
  /** Thousandths of the unit (250 = 0,25); null when not counted. */
  milli: number | null;
}

export const HOURS_PER_WORKING_DAY = 8;
export const NOT_COUNTED: StepTime = { unit: 'NOT_COUNTED', milli: null };

/** Thousandths of an hour this step takes (0 when not counted). */
export function stepHoursMilli(t: StepTime): number {
  if (t.unit === 'NOT_COUNTED' || t.milli === null) return 0;
  return t.unit === 'HOUR' ? t.milli : t.milli * HOURS_PER_WORKING_DAY;
}

/** Thousandths of an hour → thousandths of a working day, rounded half-up to a thousandth. */
export function hoursMilliToDaysMilli(hoursMilli: number): number {
  return Math.round(hoursMilli / HOURS_PER_WORKING_DAY);
}

const NOT_COUNTED_RE = /^khong tinh( thoi gian)?\b/;
// "04 giờ", "112 giờ làm việc", "0,25 ngày làm việc", "01 ngày", "1.5 ngay", "4h", "2 tiếng"; trailing words allowed.
const TIME_RE = /^(-?\d+(?:[.,]\d+)?)\s*(gio|h|tieng|ngay)?(?:\s+(lam viec|lv))?\b(.*)$/;

function badTime(field: string, text: string, why: { vi: string; en: string }) {
  return costError(
    field,
    `Thời gian “${text}” không hợp lệ: ${why.vi}. Ví dụ hợp lệ: “04 giờ”, “0,25 ngày làm việc”, “Không tính thời gian”.`,
    `Time "${text}" is invalid: ${why.en}. Valid examples: "04 giờ", "0,25 ngày làm việc", "Không tính thời gian".`,
  );
}

/**
 * Parses a step time as published. `defaultUnit` applies to a bare number (a table whose header says
 * "ĐVT: Ngày làm việc"); without it a bare number is refused (hours or days?). Negative, zero and
 * malformed times are refused with a message naming the text.
 */
export function parseStepTime(
  input: string | number,
  field = 'time',
  defaultUnit: 'HOUR' | 'WORKING_DAY' | null = null,
): CostResult<StepTime> {
  const text = String(input).trim();
  const f = fold(text);
  if (NOT_COUNTED_RE.test(f)) return ok(NOT_COUNTED);
  if (!f) return fail([badTime(field, text, { vi: 'chưa nhập', en: 'it is empty' })]);
  const m = TIME_RE.exec(f);
  if (!m)
    return fail([
      badTime(field, text, { vi: 'không phải số giờ hoặc số ngày', en: 'not a number of hours or days' }),
    ]);
  const milli = parseDecimalMilli(m[1]!);
  if (milli === null)
    return fail([badTime(field, text, { vi: 'tối đa 3 chữ số thập phân', en: 'at most 3 decimals' })]);
  if (milli <= 0)
    return fail([
      badTime(field, text, {
        vi: milli < 0 ? 'thời gian không được âm' : 'thời gian phải lớn hơn 0 (hoặc “Không tính thời gian”)',
        en:
          milli < 0
            ? 'a time cannot be negative'
            : 'a time must be greater than 0 (or "Không tính thời gian")',
      }),
    ]);
  const word = m[2];
  if (!word && m[4]!.trim())
    return fail([
      badTime(field, text, { vi: 'không phải số giờ hoặc số ngày', en: 'not a number of hours or days' }),
    ]);
  const unit = word === 'ngay' ? 'WORKING_DAY' : word ? 'HOUR' : defaultUnit;
  if (!unit)
    return fail([
      badTime(field, text, {
        vi: 'thiếu đơn vị (giờ hay ngày làm việc?)',
        en: 'no unit (hours or working days?)',
      }),
    ]);
  return ok({ unit, milli });
}

/** "04 giờ" → 4 giờ; "0,25 ngày làm việc"; "Không tính thời gian". Vietnamese decimal comma. */
export function formatStepTime(t: StepTime, locale: 'vi' | 'en' = 'vi'): string {
  if (t.unit === 'NOT_COUNTED' || t.milli === null)
    return locale === 'vi' ? 'Không tính thời gian' : 'Not counted';
  const n = formatMilli(t.milli, locale);
  if (t.unit === 'HOUR') return locale === 'vi' ? `${n} giờ` : `${n} h`;
  return locale === 'vi' ? `${n} ngày làm việc` : `${n} working days`;
}

/** Thousandths → "0,25" (vi) / "0.25" (en), no trailing zeros. */
export function formatMilli(milli: number, locale: 'vi' | 'en' = 'vi'): string {
  const sign = milli < 0 ? '-' : '';
  const a = Math.abs(milli);
  const frac = String(a % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${sign}${Math.trunc(a / 1000)}${frac ? (locale === 'vi' ? ',' : '.') + frac : ''}`;
}

/** Thousandths of an hour in the unit a table used: "168 giờ" or "3 ngày làm việc". */
export function formatHoursMilliAs(
  hoursMilli: number,
  unit: 'HOUR' | 'WORKING_DAY',
  locale: 'vi' | 'en' = 'vi',
) {
  return unit === 'HOUR'
    ? formatStepTime({ unit: 'HOUR', milli: hoursMilli }, locale)
    : formatStepTime({ unit: 'WORKING_DAY', milli: hoursMilliToDaysMilli(hoursMilli) }, locale);
}

/**
 * The figure of a published total row ("168 giờ (tương đương 21 ngày) kể từ …", "03 ngày làm việc (kể từ …)")
 * in thousandths of an hour, or null when the row states no time. The first time mentioned counts.
 */
export function parseStatedTotal(text: string): number | null {
  const f = fold(text);
  const m = /(\d+(?:[.,]\d+)?)\s*(gio|ngay)/.exec(f);
  if (!m) return null;
  const milli = parseDecimalMilli(m[1]!);
  if (milli === null) return null;
  return m[2] === 'gio' ? milli : milli * HOURS_PER_WORKING_DAY;
}
