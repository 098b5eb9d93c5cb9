/**
 * Everything about a sheet's layout that is known before its first row: the columns fitted to the printed
 * page, the physical columns behind them (a wide column may be cut in two so the heading and signature blocks
 * get a left part of about 40 % of the width, NĐ 30/2020), the heading rows and the table header's heights.
 */
import { lineHeightPt, textWidthPt, wrapLines, type FontStyle } from './metrics';
import { CELL_PADDING_PT, PT_PER_UNIT, fitToPage, pageBox, pixelHeight, spanPt, type PageBox } from './page';
import type { ColumnSpec, ReportHeader, SheetSpec } from './sink';
import { BODY_SIZE } from './styles';

export const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO_2 = 'Độc lập - Tự do - Hạnh phúc';

/** Logical column i of the spec occupies physical columns from..to (0-based). */
export interface ColumnSpan {
  from: number;
  to: number;
}

export interface SheetLayout {
  spec: SheetSpec;
  /** The physical columns as written (fitted to the page). */
  columns: ColumnSpec[];
  spans: ColumnSpan[];
  /** Physical columns [0, split) hold the left block of the heading and of the signature. */
  split: number;
  size: number;
  page: PageBox;
}

const VERTICAL_PAD_PT = 3;

/** Height of a row whose cells hold these texts in these widths (points, padding included). */
export function heightFor(cells: readonly { text: string; widthPt: number; font: FontStyle }[]): number {
  let h = lineHeightPt(BODY_SIZE);
  for (const c of cells) {
    const lines = c.text ? wrapLines(c.text, c.widthPt - CELL_PADDING_PT, c.font) : 1;
    h = Math.max(h, lines * lineHeightPt(c.font.size));
  }
  return pixelHeight(h + VERTICAL_PAD_PT);
}

/** Width the right block needs for the motto in this orientation. */
export function mottoFonts(landscape: boolean): { motto: FontStyle; motto2: FontStyle } {
  // NĐ 30/2020: quốc hiệu 12–13 pt, tiêu ngữ 13–14 pt, both bold.
  return landscape
    ? { motto: { size: 13, bold: true }, motto2: { size: 14, bold: true } }
    : { motto: { size: 12, bold: true }, motto2: { size: 13, bold: true } };
}

/**
 * The first column of the right block: the left block gets 35–50 % of the width and the motto fits on one line
 * on the right. Returns -1 when no column boundary allows that.
 */
function boundary(columns: readonly ColumnSpec[], need: number): number {
  const total = spanPt(columns, 0, columns.length - 1);
  for (let k = 1; k < columns.length; k++) {
    const left = spanPt(columns, 0, k - 1);
    if (left >= total * 0.35 && left <= total * 0.5 && total - left >= need) return k;
  }
  return -1;
}

export function planSheet(spec: SheetSpec, landscape = spec.landscape): SheetLayout {
  const size = spec.fontSize ?? BODY_SIZE;
  const fitted = fitToPage(spec.columns, landscape, size);
  const need = textWidthPt(MOTTO, mottoFonts(landscape).motto) + CELL_PADDING_PT + 4;
  const k = boundary(fitted, need);
  const spans = fitted.map((_, i) => ({ from: i, to: i }));
  if (k >= 0 || fitted.length === 0)
    return { spec, columns: fitted, spans, split: Math.max(k, 1), size, page: pageBox(landscape) };
  // Cut the column under the 40 % mark in two (every row merges the halves back), so the blocks get room.
  const total = spanPt(fitted, 0, fitted.length - 1);
  const mark = Math.min(total * 0.4, total - need) / PT_PER_UNIT;
  let acc = 0;
  let cut = fitted.length - 1;
  for (let i = 0; i < fitted.length; i++) {
    if (acc + fitted[i]!.width > mark) {
      cut = i;
      break;
    }
    acc += fitted[i]!.width;
  }
  const c = fitted[cut]!;
  const first = Math.max(1, Math.round((mark - acc) * 100) / 100);
  const columns = [
    ...fitted.slice(0, cut),
    { ...c, width: first },
    { ...c, width: Math.round((c.width - first) * 100) / 100 },
    ...fitted.slice(cut + 1),
  ];
  const shifted = fitted.map((_, i) =>
    i < cut ? { from: i, to: i } : i === cut ? { from: i, to: i + 1 } : { from: i + 1, to: i + 1 },
  );
  return { spec, columns, spans: shifted, split: cut + 1, size, page: pageBox(landscape) };
}

/** Physical width of logical columns from..to. */
export function logicalSpanPt(layout: SheetLayout, from: number, to: number): number {
  return spanPt(layout.columns, layout.spans[from]!.from, layout.spans[to]!.to);
}

/** The "Phạm vi" line when the report is limited to some lĩnh vực or codes. */
export function scopeLine(filters: { fields: readonly string[]; codes: readonly string[] }): string {
  const parts: string[] = [];
  if (filters.fields.length) parts.push(`lĩnh vực ${listed(filters.fields, 10)}`);
  if (filters.codes.length) parts.push(`mã TTHC ${listed(filters.codes, 30)}`);
  return parts.length ? `Phạm vi: chỉ gồm ${parts.join('; ')}` : '';
}

function listed(items: readonly string[], max: number): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}… (tổng cộng ${items.length})` : shown;
}

export type { ReportHeader };
