/**
 * What a report builder writes to. One builder feeds either the .xlsx writer (xlsx-sink.ts) or the in-app
 * preview (preview-sink.ts), so the preview shows exactly the rows the file will hold.
 */
import type { ReportSignature } from '../../../shared/contract/reports';

export type ColumnKind = 'stt' | 'text' | 'int' | 'money' | 'pct' | 'hours' | 'date';

export interface ColumnSpec {
  header: string;
  /**
   * How wide the column should be, in characters of 12 pt text. The writer scales the columns to fill the
   * printed page (xlsx/page.ts): text columns share what is left in proportion to this; numbers keep what they
   * need. Long text wraps inside the column.
   */
  width: number;
  kind: ColumnKind;
  /** The widest value a number column must show without "###" (default: by kind, xlsx/page.ts). */
  widest?: string;
}

export interface SheetSpec {
  /** ≤ 31 characters, none of []:*?/\ (checked by the writer). */
  name: string;
  title: string;
  /** What the report covers (campaign, totals), under the title; '' for none. The period line follows it. */
  subtitle: string;
  landscape: boolean;
  columns: ColumnSpec[];
  /** Optional upper header row: labels spanning column ranges (0-based, inclusive); other columns span both rows. */
  headerGroups?: { label: string; from: number; to: number }[];
  /** Size of the table's text in points (11–13; default 12). */
  fontSize?: number;
  /** Full-width paragraphs between the title and the table (e.g. the cost form's income basis and rounding rule). */
  notes?: string[];
  /** A statistical form's own header: its number at the top left, the reporting lines at the top right and the
   * unit of measure above the table (Biểu II.07b). */
  form?: { code: string; right: string[]; unit: string };
  /** Rows are never cut at a page end (only a row taller than a page is): for a file that is read back in, where
   * a row's continuation would look like a procedure without a code (the Danh mục). */
  wholeRows?: boolean;
}

/** A total the app writes itself: a SUM formula over the rows above, with its cached value. */
export interface Formula {
  formula: string;
  result: number;
}

export type CellInput = string | number | null | Formula;

/** A figure for a total row; `{ plain }` is never a formula (e.g. an overall rate, which is not a sum). */
export type TotalValue = number | null | { plain: number | null };

export interface LineStyle {
  bold?: boolean;
  italic?: boolean;
}

export interface SheetSink {
  /** Full-width group heading (e.g. "I. Lĩnh vực Hộ tịch"); `cells` overrides the first columns instead. */
  group(label: string, cells?: CellInput[]): void;
  /** One data row; counts towards the report's row count and the running sums. */
  row(cells: CellInput[]): void;
  /** Starts a new range for `total` (e.g. per cost block). */
  beginSum(): void;
  /**
   * A total row: `label` in the first column(s); `values[i]` is the app's figure for column i (null = blank).
   * Written as =SUM(range) with that value cached when it equals the sum of the rows written since
   * beginSum(); otherwise as the plain figure (the engine's exact-then-rounded total wins).
   */
  total(label: string, values: TotalValue[], labelSpan?: number): void;
  /** A full-width text line (plan blocks, footers). */
  line(text: string, style?: LineStyle): void;
  /** A label spanning all columns but the last, and a value in the last column (cost form footer lines). */
  pair(label: string, value: CellInput, kind?: ColumnKind): void;
}

export interface ReportHeader {
  /** Cơ quan chủ quản (upper line), or '' when the unit has no parent. */
  parentName: string;
  unitName: string;
  /** Place for the date line ("Minh Họa, ngày 26 tháng 11 năm 2026"). */
  place: string;
  /** ISO date the report is made and signed (today). */
  date: string;
  /** The period line under the title ("Kỳ báo cáo: …" or "Số liệu tính đến ngày …"). */
  period: string;
  /** The filters line ("Phạm vi: …"), '' when the report covers everything. */
  scope: string;
  /**
   * Set when the report is printed as an appendix of a decision: its label ("PHỤ LỤC I") and the
   * "(Kèm theo Quyết định số … ngày … của …)" line. An appendix carries neither motto nor signature (NĐ 30/2020:
   * the decision it belongs to has them).
   */
  appendix: { label: string; line: string } | null;
  signature: ReportSignature;
}

export interface ReportSink {
  sheet(spec: SheetSpec): SheetSink;
  /** Lets the builder report progress and stop when the user cancels. */
  progress(done: number, total: number): void;
  cancelled(): boolean;
  /** Waits until written rows have drained to disk (the streaming writer has no backpressure of its own). */
  flush?(): Promise<void>;
}

export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportCancelled';
  }
}

/** XML 1.0 refuses most control characters; a cell holds at most 32,767 characters. */
export function cleanCellText(s: string): string {
  // eslint-disable-next-line no-control-regex
  const t = s.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  return t.length > 32000 ? t.slice(0, 32000) + '…' : t;
}
