/**
 * One sheet of a report workbook on exceljs's streaming writer: the heading block, the table header, group
 * rows, data rows, totals and the signature block. The writer lays the page out itself, because no
 * spreadsheet re-measures rows on open: every row gets the height its wrapped text needs (xlsx/metrics.ts);
 * a row taller than the room left on the page is cut into several rows at line boundaries (drawn as one:
 * no border between the parts); and the pages are broken by the writer (group headings kept with their first
 * row, the signature with the end of the table), so what prints is what was measured. User text is always a
 * string cell (never a formula or a hyperlink); totals are formulas the app writes, with cached values.
 */
import type ExcelJS from 'exceljs';
import type { Row, Worksheet } from 'exceljs';
import { isIsoDate } from '../../../shared/text/format';
import { headingRows, signatureRows, writeBlockRows, type BlockRow } from './blocks';
import { lineHeightPt, wrapLines, type FontStyle } from './metrics';
import { CELL_PADDING_PT, pixelHeight, spanPt } from './page';
import { heightFor, logicalSpanPt, type SheetLayout } from './sheet-layout';
import {
  cleanCellText,
  type CellInput,
  type ColumnKind,
  type ReportHeader,
  type SheetSink,
  type TotalValue,
} from './sink';
import { MAX_IN_FLIGHT, colLetter, inFlight } from './stream-helpers';
import { Pager } from './pager';
import { NUM_FMT, THIN_BORDER, cellStyle, font, numFmtFor, type CellLook, type RowEdge } from './styles';

function isFormula(v: CellInput): v is { formula: string; result: number } {
  return typeof v === 'object' && v !== null;
}

/** A cell value as exceljs should store it: strings stay strings, ISO dates in date columns become dates. */
function toCellValue(v: CellInput, kind: ColumnKind): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (isFormula(v)) return { formula: v.formula, result: v.result };
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (kind === 'date' && isIsoDate(v)) return new Date(`${v}T00:00:00Z`);
  return cleanCellText(v);
}

/** One logical cell of a row to write: where it goes (physical columns), what it holds and how it looks. */
interface Piece {
  from: number;
  to: number;
  value: ExcelJS.CellValue;
  /** Text to wrap (and to cut when the row is split); '' for numbers and empty cells. */
  text: string;
  look: CellLook;
}

const VERTICAL_PAD_PT = 3;
/** A row is cut at a page end only if each part keeps at least this many lines; else it moves whole. */
const MIN_PART_LINES = 3;
/** Excel's tallest row. */
const MAX_ROW_PT = 409;

/**
 * Ends a part of a cut row at a paragraph end of its longest text when one is near (in the last 40 % of the
 * part), so the room a renderer leaves under the part falls between paragraphs, not inside a sentence.
 */
function cutAtParagraph(
  pieces: readonly Piece[],
  ranges: readonly [number, number][][],
  offset: number,
  take: number,
): number {
  let driver = 0;
  ranges.forEach((r, i) => {
    if (r.length > ranges[driver]!.length) driver = i;
  });
  const r = ranges[driver]!;
  const text = pieces[driver]!.text;
  if (offset + take >= r.length) return take;
  for (let k = offset + take - 1; k >= offset + Math.ceil(take * 0.6); k--)
    if (text.slice(r[k]![1], r[k + 1]![0]).includes('\n')) return k - offset + 1;
  return take;
}

export class XlsxSheet implements SheetSink {
  private next: number;
  private sumFrom = 0;
  private sums: number[];
  dataRows = 0;
  private readonly width: number;
  private readonly pager: Pager;
  private readonly lineH: number;

  constructor(
    private readonly ws: Worksheet,
    private readonly layout: SheetLayout,
    private readonly header: ReportHeader,
  ) {
    const { spec, size } = layout;
    this.width = spec.columns.length;
    this.lineH = lineHeightPt(size);
    this.sums = spec.columns.map(() => 0);
    ws.columns = layout.columns.map((c) => ({
      width: c.width,
      style: { font: font({ size }), numFmt: NUM_FMT[c.kind] },
    }));
    const heading = headingRows(layout, header);
    const headingHeight = heading.reduce((h, r) => h + r.height, 0);
    this.next = writeBlockRows(ws, 1, heading);
    const tableHeader = this.writeHeader(this.next);
    this.next += tableHeader.rows;
    this.pager = new Pager(ws, layout.page.heightPt, tableHeader.height, headingHeight + tableHeader.height);
    this.sumFrom = this.next;
  }

  private font(look: CellLook): FontStyle {
    return { size: look.size ?? this.layout.size, bold: look.bold ?? false };
  }

  private writeHeader(start: number): { rows: number; height: number } {
    const { spec, spans, size } = this.layout;
    const { columns, headerGroups } = spec;
    const twoRows = (headerGroups?.length ?? 0) > 0;
    const top = this.ws.getRow(start);
    const bottom = twoRows ? this.ws.getRow(start + 1) : top;
    const bold = { size, bold: true };
    const grouped = new Set<number>();
    const groupCells = (headerGroups ?? []).map((g) => {
      for (let i = g.from; i <= g.to; i++) grouped.add(i);
      return { text: g.label, from: spans[g.from]!.from, to: spans[g.to]!.to };
    });
    for (const g of groupCells) {
      top.getCell(g.from + 1).value = g.text;
      if (g.to > g.from) this.ws.mergeCells(start, g.from + 1, start, g.to + 1);
    }
    const cellText = (i: number) => ({
      text: columns[i]!.header,
      widthPt: logicalSpanPt(this.layout, i, i),
      font: bold,
    });
    columns.forEach((c, i) => {
      const { from, to } = spans[i]!;
      const row = grouped.has(i) ? bottom : top;
      row.getCell(from + 1).value = c.header;
      if (!grouped.has(i) && twoRows) this.ws.mergeCells(start, from + 1, start + 1, to + 1);
      else if (to > from) this.ws.mergeCells(row.number, from + 1, row.number, to + 1);
    });
    const topHeight = twoRows
      ? heightFor(
          groupCells.map((g) => ({
            text: g.text,
            widthPt: spanPt(this.layout.columns, g.from, g.to),
            font: bold,
          })),
        )
      : 0;
    let bottomHeight = heightFor(
      columns
        .map((_, i) => i)
        .filter((i) => !twoRows || grouped.has(i))
        .map(cellText),
    );
    // A header spanning both rows must fit in them together.
    for (let i = 0; i < columns.length; i++)
      if (twoRows && !grouped.has(i))
        bottomHeight = Math.max(bottomHeight, heightFor([cellText(i)]) - topHeight);
    for (const r of twoRows ? [top, bottom] : [top]) {
      for (let i = 1; i <= this.layout.columns.length; i++) {
        const cell = r.getCell(i);
        cell.font = font({ bold: true, size });
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        cell.border = THIN_BORDER;
        cell.numFmt = '@';
      }
    }
    bottom.height = bottomHeight;
    if (twoRows) top.height = topHeight;
    const end = start + (twoRows ? 1 : 0);
    this.ws.pageSetup.printTitlesRow = `${start}:${end}`;
    top.commit();
    if (twoRows) bottom.commit();
    return { rows: twoRows ? 2 : 1, height: topHeight + bottomHeight };
  }

  /** The pieces of a logical row: one per spec column (each on its physical columns). */
  private piecesOf(cells: readonly CellInput[], bold: boolean): Piece[] {
    return this.layout.spec.columns.map((c, i) => {
      const v = cells[i] ?? null;
      const value = toCellValue(v, c.kind);
      const numeric = typeof v === 'number' || isFormula(v);
      const shown = numeric ? (isFormula(v) ? v.result : v) : null;
      return {
        ...this.layout.spans[i]!,
        value,
        text: typeof value === 'string' ? value : '',
        look: { kind: c.kind, bold, numFmt: numFmtFor(c.kind, shown), size: this.layout.size },
      };
    });
  }

  /**
   * Writes one logical row: whole when it fits (moving to the next page if needed), else cut at line
   * boundaries into parts that fill the pages.
   */
  private write(pieces: Piece[], edge: RowEdge, keepWithNext = false, keepWithPrevious = false): void {
    const widths = pieces.map((p) => spanPt(this.layout.columns, p.from, p.to) - CELL_PADDING_PT);
    const maxLines = Math.floor((Math.min(MAX_ROW_PT, this.pager.pageRoom) - VERTICAL_PAD_PT) / this.lineH);
    const counts = pieces.map((p, i) =>
      p.text ? wrapLines(p.text, widths[i]!, this.font(p.look), undefined, maxLines + 1) : 1,
    );
    const lines = Math.max(1, ...counts);
    const roomLines = Math.floor((this.pager.room - VERTICAL_PAD_PT) / this.lineH);
    const cuttable = roomLines >= MIN_PART_LINES && lines - roomLines >= MIN_PART_LINES;
    if (lines <= maxLines && (lines <= roomLines || !cuttable)) {
      this.physical(
        pieces,
        pieces.map((p) => p.text),
        edge,
        lines,
        keepWithNext,
        false,
        keepWithPrevious,
      );
      return;
    }
    const ranges = pieces.map((p, i) => {
      const list: [number, number][] = [];
      if (p.text) wrapLines(p.text, widths[i]!, this.font(p.look), (s, e) => list.push([s, e]));
      return list;
    });
    const total = Math.max(...ranges.map((r) => r.length));
    let offset = 0;
    while (offset < total) {
      let fit = Math.floor((this.pager.room - VERTICAL_PAD_PT) / this.lineH);
      if (fit < MIN_PART_LINES) fit = maxLines; // too little room: the part starts the next page
      // Never leave a last part shorter than MIN_PART_LINES: give it a line or two more of this one.
      const left = total - offset - fit;
      if (left > 0 && left < MIN_PART_LINES && fit > 2 * MIN_PART_LINES) fit -= MIN_PART_LINES - left;
      const take = cutAtParagraph(pieces, ranges, offset, Math.min(fit, maxLines, total - offset));
      const texts = pieces.map((p, i) => {
        const r = ranges[i]!;
        if (offset >= r.length) return '';
        return p.text.slice(r[offset]![0], r[Math.min(offset + take, r.length) - 1]![1]);
      });
      const part: RowEdge =
        edge === 'none' ? 'none' : offset === 0 ? 'first' : offset + take >= total ? 'last' : 'middle';
      this.physical(pieces, texts, part, take, keepWithNext && offset + take >= total, offset > 0);
      offset += take;
    }
  }

  /** One spreadsheet row. `continued`: a later part of a cut row (its numbers were in the first part). */
  private physical(
    pieces: readonly Piece[],
    texts: readonly string[],
    edge: RowEdge,
    lines: number,
    keepWithNext: boolean,
    continued = false,
    keepWithPrevious = false,
  ): void {
    const r = this.ws.getRow(this.next++);
    const height = pixelHeight(lines * this.lineH + VERTICAL_PAD_PT);
    this.pager.place(r.number, height, keepWithNext, keepWithPrevious);
    pieces.forEach((p, i) => {
      const style = cellStyle({ ...p.look, edge });
      for (let c = p.from; c <= p.to; c++) r.getCell(c + 1).style = style;
      const cell = r.getCell(p.from + 1);
      cell.value = p.text ? texts[i] || null : continued ? null : p.value;
      if (p.to > p.from) this.ws.mergeCells(r.number, p.from + 1, r.number, p.to + 1);
    });
    r.height = height;
    r.commit();
  }

  /** A piece spanning logical columns from..to with a text in it. */
  private span(from: number, to: number, text: string, look: CellLook): Piece {
    const value = cleanCellText(text);
    return {
      from: this.layout.spans[from]!.from,
      to: this.layout.spans[to]!.to,
      value,
      text: value,
      look: { size: this.layout.size, ...look },
    };
  }

  group(label: string, cells?: CellInput[]): void {
    if (cells) this.write(this.piecesOf(cells, true), 'whole', true);
    else this.write([this.span(0, this.width - 1, label, { kind: 'text', bold: true })], 'whole', true);
  }

  row(cells: CellInput[]): void {
    this.layout.spec.columns.forEach((_, i) => {
      const v = cells[i] ?? null;
      if (typeof v === 'number') this.sums[i] = (this.sums[i] ?? 0) + v;
    });
    this.write(this.piecesOf(cells, false), 'whole');
    this.dataRows++;
  }

  beginSum(): void {
    this.sumFrom = this.next;
    this.sums = this.layout.spec.columns.map(() => 0);
  }

  total(label: string, values: TotalValue[], labelSpan = 1): void {
    const first = this.sumFrom;
    const last = this.next - 1;
    const cells: CellInput[] = values.map((v, i) => {
      if (v === null || i < labelSpan) return null;
      if (typeof v === 'object') return v.plain;
      // Only a formula that adds up to the app's figure is written as one (the rows hold what is printed).
      const rowsSum = Math.round((this.sums[i] ?? 0) * 1000) / 1000;
      const col = this.layout.spans[i]!.from;
      return last >= first && Math.abs(rowsSum - v) < 1e-6
        ? { formula: `SUM(${colLetter(col)}${first}:${colLetter(col)}${last})`, result: v }
        : v;
    });
    const pieces = this.piecesOf(cells, true).slice(labelSpan);
    this.write(
      [this.span(0, labelSpan - 1, label, { kind: 'text', bold: true, horizontal: 'center' }), ...pieces],
      'whole',
      false,
      true,
    );
  }

  line(text: string, style: { bold?: boolean; italic?: boolean } = {}): void {
    this.write([this.span(0, this.width - 1, text, { kind: 'text', ...style })], 'none');
  }

  pair(label: string, value: CellInput, kind: ColumnKind = 'money'): void {
    const shown = typeof value === 'number' ? value : null;
    const last = this.layout.spans[this.width - 1]!;
    this.write(
      [
        this.span(0, this.width - 2, label, { kind: 'text', bold: true }),
        {
          ...last,
          value: toCellValue(value, kind),
          text: '',
          look: { kind, bold: true, numFmt: numFmtFor(kind, shown), size: this.layout.size },
        },
      ],
      'whole',
    );
  }

  async drain(): Promise<void> {
    // Bounded: a destination that never drains must not hang the export (the worker has its own watchdog).
    for (let i = 0; i < 2000 && inFlight(this.ws) > MAX_IN_FLIGHT; i++)
      await new Promise<void>((r) => setTimeout(r, 5));
  }

  finish(): void {
    const rows: BlockRow[] = signatureRows(this.layout, this.header);
    this.pager.keepTogether(rows.reduce((h, r) => h + r.height, 0));
    this.next = writeBlockRows(this.ws, this.next, rows);
    this.ws.commit();
  }
}

export type { Row };
