/**
 * Lays one logical row of a report out on the page: measured in Times New Roman (metrics.ts), written whole
 * when it fits, moved to the next page when it is short, or cut at line ends into parts that fill the pages (a
 * part keeps at least MIN_PART_LINES lines; parts end at a paragraph when one is near; no border between parts;
 * numbers only in the first). A `reserve` asks for room to stay after the row on its page (the rows that end the
 * table and the signature): a row that fits but would leave the signature alone on the next page is cut so that
 * its last lines go along. A sheet with `wholeRows` (read back by the import) cuts only a row taller than a page.
 */
import type ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { wrapLines, type FontStyle } from './metrics';
import { CELL_PADDING_PT, pixelHeight, spanPt } from './page';
import type { Pager } from './pager';
import type { SheetLayout } from './sheet-layout';
import { cellStyle, type CellLook, type RowEdge } from './styles';

/** One logical cell of a row to write: where it goes (physical columns), what it holds and how it looks. */
export interface Piece {
  from: number;
  to: number;
  value: ExcelJS.CellValue;
  /** Text to wrap (and to cut when the row is split); '' for numbers and empty cells. */
  text: string;
  look: CellLook;
}

export interface RowOptions {
  keepWithNext?: boolean;
  keepWithPrevious?: boolean;
  /** Points that must still fit on the page after this row (0: none). */
  reserve?: number;
}

export const VERTICAL_PAD_PT = 3;
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

export class RowLayout {
  constructor(
    private readonly ws: Worksheet,
    private readonly layout: SheetLayout,
    private readonly pager: Pager,
    private readonly lineH: number,
    /** The next spreadsheet row to write. */
    public next: number,
  ) {}

  private font(look: CellLook): FontStyle {
    return { size: look.size ?? this.layout.size, bold: look.bold ?? false };
  }

  private widths(pieces: readonly Piece[]): number[] {
    return pieces.map((p) => spanPt(this.layout.columns, p.from, p.to) - CELL_PADDING_PT);
  }

  private get maxLines(): number {
    return Math.floor((Math.min(MAX_ROW_PT, this.pager.pageRoom) - VERTICAL_PAD_PT) / this.lineH);
  }

  private lines(pieces: readonly Piece[]): number {
    const widths = this.widths(pieces);
    const limit = this.maxLines + 1;
    let lines = 1;
    pieces.forEach((p, i) => {
      if (p.text) lines = Math.max(lines, wrapLines(p.text, widths[i]!, this.font(p.look), undefined, limit));
    });
    return lines;
  }

  /** The height the row takes when written whole (for the reserve of the rows before it). */
  height(pieces: readonly Piece[]): number {
    return pixelHeight(Math.min(this.lines(pieces), this.maxLines) * this.lineH + VERTICAL_PAD_PT);
  }

  write(pieces: Piece[], edge: RowEdge, o: RowOptions = {}): void {
    const lines = this.lines(pieces);
    const roomLines = Math.floor((this.pager.room - VERTICAL_PAD_PT) / this.lineH);
    const whole = this.layout.spec.wholeRows === true;
    const cuttable = !whole && roomLines >= MIN_PART_LINES && lines - roomLines >= MIN_PART_LINES;
    const reserve = whole ? 0 : (o.reserve ?? 0);
    // The row fits, but what must follow it would not: its last lines go with what follows, if they can.
    const keepLast =
      reserve > 0 &&
      lines <= roomLines &&
      pixelHeight(lines * this.lineH + VERTICAL_PAD_PT) + reserve > this.pager.room &&
      lines >= 2 * MIN_PART_LINES &&
      MIN_PART_LINES * this.lineH + VERTICAL_PAD_PT + reserve <= this.pager.pageRoom;
    if (lines <= this.maxLines && !keepLast && (lines <= roomLines || !cuttable)) {
      this.physical(
        pieces,
        pieces.map((p) => p.text),
        edge,
        lines,
        o,
      );
      return;
    }
    const widths = this.widths(pieces);
    const ranges = pieces.map((p, i) => {
      const list: [number, number][] = [];
      if (p.text) wrapLines(p.text, widths[i]!, this.font(p.look), (s, e) => list.push([s, e]));
      return list;
    });
    const total = Math.max(...ranges.map((r) => r.length));
    let offset = 0;
    while (offset < total) {
      let fit = Math.floor((this.pager.room - VERTICAL_PAD_PT) / this.lineH);
      if (fit < MIN_PART_LINES) fit = this.maxLines; // too little room: the part starts the next page
      if (keepLast && offset === 0) fit = Math.min(fit, total - MIN_PART_LINES);
      // Never leave a last part shorter than MIN_PART_LINES: give it a line or two more of this one.
      const left = total - offset - fit;
      if (left > 0 && left < MIN_PART_LINES && fit > 2 * MIN_PART_LINES) fit -= MIN_PART_LINES - left;
      const take = cutAtParagraph(pieces, ranges, offset, Math.min(fit, this.maxLines, total - offset));
      const texts = pieces.map((p, i) => {
        const r = ranges[i]!;
        if (offset >= r.length) return '';
        return p.text.slice(r[offset]![0], r[Math.min(offset + take, r.length) - 1]![1]);
      });
      const last = offset + take >= total;
      const part: RowEdge = edge === 'none' ? 'none' : offset === 0 ? 'first' : last ? 'last' : 'middle';
      this.physical(
        pieces,
        texts,
        part,
        take,
        {
          keepWithNext: Boolean(o.keepWithNext) && last,
          keepWithPrevious: Boolean(o.keepWithPrevious) && offset === 0,
        },
        offset > 0,
      );
      offset += take;
    }
  }

  /** One spreadsheet row. `continued`: a later part of a cut row (its numbers were in the first part). */
  private physical(
    pieces: readonly Piece[],
    texts: readonly string[],
    edge: RowEdge,
    lines: number,
    o: RowOptions,
    continued = false,
  ): void {
    const r = this.ws.getRow(this.next++);
    const height = pixelHeight(lines * this.lineH + VERTICAL_PAD_PT);
    this.pager.place(r.number, height, o.keepWithNext ?? false, o.keepWithPrevious ?? false);
    pieces.forEach((p, i) => {
      const style = cellStyle(p.look, edge);
      for (let c = p.from; c <= p.to; c++) r.getCell(c + 1).style = style;
      const cell = r.getCell(p.from + 1);
      cell.value = p.text ? texts[i] || null : continued ? null : p.value;
      if (p.to > p.from) this.ws.mergeCells(r.number, p.from + 1, r.number, p.to + 1);
    });
    r.height = height;
    r.commit();
  }
}
