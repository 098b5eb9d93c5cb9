/**
 * The xlsx writer's own rules, read back with openpyxl: totals are formulas only when the rows written
 * really add up to the app's figure (with the value cached); otherwise the figure is written as a value.
 * Strings that look like formulas stay strings; control characters never reach the XML.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cellStyle, restyled } from '../../../electron/backend/reports/xlsx/styles';
import { XlsxReportSink } from '../../../electron/backend/reports/xlsx/xlsx-sink';
import { testSheet } from '../../support/report-sheet';
import { useTempDir } from '../../support/temp';
import { readWorkbook } from '../../support/xlsx-reader';

const temp = useTempDir('tinhgon-sink-');
const header = {
  parentName: 'UBND TỈNH MÔ PHỎNG',
  unitName: 'UBND xã Thử',
  place: 'Thử',
  date: '2026-11-26',
};

describe('XlsxReportSink', () => {
  test('honest totals, plain strings, parent body above the unit', async () => {
    const file = join(temp(), 'sink.xlsx');
    const sink = new XlsxReportSink(file, header);
    const sheet = sink.sheet(testSheet('Thử: [a/b]?', { subtitle: '(thử)' }));
    sheet.beginSum();
    sheet.row(['=1+1', 1, 100]);
    sheet.row(['+84 912\u0001', 2, 201]);
    sheet.total('Cộng', [null, 3, 300]);
    const result = await sink.close();
    expect(result).toEqual({ rows: 2, sheets: ['Thử a b'] });

    const s = readWorkbook(file).sheets[0]!;
    expect(s.name).toBe('Thử a b');
    expect(s.cells.A1!.cv).toBe('UBND TỈNH MÔ PHỎNG');
    expect(s.cells.A2!.cv).toBe('UBND XÃ THỬ');
    expect(s.cells.A2!.b).toBe(true);
    expect(s.cells.A9).toMatchObject({ v: '=1+1', t: 's', nf: '@' });
    expect(s.cells.A10).toMatchObject({ v: '+84 912', t: 's' });
    // 1 + 2 = 3: a formula with its cached value.
    expect(s.cells.B11).toMatchObject({ v: '=SUM(B9:B10)', cv: 3, t: 'f' });
    // 100 + 201 ≠ 300 (the engine's exact total, rounded once): the value, never a formula that disagrees.
    expect(s.cells.C11).toMatchObject({ v: 300, t: 'n', nf: '#,##0' });
    expect(s.orientation).toBe('portrait');
  });

  test('table cells share one frozen style per kind and weight; a cell that differs gets its own copy', async () => {
    expect(cellStyle('text', false)).toBe(cellStyle('text', false));
    expect(cellStyle('text', true)).not.toBe(cellStyle('text', false));
    expect(Object.isFrozen(cellStyle('money', false))).toBe(true);
    expect(() => {
      (cellStyle('money', false) as { numFmt?: string }).numFmt = '0';
    }).toThrow(TypeError);
    const left = restyled(cellStyle('stt', true), { alignment: { horizontal: 'left' } });
    expect(left.alignment).toEqual({ horizontal: 'left' });
    expect(cellStyle('stt', true).alignment).toEqual({
      horizontal: 'center',
      vertical: 'top',
      wrapText: true,
    });

    const file = join(temp(), 'styles.xlsx');
    const sink = new XlsxReportSink(file, header);
    const sheet = sink.sheet({
      name: 'Kiểu',
      title: 'KIỂU Ô',
      subtitle: '',
      landscape: true,
      columns: [
        { header: 'STT', width: 6, kind: 'stt' },
        { header: 'Tên', width: 30, kind: 'text' },
        { header: 'Tiền', width: 14, kind: 'money' },
      ],
    });
    sheet.group('I. Lĩnh vực Thử');
    sheet.row([1, 'Một', 1000]);
    sheet.row([2, 'Hai', 2000]);
    sheet.pair('Tổng', 3000);
    await sink.close();
    const s = readWorkbook(file).sheets[0]!;
    expect(s.merged).toContain('A9:C9');
    expect(s.cells.A9).toMatchObject({ cv: 'I. Lĩnh vực Thử', b: true, font: 'Times New Roman', wrap: true });
    for (const r of [10, 11]) {
      expect(s.cells[`A${r}`]).toMatchObject({ b: false, nf: '0', wrap: true, font: 'Times New Roman' });
      expect(s.cells[`B${r}`]).toMatchObject({ b: false, nf: '@', wrap: true });
      expect(s.cells[`C${r}`]).toMatchObject({ b: false, nf: '#,##0', wrap: true });
      expect(s.cells[`A${r}`]!.border).toBe(s.cells.C10!.border);
      expect(s.cells[`A${r}`]!.border).not.toBeNull();
    }
    expect(s.cells.A12).toMatchObject({ cv: 'Tổng', b: true });
    expect(s.cells.C12).toMatchObject({ cv: 3000, b: true, nf: '#,##0' });
  });

  test('a file that cannot be written fails flush and close instead of waiting for it', async () => {
    const file = join(temp(), 'gone', 'sink.xlsx'); // the folder does not exist
    const sink = new XlsxReportSink(file, header);
    const sheet = sink.sheet(testSheet('Thử'));
    sheet.row(['một', 1, 1000]);
    // Let the file's open fail before anything waits for it (as when the database is slow to read).
    await new Promise((r) => setTimeout(r, 50));
    await expect(sink.flush()).rejects.toThrow(/ENOENT/);
    await expect(sink.close()).rejects.toThrow(/ENOENT/);
  });
});
