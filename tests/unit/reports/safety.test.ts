import { describe, expect, test } from 'vitest';
import { csvField, csvLine, neutralise } from '../../../electron/backend/reports/csv';
import { pathInside, proposedFileName, safeFileName } from '../../../electron/backend/reports/file-names';
import { placeOf } from '../../../electron/backend/reports/generate';
import { roman } from '../../../electron/backend/reports/builders/text';
import { fitColumns } from '../../../electron/backend/reports/builders/fit';
import { cleanCellText } from '../../../electron/backend/reports/xlsx/sink';

describe('CSV neutralisation (OWASP: = + - @ tab CR)', () => {
  test.each(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'])(
    '%j gets a leading apostrophe',
    (s) => {
      expect(neutralise(s)).toBe(`'${s}`);
    },
  );
  test('ordinary text and numbers are unchanged', () => {
    expect(neutralise('Đăng ký hộ kinh doanh')).toBe('Đăng ký hộ kinh doanh');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(null)).toBe('');
  });
  test('RFC 4180 quoting and CRLF', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=A1,"x"')).toBe(`"'=A1,""x"""`);
    expect(csvLine(['a', 1, 'dòng 1\ndòng 2'])).toBe('a,1,"dòng 1\ndòng 2"\r\n');
  });
});

describe('safe file names', () => {
  test('strips characters Windows refuses, keeps Vietnamese', () => {
    expect(safeFileName('Báo cáo: quý I/2026 <nháp>?.xlsx')).toBe('Báo cáo quý I 2026 nháp.xlsx');
    expect(safeFileName('a\\b*c|d"e.csv')).toBe('a b c d e.csv');
  });
  test('reserved names, trailing dots and spaces, empty names', () => {
    expect(safeFileName('CON.xlsx')).toBe('CON_.xlsx');
    expect(safeFileName('lpt1')).toBe('lpt1_');
    expect(safeFileName('Danh mục... .xlsx')).toBe('Danh mục.xlsx');
    expect(safeFileName('???.xlsx')).toBe('bao-cao.xlsx');
  });
  test('NFC and bounded length', () => {
    expect(safeFileName('Thu\u0309 tu\u0323c.xlsx')).toBe('Thủ tục.xlsx');
    expect(safeFileName(`${'x'.repeat(500)}.xlsx`).length).toBeLessThanOrEqual(125);
  });
  test('the proposed name is dated dd-mm-yyyy', () => {
    expect(proposedFileName('Danh mục TTHC', 'UBND xã Tân Phú', '2026-11-26')).toBe(
      'Danh mục TTHC - UBND xã Tân Phú - 26-11-2026.xlsx',
    );
  });
  test('pathInside refuses escapes', () => {
    expect(pathInside('/tmp/exports', 'a.xlsx')).toBe('/tmp/exports/a.xlsx');
    expect(() => pathInside('/tmp/exports', '../a.xlsx')).toThrow();
  });
});

describe('layout helpers', () => {
  test('Roman numerals for lĩnh vực groups', () => {
    expect([1, 2, 4, 9, 14, 19, 40].map(roman)).toEqual(['I', 'II', 'IV', 'IX', 'XIV', 'XIX', 'XL']);
  });
  test('columns shrink to their content, never past their maximum nor below the header words', () => {
    const cols = [
      { header: 'Mã TTHC', width: 13, kind: 'text' as const },
      { header: 'Tên thủ tục hành chính', width: 42, kind: 'text' as const },
      { header: 'Lĩnh vực', width: 30, kind: 'text' as const },
    ];
    const fitted = fitColumns(cols, [
      ['1.001612', 'Khai sinh', 'x'.repeat(200)],
      ['2.000815', 'Chứng thực di chúc', null],
    ]);
    expect(fitted.map((c) => c.width)).toEqual([11, 22, 30]);
    expect(fitColumns(cols, [['1', 'a\nbb', '']], [1]).map((c) => c.width)).toEqual([13, 7, 30]);
  });
  test('the date line place drops the body and notes', () => {
    expect(placeOf('UBND xã Minh họa (dữ liệu mẫu)')).toBe('Minh họa');
    expect(placeOf('Ủy ban nhân dân phường Việt Trì')).toBe('Việt Trì');
  });
  test('cell text: control characters removed, NFC, bounded', () => {
    expect(cleanCellText('a\u0001b\u000Bc\nd')).toBe('abc\nd');
    expect(cleanCellText('x'.repeat(40000)).length).toBe(32001);
  });
});
