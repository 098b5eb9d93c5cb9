import type { Database } from 'better-sqlite3';
import { getMapping, saveMapping } from '../../../db/queries/import-records';
import type { RowPick } from '../../shared/contract/import';
import type { UnitLevel } from '../../shared/domain';
import type { Locale } from '../../shared/errors';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import { buildCandidates, detectPlans, formatOf, type ImportFormat, type MappingLookup } from './analyse';
import { backupBeforeImport } from './backup';
import { commitPlan } from './commit';
import { planRows, type PlannedRow } from './dry-run';
import type { SheetPlan } from './layout';
import { isRejected, type Candidate } from './list-rows';
import type { ImportLimits } from './limits';
import { parseInWorker, parseReadingList, type ReadAheadResult } from './parse-in-worker';
import { renderProblem, type Problem } from './problems';
import type { RawWorkbook } from './raw-workbook';
import { mappingsToRemember, type RememberedMapping } from './remembered-mappings';
import { precheckXlsx } from './zip-precheck';
import type { LevelFit } from './level-fit';
import { fitOf, pickRows } from './row-pick';
import { WriteAhead } from './write-ahead';
import './messages';

/** The CLI's result shape (also what the wizard's commit returns, plus the backup file). */
export interface ImportOutcome {
  committed: boolean;
  format: ImportFormat;
  created: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  rejected: number;
  errors: { sheet: string; row: number; column: string; message: string }[];
  /** What was tidied in rows that are imported (a cell naming two lĩnh vực, control characters removed…). */
  warnings: ImportOutcome['errors'];
  /** Rows left out by the pick (--only-field, --level). */
  excluded: number;
  /** How the file's rows (all of them, picked or not) fit the unit's level; `warn` when most do not. */
  levelFit: LevelFit;
  backupFile?: string;
}

export function errorList(
  candidates: Candidate[],
  orphans: Problem[],
  locale: Locale,
): ImportOutcome['errors'] {
  return problemList([...candidates.flatMap((c) => c.problems), ...orphans], 'error', locale);
}

/** The problems of one severity, rendered, each with its cell. */
export function problemList(
  problems: Problem[],
  severity: Problem['severity'],
  locale: Locale,
): ImportOutcome['errors'] {
  return problems
    .filter((p) => p.severity === severity)
    .map((p) => ({ sheet: p.sheet, row: p.row, column: p.column, message: renderProblem(p, locale) }));
}

/** The level of the unit imported into (the CLI resolved it; a missing one is refused as NOT_FOUND). */
export function unitLevelOf(ctx: BackendContext, unitId: number): UnitLevel {
  const unit = ctx.db.prepare('SELECT level FROM units WHERE id = ?').get(unitId) as
    { level: UnitLevel } | undefined;
  if (!unit) throw new ApiFailure('NOT_FOUND', { what: `đơn vị #${unitId}` });
  return unit.level;
}

/** The column mappings remembered in the database, looked up by layout key. */
export const rememberedIn =
  (db: Database): MappingLookup =>
  (key) =>
    getMapping(db, key);

export function saveRemembered(db: Database, remember: readonly RememberedMapping[]): void {
  for (const r of remember) saveMapping(db, r.layoutKey, r.mapping);
}

/** Remembers the column mapping of each sheet layout the user committed with. */
export function rememberPlans(ctx: BackendContext, raw: RawWorkbook, plans: SheetPlan[]): void {
  saveRemembered(ctx.db, mappingsToRemember(raw, plans));
}

/** What a headless import is asked to do: which file (for messages), into which unit, from which sheet. */
export interface HeadlessImportOptions {
  fileName: string;
  unitId: number;
  sheet?: string;
  dryRun: boolean;
  update: boolean;
  /** Only these rows (by lĩnh vực, by level); all when absent. */
  pick?: RowPick;
}

/**
 * Headless import (CLI and tests): plan, then — unless a dry run — back up and commit in one transaction.
 * Changed existing records are applied only with `update`; otherwise they are conflicts left untouched.
 */
export function importParsed(
  ctx: BackendContext,
  raw: RawWorkbook,
  o: HeadlessImportOptions & { plans?: SheetPlan[] },
): ImportOutcome {
  const plans = o.plans ?? detectPlans(rememberedIn(ctx.db), raw, o.sheet, o.fileName);
  const built = buildCandidates(raw, plans, o.fileName);
  const levelFit = fitOf(built.candidates, unitLevelOf(ctx, o.unitId));
  const { kept: candidates, excluded } = pickRows(built.candidates, o.pick);
  const rows: PlannedRow[] = planRows(ctx.db, o.unitId, candidates);
  const errors = errorList(candidates, built.orphanProblems, ctx.locale);
  const warnings = problemList(
    candidates.filter((c) => !isRejected(c)).flatMap((c) => c.problems),
    'warning',
    ctx.locale,
  );
  const format = formatOf(plans);
  const n = (s: PlannedRow['status']) => rows.filter((r) => r.status === s).length;
  // An import with nothing to write (every row rejected, only headers, all unchanged, only changes not
  // accepted) writes nothing at all: no backup, no remembered mapping, not a byte of the database.
  if (o.dryRun || n('new') + (o.update ? n('updated') : 0) === 0)
    return {
      committed: false,
      format,
      created: o.dryRun ? n('new') : 0,
      updated: o.dryRun && o.update ? n('updated') : 0,
      unchanged: n('unchanged'),
      conflicts: o.update ? 0 : n('updated'),
      rejected: n('rejected'),
      errors,
      warnings,
      excluded,
      levelFit,
    };
  const backupFile = backupBeforeImport(ctx.db, ctx.dataDir);
  const counts = commitPlan(ctx.db, o.unitId, rows, () => o.update, ctx.actor(), o.fileName);
  rememberPlans(ctx, raw, plans);
  const { batchId: _batch, ...rest } = counts;
  return { committed: true, format, ...rest, errors, warnings, excluded, levelFit, backupFile };
}

/**
 * The CLI's import: parses the file in the import worker, which also reads a plain list of new procedures as it
 * goes (list-read-ahead.ts), while this thread writes what it sends inside an open transaction (write-ahead.ts),
 * committed once the worker's verdict on the whole workbook says it is exactly that list; anything else rolls
 * back and runs importParsed. Same outcome as parseInWorker followed by importParsed.
 */
export async function parseAndImport(
  ctx: BackendContext,
  bytes: Buffer,
  o: HeadlessImportOptions & { limits: ImportLimits },
): Promise<ImportOutcome> {
  const { limits, ...rest } = o;
  // A file the pre-check refuses never opens a transaction; no batch can arrive before the backup is staged
  // (this code is synchronous until the await).
  precheckXlsx(bytes, o.fileName, limits);
  const ahead = WriteAhead.open(ctx, rest);
  if (!ahead) return importParsed(ctx, await parseInWorker(bytes, o.fileName, limits).promise, rest);
  let parsed: ReadAheadResult;
  try {
    const job = parseReadingList(bytes, o.fileName, limits, ahead.readListOptions());
    ahead.stageBackup(); // while the worker starts on the file
    parsed = await job.promise;
  } catch (err) {
    ahead.abandon();
    throw err;
  }
  const outcome = await ahead.finish(parsed.list);
  if (outcome) return outcome;
  // Rolled back after the worker had decided to keep the rows: read the file again (rare: a stored code met in
  // the last rows).
  const raw = parsed.raw ?? (await parseInWorker(bytes, o.fileName, limits).promise);
  return importParsed(ctx, raw, rest);
}
