/**
 * One sheet of a report workbook on exceljs's streaming writer: the heading block (motto, unit, title), the
 * table header, group rows, data rows with shared styles and row heights, totals and the signature block.
 * User text is always a string cell (never a formula or a hyperlink); totals are formulas the app writes, with
 * cached values.
 */
import type ExcelJS from 'exceljs';
import type { Row, Style, Worksheet } from 'exceljs';
import { isIsoDate } from '../../../shared/text/format';
import { writeMottoBlock, writeSignatureBlock } from './blocks';
import {
  cleanCellText,
  type CellInput,
  type ColumnKind,
  type ReportHeader,
  type SheetSink,
  type SheetSpec,
  type TotalValue,
} from './sink';
import { MAX_IN_FLIGHT, colLetter, inFlight, rowHeight } from './stream-helpers';
import { NUM_FMT, THIN_BORDER, alignFor, cellStyle, font, restyled } from './styles';

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

export class XlsxSheet implements SheetSink {
  private next: number;
  private sumFrom = 0;
  private sums: number[];
  readonly sheetNames: string[] = [];
  dataRows = 0;
  private readonly width: number;

  constructor(
    private readonly ws: Worksheet,
    private readonly spec: SheetSpec,
    header: ReportHeader,
  ) {
    this.width = spec.columns.length;
    this.sums = spec.columns.map(() => 0);
    ws.columns = spec.columns.map((c) => ({
      width: c.width,
      style: { font: font(), numFmt: NUM_FMT[c.kind] },
    }));
    this.next = writeMottoBlock(ws, spec, header);
    this.next = this.writeHeader(this.next);
    this.sumFrom = this.next;
  }

  private widthOf(from: number, to: number): number {
    return this.spec.columns.slice(from, to + 1).reduce((n, c) => n + c.width, 0);
  }

  private text(v: CellInput): string {
    if (v === null || v === undefined) return '';
    if (typeof v === 'object') return String(v.result);
    return typeof v === 'number' ? v.toLocaleString('vi-VN') : v;
  }

  private fullRow(): Row {
    return this.ws.getRow(this.next++);
  }

  private writeHeader(start: number): number {
    const { columns, headerGroups } = this.spec;
    const twoRows = (headerGroups?.length ?? 0) > 0;
    const top = this.ws.getRow(start);
    const bottom = twoRows ? this.ws.getRow(start + 1) : top;
    const grouped = new Set<number>();
    for (const g of headerGroups ?? []) {
      for (let i = g.from; i <= g.to; i++) grouped.add(i);
      top.getCell(g.from + 1).value = g.label;
      if (g.to > g.from) this.ws.mergeCells(start, g.from + 1, start, g.to + 1);
    }
    columns.forEach((c, i) => {
      if (grouped.has(i)) bottom.getCell(i + 1).value = c.header;
      else {
        top.getCell(i + 1).value = c.header;
        if (twoRows) this.ws.mergeCells(start, i + 1, start + 1, i + 1);
      }
    });
    for (const r of twoRows ? [top, bottom] : [top]) {
      for (let i = 1; i <= columns.length; i++) {
        const cell = r.getCell(i);
        cell.font = font({ bold: true });
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        cell.border = THIN_BORDER;
        cell.numFmt = '@';
      }
    }
    const headerCells = columns.map((c, i) => ({
      text: c.header,
      width: c.width,
      bold: true,
      grouped: grouped.has(i),
    }));
    bottom.height = rowHeight(headerCells.filter((c) => !twoRows || c.grouped));
    if (twoRows)
      top.height = rowHeight(
        (headerGroups ?? []).map((g) => ({ text: g.label, width: this.widthOf(g.from, g.to), bold: true })),
      );
    const end = start + (twoRows ? 1 : 0);
    this.ws.pageSetup.printTitlesRow = `${start}:${end}`;
    top.commit();
    if (twoRows) bottom.commit();
    return end + 1;
  }

  private styleCells(r: Row, bold: boolean): void {
    this.spec.columns.forEach((c, i) => {
      r.getCell(i + 1).style = cellStyle(c.kind, bold);
    });
  }

  /** Replaces some of a styled cell's style (the style object is shared: see cellStyle). */
  private restyle(r: Row, col: number, patch: Partial<Style>): void {
    const cell = r.getCell(col);
    cell.style = restyled(cell.style, patch);
  }

  group(label: string, cells?: CellInput[]): void {
    const r = this.fullRow();
    if (cells) {
      cells.forEach(
        (v, i) => (r.getCell(i + 1).value = toCellValue(v, this.spec.columns[i]?.kind ?? 'text')),
      );
      this.styleCells(r, true);
      r.height = rowHeight(
        cells.map((v, i) => ({ text: this.text(v), width: this.spec.columns[i]?.width ?? 10, bold: true })),
      );
    } else {
      this.styleCells(r, true);
      r.height = rowHeight([{ text: label, width: this.widthOf(0, this.width - 1), bold: true }]);
      r.getCell(1).value = cleanCellText(label);
      this.restyle(r, 1, { alignment: { horizontal: 'left', vertical: 'top', wrapText: true } });
      if (this.width > 1) this.ws.mergeCells(r.number, 1, r.number, this.width);
    }
    r.commit();
  }

  row(cells: CellInput[]): void {
    const r = this.fullRow();
    this.spec.columns.forEach((c, i) => {
      const v = cells[i] ?? null;
      r.getCell(i + 1).value = toCellValue(v, c.kind);
      if (typeof v === 'number') this.sums[i] = (this.sums[i] ?? 0) + v;
    });
    this.styleCells(r, false);
    r.height = rowHeight(
      this.spec.columns.map((c, i) => ({ text: this.text(cells[i] ?? null), width: c.width })),
    );
    r.commit();
    this.dataRows++;
  }

  beginSum(): void {
    this.sumFrom = this.next;
    this.sums = this.spec.columns.map(() => 0);
  }

  total(label: string, values: TotalValue[], labelSpan = 1): void {
    const r = this.fullRow();
    const first = this.sumFrom;
    const last = r.number - 1;
    this.styleCells(r, true);
    r.height = rowHeight([{ text: label, width: this.widthOf(0, labelSpan - 1), bold: true }]);
    r.getCell(1).value = cleanCellText(label);
    this.restyle(r, 1, { alignment: { horizontal: 'center', vertical: 'top', wrapText: true } });
    values.forEach((v, i) => {
      if (v === null || i < labelSpan) return;
      if (typeof v === 'object') {
        r.getCell(i + 1).value = v.plain;
        return;
      }
      const col = colLetter(i);
      // Compare in whole units: the rows hold rounded đồng; the formula is only honest if it adds up.
      const rowsSum = Math.round((this.sums[i] ?? 0) * 1000) / 1000;
      r.getCell(i + 1).value =
        last >= first && rowsSum === v ? { formula: `SUM(${col}${first}:${col}${last})`, result: v } : v;
    });
    if (labelSpan > 1) this.ws.mergeCells(r.number, 1, r.number, labelSpan);
    r.commit();
  }

  line(text: string, style: { bold?: boolean; italic?: boolean } = {}): void {
    const r = this.fullRow();
    const cell = r.getCell(1);
    cell.value = cleanCellText(text);
    r.height = rowHeight([{ text, width: this.widthOf(0, this.width - 1), bold: style.bold ?? false }]);
    cell.font = font({ bold: style.bold ?? false, italic: style.italic ?? false });
    cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    if (this.width > 1) this.ws.mergeCells(r.number, 1, r.number, this.width);
    r.commit();
  }

  pair(label: string, value: CellInput, kind: ColumnKind = 'money'): void {
    const r = this.fullRow();
    this.styleCells(r, true);
    r.height = rowHeight([{ text: label, width: this.widthOf(0, this.width - 2), bold: true }]);
    r.getCell(1).value = cleanCellText(label);
    this.restyle(r, 1, { alignment: { horizontal: 'left', vertical: 'top', wrapText: true } });
    if (this.width > 2) this.ws.mergeCells(r.number, 1, r.number, this.width - 1);
    const v = r.getCell(this.width);
    v.value = toCellValue(value, kind);
    this.restyle(r, this.width, { numFmt: NUM_FMT[kind], alignment: alignFor(kind) });
    r.commit();
  }

  async drain(): Promise<void> {
    // Bounded: a destination that never drains must not hang the export (the worker has its own watchdog).
    for (let i = 0; i < 2000 && inFlight(this.ws) > MAX_IN_FLIGHT; i++)
      await new Promise<void>((r) => setTimeout(r, 5));
  }

  finish(): void {
    this.next = writeSignatureBlock(
      this.ws,
      this.next + 1,
      this.spec.columns.map((c) => c.width),
    );
    this.ws.commit();
  }
}
