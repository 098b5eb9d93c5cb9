/**
 * The xlsx writer's own rules, read back with openpyxl: totals are formulas only when the rows written
 * really add up to the app's figure (with the value cached); otherwise the figure is written as a value.
 * Strings that look like formulas stay strings; control characters never reach the XML. The page is laid out
 * by the writer: 100 %, Times New Roman the default font, row heights in whole pixels, a row too tall for the
 * room left cut into parts drawn as one, the heading and signature blocks of NĐ 30/2020, an appendix without them.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SIGNATURE } from '../../../electron/shared/contract/reports';
import { cellStyle } from '../../../electron/backend/reports/xlsx/styles';
import type { ReportHeader } from '../../../electron/backend/reports/xlsx/sink';
import { XlsxReportSink } from '../../../electron/backend/reports/xlsx/xlsx-sink';
import { testSheet } from '../../support/report-sheet';
import { useTempDir } from '../../support/temp';
import { findRows, readWorkbook, rowValues } from '../../support/xlsx-reader';

const temp = useTempDir('tinhgon-sink-');
const header: ReportHeader = {
  parentName: 'UBND TỈNH MÔ PHỎNG',
  unitName: 'UBND xã Thử',
  place: 'Thử',
  date: '2026-11-26',
  period: 'Số liệu tính đến ngày 26/11/2026',
  scope: '',
  appendix: null,
  signature: DEFAULT_SIGNATURE,
};
const VI = '[$-42A]';

describe('XlsxReportSink', () => {
  test('honest totals, plain strings, parent body above the unit, the page at 100 %', async () => {
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
    expect(s.cells.A1!.cv).toBe('UBND TỈNH MÔ PHỎNG\nUBND XÃ THỬ\n———');
    const first = findRows(s, (v) => v === '=1+1')[0]!;
    expect(s.cells[`A${first}`]).toMatchObject({ v: '=1+1', t: 's', nf: '@' });
    expect(s.cells[`A${first + 1}`]).toMatchObject({ v: '+84 912', t: 's' });
    // The wide first column is cut in two under the heading's 40 % mark (A:B, merged back in every row).
    expect(s.merged).toContain(`A${first}:B${first}`);
    // 1 + 2 = 3: a formula with its cached value.
    expect(s.cells[`C${first + 2}`]).toMatchObject({ v: `=SUM(C${first}:C${first + 1})`, cv: 3, t: 'f' });
    // 100 + 201 ≠ 300 (the engine's exact total): the value, never a formula that disagrees.
    expect(s.cells[`D${first + 2}`]).toMatchObject({ v: 300, t: 'n', nf: `${VI}#,##0` });
    expect(s.orientation).toBe('portrait');
    expect(s.fitToPage).toBe(false);
    expect(s.scale).toBe(100);
    for (const h of Object.values(s.rowHeights)) expect(h % 0.75).toBe(0);
    expect(execFileSync('unzip', ['-p', file, 'xl/styles.xml'], { encoding: 'utf8' })).toMatch(
      /<fonts count="\d+"[^>]*><font><family val="1"\/><sz val="12"\/><name val="Times New Roman"\/>/,
    );
  });

  test('table cells share one frozen style per look; group, data, pair and exact fractions', async () => {
    expect(cellStyle({ kind: 'text' })).toBe(cellStyle({ kind: 'text' }));
    expect(cellStyle({ kind: 'text', bold: true })).not.toBe(cellStyle({ kind: 'text' }));
    expect(Object.isFrozen(cellStyle({ kind: 'money' }))).toBe(true);
    expect(() => {
      (cellStyle({ kind: 'money' }) as { numFmt?: string }).numFmt = '0';
    }).toThrow(TypeError);

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
    sheet.beginSum();
    sheet.row([1, 'Một', 42_613.5]);
    sheet.row([2, 'Hai', 2000]);
    sheet.total('Cộng', [null, null, 44_613.5], 2);
    sheet.pair('Tổng', 3000);
    await sink.close();
    const s = readWorkbook(file).sheets[0]!;
    const g = findRows(s, (v) => v === 'I. Lĩnh vực Thử')[0]!;
    expect(s.merged).toContain(`A${g}:D${g}`); // STT, the name cut in two (B:C), the money
    expect(s.cells[`A${g}`]).toMatchObject({ b: true, font: 'Times New Roman', wrap: true });
    for (const r of [g + 1, g + 2]) {
      expect(s.cells[`A${r}`]).toMatchObject({ b: false, nf: '0', wrap: true, font: 'Times New Roman' });
      expect(s.cells[`B${r}`]).toMatchObject({ b: false, nf: '@', wrap: true });
      expect(s.cells[`A${r}`]!.border).toBe('thin');
    }
    // Half a đồng shows as such, so the printed rows add up to the printed total (a formula, as they do).
    expect(s.cells[`D${g + 1}`]).toMatchObject({ cv: 42_613.5, nf: `${VI}#,##0.0##` });
    expect(s.cells[`D${g + 2}`]).toMatchObject({ cv: 2000, nf: `${VI}#,##0` });
    expect(s.cells[`D${g + 3}`]).toMatchObject({ v: `=SUM(D${g + 1}:D${g + 2})`, cv: 44_613.5 });
    expect(s.cells[`A${g + 4}`]).toMatchObject({ cv: 'Tổng', b: true });
    expect(s.cells[`D${g + 4}`]).toMatchObject({ cv: 3000, b: true, nf: `${VI}#,##0` });
  });

  test('a row taller than the page is cut at line ends into parts that fill the pages', async () => {
    const file = join(temp(), 'cut.xlsx');
    const sink = new XlsxReportSink(file, header);
    const sheet = sink.sheet(testSheet('Cắt'));
    const long = Array.from({ length: 400 }, (_, i) => `câu thứ ${i + 1} của căn cứ pháp lý rất dài`).join(
      ' ',
    );
    sheet.row([long, 7, 700]);
    sheet.row(['sau', 8, 800]);
    await sink.close();
    const s = readWorkbook(file).sheets[0]!;
    const first = findRows(s, (v) => v.startsWith('câu thứ 1 '))[0]!;
    const after = findRows(s, (v) => v === 'sau')[0]!;
    const parts = Array.from({ length: after - first }, (_, i) => String(s.cells[`A${first + i}`]!.cv));
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(long);
    expect(s.cells[`C${first}`]!.cv).toBe(7);
    expect(s.cells[`C${first + 1}`]).toBeUndefined(); // the numbers are printed once, in the first part
    for (let r = first; r < after; r++) expect(s.rowHeights[String(r)]).toBeLessThanOrEqual(409);
    expect(s.rowBreaks.length).toBeGreaterThan(0);
  });

  test('a sheet read back by the import (wholeRows) moves a row to the next page instead of cutting it', async () => {
    const text = (i: number) =>
      Array.from({ length: 30 }, (_, k) => `dòng ${k + 1} của thủ tục số ${i + 1}`).join(' ');
    const rowsOf = async (wholeRows: boolean) => {
      const file = join(temp(), `whole-${wholeRows}.xlsx`);
      const sink = new XlsxReportSink(file, header);
      const sheet = sink.sheet(testSheet('Nguyên', { wholeRows }));
      for (let i = 0; i < 12; i++) sheet.row([text(i), i, 100]);
      await sink.close();
      const s = readWorkbook(file).sheets[0]!;
      const first = findRows(s, (v) => v.startsWith('dòng 1 của thủ tục số 1 '))[0]!;
      return Array.from({ length: 60 }, (_, k) => s.cells[`A${first + k}`]?.cv)
        .filter((v) => typeof v === 'string' && v.includes('thủ tục số'))
        .map(String);
    };
    const cut = await rowsOf(false);
    expect(cut.length).toBeGreaterThan(12); // the default lays rows across page ends
    const whole = await rowsOf(true);
    expect(whole).toEqual(Array.from({ length: 12 }, (_, i) => text(i)));
  });

  test('signature lines of the unit; an appendix has no motto nor signature, and its decision line', async () => {
    const file = join(temp(), 'sign.xlsx');
    const sink = new XlsxReportSink(file, {
      ...header,
      scope: 'Phạm vi: chỉ gồm mã TTHC 1.001612',
      signature: {
        preparerTitle: 'NGƯỜI LẬP BIỂU',
        preparerName: 'Trần Văn A',
        signerLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
        signerName: 'Nguyễn Văn B',
      },
    });
    sink.sheet(testSheet('Ký')).row(['một', 1, 1]);
    await sink.close();
    const s = readWorkbook(file).sheets[0]!;
    const texts = Object.values(s.cells).map((c) => c.cv);
    expect(texts).toEqual(
      expect.arrayContaining(['Phạm vi: chỉ gồm mã TTHC 1.001612', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH']),
    );
    const names = findRows(s, (v) => v === 'Trần Văn A')[0]!;
    expect(rowValues(s, names)).toContain('Nguyễn Văn B');

    const appendix = join(temp(), 'appendix.xlsx');
    const sink2 = new XlsxReportSink(appendix, {
      ...header,
      appendix: { label: 'PHỤ LỤC I', line: '(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2026)' },
    });
    sink2.sheet(testSheet('Phụ lục')).row(['một', 1, 1]);
    await sink2.close();
    const a = readWorkbook(appendix).sheets[0]!;
    const all = Object.values(a.cells).map((c) => c.cv);
    expect(all.slice(0, 3)).toEqual([
      'PHỤ LỤC I',
      'BÁO CÁO THỬ',
      '(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2026)',
    ]);
    expect(all).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(all).not.toContain('NGƯỜI LẬP BIỂU');
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
