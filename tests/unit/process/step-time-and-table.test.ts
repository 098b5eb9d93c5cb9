import { describe, expect, it } from 'vitest';
import { parseProcessTable } from '../../../electron/shared/cost/process-table';
import { parseStepTime, stepHoursMilli } from '../../../electron/shared/cost/step-time';
import { QTNB, qtnbTable } from '../../support/qtnb-table';

const where = { vi: 'qtnb.xlsx, trang “Quy trình”', en: 'qtnb.xlsx, sheet "Quy trình"' };
const hours = (steps: { timeUnit: 'HOUR' | 'WORKING_DAY' | 'NOT_COUNTED'; timeMilli: number | null }[]) =>
  steps.reduce((n, s) => n + stepHoursMilli({ unit: s.timeUnit, milli: s.timeMilli }), 0);

describe('step times as provinces publish them', () => {
  it('reads giờ, ngày làm việc with a decimal comma, and "Không tính thời gian"', () => {
    expect(parseStepTime('04 giờ')).toEqual({ ok: true, value: { unit: 'HOUR', milli: 4000 } });
    expect(parseStepTime('0,25 ngày làm việc')).toEqual({
      ok: true,
      value: { unit: 'WORKING_DAY', milli: 250 },
    });
    expect(parseStepTime('112 giờ')).toMatchObject({ value: { milli: 112000 } });
    expect(parseStepTime('Không tính thời gian')).toEqual({
      ok: true,
      value: { unit: 'NOT_COUNTED', milli: null },
    });
    expect(parseStepTime('1,5', 't', 'WORKING_DAY')).toMatchObject({
      value: { unit: 'WORKING_DAY', milli: 1500 },
    });
  });

  it('refuses what is not a time, a negative or zero time, and a bare number without a unit', () => {
    for (const [text, why] of [
      ['ba ngày', 'không phải số giờ hoặc số ngày'],
      ['-2 giờ', 'không được âm'],
      ['0 giờ', 'phải lớn hơn 0'],
      ['1,5', 'thiếu đơn vị'],
      ['1 tuần', 'không phải số giờ hoặc số ngày'],
    ] as const) {
      const r = parseStepTime(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.errors[0]!.message_vi).toContain(why);
    }
  });
});

describe('published tables of tests/fixtures/public-data/qtnb', () => {
  it('Nghệ An QĐ 3857 (giờ): 4 + 4 + 112 + 24 + 16 + 8 = 168 giờ = 21 ngày, the return not counted', () => {
    const r = parseProcessTable(qtnbTable(QTNB.ngheAn), where);
    if (!r.ok) throw new Error(r.errors[0]!.message_vi);
    const [p] = r.processes;
    expect(p!.steps).toHaveLength(7);
    expect(p!.steps.map((s) => s.timeMilli)).toEqual([4000, 4000, 112000, 24000, 16000, 8000, null]);
    expect(hours(p!.steps)).toBe(168_000);
    expect(hours(p!.steps) / 8 / 1000).toBe(21);
    expect(p!.statedTotal).toContain('168 giờ');
    expect(p!.steps[0]!.result).toBe('Toàn trình'); // the "Dịch vụ công trực tuyến" column
  });

  it('Vĩnh Long QĐ 2682 (ngày, "0,25"): 03 ngày làm việc', () => {
    const r = parseProcessTable(qtnbTable(QTNB.vinhLong), where);
    if (!r.ok) throw new Error(r.errors[0]!.message_vi);
    expect(r.processes[0]!.steps.map((s) => s.timeMilli)).toEqual([250, 250, 1000, 1000, 250, 250]);
    expect(hours(r.processes[0]!.steps)).toBe(24_000);
    expect(r.processes[0]!.steps[1]!.responsible).toBe('Cán bộ Công an cấp xã được phân công');
  });

  it('Cao Bằng QĐ 2022 (ngày): 10 ngày làm việc', () => {
    const r = parseProcessTable(qtnbTable(QTNB.caoBang), where);
    if (!r.ok) throw new Error(r.errors[0]!.message_vi);
    expect(hours(r.processes[0]!.steps)).toBe(80_000);
    expect(r.processes[0]!.steps.at(-1)!.timeUnit).toBe('NOT_COUNTED');
  });

  it('refuses a total that the steps do not add up to, naming the row and both figures', () => {
    const rows = qtnbTable(QTNB.vinhLong);
    rows[3]![3] = '02 ngày làm việc'; // step 3: 1 → 2 days
    const r = parseProcessTable(rows, where);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]!.message_vi).toBe(
        'qtnb.xlsx, trang “Quy trình”, dòng 8, cột A: tổng ghi 3 ngày làm việc nhưng các bước cộng lại 4 ngày làm việc. Kiểm tra thời gian các bước; chưa có gì được lưu.',
      );
  });

  it('refuses an unknown column by name, a bad time by row and column, and a table without a header', () => {
    const unknown = qtnbTable(QTNB.caoBang).map((r, i) => [...r, i === 0 ? 'Ghi chú nội bộ' : '']);
    const u = parseProcessTable(unknown, where);
    expect(!u.ok && u.errors[0]!.message_vi).toContain(
      'cột E: cột “Ghi chú nội bộ” không thuộc bảng quy trình nội bộ',
    );
    const bad = qtnbTable(QTNB.caoBang);
    bad[2]![3] = 'nửa ngày';
    const b = parseProcessTable(bad, where);
    expect(!b.ok && b.errors[0]!.message_vi).toContain('dòng 3, cột D: Thời gian “nửa ngày” không hợp lệ');
    const none = parseProcessTable(
      [
        ['Họ tên', 'Ngày sinh'],
        ['A', '1/1/2000'],
      ],
      where,
    );
    expect(!none.ok && none.errors[0]!.message_vi).toContain('không tìm thấy dòng tiêu đề');
  });

  it('reads several variants in one sheet (a heading row starts the next)', () => {
    const one = qtnbTable(QTNB.vinhLong);
    const rows = [...one, ['Quy trình 02 (trực tuyến)'], ...one.slice(1)];
    const r = parseProcessTable(rows, where);
    if (!r.ok) throw new Error(r.errors[0]!.message_vi);
    expect(r.processes.map((p) => p.name)).toEqual(['', 'Quy trình 02 (trực tuyến)']);
  });
});
