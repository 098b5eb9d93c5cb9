import { describe, expect, it } from 'vitest';
import * as cv from '../../../electron/backend/import/cell-values';
import { fieldForHeader, headerKey } from '../../../electron/backend/import/fields';
import { detectPlan } from '../../../electron/backend/import/layout';
import { groupTitle } from '../../../electron/backend/import/list-rows';
import type { RawCell, RawSheet } from '../../../electron/backend/import/raw-workbook';

const s = (v: string): RawCell => ({ v, k: 's' });
const sheet = (name: string, rows: string[][]): RawSheet => ({
  name,
  colCount: Math.max(...rows.map((r) => r.length)),
  rows: rows.map((r) => r.map((v) => (v ? s(v) : null))),
});

describe('import: header names', () => {
  it('maps Vietnamese headers accent- and case-insensitively, with synonyms', () => {
    expect(headerKey('  Tên thủ tục hành chính (TTHC) ')).toBe('ten thu tuc hanh chinh tthc');
    for (const h of ['Mã số', 'MÃ TTHC', 'Số hồ sơ TTHC', 'ma so'])
      expect(fieldForHeader('list', h)).toBe('code');
    for (const h of ['Tên', 'Tên thủ tục hành chính', 'TEN TTHC'])
      expect(fieldForHeader('list', h)).toBe('name');
    expect(fieldForHeader('list', 'Cơ quan ban hành')).toBe('issuingAgency');
    expect(fieldForHeader('legal', 'Cơ quan ban hành')).toBe('issuer');
    expect(fieldForHeader('list', 'Cột lạ')).toBeUndefined();
  });

  it('skips title rows and finds the header row; the sheet name decides a child role', () => {
    const list = sheet('Danh sách', [
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      [''],
      ['STT', 'Tên TTHC', 'Mã TTHC', 'Ghi chú'],
      ['1', 'A', '1.001193', ''],
    ]);
    expect(detectPlan(list)).toEqual({
      sheet: 'Danh sách',
      role: 'list',
      headerRow: 3,
      fields: ['stt', 'name', 'code', 'note'],
    });
    const steps = sheet('Trình tự thực hiện', [['Mã TTHC', 'Trường hợp xử lý', 'Mô tả chi tiết']]);
    expect(detectPlan(steps)?.role).toBe('steps');
    expect(detectPlan(sheet('Ghi chú', [['Báo cáo'], ['Không có bảng']]))).toBeNull();
  });
});

describe('import: cell values', () => {
  it('keeps codes as text, flags numeric and short codes with a suggestion instead of guessing', () => {
    expect(cv.code(s(' 1.001193 '))).toEqual({ ok: true, value: '1.001193' });
    expect(cv.code(s('1.012753.H19'))).toEqual({ ok: true, value: '1.012753.H19' });
    expect(cv.code({ v: '1.0012', k: 'n' })).toEqual({
      ok: false,
      code: 'CODE_NUMERIC',
      params: { value: '1.0012', suggest: '1.001200' },
    });
    expect(cv.code(s('1.00398'))).toEqual({
      ok: false,
      code: 'CODE_SHORT',
      params: { value: '1.00398', suggest: '1.003980' },
    });
    expect(cv.code(s('TTHC-01'))).toMatchObject({ ok: false, code: 'CODE_INVALID' });
    expect(cv.code(null)).toMatchObject({ ok: false, code: 'CODE_MISSING' });
  });

  it('refuses dates and formula errors where text is expected', () => {
    expect(cv.text({ v: '2025-07-01', k: 'd' })).toEqual({
      ok: false,
      code: 'DATE_IN_TEXT',
      params: { value: '01/07/2025' },
    });
    expect(cv.text({ v: '#N/A', k: 'e', f: true })).toEqual({
      ok: false,
      code: 'FORMULA_ERROR',
      params: { value: '#N/A' },
    });
    expect(cv.text({ v: '', k: 'e', f: true })).toMatchObject({ ok: false, code: 'FORMULA_NO_RESULT' });
  });

  it('splits multi-valued cells by line, trims and de-duplicates', () => {
    expect(cv.lines(s('UBND xã\n  Công an   xã \n\nUBND xã'))).toEqual({
      ok: true,
      value: 'UBND xã\nCông an xã',
    });
    expect(cv.oneLine(s('Đăng ký\n khai   sinh'))).toEqual({ ok: true, value: 'Đăng ký khai sinh' });
  });

  it('reads free-form times and fees, keeping unreadable text with a warning', () => {
    expect(cv.time(s('15 ngày làm việc'))).toMatchObject({
      ok: true,
      value: { value: 15, unit: 'WORKING_DAY' },
    });
    expect(cv.time(s('Theo quy định'))).toMatchObject({
      ok: true,
      value: { value: null, text: 'Theo quy định' },
      warns: [{ code: 'TIME_UNREADABLE', params: { value: expect.any(String) as string } }],
    });
    expect(cv.fees(s('Mức do HĐND tỉnh quyết định'))).toMatchObject({
      ok: true,
      value: [{ amount: null, setBy: 'HDND_TINH' }],
    });
    expect(cv.fees(s('50.000 đồng'))).toMatchObject({ ok: true, value: [{ amount: 50000 }] });
  });

  it('turns group headings into lĩnh vực names', () => {
    expect(groupTitle('II. LĨNH VỰC HỘ TỊCH')).toBe('HỘ TỊCH');
    expect(groupTitle('I - Lĩnh vực: Chứng thực')).toBe('Chứng thực');
    expect(groupTitle('A) Đất đai')).toBe('Đất đai');
  });
});
