import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type {
  CellProblem,
  DryRunRow,
  importContract,
  SheetPlan as PlanDto,
} from '../../shared/contract/import';
import type { Locale } from '../../shared/errors';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import type { HandlersFor } from '../handler-types';
import { buildCandidates, detectPlans, fieldLabel, formatOf } from './analyse';
import { backupBeforeImport } from './backup';
import { commitPlan } from './commit';
import { clip, displayValue } from './display';
import { planRows, summarise, type PlannedRow } from './dry-run';
import { writeErrorReport, type ReportLine } from './error-report';
import { FIELDS, type SheetRole } from './fields';
import { layoutKey, planAt, type SheetPlan } from './layout';
import { withLimits } from './limits';
import type { Candidate } from './list-rows';
import './messages';
import { warmImportWorker } from './import-worker-pool';
import { parseInWorker } from './parse-in-worker';
import { renderProblem, type Problem } from './problems';
import { rememberedIn, rememberPlans } from './run-import';
import { pickRows, rowSelection } from './row-pick';
import {
  closeSession,
  getSession,
  openSession,
  parsedWorkbook,
  progressOf,
  type ImportSession,
} from './session-store';
import { keepsWorkersReady } from '../workers/standby-worker';
import { requireUnit } from '../inventory/units';

const SAMPLE_ROWS = 15;
const MAX_DRY_RUN_ROWS = 5000;

const cellProblem = (p: Problem, locale: Locale): CellProblem => ({
  sheet: p.sheet,
  row: p.row,
  column: p.column,
  field: p.field,
  severity: p.severity,
  message: renderProblem(p, locale),
});

function plansOf(input: PlanDto[]): SheetPlan[] {
  return input.map((p) => ({ sheet: p.sheet, role: p.role, headerRow: p.headerRow, fields: p.fields }));
}

async function candidatesFor(s: ImportSession, plans: SheetPlan[]) {
  const raw = await parsedWorkbook(s);
  for (const p of plans)
    if (!raw.sheets.some((x) => x.name === p.sheet))
      throw new ApiFailure('IMPORT_NO_SHEET', { file: s.fileName, sheet: p.sheet });
  return buildCandidates(raw, plans, s.fileName);
}

function previewValues(c: Candidate, locale: Locale): Record<string, string> {
  const out: Record<string, string> = { code: c.code || String(c.record.code ?? '') };
  for (const [k, v] of Object.entries(c.record)) if (k !== 'code') out[k] = clip(displayValue(k, v, locale));
  for (const [k, v] of Object.entries(c.unit)) out[k] = clip(displayValue(k, v, locale));
  return out;
}

function reportLines(s: ImportSession, locale: Locale): ReportLine[] {
  if (!s.dryRun) throw new ApiFailure('IMPORT_NEEDS_DRY_RUN');
  const fromRows = s.dryRun.rows
    .filter((r) => r.status === 'rejected')
    .flatMap((r) =>
      r.candidate.problems
        .filter((p) => p.severity === 'error')
        .map((p) => ({
          sheet: p.sheet,
          row: p.row,
          column: p.column,
          code: String(r.candidate.record.code ?? ''),
          name: r.candidate.record.name ?? '',
          message: renderProblem(p, locale),
        })),
    );
  const orphans = s.dryRun.orphans.map((p) => ({
    sheet: p.sheet,
    row: p.row,
    column: p.column,
    code: p.params.value ?? '',
    name: '',
    message: renderProblem(p, locale),
  }));
  return [...fromRows, ...orphans];
}

/**
 * Keeps an import worker loaded and waiting while the officer is on the Import screen (desktop and browser mode;
 * the CLI and tests import one file and stop, so they spawn on demand).
 */
function prepareNextImport(ctx: BackendContext): void {
  if (keepsWorkersReady(ctx.mode)) void warmImportWorker();
}

export const importHandlers: HandlersFor<typeof importContract> = {
  'import.prepare': (_input, ctx) => {
    prepareNextImport(ctx);
    return { ok: true as const };
  },

  'import.upload': (input, ctx) => {
    const limits = withLimits(undefined);
    const fileName = basename(input.fileName.replace(/\\/g, '/'));
    // The size the base64 stands for, checked before it is decoded (the wizard checks the file before reading).
    const size = Math.floor((input.dataBase64.replace(/=+$/, '').length * 3) / 4);
    if (size > limits.maxFileBytes)
      throw new ApiFailure('IMPORT_FILE_TOO_BIG', {
        file: fileName,
        size: (size / 1048576).toFixed(1),
        limit: (limits.maxFileBytes / 1048576).toFixed(1),
      });
    const bytes = Buffer.from(input.dataBase64, 'base64');
    const s = openSession(fileName, (session) => {
      const job = parseInWorker(bytes, fileName, limits, (p) => {
        session.progress = progressOf(p);
      });
      // The next file (the officer may pick another one) gets a loaded worker too, once this one is parsed.
      void job.promise.catch(() => undefined).finally(() => prepareNextImport(ctx));
      return job;
    });
    return { token: s.token, size: bytes.length };
  },

  'import.inspect': async (input, ctx) => {
    const s = getSession(input.token);
    const raw = await parsedWorkbook(s);
    const remembered = rememberedIn(ctx.db);
    let plans = detectPlans(remembered, raw, input.listSheet, s.fileName);
    if (input.listSheet && input.headerRow !== undefined) {
      const sheet = raw.sheets.find((x) => x.name === input.listSheet)!;
      const chosen = planAt(sheet, 'list', input.headerRow);
      const mapping = remembered(layoutKey(sheet, input.headerRow));
      plans = [
        { ...chosen, fields: mapping?.fields ?? chosen.fields },
        ...plans.filter((p) => p.role !== 'list'),
      ];
    }
    const fields = Object.fromEntries(
      (Object.keys(FIELDS) as SheetRole[]).map((role) => [
        role,
        FIELDS[role].map((f) => ({ key: f.key, label: f[ctx.locale], required: f.required ?? false })),
      ]),
    ) as Record<SheetRole, { key: string; label: string; required: boolean }[]>;
    return {
      fileName: s.fileName,
      format: formatOf(plans),
      sheets: raw.sheets.map((sh) => ({
        name: sh.name,
        rowCount: sh.rows.length,
        colCount: sh.colCount,
        sample: sh.rows
          .slice(0, SAMPLE_ROWS)
          .map((r) => Array.from({ length: sh.colCount }, (_, c) => clip(r?.[c]?.v ?? '', 120))),
      })),
      plans,
      fields,
    };
  },

  'import.preview': async (input, ctx) => {
    const s = getSession(input.token);
    const { candidates, orphanProblems } = await candidatesFor(s, plansOf(input.plans));
    const problemCount = candidates.reduce((n, c) => n + c.problems.length, 0) + orphanProblems.length;
    return {
      total: candidates.length,
      problemCount,
      rows: candidates.slice(0, input.limit).map((c) => ({
        sheet: c.sheet,
        row: c.row,
        values: previewValues(c, ctx.locale),
        problems: c.problems.map((p) => cellProblem(p, ctx.locale)),
      })),
    };
  },

  'import.dryRun': async (input, ctx) => {
    const unit = requireUnit(ctx, input.unitId);
    const s = getSession(input.token);
    const plans = plansOf(input.plans);
    const { candidates, orphanProblems } = await candidatesFor(s, plans);
    s.progress = { phase: 'plan', percent: 50 };
    const { kept, excluded } = pickRows(candidates, input.pick);
    const rows = planRows(ctx.db, input.unitId, kept);
    s.dryRun = { unitId: input.unitId, plans, pick: input.pick, rows, orphans: orphanProblems };
    s.progress = { phase: 'ready', percent: 100 };
    const listRole = (sheet: string): SheetRole => plans.find((p) => p.sheet === sheet)?.role ?? 'list';
    const shown: DryRunRow[] = rows
      .filter((r) => r.status !== 'unchanged')
      .slice(0, MAX_DRY_RUN_ROWS)
      .map((r) => ({
        key: r.candidate.code || `${r.candidate.sheet}!${r.candidate.row}`,
        sheet: r.candidate.sheet,
        row: r.candidate.row,
        name: clip(r.merged?.name ?? r.candidate.record.name ?? '', 300),
        status: r.status,
        diffs: r.diffs.map((d) => ({
          field: d.field,
          label: fieldLabel(listRole(r.candidate.sheet), d.field, ctx.locale),
          old: clip(displayValue(d.field, d.old, ctx.locale)),
          new: clip(displayValue(d.field, d.new, ctx.locale)),
        })),
        problems: r.candidate.problems.map((p) => cellProblem(p, ctx.locale)),
      }));
    return {
      summary: summarise(rows),
      rows: shown,
      truncated: rows.filter((r) => r.status !== 'unchanged').length > shown.length,
      selection: rowSelection(candidates, unit.level, excluded),
    };
  },

  'import.commit': async (input, ctx) => {
    const s = getSession(input.token);
    if (!s.dryRun) throw new ApiFailure('IMPORT_NEEDS_DRY_RUN');
    const { unitId, plans, pick } = s.dryRun;
    // Planned again against the database as it is now, so a change made since the dry run is not overwritten.
    const { candidates, orphanProblems } = await candidatesFor(s, plans);
    const { kept, excluded } = pickRows(candidates, pick);
    const rows = planRows(ctx.db, unitId, kept);
    s.dryRun = { unitId, plans, pick, rows, orphans: orphanProblems };
    const accept = new Set(input.accept);
    const count = (st: PlannedRow['status']) => rows.filter((r) => r.status === st).length;
    const accepted = rows.filter((r) => r.status === 'updated' && accept.has(r.candidate.code)).length;
    if (count('new') + accepted === 0) {
      // Nothing to write: no backup, no remembered mapping, the database untouched.
      s.progress = { phase: 'done', percent: 100 };
      return {
        committed: false,
        created: 0,
        updated: 0,
        unchanged: count('unchanged'),
        conflicts: count('updated'),
        rejected: count('rejected'),
        backupName: null,
        excluded,
      };
    }
    s.progress = { phase: 'commit', percent: 50 };
    const backupFile = backupBeforeImport(ctx.db, ctx.dataDir);
    const counts = commitPlan(ctx.db, unitId, rows, (code) => accept.has(code), ctx.actor(), s.fileName);
    rememberPlans(ctx, await parsedWorkbook(s), plans);
    s.progress = { phase: 'done', percent: 100 };
    return {
      committed: true,
      created: counts.created,
      updated: counts.updated,
      unchanged: counts.unchanged,
      conflicts: counts.conflicts,
      rejected: counts.rejected,
      backupName: basename(backupFile),
      excluded,
    };
  },

  'import.errorReport': async (input, ctx: BackendContext) => {
    const s = getSession(input.token);
    const lines = reportLines(s, ctx.locale);
    const file = join(mkdtempSync(join(tmpdir(), 'tinhgon-import-')), 'loi-nhap.xlsx');
    await writeErrorReport(file, s.fileName, lines, ctx.locale);
    const stem = s.fileName.replace(/\.xlsx$/i, '');
    return ctx.host.deliverFile(file, `${stem} - ${ctx.locale === 'vi' ? 'dòng lỗi' : 'rejected rows'}.xlsx`);
  },

  'import.progress': (input) => getSession(input.token).progress,

  'import.cancel': (input) => {
    closeSession(input.token);
    return { ok: true as const };
  },
};
