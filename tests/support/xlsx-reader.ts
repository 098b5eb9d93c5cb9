/**
 * Reads .xlsx files back with an independent implementation (python3 + openpyxl, tests/support/xlsx_dump.py),
 * so report tests do not trust exceljs to check exceljs.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface DumpedCell {
  /** Value as stored (for a formula: "=SUM(...)"). */
  v: string | number | boolean;
  /** Cached value (what a non-calculating reader shows). */
  cv: string | number | boolean | null;
  /** openpyxl data type: 's' string, 'n' number, 'f' formula, 'd' date, 'b' bool. */
  t: string;
  font: string | null;
  b: boolean;
  nf: string;
  wrap: boolean;
  border: string | null;
  link: string | null;
}

export interface DumpedSheet {
  name: string;
  maxRow: number;
  maxCol: number;
  cells: Record<string, DumpedCell>;
  merged: string[];
  freeze: string | null;
  orientation: string | null;
  paperSize: number | null;
  fitToWidth: number | null;
  fitToPage: boolean;
  printTitleRows: string | null;
  margins: { left: number; right: number; top: number; bottom: number };
  footer: string | null;
  colWidths: Record<string, number>;
  /** Row number → height in points (rows the writer sized). */
  rowHeights: Record<string, number>;
  /** Manual page breaks: a page ends after each of these rows. */
  rowBreaks: number[];
  scale: number | null;
}

export interface DumpedWorkbook {
  sheets: DumpedSheet[];
}

const SCRIPT = fileURLToPath(new URL('./xlsx_dump.py', import.meta.url));

export function readWorkbooks(files: readonly string[]): Record<string, DumpedWorkbook> {
  const out = execFileSync('/usr/bin/python3', [SCRIPT, ...files], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  return JSON.parse(out) as Record<string, DumpedWorkbook>;
}

export function readWorkbook(file: string): DumpedWorkbook {
  return readWorkbooks([file])[file]!;
}

/** Cell values of one row (A, B, C…) as the reader sees them (cached values for formulas). */
export function rowValues(sheet: DumpedSheet, row: number): (string | number | boolean | null)[] {
  const out: (string | number | boolean | null)[] = [];
  for (let c = 0; c < sheet.maxCol; c++) out.push(sheet.cells[`${colName(c)}${row}`]?.cv ?? null);
  return out;
}

export function colName(index0: number): string {
  let n = index0 + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Rows (1-based numbers) whose first cell matches. */
export function findRows(sheet: DumpedSheet, test: (firstCell: string) => boolean): number[] {
  const rows: number[] = [];
  for (let r = 1; r <= sheet.maxRow; r++) {
    const v = sheet.cells[`A${r}`]?.cv;
    if (typeof v === 'string' && test(v)) rows.push(r);
  }
  return rows;
}
