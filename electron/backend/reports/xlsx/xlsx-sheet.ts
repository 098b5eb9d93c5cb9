/**
 * One sheet of a report workbook on exceljs's streaming writer: the heading block, the table header, group
 * rows, data rows, totals and the signature block. The writer lays the page out itself, because no
 * spreadsheet re-measures rows on open: rows are measured and cut to the pages by row-layout.ts, the pages
 * broken by pager.ts. The last two rows wait until the next one comes, so the end of the table can be laid
 * out knowing the signature follows (never alone on a page). User text is always a string cell (never a
 * formula or a hyperlink); totals are formulas the app writes, with cached values.
 */
import type ExcelJS from 'exceljs';
import type { Row, Worksheet } from 'exceljs';
import { isIsoDate } from '../../../shared/text/format';
import { SIGNING_SPACE, headingRows, signatureRows, writeBlockRows, type BlockRow } from './blocks';
import { lineHeightPt } from './metrics';
import { spanPt } from './page';
import { RowLayout, type Piece } from './row-layout';
import { heightFor, logicalSpanPt, type SheetLayout } from './sheet-layout';
import {
  cleanCellText,
  type CellInput,
  type ColumnKind,
  type ReportHeader,
  type SheetSink,
  type TotalValue,
} from './sink';
import { columnLetter } from '../../../shared/text/column-letter';
import { MAX_IN_FLIGHT, inFlight } from './stream-helpers';
import { Pager } from './pager';
import { NUM_FMT, THIN_BORDER, font, numFmtFor, type CellLook, type RowEdge } from './styles';

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

/** A sink call waiting to be laid out (the last rows wait for what follows them). */
interface Pending {
  /** True when it writes a row (group, data, total, line, pair). */
  row: boolean;
  height(): number;
  run(reserve: number): void;
}

/** Rows held back: enough for the end of a table (its last row and its total) to go with the signature. */
const TAIL_ROWS = 2;

export class XlsxSheet implements SheetSink {
  private sumFrom = 0;
  private sums: number[];
  dataRows = 0;
  private readonly width: number;
  private readonly pager: Pager;
  private readonly rows: RowLayout;
  private queue: Pending[] = [];

  constructor(
    private readonly ws: Worksheet,
    private readonly layout: SheetLayout,
    private readonly header: ReportHeader,
  ) {
    const { spec, size } = layout;
    this.width = spec.columns.length;
    this.sums = spec.columns.map(() => 0);
    ws.columns = layout.columns.map((c) => ({
      width: c.width,
      style: { font: font({ size }), numFmt: NUM_FMT[c.kind] },
    }));
    const heading = headingRows(layout, header);
    const headingHeight = heading.reduce((h, r) => h + r.height, 0);
    const headerRow = writeBlockRows(ws, 1, heading);
    const tableHeader = this.writeHeader(headerRow);
    this.pager = new Pager(ws, layout.page.heightPt, tableHeader.height, headingHeight + tableHeader.height);
    this.rows = new RowLayout(ws, layout, this.pager, lineHeightPt(size), headerRow + tableHeader.rows);
    this.sumFrom = this.rows.next;
  }

  /** Holds a sink call back until TAIL_ROWS rows follow it. */
  private enqueue(p: Pending): void {
    this.queue.push(p);
    while (this.queue.filter((q) => q.row).length > TAIL_ROWS) this.queue.shift()!.run(0);
  }

  /** A row to write: its pieces are made when it is laid out (a total's formula needs its row numbers). */
  private enqueueRow(
    pieces: () => Piece[],
    edge: RowEdge,
    keepWithNext = false,
    keepWithPrevious = false,
  ): void {
    this.enqueue({
      row: true,
      height: () => this.rows.height(pieces()),
      run: (reserve) => this.rows.write(pieces(), edge, { keepWithNext, keepWithPrevious, reserve }),
    });
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

  /** One look object per column, weight and number format, shared by every row (cellStyle caches by it). */
  private readonly looks = new Map<string, CellLook>();

  private lookOf(column: number, bold: boolean, numFmt: string): CellLook {
    const key = `${column}|${bold ? 1 : 0}|${numFmt}`;
    let look = this.looks.get(key);
    if (!look) {
      const kind = this.layout.spec.columns[column]!.kind;
      this.looks.set(key, (look = { kind, bold, numFmt, size: this.layout.size }));
    }
    return look;
  }

  /** The pieces of a logical row: one per spec column (each on its physical columns). */
  private piecesOf(cells: readonly CellInput[], bold: boolean): Piece[] {
    const columns = this.layout.spec.columns;
    const pieces: Piece[] = new Array<Piece>(columns.length);
    for (let i = 0; i < columns.length; i++) {
      const kind = columns[i]!.kind;
      const v = cells[i] ?? null;
      const value = toCellValue(v, kind);
      const shown = typeof v === 'number' ? v : isFormula(v) ? v.result : null;
      const span = this.layout.spans[i]!;
      pieces[i] = {
        from: span.from,
        to: span.to,
        value,
        text: typeof value === 'string' ? value : '',
        look: this.lookOf(i, bold, numFmtFor(kind, shown)),
      };
    }
    return pieces;
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
    if (cells) this.enqueueRow(() => this.piecesOf(cells, true), 'whole', true);
    else
      this.enqueueRow(
        () => [this.span(0, this.width - 1, label, { kind: 'text', bold: true })],
        'whole',
        true,
      );
  }

  row(cells: CellInput[]): void {
    this.dataRows++;
    const pieces = this.piecesOf(cells, false);
    this.enqueue({
      row: true,
      height: () => this.rows.height(pieces),
      run: (reserve) => {
        this.layout.spec.columns.forEach((_, i) => {
          const v = cells[i] ?? null;
          if (typeof v === 'number') this.sums[i] = (this.sums[i] ?? 0) + v;
        });
        this.rows.write(pieces, 'whole', { reserve });
      },
    });
  }

  beginSum(): void {
    this.enqueue({
      row: false,
      height: () => 0,
      run: () => {
        this.sumFrom = this.rows.next;
        this.sums = this.layout.spec.columns.map(() => 0);
      },
    });
  }

  total(label: string, values: TotalValue[], labelSpan = 1): void {
    this.enqueueRow(() => this.totalPieces(label, values, labelSpan), 'whole', false, true);
  }

  private totalPieces(label: string, values: TotalValue[], labelSpan: number): Piece[] {
    const first = this.sumFrom;
    const last = this.rows.next - 1;
    const cells: CellInput[] = values.map((v, i) => {
      if (v === null || i < labelSpan) return null;
      if (typeof v === 'object') return v.plain;
      // Only a formula that adds up to the app's figure is written as one (the rows hold what is printed).
      const rowsSum = Math.round((this.sums[i] ?? 0) * 1000) / 1000;
      const col = this.layout.spans[i]!.from;
      return last >= first && Math.abs(rowsSum - v) < 1e-6
        ? { formula: `SUM(${columnLetter(col + 1)}${first}:${columnLetter(col + 1)}${last})`, result: v }
        : v;
    });
    const pieces = this.piecesOf(cells, true).slice(labelSpan);
    return [
      this.span(0, labelSpan - 1, label, { kind: 'text', bold: true, horizontal: 'center' }),
      ...pieces,
    ];
  }

  line(text: string, style: { bold?: boolean; italic?: boolean } = {}): void {
    this.enqueueRow(() => [this.span(0, this.width - 1, text, { kind: 'text', ...style })], 'none');
  }

  pair(label: string, value: CellInput, kind: ColumnKind = 'money'): void {
    const shown = typeof value === 'number' ? value : null;
    const last = this.layout.spans[this.width - 1]!;
    this.enqueueRow(
      () => [
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
    const height = (rows: BlockRow[]) => rows.reduce((h, r) => h + r.height, 0);
    let rows: BlockRow[] = signatureRows(this.layout, this.header);
    // The end of the table, each row knowing what must still fit after it on its page.
    const signature = rows.length ? height(signatureRows(this.layout, this.header, SIGNING_SPACE.least)) : 0;
    const tail = this.queue;
    this.queue = [];
    tail.forEach((p, i) => {
      const after = tail.slice(i + 1).reduce((h, q) => h + (q.row ? q.height() : 0), 0);
      p.run(p.row ? after + signature : 0);
    });
    // Rather than carry the end of the table over to a page of its own for the signature, sign in a little
    // less room when that makes it fit.
    const room = this.pager.room - (height(rows) - SIGNING_SPACE.usual);
    if (room < SIGNING_SPACE.usual && room >= SIGNING_SPACE.least)
      rows = signatureRows(this.layout, this.header, Math.floor(room / 0.75) * 0.75);
    this.pager.keepTogether(height(rows));
    this.rows.next = writeBlockRows(this.ws, this.rows.next, rows);
    this.ws.commit();
  }
}

export type { Row };
