/**
 * The .xlsx writer behind every report: exceljs's streaming WorkbookWriter (rows are flushed as they are
 * written, so a 10k-procedure export stays far below the memory cap; reliability-perf.md §4.2). User text
 * is always a string cell (never a formula or a hyperlink); totals are formulas the app writes, with cached
 * values. The caller writes to a temporary file and renames it when done (atomic-file.ts).
 */
import type ExcelJS from 'exceljs';
import type { Row, Style, Worksheet } from 'exceljs';
// Only the streaming writer: loading all of exceljs (reader, in-memory workbook, CSV) would add ≈ 60 ms to
// the start of every export worker, a tenth of a national export.
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer.js';
import { isIsoDate } from '../../../shared/text/format';
import { FOOTER, MARGINS, NUM_FMT, THIN_BORDER, alignFor, cellStyle, font, restyled } from './styles';
import {
  ExportCancelled,
  cleanCellText,
  type CellInput,
  type ColumnKind,
  type ReportHeader,
  type ReportSink,
  type SheetSink,
  type SheetSpec,
  type TotalValue,
} from './sink';
import { MOTTO_ROWS, writeMottoBlock, writeSignatureBlock } from './blocks';
import { MAX_IN_FLIGHT, colLetter, inFlight, rowHeight } from './stream-helpers';

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;

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

export interface XlsxResult {
  rows: number;
  sheets: string[];
}

/** A sink writing one workbook to `file` (a temporary path; see atomic-file.ts). */
export class XlsxReportSink implements ReportSink {
  private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;
  private current: XlsxSheet | null = null;
  private readonly names: string[] = [];
  private rows = 0;

  constructor(
    file: string,
    private readonly header: ReportHeader,
    private readonly hooks: {
      progress?: (done: number, total: number) => void;
      cancelled?: () => boolean;
    } = {},
  ) {
    this.wb = new WorkbookWriter({
      filename: file,
      useStyles: true,
      useSharedStrings: false,
    });
    this.wb.creator = 'TinhGọn';
    this.wb.created = new Date();
  }

  sheet(spec: SheetSpec): SheetSink {
    this.closeCurrent();
    const name =
      spec.name
        .replace(INVALID_SHEET_CHARS, ' ')
        .replace(/\s+/g, ' ')
        .replace(/^'+|'+$/g, '')
        .trim()
        .slice(0, 31)
        .trim() || `Sheet${this.names.length + 1}`;
    // The streaming writer emits the sheet views when the sheet is created: the frozen pane (below the table
    // header, which always starts after the fixed heading block) must be known now.
    const headerEnd = MOTTO_ROWS + ((spec.headerGroups?.length ?? 0) > 0 ? 2 : 1);
    const ws = this.wb.addWorksheet(name, {
      views: [
        {
          state: 'frozen',
          xSplit: 0,
          ySplit: headerEnd,
          topLeftCell: `A${headerEnd + 1}`,
          activeCell: `A${headerEnd + 1}`,
        },
      ],
      pageSetup: {
        paperSize: 9,
        orientation: spec.landscape ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: MARGINS,
        horizontalCentered: true,
      },
      headerFooter: { oddFooter: FOOTER, evenFooter: FOOTER },
    });
    this.names.push(name);
    this.current = new XlsxSheet(ws, spec, this.header);
    return this.current;
  }

  private closeCurrent(): void {
    if (!this.current) return;
    this.rows += this.current.dataRows;
    this.current.finish();
    this.current = null;
  }

  progress(done: number, total: number): void {
    this.hooks.progress?.(done, total);
  }

  cancelled(): boolean {
    return this.hooks.cancelled?.() ?? false;
  }

  async flush(): Promise<void> {
    await this.current?.drain();
  }

  async close(): Promise<XlsxResult> {
    this.closeCurrent();
    await this.wb.commit();
    return { rows: this.rows, sheets: [...this.names] };
  }
}

export function throwIfCancelled(sink: ReportSink): void {
  if (sink.cancelled()) throw new ExportCancelled();
}
