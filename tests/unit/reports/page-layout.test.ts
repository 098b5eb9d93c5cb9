/**
 * The writer's own page layout: text measured in Times New Roman, columns filling the printed width, row
 * heights in whole pixels, the heading split near 40 % (cutting a column when none falls there), and page
 * breaks that keep a heading with its first row, a total with its last row and the signature with the table.
 */
import { describe, expect, test } from 'vitest';
import {
  lineHeightPt,
  textWidthPt,
  wrapLines,
  wrappedLines,
} from '../../../electron/backend/reports/xlsx/metrics';
import {
  PT_PER_UNIT,
  fitToPage,
  pageBox,
  pixelHeight,
  spanPt,
} from '../../../electron/backend/reports/xlsx/page';
import { Pager } from '../../../electron/backend/reports/xlsx/pager';
import { planSheet, scopeLine } from '../../../electron/backend/reports/xlsx/sheet-layout';
import type { ColumnSpec, SheetSpec } from '../../../electron/backend/reports/xlsx/sink';

const spec = (columns: ColumnSpec[], landscape = false): SheetSpec => ({
  name: 's',
  title: 'T',
  subtitle: '',
  landscape,
  columns,
});

describe('metrics', () => {
  test('Times New Roman widths: digits half an em, Vietnamese letters as their base letter, ơ/ư wider', () => {
    expect(textWidthPt('0000', { size: 10 })).toBeCloseTo(4 * 5 * 1.04, 5);
    expect(textWidthPt('ệ', { size: 10 })).toBe(textWidthPt('e', { size: 10 }));
    expect(textWidthPt('ư', { size: 10 })).toBeGreaterThan(textWidthPt('u', { size: 10 }));
    expect(textWidthPt('W', { size: 12, bold: true })).toBeGreaterThan(textWidthPt('W', { size: 12 }));
    expect(textWidthPt('漢', { size: 10 })).toBeCloseTo(10 * 1.04, 5);
  });
  test('wrapping at whitespace, long words broken, paragraphs kept', () => {
    const font = { size: 10 };
    const w = textWidthPt('aaaa bbbb', font) + 0.1;
    expect(wrappedLines('aaaa bbbb cccc', w, font)).toEqual(['aaaa bbbb', 'cccc']);
    expect(wrappedLines('x'.repeat(30), textWidthPt('x'.repeat(10), font) + 0.1, font)).toEqual([
      'x'.repeat(10),
      'x'.repeat(10),
      'x'.repeat(10),
    ]);
    expect(wrappedLines('a\n\nb', 100, font)).toEqual(['a', '', 'b']);
    expect(wrapLines('', 100, font)).toBe(1);
    expect(wrapLines('word '.repeat(400), 50, font, undefined, 5)).toBe(5);
  });
  test('line height and pixel rounding', () => {
    expect(lineHeightPt(12)).toBeCloseTo(14.52, 5);
    expect(pixelHeight(17.75)).toBe(18);
    expect(pixelHeight(18)).toBe(18);
    expect(pixelHeight(0.1)).toBe(0.75);
  });
});

describe('columns on the page', () => {
  const cols: ColumnSpec[] = [
    { header: 'STT', width: 5, kind: 'stt' },
    { header: 'Tên thủ tục hành chính', width: 40, kind: 'text' },
    { header: 'Căn cứ pháp lý', width: 20, kind: 'text' },
    { header: 'Tổng chi phí (đ)', width: 14, kind: 'money' },
  ];
  test.each([false, true])('landscape %s: the columns fill the width between the margins', (landscape) => {
    const fitted = fitToPage(cols, landscape, 12);
    const width = fitted.reduce((a, c) => a + c.width, 0) * PT_PER_UNIT;
    expect(width).toBeLessThanOrEqual(pageBox(landscape).widthPt);
    expect(width).toBeGreaterThan(pageBox(landscape).widthPt * 0.99);
    // Room goes to the text columns in proportion; numbers keep what they need.
    expect(fitted[1]!.width / fitted[2]!.width).toBeCloseTo(2, 1);
    expect(fitted[3]!.width).toBeLessThan(20);
  });
  test('a table too wide shrinks to the minimums: a money column still shows 99.999.999.999', () => {
    const wide = Array.from({ length: 12 }, (_, i) => ({
      header: `Chi phí ${i}`,
      width: 30,
      kind: 'money' as const,
    }));
    const fitted = fitToPage(wide, true, 11);
    for (const c of fitted)
      expect(c.width * PT_PER_UNIT).toBeGreaterThan(textWidthPt('99.999.999.999', { size: 11 }));
  });
  test('the heading takes a left block of 35–50 %; with two columns the wide one is cut in two', () => {
    const seven = planSheet(spec(cols, true));
    const total = spanPt(seven.columns, 0, seven.columns.length - 1);
    const left = spanPt(seven.columns, 0, seven.split - 1);
    expect(left / total).toBeGreaterThanOrEqual(0.35);
    expect(left / total).toBeLessThanOrEqual(0.5);
    const two = planSheet(
      spec([
        { header: 'Mục', width: 8, kind: 'text' },
        { header: 'Nội dung', width: 92, kind: 'text' },
      ]),
    );
    expect(two.columns).toHaveLength(3);
    expect(two.spans).toEqual([
      { from: 0, to: 0 },
      { from: 1, to: 2 },
    ]);
    const cut = spanPt(two.columns, 0, two.split - 1) / spanPt(two.columns, 0, 2);
    expect(cut).toBeCloseTo(0.4, 1);
  });
  test('filters print as one line, long lists shortened', () => {
    expect(scopeLine({ fields: [], codes: [] })).toBe('');
    expect(scopeLine({ fields: ['Hộ tịch'], codes: ['1.001612'] })).toBe(
      'Phạm vi: chỉ gồm lĩnh vực Hộ tịch; mã TTHC 1.001612',
    );
    expect(scopeLine({ fields: [], codes: Array.from({ length: 40 }, (_, i) => `1.${i}`) })).toMatch(
      /… \(tổng cộng 40\)$/,
    );
  });
});

describe('page breaks', () => {
  const pager = () => {
    const ws = { rowBreaks: [] as { id: number }[] };
    return { ws, p: new Pager(ws as never, 100, 10, 10) };
  };
  test('a row that does not fit starts the next page, under the repeated header', () => {
    const { ws, p } = pager();
    for (let r = 1; r <= 5; r++) p.place(r, 20);
    expect(ws.rowBreaks.map((b) => b.id)).toEqual([4]);
    expect(p.room).toBe(100 - 10 - 20);
  });
  test('a heading moves with its first row; a total with the row above it', () => {
    const { ws, p } = pager();
    p.place(1, 30);
    p.place(2, 30);
    p.place(3, 20, true); // heading
    p.place(4, 20);
    expect(ws.rowBreaks.map((b) => b.id)).toEqual([2]);
    p.place(5, 30);
    p.place(6, 25, false, true); // total of row 5, which no longer fits with it
    expect(ws.rowBreaks.map((b) => b.id)).toEqual([2, 4]);
  });
  test('the signature stays with the last rows of the table', () => {
    const { ws, p } = pager();
    p.place(1, 30);
    p.place(2, 30);
    p.keepTogether(40);
    expect(ws.rowBreaks.map((b) => b.id)).toEqual([1]);
  });
});
