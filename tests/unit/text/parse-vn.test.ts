import { describe, expect, test } from 'vitest';
import { Fee } from '../../../electron/shared/domain';
import { parseFee, parseProcessingTime, parseVnNumber } from '../../../electron/shared/text/parse-vn';

function time(raw: string) {
  const r = parseProcessingTime(raw);
  if (!r.ok) throw new Error(`expected a time from ${JSON.stringify(raw)}: ${r.reason}`);
  return r.time;
}
function fee(raw: string, kind?: 'PHI' | 'LE_PHI' | 'KHAC') {
  const r = parseFee(raw, kind ? { kind } : {});
  if (!r.ok) throw new Error(`expected a fee from ${JSON.stringify(raw)}: ${r.reason}`);
  expect(Fee.safeParse(r.fee).success).toBe(true);
  return r.fee;
}

describe('parseVnNumber', () => {
  test.each([
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['15.000', 15000],
    ['50,000', 50000],
    ['1,5', 1.5],
    ['0.5', 0.5],
    ['0,500', 0.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['05', 5],
    ['1234', 1234],
  ] as const)('%s → %d', (s, n) => {
    expect(parseVnNumber(s)).toBe(n);
  });

  test.each(['', 'abc', '1.2.3', '12.34.5', '1,234.5,6', '-5', '1 000'])('%j is not a number', (s) => {
    expect(parseVnNumber(s)).toBeNull();
  });
});

describe('parseProcessingTime', () => {
  test('working days, calendar days, hours, months', () => {
    expect(time('15 ngày làm việc')).toEqual({ value: 15, unit: 'WORKING_DAY', text: '15 ngày làm việc' });
    expect(time('03 ngày')).toEqual({ value: 3, unit: 'CALENDAR_DAY', text: '03 ngày' });
    expect(time('24 giờ')).toEqual({ value: 24, unit: 'HOUR', text: '24 giờ' });
    expect(time('02 tháng')).toEqual({ value: 2, unit: 'MONTH', text: '02 tháng' });
  });

  test('as the national portal writes them, and without accents', () => {
    expect(time('3 Ngày làm việc')).toMatchObject({ value: 3, unit: 'WORKING_DAY' });
    expect(time('7 Ngày')).toMatchObject({ value: 7, unit: 'CALENDAR_DAY' });
    expect(time('5 ngay lam viec')).toMatchObject({ value: 5, unit: 'WORKING_DAY' });
    expect(time('10 ngày LV')).toMatchObject({ value: 10, unit: 'WORKING_DAY' });
    expect(time('05 NGÀY LÀM VIỆC')).toMatchObject({ value: 5, unit: 'WORKING_DAY' });
    expect(time('24h')).toMatchObject({ value: 24, unit: 'HOUR' });
    expect(time('1,5 ngày')).toMatchObject({ value: 1.5, unit: 'CALENDAR_DAY' });
  });

  test('decision: "Trong ngày" is one working day, and the wording is kept', () => {
    expect(time('Trong ngày')).toEqual({ value: 1, unit: 'WORKING_DAY', text: 'Trong ngày' });
    expect(time('Giải quyết trong ngày làm việc')).toMatchObject({ value: 1, unit: 'WORKING_DAY' });
  });

  test('a bare number is UNSPECIFIED', () => {
    expect(time('5')).toEqual({ value: 5, unit: 'UNSPECIFIED', text: '5' });
    expect(time(' 01 ')).toEqual({ value: 1, unit: 'UNSPECIFIED', text: '01' });
  });

  test('conditional times keep the first value and the whole text', () => {
    const t = time('20 ngày (hoặc 15 ngày đối với nhà ở riêng lẻ)');
    expect(t).toEqual({
      value: 20,
      unit: 'CALENDAR_DAY',
      text: '20 ngày (hoặc 15 ngày đối với nhà ở riêng lẻ)',
    });
    expect(time('Trong thời hạn 07 ngày làm việc, kể từ ngày nhận đủ hồ sơ')).toMatchObject({
      value: 7,
      unit: 'WORKING_DAY',
    });
    expect(time('15 (mười lăm) ngày làm việc')).toMatchObject({ value: 15, unit: 'WORKING_DAY' });
  });

  test('clock times are not durations', () => {
    // "sau 15 giờ" is a time of day; the duration is the same-day/next-day rule.
    expect(time('Hồ sơ nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo')).toMatchObject({
      value: 1,
      unit: 'WORKING_DAY',
    });
    expect(time('Nhận trước 10h, trả kết quả trong 04 giờ làm việc')).toMatchObject({
      value: 4,
      unit: 'HOUR',
    });
  });

  test('ranges give the upper bound; weeks, years and minutes convert exactly', () => {
    expect(time('10 - 15 ngày')).toMatchObject({ value: 15, unit: 'CALENDAR_DAY' });
    expect(time('từ 10 đến 15 ngày làm việc')).toMatchObject({ value: 15, unit: 'WORKING_DAY' });
    expect(time('01 tuần')).toMatchObject({ value: 7, unit: 'CALENDAR_DAY' });
    expect(time('1 năm')).toMatchObject({ value: 12, unit: 'MONTH' });
    expect(time('30 phút')).toMatchObject({ value: 0.5, unit: 'HOUR' });
  });

  test('"Không có thông tin" is a known absence, not a failure', () => {
    expect(time('Không có thông tin')).toEqual({
      value: null,
      unit: 'UNSPECIFIED',
      text: 'Không có thông tin',
    });
  });

  test('NFD input and stray whitespace are cleaned into the kept text', () => {
    const t = time('  15 ngày làm việc\u200B '.normalize('NFD'));
    expect(t).toEqual({ value: 15, unit: 'WORKING_DAY', text: '15 ngày làm việc' });
  });

  test('unreadable text is a typed failure with a Vietnamese reason, never a guess', () => {
    for (const raw of ['Ngay sau khi nhận hồ sơ', 'theo quy định', 'mười lăm ngày', 'abc 5 xyz']) {
      const r = parseProcessingTime(raw);
      expect(r.ok, raw).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('UNRECOGNISED');
        expect(r.reason).toMatch(/thời hạn giải quyết/);
        expect(r.reasonEn.length).toBeGreaterThan(0);
        expect(r.text).toBe(raw);
      }
    }
    const empty = parseProcessingTime(' \u200B ');
    expect(empty).toMatchObject({ ok: false, code: 'EMPTY', text: '' });
  });
});

describe('parseFee', () => {
  test('free', () => {
    for (const raw of [
      'Miễn phí',
      'Không',
      'Miễn lệ phí',
      'Miễn phí (đúng hạn)',
      'mien phi',
      'Không thu phí',
      '0 đồng',
    ]) {
      expect(fee(raw).amount, raw).toBe(0);
      expect(fee(raw).setBy, raw).toBeNull();
    }
  });

  test('amounts in đồng, however typed', () => {
    for (const raw of [
      '50.000 đồng',
      '50,000 VNĐ',
      '50.000đ',
      '50.000 đ',
      '50000 VND',
      '50.000 Việt Nam Đồng',
      '50 nghìn đồng',
      '50.000 ₫',
    ]) {
      expect(fee(raw), raw).toMatchObject({
        amount: 50000,
        currency: 'VND',
        perUnit: '',
        setBy: null,
        text: raw,
      });
    }
    expect(fee('1,5 triệu đồng').amount).toBe(1500000);
    expect(fee('50.000').amount).toBe(50000);
  });

  test('per-unit amounts', () => {
    expect(fee('2.000 đồng/trang')).toMatchObject({ amount: 2000, perUnit: 'trang' });
    expect(fee('2,000 Việt Nam Đồng(/trang)')).toMatchObject({ amount: 2000, perUnit: 'trang' });
    expect(fee('10.000 đồng/người/lần đăng ký')).toMatchObject({
      amount: 10000,
      perUnit: 'người/lần đăng ký',
    });
  });

  test('foreign currency', () => {
    expect(fee('10 USD/bản')).toMatchObject({ amount: 10, currency: 'USD', perUnit: 'bản' });
    expect(fee('10 USD(/bản)')).toMatchObject({ amount: 10, currency: 'USD', perUnit: 'bản' });
  });

  test('set by the provincial council (HĐND)', () => {
    expect(fee('Mức do HĐND tỉnh quyết định')).toMatchObject({ amount: null, setBy: 'HDND_TINH' });
    expect(fee('Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định')).toMatchObject({
      amount: null,
      setBy: 'HDND_TINH',
      kind: 'LE_PHI',
    });
    // "Miễn phí" that names HĐND is not free (domain.md §1.7).
    expect(fee('Miễn phí; trường hợp khác theo mức do HĐND tỉnh quyết định')).toMatchObject({
      amount: null,
      setBy: 'HDND_TINH',
    });
    expect(fee('100.000 đồng (theo Nghị quyết của HĐND tỉnh)')).toMatchObject({
      amount: 100000,
      setBy: 'HDND_TINH',
    });
  });

  test('"Không có thông tin" is an unknown amount', () => {
    expect(fee('Không có thông tin')).toMatchObject({ amount: null, setBy: null });
  });

  test('the first amount wins and the full text is kept', () => {
    const raw = '5,000 Việt Nam Đồng(- Gia hạn tạm trú: thu 7.000 đồng/lần đăng ký.)';
    expect(fee(raw)).toMatchObject({ amount: 5000, text: raw });
  });

  test('kind comes from the caller, else from the wording', () => {
    expect(fee('Lệ phí: 100.000 đồng').kind).toBe('LE_PHI');
    expect(fee('Phí thẩm định: 100.000 đồng').kind).toBe('PHI');
    expect(fee('100.000 đồng').kind).toBe('KHAC');
    expect(fee('Miễn phí').kind).toBe('KHAC');
    expect(fee('100.000 đồng', 'PHI').kind).toBe('PHI');
  });

  test('unreadable fees are typed failures with Vietnamese reasons', () => {
    const cases: Array<[string, string]> = [
      ['', 'EMPTY'],
      ['theo quy định', 'UNRECOGNISED'],
      ['từ 50.000 đến 100.000 đồng', 'RANGE'],
      ['50.000 - 100.000 đồng', 'RANGE'],
      ['1,5 đồng', 'NOT_WHOLE_AMOUNT'],
      ['5 bản', 'UNRECOGNISED'],
    ];
    for (const [raw, code] of cases) {
      const r = parseFee(raw);
      expect(r.ok, raw).toBe(false);
      if (!r.ok) {
        expect(r.code, raw).toBe(code);
        expect(r.reason).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
      }
    }
  });
});
