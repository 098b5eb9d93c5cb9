/**
 * Collects what a report would write, as plain display strings, for the in-app preview: the first sheet's
 * header and its first rows, plus the number of data rows. Numbers are shown as the sheet shows them.
 */
import { formatDateVi, formatNumber } from '../../../shared/text/format';
import type { CellInput, ColumnKind, ReportSink, SheetSink, SheetSpec } from './sink';

function display(v: CellInput, kind: ColumnKind): string {
  if (v === null || v === undefined) return '';
  const n = typeof v === 'object' ? v.result : v;
  if (typeof n === 'string') return kind === 'date' ? formatDateVi(n) : n;
  if (kind === 'pct') return formatNumber(n, { fractionDigits: 2 });
  return formatNumber(n);
}

export const PREVIEW_COUNT_LIMIT = 500;

export class PreviewSink implements ReportSink {
  readonly sheets: string[] = [];
  title = '';
  /** The first sheet's lines under its title (subtitle, notes). */
  notes: string[] = [];
  columns: string[] = [];
  rows: string[][] = [];
  totalRows = 0;

  constructor(private readonly limit: number) {}

  private push(cells: string[]): void {
    if (this.sheets.length === 1 && this.rows.length < this.limit) this.rows.push(cells);
  }

  sheet(spec: SheetSpec): SheetSink {
    this.sheets.push(spec.name);
    if (this.sheets.length === 1) {
      this.title = spec.title;
      this.notes = [spec.subtitle, ...(spec.notes ?? [])].filter(Boolean);
      this.columns = spec.columns.map((c) => c.header);
    }
    const kinds = spec.columns.map((c) => c.kind);
    const width = kinds.length;
    const pad = (cells: string[]) => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
    return {
      group: (label, cells) =>
        this.push(pad(cells ? cells.map((c, i) => display(c, kinds[i] ?? 'text')) : [label])),
      row: (cells) => {
        this.totalRows++;
        this.push(kinds.map((k, i) => display(cells[i] ?? null, k)));
      },
      beginSum: () => undefined,
      total: (label, values) =>
        this.push(
          kinds.map((k, i) => {
            const v = values[i];
            if (i === 0) return label;
            if (v === null || v === undefined) return '';
            return display(typeof v === 'object' ? v.plain : v, k);
          }),
        ),
      line: (text) => this.push(pad([text])),
      pair: (label, value, kind = 'money') => {
        const cells = pad([label]);
        cells[width - 1] = display(value, kind);
        this.push(cells);
      },
    };
  }

  progress(): void {}

  /** Set when the preview stopped before the end of a big report (its row count is then unknown). */
  stoppedEarly = false;

  cancelled(): boolean {
    // A preview must stay quick on the main thread: once it has its rows and has counted a few hundred data
    // rows, it stops instead of building a 10k-procedure report just to count it.
    if (this.rows.length >= this.limit && this.totalRows >= PREVIEW_COUNT_LIMIT) this.stoppedEarly = true;
    return this.stoppedEarly;
  }
}
