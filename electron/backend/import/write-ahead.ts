import { randomUUID } from 'node:crypto';
import {
  insertNewProcedures,
  storedMappings,
  type NewProcedureBatch,
} from '../../../db/queries/import-records';
import { stageBackup, type StagedBackup } from '../backup/service';
import type { BackendContext } from '../context';
import { formatOf } from './analyse';
import { levelFit as levelFitOf } from './level-fit';
import type { ListVerdict } from './list-read-ahead';
import type { ListReadAheadOptions } from './parse-in-worker';
import {
  problemList,
  saveRemembered,
  unitLevelOf,
  type HeadlessImportOptions,
  type ImportOutcome,
} from './run-import';

/**
 * The CLI engine's fast path for a plain list of new procedures: while the import worker parses the file, it
 * also reads the list and builds the rows of each new procedure (list-read-ahead.ts); this thread writes each
 * batch as it arrives, inside one write transaction opened before the first, and commits once the worker's
 * verdict on the whole workbook says it is exactly the list written. Anything else rolls back, and the import
 * runs its usual path (importParsed) on the same workbook, so the outcome, the database and the backups are those
 * of that path:
 * - a row that would not be written as a new procedure (rejected, a code seen before in the file, a record the
 *   quick check does not vouch for) stops the worker's read-ahead, which says so (a null batch);
 * - a code already in the database (this unit's or another's) is refused by the table's UNIQUE code;
 * - at the end, the worker must have found one list plan over the very rows it read, every procedure written.
 * The backup is the pre-import state: taken after BEGIN IMMEDIATE (nobody else can commit from then on), while
 * the worker starts parsing, through a second, read-only connection, staged under a temporary name and published
 * only just before COMMIT; abandoning discards it, so a refused file leaves no backup and prunes none.
 * Nothing else may use the connection while the transaction is open (its reads would see the uncommitted rows,
 * and its writes would be committed or rolled back with the import): that holds in the CLI and the bench, which
 * run one import and nothing else, so only they use this path (see `open`); the app's wizard never does.
 */
export class WriteAhead {
  private state: 'open' | 'abandoned' | 'committed' = 'open';
  private written = 0;
  /** Set when this rolls back: the worker then sends the workbook's rows for the usual path (parse-in-worker.ts). */
  readonly rowsWanted = new Int32Array(new SharedArrayBuffer(4));
  private readonly batchId = randomUUID();
  private readonly now = new Date().toISOString();
  private readonly actor: string;
  private backup: StagedBackup | null = null;

  private constructor(
    private readonly ctx: BackendContext,
    private readonly o: HeadlessImportOptions,
  ) {
    this.actor = ctx.actor();
  }

  /**
   * Begins the transaction, or returns null when this path does not apply: a dry run, a list sheet named by the
   * user (only the first sheet is read ahead), the live app (other requests share the connection), a connection
   * already in a transaction, or a database not in WAL mode (the backup's reader needs WAL).
   */
  static open(ctx: BackendContext, o: HeadlessImportOptions): WriteAhead | null {
    const db = ctx.db;
    if (o.dryRun || o.sheet !== undefined || o.pick || (ctx.mode !== 'cli' && ctx.mode !== 'test'))
      return null;
    if (db.inTransaction || db.readonly) return null;
    if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') return null;
    db.exec('BEGIN IMMEDIATE');
    return new WriteAhead(ctx, o);
  }

  /**
   * Stages the backup of the state before the import; called once the worker has the file, so the copy is made
   * while it parses. If it cannot be made, this rolls back and the usual path takes (or fails to take) its own.
   */
  stageBackup(): void {
    if (this.state !== 'open' || this.backup) return;
    try {
      this.backup = stageBackup(this.ctx.db, this.ctx.dataDir, 'import');
    } catch {
      this.abandon();
    }
  }

  /**
   * What the worker's list read-ahead needs (parseReadingList): the remembered column mappings as they are inside
   * this transaction (nobody else can change them from BEGIN IMMEDIATE on), where to send its batches, and the
   * flag this sets when it rolls back.
   */
  readListOptions(): ListReadAheadOptions {
    return { mappings: storedMappings(this.ctx.db), onBatch: this.write, rowsWanted: this.rowsWanted };
  }

  /** Writes one batch the worker built (null: its read-ahead stopped); never throws into the parse. */
  readonly write = (batch: NewProcedureBatch | null): void => {
    if (this.state !== 'open') return;
    if (!batch) return this.abandon();
    try {
      const audit = { actor: this.actor, fileName: this.o.fileName, batchId: this.batchId };
      insertNewProcedures(this.ctx.db, batch, this.o.unitId, audit, this.now);
      this.written += batch.heads.length;
    } catch {
      this.abandon(); // e.g. a code already stored: the usual path plans it as an update or a conflict
    }
  };

  /** Rolls back everything written and discards the staged backup. */
  abandon(): void {
    if (this.state !== 'open') return;
    this.state = 'abandoned';
    Atomics.store(this.rowsWanted, 0, 1);
    try {
      if (this.ctx.db.inTransaction) this.ctx.db.exec('ROLLBACK');
    } finally {
      this.backup?.discard();
    }
  }

  /**
   * After the whole workbook is parsed: commits and returns importParsed's outcome when the worker's verdict
   * covers exactly the procedures written; otherwise rolls back and returns null (the caller runs importParsed).
   */
  async finish(verdict: ListVerdict | null | undefined): Promise<ImportOutcome | null> {
    const backup = this.backup;
    // Nothing written (a list of headers only): the usual path answers "0 imported" and writes nothing.
    if (this.state === 'open' && backup && verdict && verdict.count === this.written && this.written > 0) {
      // The copy's fsync ran on the thread pool while the rows were written; if it failed, the usual path takes
      // its own backup (and reports why it cannot).
      const synced = await backup.synced.then(
        () => true,
        () => false,
      );
      if (synced && this.state === 'open') return this.commit(verdict, backup);
    }
    this.abandon();
    return null;
  }

  private commit({ plans, remember, warnings, levels }: ListVerdict, backup: StagedBackup): ImportOutcome {
    const levelFit = levelFitOf(
      levels.map((l) => new Set(l)),
      unitLevelOf(this.ctx, this.o.unitId),
    );
    saveRemembered(this.ctx.db, remember);
    // Published before COMMIT, as importParsed backs up before it writes: a committed import always has one.
    const backupFile = backup.publish().file;
    this.ctx.db.exec('COMMIT');
    this.state = 'committed';
    return {
      committed: true,
      format: formatOf(plans),
      created: this.written,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
      rejected: 0,
      errors: [], // no row rejected, no child sheet: nothing to report
      warnings: problemList(warnings, 'warning', this.ctx.locale),
      excluded: 0,
      levelFit,
      backupFile,
    };
  }
}
