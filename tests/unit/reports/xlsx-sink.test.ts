/**
 * The xlsx writer's own rules, read back with openpyxl: totals are formulas only when the rows written
 * really add up to the app's figure (with the value cached); otherwise the figure is written as a value.
 * Strings that look like formulas stay strings; control characters never reach the XML.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { XlsxReportSink } from '../../../electron/backend/reports/xlsx/xlsx-sink';
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
    const sheet = sink.sheet({
      name: 'Thử: [a/b]?',
      title: 'BÁO CÁO THỬ',
      subtitle: '(thử)',
      landscape: false,
      columns: [
        { header: 'Tên', width: 30, kind: 'text' },
        { header: 'Số', width: 10, kind: 'int' },
        { header: 'Tiền', width: 14, kind: 'money' },
      ],
    });
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
});
