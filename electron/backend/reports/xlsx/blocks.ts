/**
 * The fixed parts of every official report: the heading block of an administrative document (NĐ 30/2020:
 * issuing body on the left, national motto on the right, place and date), the title, and the signature
 * block (Người lập biểu / Thủ trưởng đơn vị).
 */
import type { Worksheet } from 'exceljs';
import type { ReportHeader, SheetSpec } from './sink';
import { cleanCellText } from './sink';
import { font } from './styles';

export const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO_2 = 'Độc lập - Tự do - Hạnh phúc';
/** Rows 1–7: heading block, blank, title, subtitle, blank. The table header starts at row 8. */
export const MOTTO_ROWS = 7;

/**
 * Columns under the left block: the fewest that give it ~40 % of the table's width (a narrow STT column
 * alone would squeeze the unit's name), always leaving at least one column for the motto.
 */
export function split(widths: readonly number[]): number {
  if (widths.length <= 2) return 1;
  const total = widths.reduce((a, b) => a + b, 0);
  let sum = 0;
  for (let k = 0; k < widths.length - 1; k++) {
    sum += widths[k]!;
    if (sum >= total * 0.4) return k + 1;
  }
  return widths.length - 1;
}

function dateLine(place: string, iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${place ? place + ', ' : ''}ngày ${d} tháng ${m} năm ${y}`;
}

function merged(
  ws: Worksheet,
  row: number,
  from: number,
  to: number,
  text: string,
  f: object,
  align: 'center' | 'left',
): void {
  const cell = ws.getRow(row).getCell(from);
  cell.value = cleanCellText(text);
  cell.font = f;
  cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
  if (to > from) ws.mergeCells(row, from, row, to);
}

/** Writes rows 1–7 and returns the first row of the table header. */
export function writeMottoBlock(ws: Worksheet, spec: SheetSpec, h: ReportHeader): number {
  const width = spec.columns.length;
  const left = split(spec.columns.map((c) => c.width));
  const upperLine = h.parentName ? h.parentName.toUpperCase() : h.unitName.toUpperCase();
  const lowerLine = h.parentName ? h.unitName.toUpperCase() : '';
  merged(ws, 1, 1, left, upperLine, font({ bold: !h.parentName }), 'center');
  merged(ws, 1, left + 1, width, MOTTO, font({ bold: true }), 'center');
  merged(ws, 2, 1, left, lowerLine, font({ bold: true }), 'center');
  merged(ws, 2, left + 1, width, MOTTO_2, font({ bold: true }), 'center');
  merged(ws, 3, 1, left, '', font(), 'center');
  merged(ws, 3, left + 1, width, dateLine(h.place, h.date), font({ italic: true }), 'center');
  merged(ws, 5, 1, width, spec.title, font({ bold: true, size: 14 }), 'center');
  merged(ws, 6, 1, width, spec.subtitle, font({ italic: true }), 'center');
  ws.getRow(5).height = 36;
  for (let i = 1; i <= MOTTO_ROWS; i++) ws.getRow(i).commit();
  return MOTTO_ROWS + 1;
}

/** Signature block two rows below the table; returns the row after it. */
export function writeSignatureBlock(ws: Worksheet, start: number, widths: readonly number[]): number {
  const width = widths.length;
  const left = split(widths);
  merged(ws, start, 1, left, 'NGƯỜI LẬP BIỂU', font({ bold: true }), 'center');
  merged(ws, start, left + 1, width, 'THỦ TRƯỞNG ĐƠN VỊ', font({ bold: true }), 'center');
  merged(ws, start + 1, 1, left, '(Ký, ghi rõ họ tên)', font({ italic: true }), 'center');
  merged(ws, start + 1, left + 1, width, '(Ký tên, đóng dấu)', font({ italic: true }), 'center');
  ws.getRow(start).commit();
  ws.getRow(start + 1).commit();
  return start + 2;
}
