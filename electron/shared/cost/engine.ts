/**
 * Compliance-cost engine (chi phí tuân thủ TTHC, Standard Cost Model per Thông tư 02/2017/TT-VPCP),
 * domain.md §2.4–2.5. Pure: no database, no Node. Term names follow the form:
 *
 *   thu_nhap_gio           = thu_nhap_binh_quan_thang / 22 / 8          (whole đồng, half-up)
 *   CP_thoi_gian(activity) = so_gio(activity) × thu_nhap_gio
 *   CP_1_lan               = Σ_activities [CP_thoi_gian + CP_thue_dich_vu + CP_khac] + phi_le_phi
 *   CP_tuan_thu_nam        = CP_1_lan × so_luong_doi_tuong × tan_suat
 *   Tiet_kiem              = CP_truoc − CP_sau
 *   Ty_le_cat_giam (%)     = (CP_truoc − CP_sau) / CP_truoc × 100
 *
 * Everything after the hourly income is exact (bigint milli-đồng, see money.ts for the rounding policy).
 * Fees sit on the activity rows (column `fee`, as in the import format of §5.5) and are summed once each.
 */
import {
  LABELS,
  checkMilli,
  checkWholeAtLeast,
  checkWholeNonNegative,
  fail,
  parseNonNegativeMilli,
  ok,
  type CostError,
  type CostResult,
} from './errors';
import { divRoundHalfUp, dongToMilli, ratioBp } from './money';

export type LinkedKind = 'STEP' | 'COMPONENT';

/** One row of the "Biểu mẫu tính toán chi phí tuân thủ" (table cost_activities). */
export interface Activity {
  /** Order on the form; also the key an override uses to replace a derived activity (derive-after.ts). */
  ord: number;
  name: string;
  /** Thousandths of an hour (1.5 h = 1500). */
  hoursMilli: number;
  /** Whole đồng. */
  serviceCost: number;
  otherCost: number;
  fee: number;
  /** The step or dossier component whose review mark can remove this activity. */
  linkedKind: LinkedKind | null;
  linkedId: number | null;
  /** Set by the officer by hand in the "after" scenario; shown as such. */
  isOverride: boolean;
}

export interface CostParams {
  /** Thu nhập bình quân, whole đồng per hour (entered, or from hourlyIncomeFromMonthly). */
  hourlyIncome: number;
  /** Số đối tượng tuân thủ/năm (usually dossiers per year). */
  population: number;
  /** Tần suất/năm (1 per dossier; > 1 for periodic obligations). */
  frequency: number;
}

export interface ActivityCost {
  activity: Activity;
  /** CP_thoi_gian = hours × hourly income, exact. */
  timeCostMilli: bigint;
  /** CP_thoi_gian + service + other + fee for one dossier ("Chi phí 1 lần" of the row). */
  perDossierMilli: bigint;
  /** The row's "Tổng chi phí/năm". */
  perYearMilli: bigint;
}

export interface ScenarioResult {
  params: CostParams;
  rows: ActivityCost[];
  totalHoursMilli: number;
  timeCostMilli: bigint;
  serviceCostMilli: bigint;
  otherCostMilli: bigint;
  feeMilli: bigint;
  /** CP_1_lan, exact. */
  perDossierMilli: bigint;
  /** CP_tuan_thu_nam = exact CP_1_lan × population × frequency. */
  perYearMilli: bigint;
}

/** The before/after totals an aggregate needs (also what a stored report row carries). */
export interface CostTotals {
  beforePerYearMilli: bigint;
  afterPerYearMilli: bigint;
}

export interface Comparison extends CostTotals {
  before: ScenarioResult;
  after: ScenarioResult;
  perDossierSavingMilli: bigint;
  /** Tiết kiệm per year (may be negative if the proposal costs more). */
  savingMilli: bigint;
  /** Tỷ lệ cắt giảm in hundredths of a percent (6840 = 68.40 %); null when the cost before is 0. */
  reductionBp: number | null;
}

export interface AggregateResult {
  count: number;
  beforePerYearMilli: bigint;
  afterPerYearMilli: bigint;
  savingMilli: bigint;
  /** Σ savings / Σ before — never a mean of the per-procedure percentages. */
  reductionBp: number | null;
}

export const DEFAULT_WORKING_DAYS = 22;
export const DEFAULT_HOURS_PER_DAY = 8;

/**
 * thu_nhap_gio = monthly ÷ working days ÷ hours per day, rounded half-up to whole đồng
 * (5,000,000 / 22 / 8 = 28,409.09 → 28,409). This is the only rounding before the final figures.
 */
export function hourlyIncomeFromMonthly(
  monthlyIncome: number,
  workingDays: number = DEFAULT_WORKING_DAYS,
  hoursPerDay: number = DEFAULT_HOURS_PER_DAY,
): CostResult<number> {
  const errors = [
    checkWholeAtLeast(monthlyIncome, 1, 'monthlyIncome', LABELS.monthlyIncome),
    checkWholeAtLeast(workingDays, 1, 'workingDays', LABELS.workingDays),
    checkWholeAtLeast(hoursPerDay, 1, 'hoursPerDay', LABELS.hoursPerDay),
  ].filter((e): e is CostError => e !== null);
  if (errors.length > 0) return fail(errors);
  const hourly = divRoundHalfUp(BigInt(monthlyIncome), BigInt(workingDays) * BigInt(hoursPerDay));
  return ok(Number(hourly));
}

/** Hours as typed or imported → thousandths: "1.5" → 1500, "0,25" → 250, 2 → 2000. "" and "-1" are errors. */
export function parseHours(input: string | number, field = 'hours'): CostResult<number> {
  return parseNonNegativeMilli(input, field, LABELS.hours);
}

export function validateActivity(activity: Activity, index: number): CostError[] {
  const at = `activities[${index}]`;
  return [
    checkMilli(activity.hoursMilli, `${at}.hoursMilli`, LABELS.hours),
    checkWholeNonNegative(activity.serviceCost, `${at}.serviceCost`, LABELS.serviceCost),
    checkWholeNonNegative(activity.otherCost, `${at}.otherCost`, LABELS.otherCost),
    checkWholeNonNegative(activity.fee, `${at}.fee`, LABELS.fee),
  ]
    .filter((e): e is CostError => e !== null)
    .map((e) => ({
      ...e,
      message_vi: `Hoạt động ${activity.ord} (“${activity.name}”): ${e.message_vi}`,
      message_en: `Activity ${activity.ord} ("${activity.name}"): ${e.message_en}`,
    }));
}

export function validateParams(params: CostParams): CostError[] {
  return [
    checkWholeAtLeast(params.hourlyIncome, 1, 'hourlyIncome', LABELS.hourlyIncome),
    checkWholeAtLeast(params.population, 1, 'population', LABELS.population),
    checkWholeAtLeast(params.frequency, 1, 'frequency', LABELS.frequency),
  ].filter((e): e is CostError => e !== null);
}

const wholeOk = (v: number) => Number.isSafeInteger(v) && v >= 0;

/** One scenario (before or after) of one procedure: per-row and total costs, exact. */
export function computeScenario(
  activities: readonly Activity[],
  params: CostParams,
): CostResult<ScenarioResult> {
  const errors = validateParams(params);
  // Every figure a safe non-negative integer (the usual case) is checked without building messages.
  activities.forEach((a, i) => {
    if (!(wholeOk(a.hoursMilli) && wholeOk(a.serviceCost) && wholeOk(a.otherCost) && wholeOk(a.fee)))
      errors.push(...validateActivity(a, i));
  });
  if (errors.length > 0) return fail(errors);

  const hourly = BigInt(params.hourlyIncome);
  const quantity = BigInt(params.population) * BigInt(params.frequency);
  const result: ScenarioResult = {
    params: { ...params },
    rows: [],
    totalHoursMilli: 0,
    timeCostMilli: 0n,
    serviceCostMilli: 0n,
    otherCostMilli: 0n,
    feeMilli: 0n,
    perDossierMilli: 0n,
    perYearMilli: 0n,
  };
  for (const activity of activities) {
    // Thousandths of an hour × đồng/hour = thousandths of a đồng: exact, no division.
    const timeCostMilli = BigInt(activity.hoursMilli) * hourly;
    const serviceMilli = activity.serviceCost ? dongToMilli(activity.serviceCost) : 0n;
    const otherMilli = activity.otherCost ? dongToMilli(activity.otherCost) : 0n;
    const feeMilli = activity.fee ? dongToMilli(activity.fee) : 0n;
    const perDossierMilli = timeCostMilli + serviceMilli + otherMilli + feeMilli;
    result.rows.push({ activity, timeCostMilli, perDossierMilli, perYearMilli: perDossierMilli * quantity });
    result.totalHoursMilli += activity.hoursMilli;
    result.timeCostMilli += timeCostMilli;
    result.serviceCostMilli += serviceMilli;
    result.otherCostMilli += otherMilli;
    result.feeMilli += feeMilli;
    result.perDossierMilli += perDossierMilli;
  }
  result.perYearMilli = result.perDossierMilli * quantity;
  return ok(result);
}

/** Before vs after of one procedure. The percentage is taken on the per-year totals. */
export function compareScenarios(before: ScenarioResult, after: ScenarioResult): Comparison {
  const savingMilli = before.perYearMilli - after.perYearMilli;
  return {
    before,
    after,
    beforePerYearMilli: before.perYearMilli,
    afterPerYearMilli: after.perYearMilli,
    perDossierSavingMilli: before.perDossierMilli - after.perDossierMilli,
    savingMilli,
    reductionBp: ratioBp(savingMilli, before.perYearMilli),
  };
}

/** Many procedures: Σ(before − after) / Σ before (Hà Nội: (2,306 − 654) / 2,306 = 71.64 %). */
export function aggregate(items: readonly CostTotals[]): AggregateResult {
  let before = 0n;
  let after = 0n;
  for (const item of items) {
    before += item.beforePerYearMilli;
    after += item.afterPerYearMilli;
  }
  const savingMilli = before - after;
  return {
    count: items.length,
    beforePerYearMilli: before,
    afterPerYearMilli: after,
    savingMilli,
    reductionBp: ratioBp(savingMilli, before),
  };
}

export {
  bpToFixed2,
  bpToPercent,
  divRoundHalfUp,
  dongToMilli,
  hoursMilliToString,
  milliToDongNumber,
  milliToExactString,
  parseDecimalMilli,
  ratioBp,
  roundMilliToDong,
} from './money';
export type { CostError, CostResult } from './errors';
export {
  aggregateProcessingTime,
  processingTimeReduction,
  type ProcessingTimeResult,
} from './processing-time';
