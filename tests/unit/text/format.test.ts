import { describe, expect, test } from 'vitest';
import {
  divRoundHalfUp,
  formatDateVi,
  formatLocalDateVi,
  formatMoney,
  formatNumber,
  formatPercent,
  isIsoDate,
  parseDateVi,
  roundHalfUp,
} from '../../../electron/shared/text/format';

describe('formatNumber', () => {
  test('Vietnamese grouping with dots, decimal comma', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1.000');
    expect(formatNumber(-1234567)).toBe('-1.234.567');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(0.125)).toBe('0,13');
    expect(formatNumber(2.5, { fractionDigits: 2 })).toBe('2,50');
  });

  test('English variant', () => {
    expect(formatNumber(1234567, { locale: 'en' })).toBe('1,234,567');
    expect(formatNumber(1234.5, { locale: 'en', fractionDigits: 2 })).toBe('1,234.50');
  });

  test('bigint, large safe integers, and non-finite numbers', () => {
    expect(formatNumber(12345678901234567890n)).toBe('12.345.678.901.234.567.890');
    expect(formatNumber(-5000n, { locale: 'en' })).toBe('-5,000');
    expect(formatNumber(Number.MAX_SAFE_INTEGER)).toBe('9.007.199.254.740.991');
    expect(formatNumber(Number.NaN)).toBe('');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('');
  });

  test('no negative zero after rounding', () => {
    expect(formatNumber(-0.001, { fractionDigits: 2 })).toBe('0,00');
    expect(formatNumber(-0)).toBe('0');
  });
});

describe('formatMoney', () => {
  test('đồng in Vietnamese, VND in English', () => {
    expect(formatMoney(50000)).toBe('50.000 đ');
    expect(formatMoney(50000, { locale: 'en' })).toBe('50,000 VND');
    expect(formatMoney(0)).toBe('0 đ');
    expect(formatMoney(1234567890123n)).toBe('1.234.567.890.123 đ');
  });

  test('other currencies show their code', () => {
    expect(formatMoney(10, { currency: 'USD' })).toBe('10 USD');
    expect(formatMoney(1500, { currency: 'usd', locale: 'en' })).toBe('1,500 USD');
  });

  test('fractions of a đồng round half away from zero', () => {
    expect(formatMoney(1234.5)).toBe('1.235 đ');
    expect(formatMoney(-1234.5)).toBe('-1.235 đ');
    expect(formatMoney(1234.49)).toBe('1.234 đ');
  });
});

describe('formatPercent', () => {
  test('two decimals with the locale separator', () => {
    expect(formatPercent(68.4)).toBe('68,40%');
    expect(formatPercent(68.4, { locale: 'en' })).toBe('68.40%');
    expect(formatPercent(100)).toBe('100,00%');
    expect(formatPercent(33.335)).toBe('33,34%');
    expect(formatPercent(12.5, { fractionDigits: 0 })).toBe('13%');
    expect(formatPercent(Number.NaN)).toBe('');
  });
});

describe('roundHalfUp', () => {
  test('halves go away from zero, like Excel ROUND', () => {
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(-2.5)).toBe(-3);
    expect(roundHalfUp(0.5)).toBe(1);
    expect(roundHalfUp(1.4999)).toBe(1);
  });

  test('works on the decimal value, not the binary approximation', () => {
    expect((1.005).toFixed(2)).toBe('1.00'); // the trap
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(1.045, 2)).toBe(1.05);
    expect(roundHalfUp(8.345, 2)).toBe(8.35);
    expect(roundHalfUp(123.456, 1)).toBe(123.5);
  });

  test('tiny and huge magnitudes', () => {
    expect(roundHalfUp(1.5e-7, 6)).toBe(0);
    expect(roundHalfUp(5e-7, 6)).toBe(0.000001);
    expect(roundHalfUp(1e21)).toBe(1e21);
    expect(roundHalfUp(0.0004, 3)).toBe(0);
  });

  test('non-finite and invalid digits pass through', () => {
    expect(roundHalfUp(Number.NaN)).toBeNaN();
    expect(roundHalfUp(1.5, -1)).toBe(1.5);
  });
});

describe('divRoundHalfUp', () => {
  test('exact integer division with half away from zero', () => {
    expect(divRoundHalfUp(7n, 2n)).toBe(4n);
    expect(divRoundHalfUp(-7n, 2n)).toBe(-4n);
    expect(divRoundHalfUp(7n, -2n)).toBe(-4n);
    expect(divRoundHalfUp(10n, 3n)).toBe(3n);
    expect(divRoundHalfUp(11n, 3n)).toBe(4n);
    expect(divRoundHalfUp(0n, 5n)).toBe(0n);
    // 123 456 789 012 345 678 đồng × 25 / 100 with no float anywhere
    expect(divRoundHalfUp(123456789012345678n * 25n, 100n)).toBe(30864197253086420n);
  });

  test('division by zero throws', () => {
    expect(() => divRoundHalfUp(1n, 0n)).toThrow(RangeError);
  });
});

describe('dates', () => {
  test('formatDateVi shows dd/mm/yyyy', () => {
    expect(formatDateVi('2026-11-26')).toBe('26/11/2026');
    expect(formatDateVi('2024-02-29')).toBe('29/02/2024');
  });

  test('formatLocalDateVi shows a stored instant as its local day, dd/mm/yyyy', () => {
    // Midday UTC is the same calendar day from UTC−11 to UTC+11.
    expect(formatLocalDateVi('2026-10-01T12:00:00.000Z')).toBe('01/10/2026');
    expect(formatLocalDateVi('không phải ngày')).toBe('');
  });

  test('formatDateVi leaves anything else unchanged', () => {
    expect(formatDateVi('')).toBe('');
    expect(formatDateVi('2026-02-30')).toBe('2026-02-30');
    expect(formatDateVi('không rõ')).toBe('không rõ');
  });

  test('parseDateVi reads the common ways dates are typed', () => {
    expect(parseDateVi('26/11/2026')).toBe('2026-11-26');
    expect(parseDateVi(' 6/1/2026 ')).toBe('2026-01-06');
    expect(parseDateVi('26-11-2026')).toBe('2026-11-26');
    expect(parseDateVi('26.11.2026')).toBe('2026-11-26');
    expect(parseDateVi('26 / 11 / 2026')).toBe('2026-11-26');
    expect(parseDateVi('ngày 26 tháng 11 năm 2026')).toBe('2026-11-26');
    expect(parseDateVi('Ngày 01 tháng 7 năm 2025')).toBe('2025-07-01');
    expect(parseDateVi('2026-11-26')).toBe('2026-11-26');
  });

  test('parseDateVi validates real calendar dates', () => {
    expect(parseDateVi('29/02/2024')).toBe('2024-02-29');
    expect(parseDateVi('29/02/2026')).toBeNull();
    expect(parseDateVi('29/02/1900')).toBeNull();
    expect(parseDateVi('29/02/2000')).toBe('2000-02-29');
    expect(parseDateVi('31/04/2026')).toBeNull();
    expect(parseDateVi('00/01/2026')).toBeNull();
    expect(parseDateVi('12/13/2026')).toBeNull();
  });

  test('parseDateVi rejects ambiguous or foreign input', () => {
    expect(parseDateVi('26/11/26')).toBeNull();
    expect(parseDateVi('26/11-2026')).toBeNull();
    expect(parseDateVi('')).toBeNull();
    expect(parseDateVi('hôm nay')).toBeNull();
    expect(parseDateVi('2026/11/26')).toBeNull();
  });

  test('formatDateVi and parseDateVi are inverse on valid dates', () => {
    for (const iso of ['2026-01-01', '2025-12-31', '2024-02-29', '1999-07-15']) {
      expect(parseDateVi(formatDateVi(iso))).toBe(iso);
    }
    expect(isIsoDate('2026-11-26')).toBe(true);
    expect(isIsoDate('2026-11-31')).toBe(false);
    expect(isIsoDate('26/11/2026')).toBe(false);
  });
});
