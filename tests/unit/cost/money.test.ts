import { describe, expect, it } from 'vitest';
import {
  bpToFixed2,
  divRoundHalfUp,
  hourlyIncomeFromMonthly,
  milliToExactString,
  parseDecimalMilli,
  parseHours,
  ratioBp,
  roundMilliToDong,
} from '../../../electron/shared/cost';

describe('rounding half-up (away from zero at .5, never banker’s)', () => {
  it('rounds ties up at every .5 boundary, both parities', () => {
    expect(divRoundHalfUp(5n, 10n)).toBe(1n); // 0.5
    expect(divRoundHalfUp(15n, 10n)).toBe(2n); // 1.5
    expect(divRoundHalfUp(25n, 10n)).toBe(3n); // 2.5 (banker's would give 2)
    expect(divRoundHalfUp(4n, 10n)).toBe(0n);
    expect(divRoundHalfUp(49n, 100n)).toBe(0n);
    expect(divRoundHalfUp(0n, 7n)).toBe(0n);
  });

  it('rounds negative ties away from zero (negative savings)', () => {
    expect(divRoundHalfUp(-5n, 10n)).toBe(-1n);
    expect(divRoundHalfUp(-25n, 10n)).toBe(-3n);
    expect(divRoundHalfUp(-4n, 10n)).toBe(0n);
    expect(divRoundHalfUp(-16n, 10n)).toBe(-2n);
  });

  it('rounds milli-đồng to whole đồng', () => {
    expect(roundMilliToDong(405_476_500n)).toBe(405_477n);
    expect(roundMilliToDong(128_124_750n)).toBe(128_125n);
    expect(roundMilliToDong(1_499n)).toBe(1n);
    expect(roundMilliToDong(1_500n)).toBe(2n);
    expect(roundMilliToDong(2_500n)).toBe(3n);
    expect(roundMilliToDong(2_499n)).toBe(2n);
  });

  it('rounds percentages to 2 decimals half-up', () => {
    expect(ratioBp(1n, 8n)).toBe(1250); // 12.50 exactly
    expect(ratioBp(1n, 3n)).toBe(3333);
    expect(ratioBp(2n, 3n)).toBe(6667);
    expect(ratioBp(1n, 20_000n)).toBe(1); // 0.005 % → 0.01 %
    expect(ratioBp(1n, 20_001n)).toBe(0);
    expect(ratioBp(-1n, 20_000n)).toBe(-1);
    expect(ratioBp(5n, 0n)).toBeNull();
    expect(bpToFixed2(6840)).toBe('68.40');
    expect(bpToFixed2(5)).toBe('0.05');
    expect(bpToFixed2(-1250)).toBe('-12.50');
    expect(bpToFixed2(10000)).toBe('100.00');
  });

  it('prints exact values losslessly', () => {
    expect(milliToExactString(405_476_500n)).toBe('405476.5');
    expect(milliToExactString(1n)).toBe('0.001');
    expect(milliToExactString(-1_250n)).toBe('-1.25');
    expect(milliToExactString(0n)).toBe('0');
  });
});

describe('hourly income = monthly ÷ 22 ÷ 8, rounded half-up to whole đồng', () => {
  it('5,000,000 → 28,409', () => {
    expect(hourlyIncomeFromMonthly(5_000_000)).toEqual({ ok: true, value: 28_409 });
  });

  it('rounds the .5 boundary up (5,000,072 / 176 = 28,409.5 → 28,410)', () => {
    expect(hourlyIncomeFromMonthly(5_000_072)).toEqual({ ok: true, value: 28_410 });
    expect(hourlyIncomeFromMonthly(5_000_071)).toEqual({ ok: true, value: 28_409 });
  });

  it('honours configured working days and hours', () => {
    expect(hourlyIncomeFromMonthly(6_000_000, 20, 8)).toEqual({ ok: true, value: 37_500 });
  });

  it('rejects zero or fractional inputs with a Vietnamese message', () => {
    const r = hourlyIncomeFromMonthly(0, 0, 8.5);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toEqual(['monthlyIncome', 'workingDays', 'hoursPerDay']);
    expect(r.errors[0]?.message_vi).toBe('Thu nhập bình quân tháng phải lớn hơn 0.');
  });
});

describe('parseHours', () => {
  it('parses decimals to thousandths exactly', () => {
    expect(parseHours('1.5')).toEqual({ ok: true, value: 1500 });
    expect(parseHours('0,25')).toEqual({ ok: true, value: 250 });
    expect(parseHours(' 2 ')).toEqual({ ok: true, value: 2000 });
    expect(parseHours(0.5)).toEqual({ ok: true, value: 500 });
    expect(parseHours('.75')).toEqual({ ok: true, value: 750 });
    expect(parseHours('0.001')).toEqual({ ok: true, value: 1 });
    expect(parseHours(0.1 + 0.2)).toMatchObject({ ok: false }); // 0.30000000000000004: float noise is not an hour
  });

  it('rejects negatives, empty text, too many decimals and garbage', () => {
    for (const bad of ['-1', '', 'abc', '1.2345', '1e3', '1.500,5', Number.NaN, Infinity]) {
      const r = parseHours(bad);
      expect(r.ok, String(bad)).toBe(false);
      if (!r.ok) expect(r.errors[0]?.code).toBe('COST_INVALID');
    }
    const neg = parseHours('-1', 'activities[0].hours');
    expect(neg).toEqual({
      ok: false,
      errors: [
        {
          code: 'COST_INVALID',
          field: 'activities[0].hours',
          message_vi: 'Thời gian (giờ) không được âm.',
          message_en: 'Hours must not be negative.',
        },
      ],
    });
  });

  it('parseDecimalMilli keeps large values exact and refuses unsafe ones', () => {
    expect(parseDecimalMilli('123456789.123')).toBe(123_456_789_123);
    expect(parseDecimalMilli('99999999999999999')).toBeNull();
  });
});
