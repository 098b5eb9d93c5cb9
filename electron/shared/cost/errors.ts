/**
 * Validation results of the compliance-cost engine. User input never throws: every check returns a
 * typed error with a Vietnamese message (shown to the officer) and an English one (logs, tests).
 * Errors are plain objects so they survive IPC, JSON and structuredClone unchanged.
 */
import { parseDecimalMilli } from './money';

export interface CostError {
  code: 'COST_INVALID';
  /** Path of the offending input, e.g. `population`, `activities[2].hoursMilli`. */
  field: string;
  message_vi: string;
  message_en: string;
}

/** `errors` is never empty when `ok` is false: every problem found is reported at once, for forms. */
export type CostResult<T> = { ok: true; value: T } | { ok: false; errors: CostError[] };

export function costError(field: string, message_vi: string, message_en: string): CostError {
  return { code: 'COST_INVALID', field, message_vi, message_en };
}

export function ok<T>(value: T): CostResult<T> {
  return { ok: true, value };
}

export function fail<T>(errors: CostError[]): CostResult<T> {
  return { ok: false, errors };
}

/** A human label for an input, in both languages (used inside messages). */
export interface FieldLabel {
  vi: string;
  en: string;
}

export const LABELS = {
  hours: { vi: 'Thời gian (giờ)', en: 'Hours' },
  serviceCost: { vi: 'Chi phí thuê tư vấn, dịch vụ', en: 'Hired service cost' },
  otherCost: { vi: 'Chi phí khác', en: 'Other cost' },
  fee: { vi: 'Phí, lệ phí', en: 'Fee' },
  hourlyIncome: { vi: 'Thu nhập bình quân (đồng/giờ)', en: 'Hourly income (đồng)' },
  monthlyIncome: { vi: 'Thu nhập bình quân tháng', en: 'Monthly income' },
  workingDays: { vi: 'Số ngày làm việc/tháng', en: 'Working days per month' },
  hoursPerDay: { vi: 'Số giờ làm việc/ngày', en: 'Working hours per day' },
  population: { vi: 'Số đối tượng tuân thủ/năm', en: 'Population per year' },
  frequency: { vi: 'Tần suất/năm', en: 'Frequency per year' },
  daysBefore: { vi: 'Thời hạn giải quyết trước', en: 'Processing time before' },
  daysAfter: { vi: 'Thời hạn giải quyết sau', en: 'Processing time after' },
} as const satisfies Record<string, FieldLabel>;

/** Whole đồng (or a whole count), zero allowed: activity costs. */
export function checkWholeNonNegative(value: number, field: string, label: FieldLabel): CostError | null {
  if (!Number.isSafeInteger(value))
    return costError(field, `${label.vi} phải là số nguyên (đồng).`, `${label.en} must be a whole number.`);
  if (value < 0) return costError(field, `${label.vi} không được âm.`, `${label.en} must not be negative.`);
  return null;
}

/** A whole number of at least `min`: hourly income (≥ 1), population (≥ 1), frequency (≥ 1). */
export function checkWholeAtLeast(
  value: number,
  min: number,
  field: string,
  label: FieldLabel,
): CostError | null {
  if (!Number.isSafeInteger(value))
    return costError(field, `${label.vi} phải là số nguyên.`, `${label.en} must be a whole number.`);
  if (value < min) {
    const vi = min === 1 ? `${label.vi} phải lớn hơn 0.` : `${label.vi} phải từ ${min} trở lên.`;
    const en = min === 1 ? `${label.en} must be greater than 0.` : `${label.en} must be at least ${min}.`;
    return costError(field, vi, en);
  }
  return null;
}

/** Thousandths of an hour (or of a day): whole, zero allowed. */
export function checkMilli(value: number, field: string, label: FieldLabel): CostError | null {
  if (!Number.isSafeInteger(value))
    return costError(
      field,
      `${label.vi} không hợp lệ: tối đa 3 chữ số thập phân.`,
      `${label.en} is invalid: at most 3 decimal places.`,
    );
  if (value < 0) return costError(field, `${label.vi} không được âm.`, `${label.en} must not be negative.`);
  return null;
}

export function malformedDecimal(field: string, label: FieldLabel, input: string): CostError {
  return costError(
    field,
    `${label.vi} không hợp lệ: “${input}”. Nhập số không âm, tối đa 3 chữ số thập phân (ví dụ 1,5).`,
    `${label.en} is invalid: "${input}". Enter a non-negative number with at most 3 decimals (e.g. 1.5).`,
  );
}

/** A typed decimal (hours, days) → thousandths, rejecting malformed text and negatives. */
export function parseNonNegativeMilli(
  input: string | number,
  field: string,
  label: FieldLabel,
): CostResult<number> {
  const milli = parseDecimalMilli(input);
  if (milli === null) return fail([malformedDecimal(field, label, String(input))]);
  const negative = checkMilli(milli, field, label);
  return negative ? fail([negative]) : ok(milli);
}
