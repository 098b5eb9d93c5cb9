import { randomUUID } from 'node:crypto';
import { insertImportedMany } from '../../../db/queries/import-records';
import { stageBackup, type StagedBackup } from '../backup/service';
import type { BackendContext } from '../context';
import { buildCandidates, detectPlans, formatOf, type Built } from './analyse';
import type { SheetPlan } from './layout';
import { isRejected, type Candidate } from './list-rows';
import { preparedNew } from './new-records';
import type { ListPrefetch } from './prefetch';
import type { RawWorkbook } from './raw-workbook';
import { errorList, rememberPlans, type HeadlessImportOptions, type ImportOutcome } from './run-import';

/**
 * The CLI engine's fast path for a plain list of new procedures: the rows read ahead (prefetch.ts) are written
 * while the worker is still parsing the file, inside one write transaction opened before the first of them, and
 * committed once the whole workbook is parsed and proves to give exactly the plan that was written. Anything
 * else rolls back and the import runs its usual path (importParsed) on the same workbook, so the outcome, the
 * database and the backups are those of that path:
 * - a row that would not be written as a new procedure (rejected, a code seen before in the file or already in
 *   the database, a record the quick check does not vouch for), or any exception, abandons at once;
 * - at the end, the layout, plan and candidates of the whole workbook must be the very ones written.
 * The backup is the pre-import state: taken right after BEGIN IMMEDIATE (nobody else can commit from then on)
 * through a second, read-only connection, staged under a temporary name and published only just before COMMIT;
 * abandoning discards it, so a refused file leaves no backup and prunes none.
 * Nothing else may use the connection while the transaction is open (its reads would see the uncommitted rows,
 * and its writes would be committed or rolled back with the import): that holds in the CLI and the bench, which
 * run one import and nothing else, so only they use this path (see `open`); the app's wizard never does.
 */
export class WriteAhead {
  private state: 'open' | 'abandoned' | 'committed' = 'open';
  private readonly seen = new Set<string>();
  /** Every candidate written, in order, with the record it was written as. */
  private readonly written: { c: Candidate; record: object }[] = [];
  private readonly batchId = randomUUID();
  private readonly now = new Date().toISOString();
  private readonly actor: string;

  private constructor(
    private readonly ctx: BackendContext,
    private readonly o: HeadlessImportOptions,
    private readonly backup: StagedBackup,
  ) {
    this.actor = ctx.actor();
  }

  /**
   * Begins the transaction and stages the backup, or returns null when this path does not apply: a dry run, a
   * list sheet named by the user (not read ahead), the live app (other requests share the connection), a
   * connection already in a transaction, or a database not in WAL mode (the backup's reader needs WAL).
   */
  static open(ctx: BackendContext, o: HeadlessImportOptions): WriteAhead | null {
    const db = ctx.db;
    if (o.dryRun || o.sheet !== undefined || (ctx.mode !== 'cli' && ctx.mode !== 'test')) return null;
    if (db.inTransaction || db.readonly) return null;
    if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') return null;
    db.exec('BEGIN IMMEDIATE');
    try {
      return new WriteAhead(ctx, o, stageBackup(db, ctx.dataDir, 'import'));
    } catch {
      db.exec('ROLLBACK');
      return null; // the usual path takes (or fails to take) its own backup
    }
  }

  /** Writes the new procedures one chunk made (ListPrefetch.onCandidates); never throws into the parse. */
  readonly write = (made: Candidate[]): void => {
    if (this.state !== 'open') return;
    try {
      const ready = [];
      for (const c of made) {
        const p = isRejected(c) || !c.code || this.seen.has(c.code) ? undefined : preparedNew(c);
        if (!p) return this.abandon();
        this.seen.add(c.code);
        ready.push({ c, p });
      }
      // A code already in the database (this unit's or another's) is not a new procedure for this path: the
      // table's UNIQUE code refuses the insert, the catch below abandons, and the usual path plans it.
      const audit = { actor: this.actor, fileName: this.o.fileName, batchId: this.batchId };
      insertImportedMany(
        this.ctx.db,
        ready.map(({ p }) => ({
          record: p.merged,
          existingId: null,
          unit: p.mergedUnit,
          searchText: p.searchText,
        })),
        this.o.unitId,
        audit,
        this.now,
      );
      for (const { c, p } of ready) this.written.push({ c, record: p.merged });
    } catch {
      this.abandon();
    }
  };

  /** Rolls back everything written and discards the staged backup. */
  abandon(): void {
    if (this.state !== 'open') return;
    this.state = 'abandoned';
    try {
      if (this.ctx.db.inTransaction) this.ctx.db.exec('ROLLBACK');
    } finally {
      this.backup.discard();
    }
  }

  /**
   * After the whole workbook is parsed: commits and returns importParsed's outcome when `raw` gives exactly the
   * plan written; otherwise rolls back and returns what importParsed needs to run as if this never ran.
   */
  async finish(
    raw: RawWorkbook,
    prefetch: ListPrefetch,
  ): Promise<{ outcome: ImportOutcome } | { rerun: Pick<ListPrefetch, 'candidates'> }> {
    if (this.state !== 'open') return { rerun: prefetch };
    let built: { plans: SheetPlan[]; result: Built } | null = null;
    try {
      const plans = detectPlans(this.ctx.db, raw, undefined, this.o.fileName);
      const [plan] = plans;
      if (plans.length === 1 && plan?.role === 'list') {
        built = { plans, result: buildCandidates(raw, plans, this.o.fileName, prefetch) };
        const outcome = await this.commitIfWritten(raw, plans, built.result);
        if (outcome) return { outcome };
      }
    } catch {
      // Whatever failed here fails again, the same way, on the usual path.
    }
    this.abandon();
    if (!built) return { rerun: prefetch };
    // The read-ahead hands its candidates out once: the usual path gets the very ones handed out here.
    const { plans, result } = built;
    return {
      rerun: {
        candidates: (r, p) =>
          r === raw && JSON.stringify(p) === JSON.stringify(plans)
            ? result.candidates
            : prefetch.candidates(r, p),
      },
    };
  }

  private async commitIfWritten(
    raw: RawWorkbook,
    plans: SheetPlan[],
    built: Built,
  ): Promise<ImportOutcome | null> {
    const { candidates, orphanProblems } = built;
    const w = this.written;
    if (orphanProblems.length || candidates.length !== w.length) return null;
    // The very candidates written (not a re-read of the sheet), none rejected since (duplicates are marked at
    // the end), each still building the record it was written as: planRows would plan each one 'new' with it.
    for (let i = 0; i < w.length; i++) {
      const c = candidates[i]!;
      if (c !== w[i]!.c || isRejected(c) || preparedNew(c)?.merged !== w[i]!.record) return null;
    }
    const errors = errorList(candidates, orphanProblems, this.ctx.locale);
    await this.backup.synced; // the copy's fsync ran on the thread pool while the rows were written
    if (this.state !== 'open') return null;
    rememberPlans(this.ctx, raw, plans);
    // Published before COMMIT, as importParsed backs up before it writes: a committed import always has one.
    const backupFile = this.backup.publish().file;
    this.ctx.db.exec('COMMIT');
    this.state = 'committed';
    const n = w.length;
    return {
      committed: true,
      format: formatOf(plans),
      created: n,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
      rejected: 0,
      errors,
      backupFile,
    };
  }
}
