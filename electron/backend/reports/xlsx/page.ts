/**
 * The printed page of a report: A4 with the margins of NĐ 30/2020 (left 30 mm, right 15 mm, top and bottom
 * 20 mm), printed at 100 % (never shrunk to fit: a shrunk page is unreadable and ignores page breaks in
 * Excel), so the columns are chosen to fill exactly the width between the margins.
 *
 * Column widths are in the spreadsheet's unit, the width of a digit of the workbook's default font. The writer
 * makes Times New Roman 12 that font (xlsx-sink.ts), whose digits are 8 px = 6 pt wide in Excel and LibreOffice
 * alike, so one unit is 6 pt on paper everywhere.
 */
import type { ColumnKind, ColumnSpec } from './sink';
import { textWidthPt } from './metrics';

export const PT_PER_UNIT = 6;
const INCH = 72;
const A4_SHORT = 595.28;
const A4_LONG = 841.89;

/** Margins in inches (the unit of the file format). */
export const MARGINS = { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 };

/** Space left free at the bottom of every page, for renderers that round row heights differently. */
const BOTTOM_SLACK_PT = 8;

export interface PageBox {
  /** Width between the side margins, in points. */
  widthPt: number;
  /** Height available to rows on one page, in points (a little less than between the margins). */
  heightPt: number;
}

export function pageBox(landscape: boolean): PageBox {
  const w = landscape ? A4_LONG : A4_SHORT;
  const h = landscape ? A4_SHORT : A4_LONG;
  return {
    widthPt: w - (MARGINS.left + MARGINS.right) * INCH,
    heightPt: h - (MARGINS.top + MARGINS.bottom) * INCH - BOTTOM_SLACK_PT,
  };
}

/** Room a cell leaves around its text, in points (Calc: ≈ 1 pt left and 2 pt right; Excel a little more). */
export const CELL_PADDING_PT = 5;

/** The widest value each kind of number column must show without "###" (12 pt digits). */
const WIDEST: Partial<Record<ColumnKind, string>> = {
  money: '99.999.999.999',
  int: '99.999',
  pct: '100,00',
  hours: '999,999',
  stt: '9999',
  date: '30/12/2026',
};

function longestWordPt(text: string, size: number): number {
  return text.split(/\s+/).reduce((m, w) => Math.max(m, textWidthPt(w, { size, bold: true })), 0);
}

/** The narrowest a column may get: its header's longest word and, for numbers, its widest value. */
export function minWidthUnits(c: ColumnSpec, size: number): number {
  const sample = c.widest ?? WIDEST[c.kind];
  const need = Math.max(
    longestWordPt(c.header, size),
    sample ? textWidthPt(sample, { size }) : 0,
    c.kind === 'text' ? 7 * PT_PER_UNIT - CELL_PADDING_PT : 0,
  );
  return (need + CELL_PADDING_PT) / PT_PER_UNIT;
}

const round2 = (n: number) => Math.floor(n * 100) / 100;

/**
 * Widths that fill the page exactly: each column keeps at least its minimum; room left over goes to the text
 * columns in proportion to their spec widths (which say how much each deserves); a table too wide for the page
 * shrinks every column towards its minimum.
 */
export function fitToPage(columns: readonly ColumnSpec[], landscape: boolean, size: number): ColumnSpec[] {
  const target = (pageBox(landscape).widthPt / PT_PER_UNIT) * 0.995;
  const mins = columns.map((c) => minWidthUnits(c, size));
  const prefs = columns.map((c, i) => Math.max(c.width, mins[i]!));
  const text = columns.map((c) => c.kind === 'text');
  const anyText = text.some(Boolean);
  const grows = (i: number) => text[i] || !anyText;
  // Numbers never grow past what they need while there is text to widen; everything shrinks alike.
  const widthsAt = (s: number) => prefs.map((p, i) => (grows(i) || s < 1 ? Math.max(mins[i]!, p * s) : p));
  const total = (s: number) => widthsAt(s).reduce((a, b) => a + b, 0);
  let lo = 0;
  let hi = 1;
  while (total(hi) < target && hi < 1e6) hi *= 2;
  for (let k = 0; k < 60; k++) {
    const mid = (lo + hi) / 2;
    if (total(mid) <= target) lo = mid;
    else hi = mid;
  }
  return columns.map((c, i) => ({ ...c, width: round2(widthsAt(lo)[i]!) }));
}

/**
 * A row height both programs print exactly: whole pixels at 96 dpi (0.75 pt). Excel and LibreOffice round
 * row heights to pixels (LibreOffice down: a 17.75 pt row prints 17.25 pt), so the writer rounds up itself.
 */
export function pixelHeight(pt: number): number {
  return Math.ceil(pt / 0.75 - 1e-9) * 0.75;
}

/** Width of columns from..to (inclusive, 0-based) in points, padding included. */
export function spanPt(columns: readonly ColumnSpec[], from: number, to: number): number {
  let w = 0;
  for (let i = from; i <= to; i++) w += columns[i]!.width;
  return w * PT_PER_UNIT;
}
