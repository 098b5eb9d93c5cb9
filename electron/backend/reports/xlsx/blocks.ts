/**
 * The fixed parts of every official report (Nghị định 30/2020/NĐ-CP, Phụ lục I): the heading block (issuing
 * body on the left with a short rule beneath, quốc hiệu and tiêu ngữ on the right, the tiêu ngữ underlined,
 * place and date), a statistical form's own header, the title with the lines that say what the report covers,
 * and the signature block with the unit's signer lines. An appendix of a decision has no motto and no
 * signature: its label and "(Kèm theo Quyết định …)" line instead.
 */
import type { Alignment, Font, Worksheet } from 'exceljs';
import type { FontStyle } from './metrics';
import { pixelHeight, spanPt } from './page';
import { MOTTO, MOTTO_2, heightFor, mottoFonts, type SheetLayout } from './sheet-layout';
import { cleanCellText, type ReportHeader } from './sink';
import { font } from './styles';

type BlockFont = FontStyle & { italic?: boolean; underline?: boolean };

interface BlockCell {
  from: number;
  to: number;
  text: string;
  font: BlockFont;
  align: Alignment['horizontal'];
  /** Lines in their own fonts (rich text), one paragraph each; `text` is then their joined text. */
  runs?: { text: string; font: BlockFont }[];
  /** Rows the cell spans downwards (merged), counting its own. */
  rowSpan?: number;
}

export interface BlockRow {
  cells: BlockCell[];
  height: number;
}

function dateLine(place: string, iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${place ? place + ', ' : ''}ngày ${d} tháng ${m} năm ${y}`;
}

/**
 * The issuing body (cơ quan chủ quản, then the unit in bold, then a short rule) as one cell spanning the rows
 * of the right block, so the quốc hiệu, tiêu ngữ and date keep their own line spacing however many lines the
 * unit's name takes; the last row grows if the name needs more height than the three.
 */
function issuerAndMotto(layout: SheetLayout, h: ReportHeader): BlockRow[] {
  const { motto, motto2 } = mottoFonts(layout.spec.landscape);
  const n = layout.columns.length;
  const runs: { text: string; font: BlockFont }[] = [];
  if (h.parentName) runs.push({ text: h.parentName.toUpperCase(), font: { size: 12 } });
  runs.push({ text: h.unitName.toUpperCase(), font: { size: 12, bold: true } });
  runs.push({ text: shortRule(h.unitName), font: { size: 8 } });
  const right: Omit<BlockCell, 'from' | 'to'>[] = [
    { text: MOTTO, font: motto, align: 'center' },
    { text: MOTTO_2, font: { ...motto2, underline: true }, align: 'center' },
    { text: dateLine(h.place, h.date), font: { size: 13, italic: true }, align: 'center' },
  ];
  const rows = right.map((r) => {
    const cell = { ...r, from: layout.split, to: n - 1 };
    return { cells: [cell] as BlockCell[], height: rowHeight(layout, [cell]) };
  });
  const leftWidth = spanPt(layout.columns, 0, layout.split - 1);
  const leftHeight = runs.reduce(
    (sum, r) => sum + heightFor([{ text: r.text, widthPt: leftWidth, font: r.font }]) - 4,
    4,
  );
  const rightHeight = rows.reduce((sum, r) => sum + r.height, 0);
  if (leftHeight > rightHeight) rows[rows.length - 1]!.height += pixelHeight(leftHeight - rightHeight);
  rows[0]!.cells.unshift({
    from: 0,
    to: layout.split - 1,
    text: runs.map((r) => r.text).join('\n'),
    font: { size: 12, bold: true },
    align: 'center',
    runs,
    rowSpan: rows.length,
  });
  return rows;
}

/** Rows of blocks side by side: the left lines in [0, split), the right ones in [split, n), top-aligned. */
function sideBySide(
  layout: SheetLayout,
  left: Omit<BlockCell, 'from' | 'to'>[],
  right: Omit<BlockCell, 'from' | 'to'>[],
): BlockRow[] {
  const n = layout.columns.length;
  const rows: BlockRow[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const cells: BlockCell[] = [];
    const l = left[i];
    const r = right[i];
    if (l) cells.push({ ...l, from: 0, to: layout.split - 1 });
    if (r) cells.push({ ...r, from: layout.split, to: n - 1 });
    rows.push({ cells, height: rowHeight(layout, cells) });
  }
  return rows;
}

function full(
  layout: SheetLayout,
  text: string,
  f: BlockCell['font'],
  align: BlockCell['align'] = 'center',
): BlockRow {
  const cells = [{ from: 0, to: layout.columns.length - 1, text, font: f, align }];
  return { cells, height: rowHeight(layout, cells) };
}

function rowHeight(layout: SheetLayout, cells: readonly BlockCell[]): number {
  return heightFor(
    cells.map((c) => ({ text: c.text, widthPt: spanPt(layout.columns, c.from, c.to), font: c.font })),
  );
}

const spacer = (height: number): BlockRow => ({ cells: [], height: pixelHeight(height) });

/** A short rule under the issuing body's name (a third of its width), drawn with em dashes. */
function shortRule(name: string): string {
  return '—'.repeat(Math.max(3, Math.min(10, Math.round(name.length / 6))));
}

/** The rows above the table header, in order. */
export function headingRows(layout: SheetLayout, h: ReportHeader): BlockRow[] {
  const { spec } = layout;
  const size = layout.size;
  const rows: BlockRow[] = [];
  if (!h.appendix) rows.push(...issuerAndMotto(layout, h));
  if (spec.form)
    rows.push(
      spacer(6),
      ...sideBySide(
        layout,
        [{ text: spec.form.code, font: { size: 12, bold: true }, align: 'left' }],
        [{ text: spec.form.right.join('\n'), font: { size: 12 }, align: 'left' }],
      ),
    );
  rows.push(spacer(8));
  if (h.appendix) rows.push(full(layout, h.appendix.label || 'PHỤ LỤC', { size: 14, bold: true }));
  rows.push(full(layout, spec.title, { size: 14, bold: true }));
  const italic = { size: Math.max(size, 12), italic: true };
  if (h.appendix) rows.push(full(layout, h.appendix.line, italic));
  if (spec.subtitle) rows.push(full(layout, spec.subtitle, italic));
  if (h.period) rows.push(full(layout, h.period, italic));
  if (h.scope) rows.push(full(layout, h.scope, italic));
  for (const note of spec.notes ?? []) rows.push(full(layout, note, { size }, 'left'));
  if (spec.form?.unit) rows.push(full(layout, spec.form.unit, italic, 'right'));
  else rows.push(spacer(6));
  return rows;
}

/** Room left for the handwritten signature and seal, in points: four lines as a rule, never less than three. */
export const SIGNING_SPACE = { usual: 72, least: 45 };

/** The signature block (none for an appendix): preparer on the left, the unit's signer lines on the right. */
export function signatureRows(
  layout: SheetLayout,
  h: ReportHeader,
  signingSpace = SIGNING_SPACE.usual,
): BlockRow[] {
  if (h.appendix) return [];
  const s = h.signature;
  const title = { size: 13, bold: true };
  const hint = { size: 12, italic: true };
  const left: Omit<BlockCell, 'from' | 'to'>[] = [{ text: s.preparerTitle, font: title, align: 'center' }];
  if (!s.preparerName) left.push({ text: '(Ký, ghi rõ họ tên)', font: hint, align: 'center' });
  const right: Omit<BlockCell, 'from' | 'to'>[] = s.signerLines.map((text) => ({
    text,
    font: title,
    align: 'center',
  }));
  if (!s.signerName) right.push({ text: '(Ký, đóng dấu, ghi rõ họ tên)', font: hint, align: 'center' });
  const rows = [spacer(10), ...sideBySide(layout, left, right), spacer(signingSpace)];
  if (s.preparerName || s.signerName)
    rows.push(
      ...sideBySide(
        layout,
        [{ text: s.preparerName, font: title, align: 'center' }],
        [{ text: s.signerName, font: title, align: 'center' }],
      ),
    );
  return rows;
}

function fontOf(f: BlockFont): Partial<Font> {
  const out: Partial<Font> = font({ size: f.size, bold: f.bold ?? false, italic: f.italic ?? false });
  if (f.underline) out.underline = 'single';
  return out;
}

/** Writes block rows from `start`; returns the next free row. */
export function writeBlockRows(ws: Worksheet, start: number, rows: readonly BlockRow[]): number {
  let n = start;
  for (const b of rows) {
    const row = ws.getRow(n);
    for (const c of b.cells) {
      const cell = row.getCell(c.from + 1);
      cell.value = c.runs
        ? {
            richText: c.runs.map((r, i) => ({
              text: cleanCellText(r.text) + (i < c.runs!.length - 1 ? '\n' : ''),
              font: fontOf(r.font),
            })),
          }
        : cleanCellText(c.text);
      cell.font = fontOf(c.font);
      cell.alignment = { horizontal: c.align, vertical: 'top', wrapText: true };
      const last = n + (c.rowSpan ?? 1) - 1;
      if (c.to > c.from || last > n) ws.mergeCells(n, c.from + 1, last, c.to + 1);
    }
    row.height = b.height;
    row.commit();
    n++;
  }
  return n;
}
