/**
 * The .xlsx writer behind every report: exceljs's streaming WorkbookWriter (rows are flushed as they are
 * written, so a 10k-procedure export stays far below the memory cap; reliability-perf.md §4.2). User text
 * is always a string cell (never a formula or a hyperlink); totals are formulas the app writes, with cached
 * values. The caller writes to a temporary file and renames it when done (atomic-file.ts).
 */
import type ExcelJS from 'exceljs';
// Only the streaming writer: loading all of exceljs (reader, in-memory workbook, CSV) would add ≈ 60 ms to
// the start of every export worker, a tenth of a national export.
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer.js';
import { headingRows } from './blocks';
import { MARGINS } from './page';
import { planSheet } from './sheet-layout';
import { ExportCancelled, type ReportHeader, type ReportSink, type SheetSink, type SheetSpec } from './sink';
import { BODY_SIZE, FONT_NAME, FOOTER } from './styles';
import { XlsxSheet } from './xlsx-sheet';

/**
 * Makes Times New Roman 12 the workbook's default font (font 0 of styles.xml). Column widths are counted in
 * digits of that font, so Excel and LibreOffice then agree that a unit is 6 pt (with exceljs's Calibri 11 they
 * did not: LibreOffice, lacking Calibri, measured the digits of a wider substitute). exceljs 4.4 adds its own
 * Calibri only when no font exists yet, so adding ours first takes its place.
 */
function useTimesAsDefault(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const styles = (wb as unknown as { styles: { _addFont(f: object): number } }).styles;
  styles._addFont({ name: FONT_NAME, size: BODY_SIZE, family: 1 });
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;

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
  /** The file stream's first error (folder gone, disk full, no permission), rejected into flush and close. */
  private readonly failed: Promise<never>;
  private failure: Error | null = null;

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
    useTimesAsDefault(this.wb);
    this.wb.creator = 'TinhGọn';
    this.wb.created = new Date();
    // exceljs only listens for the file's errors once commit() has started: an error before that (the file
    // cannot even be opened) is swallowed by the zip's pipe, and commit() then waits for the file forever.
    const stream = (this.wb as unknown as { stream: NodeJS.WritableStream }).stream;
    this.failed = new Promise<never>((_resolve, reject) =>
      stream.on('error', (err: Error) => {
        this.failure ??= err;
        reject(this.failure);
      }),
    );
    this.failed.catch(() => {}); // observed through flush/close; never an unhandled rejection
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
    // header, which starts after the heading block) must be known now.
    const layout = planSheet(spec);
    const headerEnd =
      headingRows(layout, this.header).length + ((spec.headerGroups?.length ?? 0) > 0 ? 2 : 1);
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
      // 100 %, never "fit to page": the columns are made to fill the page (page.ts), and Excel ignores
      // the writer's page breaks on a sheet that is fitted.
      pageSetup: {
        paperSize: 9,
        orientation: spec.landscape ? 'landscape' : 'portrait',
        scale: 100,
        fitToPage: false,
        margins: MARGINS,
        horizontalCentered: true,
      },
      headerFooter: { oddFooter: FOOTER, evenFooter: FOOTER },
    });
    this.names.push(name);
    this.current = new XlsxSheet(ws, layout, this.header);
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
    if (this.failure) throw this.failure;
    await Promise.race([this.current?.drain(), this.failed]);
  }

  async close(): Promise<XlsxResult> {
    if (this.failure) throw this.failure;
    this.closeCurrent();
    await Promise.race([this.wb.commit(), this.failed]);
    return { rows: this.rows, sheets: [...this.names] };
  }
}

export function throwIfCancelled(sink: ReportSink): void {
  if (sink.cancelled()) throw new ExportCancelled();
}
