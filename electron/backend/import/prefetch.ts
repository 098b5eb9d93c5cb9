import type { Database } from 'better-sqlite3';
import { detectPlans } from './analyse';
import type { RowChunk } from './fast-reader';
import type { SheetPlan } from './layout';
import { ListRowReader, type Candidate } from './list-rows';
import { prepareNew } from './new-records';
import type { RawSheet, RawWorkbook } from './raw-workbook';

/**
 * Reads the list sheet while the import worker is still parsing the file (the machine has a second core; the
 * main thread would otherwise wait): rows become candidates as their chunk arrives, and each candidate that
 * would be a new procedure has its record built, checked and its search text folded ahead. All of it is a guess
 * that the import then checks: the candidates are used only when the layout detected on the whole workbook is the
 * one guessed (same sheet, same plan, same rows, no child sheets); otherwise the import reads the sheet as if
 * this never ran. Nothing here may throw into the worker's message handler: any failure turns the read-ahead off.
 */
const HEADER_SCAN_ROWS = 30; // layout.ts reads the header among the first 30 rows

export class ListPrefetch {
  private sheet: RawSheet | null = null;
  private plan: SheetPlan | null = null;
  private reader: ListRowReader | null = null;
  private next = 0;
  private off = false;
  /** Told of the candidates each chunk made, once they are prepared (write-ahead.ts writes them). */
  onCandidates: ((made: Candidate[]) => void) | null = null;

  constructor(private readonly db: Database) {}

  readonly onRows = (chunk: RowChunk): void => {
    if (this.off || chunk.sheet !== 0) return;
    try {
      this.readAhead(chunk);
    } catch {
      // The import reads the sheet again from the whole workbook, and meets (and reports) the same problem there.
      this.off = true;
    }
  };

  private readAhead(chunk: RowChunk): void {
    const sheet = (this.sheet ??= { name: chunk.name, rows: [], colCount: 0 });
    for (const row of chunk.rows) {
      sheet.rows.push(row);
      if (row && row.length > sheet.colCount) sheet.colCount = row.length;
    }
    if (!this.reader) {
      if (sheet.rows.length < HEADER_SCAN_ROWS) return;
      const plan = detectPlans(this.db, { sheets: [sheet] })[0];
      if (!plan || plan.role !== 'list') {
        this.off = true;
        return;
      }
      this.plan = plan;
      this.reader = new ListRowReader(sheet.name, plan);
      this.next = plan.headerRow;
    }
    const made: Candidate[] = [];
    for (; this.next < sheet.rows.length; this.next++) {
      const c = this.reader.read(this.next + 1, sheet.rows[this.next]);
      if (c) {
        prepareNew(c);
        made.push(c);
      }
    }
    if (made.length) this.onCandidates?.(made);
  }

  /** The list rows read ahead, if they are exactly what reading `raw` with these plans gives; else null. */
  candidates(raw: RawWorkbook, plans: SheetPlan[]): Candidate[] | null {
    const [plan] = plans;
    const sheet = raw.sheets[0];
    const ahead = this.sheet;
    if (this.off || !this.reader || !ahead || !sheet || plans.length !== 1 || !plan) return null;
    this.off = true; // finish() marks duplicates: hand the candidates out once
    if (plan.sheet !== sheet.name || ahead.name !== sheet.name) return null;
    if (JSON.stringify(plan) !== JSON.stringify(this.plan)) return null;
    // The workbook's rows must be the very rows read ahead (a sheet sent again whole is not).
    if (sheet.rows.length !== ahead.rows.length || sheet.rows.some((row, i) => row !== ahead.rows[i]))
      return null;
    return this.reader.finish();
  }
}
