/**
 * Processing time (thời hạn giải quyết) before → after, reported separately from the SCM cost: cutting the
 * office's deadline does not change the applicant's compliance cost (domain.md §2.4 notes). Days are taken
 * in thousandths so half days (0.5) stay exact; before and after must be in the same unit (working or
 * calendar days, as published) — converting units is the caller's job.
 */
import { LABELS, ok, fail, parseNonNegativeMilli, type CostResult } from './errors';
import { ratioBp } from './money';

export interface ProcessingTimeResult {
  beforeMilli: number;
  afterMilli: number;
  /** T_trước − T_sau; negative when the proposal lengthens the time. */
  savedMilli: number;
  /** (T_trước − T_sau) / T_trước × 100 in hundredths of a percent; null when T_trước is 0. */
  reductionBp: number | null;
}

function timeReductionOf(beforeMilli: number, afterMilli: number): ProcessingTimeResult {
  const savedMilli = beforeMilli - afterMilli;
  return {
    beforeMilli,
    afterMilli,
    savedMilli,
    reductionBp: ratioBp(BigInt(savedMilli), BigInt(beforeMilli)),
  };
}

/** e.g. (15, 10) → saved 5 days, 33.33 %; accepts "1,5" and 0.5. Negative or malformed → COST_INVALID. */
export function processingTimeReduction(
  daysBefore: string | number,
  daysAfter: string | number,
): CostResult<ProcessingTimeResult> {
  const before = parseNonNegativeMilli(daysBefore, 'daysBefore', LABELS.daysBefore);
  const after = parseNonNegativeMilli(daysAfter, 'daysAfter', LABELS.daysAfter);
  if (!before.ok || !after.ok)
    return fail([...(before.ok ? [] : before.errors), ...(after.ok ? [] : after.errors)]);
  return ok(timeReductionOf(before.value, after.value));
}

/** Many procedures: Σ(T_trước − T_sau) / Σ T_trước, like the cost aggregate (never a mean of %). */
export function aggregateProcessingTime(
  items: readonly Pick<ProcessingTimeResult, 'beforeMilli' | 'afterMilli'>[],
): ProcessingTimeResult {
  let before = 0;
  let after = 0;
  for (const item of items) {
    before += item.beforeMilli;
    after += item.afterMilli;
  }
  return timeReductionOf(before, after);
}
