import type { NewProcedureBatch } from '../../../db/queries/import-records';
import { unitFieldRuns } from '../../../db/queries/procedure-columns';
import { headValues } from '../../../db/queries/procedure-write';
import type { UnitProcedureFields } from '../../shared/domain';
import { detectPlans, listPlanOf, type MappingLookup } from './analyse';
import type { RowChunk } from './fast-reader';
import { HEADER_SCAN_ROWS, type SheetPlan } from './layout';
import { levelsOf, type LevelKey } from './level-fit';
import { ListRowReader } from './list-rows';
import type { Problem } from './problems';
import { checkedNewRecord } from './new-records';
import type { RawSheet, RawWorkbook } from './raw-workbook';
import { mappingsToRemember, type RememberedMapping } from './remembered-mappings';

/**
 * Runs in the import worker, for the CLI engine's write-ahead (write-ahead.ts): reads the first sheet's rows as
 * the parser hands them over, as a plain list of new procedures, and turns each chunk into the procedures rows
 * the main thread writes (each record built and checked against the schema), so the thread that owns the
 * database only writes them. It is a guess, checked once the whole workbook is parsed (`verdict`). The first row
 * that would not be written as a new procedure (rejected, a code seen before, a record the quick check does not
 * vouch for) stops it, and the main thread then rolls back and imports as usual.
 * Nothing here may throw into the parse: any failure stops the read-ahead.
 */

/** What the main thread needs to commit what it wrote: the plans (and mappings to remember) and the count. */
export interface ListVerdict {
  plans: SheetPlan[];
  remember: RememberedMapping[];
  /** How many procedures all the batches held. */
  count: number;
  /** Their warnings (a row with an error stops the read-ahead, so these are all there are). */
  warnings: Problem[];
  /** The levels each row is carried out at (level-fit.ts), for the fit to the unit's level. */
  levels: LevelKey[][];
}

export class ListReadAhead {
  private sheet: RawSheet | null = null;
  private plan: SheetPlan | null = null;
  private reader: ListRowReader | null = null;
  private next = 0;
  private state: 'reading' | 'stopped' | 'done' = 'reading';
  private readonly seen = new Set<string>();
  /** How many procedures the batches held. */
  private written = 0;

  constructor(
    private readonly remembered: MappingLookup,
    private readonly fileName: string,
  ) {}

  /**
   * Reads one chunk: the new procedures it holds, ready to write; `null` once, when the read-ahead stops (what
   * was written must be rolled back); undefined when there is nothing to write.
   */
  read(chunk: RowChunk): NewProcedureBatch | null | undefined {
    if (this.state !== 'reading' || chunk.sheet !== 0) return undefined;
    try {
      const batch = this.readChunk(chunk);
      if (batch !== null) return batch;
    } catch {
      // Stops below; the import reads the sheet again and meets (and reports) the same problem there.
    }
    this.state = 'stopped';
    return null;
  }

  private readChunk(chunk: RowChunk): NewProcedureBatch | null | undefined {
    const sheet = (this.sheet ??= { name: chunk.name, rows: [], colCount: 0 });
    for (const row of chunk.rows) {
      sheet.rows.push(row);
      if (row && row.length > sheet.colCount) sheet.colCount = row.length;
    }
    if (!this.reader) {
      if (sheet.rows.length < HEADER_SCAN_ROWS) return undefined;
      const plan = detectPlans(this.remembered, { sheets: [sheet] })[0];
      if (!plan || plan.role !== 'list') return null;
      this.plan = plan;
      this.reader = new ListRowReader(sheet.name, plan);
      this.next = plan.headerRow;
    }
    const heads = [];
    const units: UnitProcedureFields[] = [];
    for (; this.next < sheet.rows.length; this.next++) {
      const c = this.reader.read(this.next + 1, sheet.rows[this.next]);
      if (!c) continue;
      const p = c.code && !this.seen.has(c.code) ? checkedNewRecord(c) : undefined;
      if (!p) return null;
      this.seen.add(c.code);
      this.written++;
      heads.push(headValues(p.merged));
      units.push(p.mergedUnit);
    }
    return heads.length ? { heads, units: unitFieldRuns(units) } : undefined;
  }

  /**
   * After the whole workbook is parsed: the verdict when reading `raw` as importParsed does gives exactly the
   * procedures handed out, else null. That holds when the workbook has one plan, a list plan, the very one
   * guessed, over the very rows read: importParsed's candidates would then be the ones read here, every one
   * written (any other stopped the read-ahead), none a duplicate (the read-ahead stopped at the first repeated
   * code), and with no child sheet nothing else would change them.
   */
  verdict(raw: RawWorkbook): ListVerdict | null {
    if (this.state !== 'reading' || !this.reader || !this.sheet) return null;
    this.state = 'done';
    try {
      const plans = detectPlans(this.remembered, raw, undefined, this.fileName);
      listPlanOf(raw, plans, this.fileName); // what buildCandidates refuses, the usual path refuses
      const [plan] = plans;
      const sheet = raw.sheets[0];
      const ahead = this.sheet;
      if (plans.length !== 1 || !plan || !sheet || plan.sheet !== sheet.name || ahead.name !== sheet.name)
        return null;
      if (JSON.stringify(plan) !== JSON.stringify(this.plan)) return null;
      // The workbook's rows must be the very rows read ahead (a sheet sent again whole is not).
      if (sheet.rows.length !== ahead.rows.length || sheet.rows.some((row, i) => row !== ahead.rows[i]))
        return null;
      if (this.reader.candidates.length !== this.written) return null;
      const { candidates } = this.reader;
      const warnings = candidates.flatMap((c) => c.problems);
      const levels = candidates.map((c) => [...levelsOf(c)]);
      return { plans, remember: mappingsToRemember(raw, plans), count: this.written, warnings, levels };
    } catch {
      return null; // whatever failed here fails again, the same way, on the usual path
    }
  }
}
