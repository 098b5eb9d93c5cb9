import { describe, expect, it } from 'vitest';
import {
  WORKED_EXAMPLE_DAYS_AFTER,
  WORKED_EXAMPLE_DAYS_BEFORE,
  WORKED_EXAMPLE_MONTHLY_INCOME,
  WORKED_EXAMPLE_PARAMS,
  compareScenarios,
  comparisonToDto,
  computeScenario,
  deriveAfter,
  hourlyIncomeFromMonthly,
  hoursMilliToString,
  milliToDongNumber,
  milliToExactString,
  processingTimeReduction,
  workedExampleAfter,
  workedExampleBefore,
  workedExampleDerivation,
  type Activity,
  type CostResult,
  type ScenarioResult,
} from '../../../electron/shared/cost';

function unwrap<T>(r: CostResult<T>): T {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

function scenario(activities: Activity[]): ScenarioResult {
  return unwrap(computeScenario(activities, WORKED_EXAMPLE_PARAMS));
}

describe('worked example (domain.md §2.4, §5.5): Đăng ký thành lập HKD 1.001612', () => {
  it('derives 28,409 đ/giờ from 5,000,000 đ/tháng', () => {
    expect(unwrap(hourlyIncomeFromMonthly(WORKED_EXAMPLE_MONTHLY_INCOME))).toBe(28_409);
    expect(WORKED_EXAMPLE_PARAMS.hourlyIncome).toBe(28_409);
  });

  it('before: 8.5 h → 241,476.5 đ time cost; 405,476.5 đ per dossier exactly, shown 405,477', () => {
    const before = scenario(workedExampleBefore());
    expect(hoursMilliToString(before.totalHoursMilli)).toBe('8.5');
    expect(milliToExactString(before.timeCostMilli)).toBe('241476.5');
    expect(milliToExactString(before.otherCostMilli)).toBe('64000');
    expect(milliToExactString(before.feeMilli)).toBe('100000');
    expect(before.perDossierMilli).toBe(405_476_500n);
    expect(milliToExactString(before.perDossierMilli)).toBe('405476.5');
    expect(milliToDongNumber(before.perDossierMilli)).toBe(405_477);
  });

  it('after: 2.75 h → 78,124.75 đ; 128,124.75 đ per dossier exactly, shown 128,125', () => {
    const after = scenario(workedExampleAfter());
    expect(hoursMilliToString(after.totalHoursMilli)).toBe('2.75');
    expect(milliToExactString(after.timeCostMilli)).toBe('78124.75');
    expect(milliToExactString(after.perDossierMilli)).toBe('128124.75');
    expect(milliToDongNumber(after.perDossierMilli)).toBe(128_125);
  });

  it('per year uses the EXACT per-dossier value × 600 (not the rounded one)', () => {
    const before = scenario(workedExampleBefore());
    const after = scenario(workedExampleAfter());
    expect(before.perYearMilli).toBe(243_285_900_000n);
    expect(after.perYearMilli).toBe(76_874_850_000n);
    expect(milliToDongNumber(before.perYearMilli)).toBe(243_285_900);
    expect(milliToDongNumber(after.perYearMilli)).toBe(76_874_850);
    // The rounded per-dossier figure would give a different (wrong) total.
    expect(405_477 * 600).not.toBe(243_285_900);
  });

  it('saving 166,411,050 đ/năm and 68.40 %', () => {
    const c = compareScenarios(scenario(workedExampleBefore()), scenario(workedExampleAfter()));
    expect(c.savingMilli).toBe(166_411_050_000n);
    expect(c.reductionBp).toBe(6840);
    const dto = comparisonToDto(c);
    expect(dto.before.perDossier).toEqual({ dong: 405_477, exact: '405476.5' });
    expect(dto.after.perDossier).toEqual({ dong: 128_125, exact: '128124.75' });
    expect(dto.before.perYear).toEqual({ dong: 243_285_900, exact: '243285900' });
    expect(dto.after.perYear).toEqual({ dong: 76_874_850, exact: '76874850' });
    expect(dto.saving).toEqual({ dong: 166_411_050, exact: '166411050' });
    expect(dto.reductionPct).toBe('68.40');
    // JSON-safe: survives JSON and structured clone unchanged.
    expect(JSON.parse(JSON.stringify(dto))).toEqual(dto);
    expect(structuredClone(dto)).toEqual(dto);
  });

  it('the same "after" is reached by marks + overrides (deriveAfter)', () => {
    const d = workedExampleDerivation(77);
    const derived = unwrap(deriveAfter(d.before, d.marks, d.overrides));
    expect(derived.removed.map((r) => r.activity.ord)).toEqual([3]);
    expect(derived.removed[0]?.byMark.action).toBe('REPLACE_BY_DATA');
    expect(derived.overridden.map((o) => o.override.ord)).toEqual([1, 2, 4, 5]);
    const before = scenario(d.before);
    const after = scenario(derived.activities);
    expect(milliToExactString(after.perDossierMilli)).toBe('128124.75');
    const c = compareScenarios(before, after);
    expect(milliToDongNumber(c.savingMilli)).toBe(166_411_050);
    expect(c.reductionBp).toBe(6840);
  });

  it('processing time 3 → 2 ngày is reported separately: 33.33 %', () => {
    const t = unwrap(processingTimeReduction(WORKED_EXAMPLE_DAYS_BEFORE, WORKED_EXAMPLE_DAYS_AFTER));
    expect(t.savedMilli).toBe(1000);
    expect(t.reductionBp).toBe(3333);
  });
});
