import { saveMapping } from '../../../db/queries/import-records';
import type { Locale } from '../../shared/errors';
import type { BackendContext } from '../context';
import { buildCandidates, detectPlans, formatOf, type ImportFormat } from './analyse';
import { backupBeforeImport } from './backup';
import { commitPlan } from './commit';
import { planRows, type PlannedRow } from './dry-run';
import { layoutKey, type SheetPlan } from './layout';
import type { Candidate } from './list-rows';
import type { ImportLimits } from './limits';
import { parseInWorker } from './parse-in-worker';
import { ListPrefetch } from './prefetch';
import { renderProblem, type Problem } from './problems';
import type { RawWorkbook } from './raw-workbook';
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
  backupFile?: string;
}

export function errorList(
  candidates: Candidate[],
  orphans: Problem[],
  locale: Locale,
): ImportOutcome['errors'] {
  return [...candidates.flatMap((c) => c.problems), ...orphans]
    .filter((p) => p.severity === 'error')
    .map((p) => ({ sheet: p.sheet, row: p.row, column: p.column, message: renderProblem(p, locale) }));
}

/** Remembers the column mapping of each sheet layout the user committed with. */
export function rememberPlans(ctx: BackendContext, raw: RawWorkbook, plans: SheetPlan[]): void {
  for (const plan of plans) {
    const sheet = raw.sheets.find((s) => s.name === plan.sheet);
    if (sheet)
      saveMapping(ctx.db, layoutKey(sheet, plan.headerRow), { fields: plan.fields, role: plan.role });
  }
}

/** What a headless import is asked to do: which file (for messages), into which unit, from which sheet. */
export interface HeadlessImportOptions {
  fileName: string;
  unitId: number;
  sheet?: string;
  dryRun: boolean;
  update: boolean;
}

/**
 * Headless import (CLI and tests): plan, then — unless a dry run — back up and commit in one transaction.
 * Changed existing records are applied only with `update`; otherwise they are conflicts left untouched.
 */
export function importParsed(
  ctx: BackendContext,
  raw: RawWorkbook,
  o: HeadlessImportOptions & {
    plans?: SheetPlan[];
    /** The list rows read while the file was parsed (parseAndImport); used only if they still hold. */
    prefetch?: Pick<ListPrefetch, 'candidates'>;
  },
): ImportOutcome {
  const plans = o.plans ?? detectPlans(ctx.db, raw, o.sheet, o.fileName);
  const { candidates, orphanProblems } = buildCandidates(raw, plans, o.fileName, o.prefetch);
  const rows: PlannedRow[] = planRows(ctx.db, o.unitId, candidates);
  const errors = errorList(candidates, orphanProblems, ctx.locale);
  const format = formatOf(plans);
  if (o.dryRun) {
    const n = (s: PlannedRow['status']) => rows.filter((r) => r.status === s).length;
    return {
      committed: false,
      format,
      created: n('new'),
      updated: o.update ? n('updated') : 0,
      unchanged: n('unchanged'),
      conflicts: o.update ? 0 : n('updated'),
      rejected: n('rejected'),
      errors,
    };
  }
  const backupFile = backupBeforeImport(ctx.db, ctx.dataDir);
  const counts = commitPlan(ctx.db, o.unitId, rows, () => o.update, ctx.actor(), o.fileName);
  rememberPlans(ctx, raw, plans);
  const { batchId: _batch, ...rest } = counts;
  return { committed: true, format, ...rest, errors, backupFile };
}

/**
 * The CLI's import: parses the file in the import worker and, meanwhile, reads the list rows it streams on
 * this thread (prefetch.ts) and writes them inside an open transaction (write-ahead.ts), committed once the
 * whole workbook proves to be that plain list of new procedures; anything else rolls back and runs importParsed.
 * Same outcome as parseInWorker followed by importParsed.
 */
export async function parseAndImport(
  ctx: BackendContext,
  bytes: Buffer,
  o: HeadlessImportOptions & { limits: ImportLimits },
): Promise<ImportOutcome> {
  const { limits, ...rest } = o;
  // A list sheet named by the user may not be the first one, which is the only sheet read ahead.
  const prefetch = o.sheet === undefined ? new ListPrefetch(ctx.db) : undefined;
  const job = parseInWorker(bytes, o.fileName, limits, undefined, 'auto', prefetch?.onRows);
  // Opened once the worker has the file (a file refused by the pre-check never opens a transaction); no chunk
  // can arrive before this synchronous code is done.
  const ahead = prefetch ? WriteAhead.open(ctx, rest) : null;
  if (prefetch && ahead) prefetch.onCandidates = ahead.write;
  let raw: RawWorkbook;
  try {
    raw = await job.promise;
  } catch (err) {
    ahead?.abandon();
    throw err;
  }
  if (!prefetch) return importParsed(ctx, raw, rest);
  const done = await ahead?.finish(raw, prefetch);
  if (done && 'outcome' in done) return done.outcome;
  return importParsed(ctx, raw, { ...rest, prefetch: done?.rerun ?? prefetch });
}
