import { describe, expect, it } from 'vitest';
import {
  aggregate,
  aggregateProcessingTime,
  aggregateToDto,
  compareScenarios,
  computeScenario,
  milliToDongNumber,
  processingTimeReduction,
  type CostParams,
} from '../../../electron/shared/cost';
import { act, unwrap } from './helpers';

const PARAMS: CostParams = { hourlyIncome: 28_409, population: 600, frequency: 1 };

describe('computeScenario', () => {
  it('applies the form formulas per row and in total', () => {
    const s = unwrap(
      computeScenario(
        [
          act(1, { hoursMilli: 1500, serviceCost: 200_000, otherCost: 4_000 }),
          act(2, { hoursMilli: 250, fee: 50_000 }),
        ],
        { hourlyIncome: 30_000, population: 10, frequency: 4 },
      ),
    );
    // row 1: 1.5 h × 30,000 = 45,000 + 200,000 + 4,000 = 249,000; ×10×4
    expect(s.rows[0]?.timeCostMilli).toBe(45_000_000n);
    expect(s.rows[0]?.perDossierMilli).toBe(249_000_000n);
    expect(s.rows[0]?.perYearMilli).toBe(9_960_000_000n);
    // row 2: 0.25 h × 30,000 = 7,500 + 50,000 fee
    expect(s.rows[1]?.perDossierMilli).toBe(57_500_000n);
    expect(s.totalHoursMilli).toBe(1750);
    expect(s.serviceCostMilli).toBe(200_000_000n);
    expect(s.feeMilli).toBe(50_000_000n);
    expect(s.perDossierMilli).toBe(306_500_000n);
    expect(s.perYearMilli).toBe(306_500_000n * 40n);
  });

  it('frequency multiplies like population (periodic obligations)', () => {
    const once = unwrap(computeScenario([act(1)], { ...PARAMS, frequency: 1 }));
    const twelve = unwrap(computeScenario([act(1)], { ...PARAMS, frequency: 12 }));
    expect(twelve.perYearMilli).toBe(once.perYearMilli * 12n);
  });

  it('an empty scenario (abolished procedure) costs 0', () => {
    const s = unwrap(computeScenario([], PARAMS));
    expect(s.perYearMilli).toBe(0n);
  });

  it('keeps huge per-year totals exact beyond 2^53 milli-đồng', () => {
    const s = unwrap(
      computeScenario([act(1, { hoursMilli: 1, otherCost: 9_000_000_000 })], {
        hourlyIncome: 1,
        population: 1_000_000,
        frequency: 3,
      }),
    );
    expect(s.perYearMilli).toBe((9_000_000_000_000n + 1n) * 3_000_000n);
  });
});

describe('validation: typed COST_INVALID errors, Vietnamese first, no exceptions', () => {
  it('reports negative hours and costs with the activity and field', () => {
    const r = computeScenario([act(1), act(2, { hoursMilli: -500, otherCost: -1, fee: 1.5 })], PARAMS);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toEqual([
      'activities[1].hoursMilli',
      'activities[1].otherCost',
      'activities[1].fee',
    ]);
    expect(r.errors[0]).toEqual({
      code: 'COST_INVALID',
      field: 'activities[1].hoursMilli',
      message_vi: 'Hoạt động 2 (“Hoạt động 2”): Thời gian (giờ) không được âm.',
      message_en: 'Activity 2 ("Hoạt động 2"): Hours must not be negative.',
    });
    expect(r.errors[1]?.message_vi).toContain('Chi phí khác không được âm.');
    expect(r.errors[2]?.message_vi).toContain('Phí, lệ phí phải là số nguyên (đồng).');
  });

  it.each([
    [{ population: 0 }, 'population', 'Số đối tượng tuân thủ/năm phải lớn hơn 0.'],
    [{ population: -5 }, 'population', 'Số đối tượng tuân thủ/năm phải lớn hơn 0.'],
    [{ frequency: 0 }, 'frequency', 'Tần suất/năm phải lớn hơn 0.'],
    [{ frequency: 0.5 }, 'frequency', 'Tần suất/năm phải là số nguyên.'],
    [{ hourlyIncome: 0 }, 'hourlyIncome', 'Thu nhập bình quân (đồng/giờ) phải lớn hơn 0.'],
    [{ hourlyIncome: 28_409.09 }, 'hourlyIncome', 'Thu nhập bình quân (đồng/giờ) phải là số nguyên.'],
  ] as const)('rejects %o', (patch, field, vi) => {
    const r = computeScenario([act(1)], { ...PARAMS, ...patch });
    expect(r).toMatchObject({ ok: false, errors: [{ code: 'COST_INVALID', field, message_vi: vi }] });
    if (!r.ok) {
      expect(r.errors[0]?.message_en.length).toBeGreaterThan(0);
      expect(r.errors[0]?.message_vi).toBe(r.errors[0]?.message_vi.normalize('NFC'));
    }
  });

  it('collects every problem at once', () => {
    const r = computeScenario([act(1, { serviceCost: -1 })], {
      hourlyIncome: -1,
      population: 0,
      frequency: 0,
    });
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual([
      'hourlyIncome',
      'population',
      'frequency',
      'activities[0].serviceCost',
    ]);
  });
});

describe('aggregate across procedures = Σ savings / Σ before, never a mean of %', () => {
  // A: 1,000,000 → 500,000 đ/năm (50 %); B: 100,000 → 90,000 đ/năm (10 %). Mean of % = 30 %.
  const one = (hoursMilli: number, otherCost: number) =>
    unwrap(
      computeScenario([act(1, { hoursMilli, otherCost })], {
        hourlyIncome: 10_000,
        population: 10,
        frequency: 1,
      }),
    );
  const a = compareScenarios(one(0, 100_000), one(0, 50_000));
  const b = compareScenarios(one(1000, 0), one(900, 0));

  it('each procedure has its own %', () => {
    expect(a.reductionBp).toBe(5000);
    expect(b.reductionBp).toBe(1000);
  });

  it('the aggregate is 510,000 / 1,100,000 = 46.36 %, not 30 %', () => {
    const total = aggregate([a, b]);
    const meanOfPct = ((a.reductionBp ?? 0) + (b.reductionBp ?? 0)) / 2;
    expect(meanOfPct).toBe(3000);
    expect(total.reductionBp).toBe(4636);
    expect(total.reductionBp).not.toBe(meanOfPct);
    expect(milliToDongNumber(total.savingMilli)).toBe(510_000);
    expect(milliToDongNumber(total.beforePerYearMilli)).toBe(1_100_000);
    expect(aggregateToDto(total)).toMatchObject({
      count: 2,
      reductionPct: '46.36',
      saving: { dong: 510_000 },
    });
  });

  it('reproduces the Hà Nội figure 2,306 → 654 bn đ = 71.64 %', () => {
    const bn = 1_000_000_000_000n; // 1 bn đồng in milli-đồng
    const total = aggregate([
      { beforePerYearMilli: 1_306n * bn, afterPerYearMilli: 354n * bn },
      { beforePerYearMilli: 1_000n * bn, afterPerYearMilli: 300n * bn },
    ]);
    expect(total.reductionBp).toBe(7164);
  });

  it('an empty or zero-cost aggregate has no percentage', () => {
    expect(aggregate([]).reductionBp).toBeNull();
    expect(aggregate([{ beforePerYearMilli: 0n, afterPerYearMilli: 0n }]).reductionBp).toBeNull();
  });

  it('a proposal that costs more shows a negative saving', () => {
    const c = compareScenarios(one(0, 100_000), one(0, 100_005));
    expect(milliToDongNumber(c.savingMilli)).toBe(-50);
    expect(c.reductionBp).toBe(-1); // −50 / 1,000,000 = −0.005 % → −0.01 % (tie away from zero)
  });
});

describe('processing time is computed separately', () => {
  it('15 → 10 ngày = 33.33 %; half days stay exact', () => {
    expect(unwrap(processingTimeReduction(15, 10))).toEqual({
      beforeMilli: 15_000,
      afterMilli: 10_000,
      savedMilli: 5_000,
      reductionBp: 3333,
    });
    expect(unwrap(processingTimeReduction('1,5', 0.5)).reductionBp).toBe(6667);
    expect(unwrap(processingTimeReduction(0, 0)).reductionBp).toBeNull();
  });

  it('rejects negative or malformed days', () => {
    const r = processingTimeReduction(-1, 'x');
    expect(r.ok ? [] : r.errors.map((e) => [e.field, e.message_vi])).toEqual([
      ['daysBefore', 'Thời hạn giải quyết trước không được âm.'],
      ['daysAfter', expect.stringContaining('Thời hạn giải quyết sau không hợp lệ') as unknown as string],
    ]);
  });

  it('aggregates as Σ saved / Σ before', () => {
    // 15 → 10 (33.33 %) and 3 → 1 (66.67 %): Σ = 7 / 18 = 38.89 %
    const t = aggregateProcessingTime([
      { beforeMilli: 15_000, afterMilli: 10_000 },
      { beforeMilli: 3_000, afterMilli: 1_000 },
    ]);
    expect(t.savedMilli).toBe(7_000);
    expect(t.reductionBp).toBe(3889);
  });
});
