/**
 * The province's consolidated reports through the unit app's own builders (electron/backend/reports/builders):
 * - phương án của tỉnh (`plan`): one block per procedure, the proposals of every unit that proposed it (each
 *   naming its units) and the sum of their figures, as sent (never recomputed);
 * - kết quả rà soát (`review-results`): every unit's items, by lĩnh vực;
 * - thống kê with Biểu II.07b (`statistics`): the province and each unit's inventory, through an in-memory
 *   projection with the unit schema (db/queries/province-projection.ts).
 */
import type { Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { currentInventories, currentItemResults } from '../../db/pg/queries/consolidated';
import { getPlan, provinceLevelCatalog, type PlanRow } from '../../db/pg/queries/plans';
import { openDatabase } from '../../db/open';
import { writeProjection, type ProjectedUnit } from '../../db/queries/province-projection';
import type { ReportItem } from '../../db/queries/report-review';
import { ApiFailure } from '../backend/api-failure';
import type { BuildContext } from '../backend/reports/builders/context';
import { isoToday } from '../backend/reports/builders/text';
import { REPORTS } from '../backend/reports/catalogue';
import { headerOf, suggestedNameOf } from '../backend/reports/generate';
import { pathInside } from '../backend/reports/file-names';
import { resolvePeriod } from '../backend/reports/period';
import { writeAtomically } from '../backend/reports/atomic-file';
import { proposalKind, type ItemModel } from '../backend/reports/review-model';
import { PreviewSink } from '../backend/reports/xlsx/preview-sink';
import { ExportCancelled } from '../backend/reports/xlsx/sink';
import { XlsxReportSink } from '../backend/reports/xlsx/xlsx-sink';
import type { ProvinceReportId } from '../shared/contract/province';
import type { ReportPreview } from '../shared/contract/reports';
import { aggregate, type CostTotals } from '../shared/cost/engine';
import { moneyDto, type ComparisonDto, type ScenarioDto } from '../shared/cost/dto';
import { bpToFixed2 } from '../shared/cost/money';
import { ItemResult } from '../shared/submission/package-format';
import type { UnitLevel } from '../shared/domain';
import type { ServerContext } from './context';

/** One unit's item, as the builders model it, from the figures the unit sent. */
export function modelOfResult(r: ItemResult, seq: number): ItemModel {
  const item: ReportItem = {
    itemId: seq,
    procedureId: seq,
    code: r.code,
    name: r.name,
    field: r.field,
    status: r.status,
    reviewer: r.reviewer,
    population: r.population,
    frequency: r.frequency,
    daysAfter: r.daysAfter,
    dossiersPerYear: r.dossiersPerYear,
    approvedBy: r.approvedBy,
    approvedAt: r.approvedAt,
    implementedDecisionNo: r.implementedDecisionNo,
    implementedDecisionDate: r.implementedDecisionDate,
  };
  const proposals = r.marks.filter((m) => m.action !== 'KEEP');
  return {
    item,
    answers: r.answers,
    marks: r.marks,
    proposals,
    before: r.before,
    after: r.after,
    cost: r.figures?.cost ?? null,
    totals: r.figures
      ? {
          beforePerYearMilli: BigInt(r.figures.beforePerYearMilli),
          afterPerYearMilli: BigInt(r.figures.afterPerYearMilli),
        }
      : null,
    daysBefore: r.daysBefore,
    daysAfter: r.daysAfter,
    kind: r.kind,
    processes: r.processes,
    frozen: r.frozen ? { ...r.frozen, newer: null } : null,
  };
}

/** A comparison that carries only the per-year sums (what the plan's blocks and summary print). */
function summedComparison(totals: readonly CostTotals[]): ComparisonDto {
  const a = aggregate(totals);
  const scenario = (perYear: bigint): ScenarioDto => ({
    hourlyIncome: 0,
    population: 0,
    frequency: 1,
    totalHoursMilli: 0,
    timeCost: moneyDto(0n),
    serviceCost: moneyDto(0n),
    otherCost: moneyDto(0n),
    fee: moneyDto(0n),
    perDossier: moneyDto(0n),
    perYear: moneyDto(perYear),
    rows: [],
  });
  return {
    before: scenario(a.beforePerYearMilli),
    after: scenario(a.afterPerYearMilli),
    perDossierSaving: moneyDto(0n),
    saving: moneyDto(a.savingMilli),
    reductionBp: a.reductionBp,
    reductionPct: a.reductionBp === null ? null : bpToFixed2(a.reductionBp),
  };
}

const DRAFT = new Set(['NOT_STARTED', 'IN_PROGRESS', 'RETURNED']);

/**
 * The province's plan: the units' proposals for one procedure merged into one block. The same proposal (same
 * action on the same element with the same content and reason) from several units is listed once, naming them.
 */
export function mergeByProcedure(units: readonly { unitName: string; model: ItemModel }[]): ItemModel[] {
  const byCode = new Map<string, { unitName: string; model: ItemModel }[]>();
  for (const u of units) byCode.set(u.model.item.code, [...(byCode.get(u.model.item.code) ?? []), u]);
  return [...byCode.values()].map((all, i) => {
    // The block is the proposing units' (a unit that reviewed the procedure and proposed nothing is not in it).
    const proposing = all.filter((g) => g.model.proposals.length > 0);
    const group = proposing.length ? proposing : all;
    const first = group[0]!.model;
    const proposals = new Map<string, { mark: ItemModel['proposals'][number]; units: string[] }>();
    for (const { unitName, model } of group)
      for (const p of model.proposals) {
        const key = [p.targetKind, p.action, p.targetLabel, p.proposedValue, p.reason].join('\u0000');
        const entry = proposals.get(key) ?? { mark: p, units: [] };
        entry.units.push(unitName);
        proposals.set(key, entry);
      }
    const merged = [...proposals.values()].map(({ mark, units: names }) => ({
      ...mark,
      reason: `${mark.reason.trim()}${mark.reason.trim() ? ' — ' : ''}Đơn vị đề xuất: ${names.join('; ')}`,
    }));
    const totals = group.flatMap((g) => (g.model.totals ? [g.model.totals] : []));
    const days = group.find((g) => g.model.daysAfter !== null && g.model.daysBefore !== null)?.model ?? first;
    // A draft from any proposing unit makes the province's block a draft (the plan's note names it).
    const status = group.map((g) => g.model.item.status).find((st) => DRAFT.has(st)) ?? first.item.status;
    return {
      ...first,
      item: { ...first.item, itemId: i + 1, procedureId: i + 1, status },
      marks: merged,
      proposals: merged,
      cost: totals.length ? summedComparison(totals) : null,
      totals: totals.length ? aggregate(totals) : null,
      daysBefore: days.daysBefore,
      daysAfter: days.daysAfter,
      kind: proposalKind(merged),
    };
  });
}

async function itemModels(
  ctx: ServerContext,
  planId: number,
  report: ProvinceReportId,
): Promise<ItemModel[]> {
  const rows = await currentItemResults(ctx.pg, planId);
  const units = rows.map((r, i) => ({
    unitName: r.unitName,
    model: modelOfResult(ItemResult.parse(r.result), i + 1),
  }));
  return report === 'plan' ? mergeByProcedure(units) : units.map((u) => u.model);
}

async function projection(ctx: ServerContext, planId: number): Promise<{ db: Database; provinceId: number }> {
  const units = new Map<string, ProjectedUnit & { procedures: ProjectedUnit['procedures'][number][] }>();
  for (const r of await currentInventories(ctx.pg, planId)) {
    const u = units.get(r.unitCode) ?? {
      code: r.unitCode,
      name: r.unitName,
      level: r.unitLevel as UnitLevel,
      procedures: [],
    };
    u.procedures.push(r);
    units.set(r.unitCode, u);
  }
  const own = (await provinceLevelCatalog(ctx.pg)).map((e) => ({
    code: e.code,
    name: e.name,
    field: e.field,
    levels: e.levels,
    onlineLevel: e.unitFields.onlineLevel,
    oneStop: e.unitFields.oneStop,
    hasInternalProcess: e.unitFields.hasInternalProcess,
    dossiersPerYear: e.unitFields.dossiersPerYear,
  }));
  const db = openDatabase(':memory:');
  const provinceId = writeProjection(
    db,
    { code: '__TINH__', name: ctx.provinceName, level: 'TINH', procedures: own },
    [...units.values()],
  );
  return { db, provinceId };
}

async function buildContext(
  ctx: ServerContext,
  plan: PlanRow,
  report: ProvinceReportId,
): Promise<BuildContext> {
  const { db, provinceId } = await projection(ctx, plan.id);
  const today = isoToday();
  return {
    db,
    unit: { id: provinceId, code: '__TINH__', name: ctx.provinceName, level: 'TINH', parentName: '' },
    campaign: {
      id: plan.id,
      unitId: provinceId,
      year: plan.year,
      title: plan.title,
      deadline: plan.deadline,
      status: 'OPEN',
    },
    filters: { fields: [], codes: [] },
    // The province's reports are of what it holds now: the units' current packages.
    today,
    period: resolvePeriod(null, today),
    asOf: today,
    ...(report === 'statistics' ? {} : { models: await itemModels(ctx, plan.id, report) }),
  };
}

async function planOrFail(ctx: ServerContext, planId: number): Promise<PlanRow> {
  const plan = await getPlan(ctx.pg, planId);
  if (!plan) throw new ApiFailure('PROVINCE_PLAN_NOT_FOUND', { id: planId });
  return plan;
}

export async function previewProvinceReport(
  ctx: ServerContext,
  planId: number,
  report: ProvinceReportId,
): Promise<ReportPreview> {
  const bctx = await buildContext(ctx, await planOrFail(ctx, planId), report);
  const sink = new PreviewSink(200);
  try {
    await REPORTS[report].build(bctx, sink);
  } catch (err) {
    if (!(err instanceof ExportCancelled) || !sink.stoppedEarly) throw err;
  } finally {
    bctx.db.close();
  }
  return {
    title: sink.title,
    notes: [...sink.notes, bctx.period.line],
    sheets: sink.sheets,
    columns: sink.columns,
    rows: sink.rows,
    totalRows: sink.stoppedEarly ? null : sink.totalRows,
    suggestedName: suggestedNameOf(bctx, report),
  };
}

/** Writes the report into the server's work folder and offers it as a one-time download. */
export async function exportProvinceReport(ctx: ServerContext, planId: number, report: ProvinceReportId) {
  const bctx = await buildContext(ctx, await planOrFail(ctx, planId), report);
  try {
    const fileName = suggestedNameOf(bctx, report);
    const dir = join(ctx.workDir, 'exports');
    mkdirSync(dir, { recursive: true });
    const target = pathInside(dir, fileName);
    const result = await writeAtomically(target, async (temp) => {
      const sink = new XlsxReportSink(temp, headerOf(bctx, { appendix: null }));
      await REPORTS[report].build(bctx, sink);
      return sink.close();
    });
    const delivery = await ctx.downloads.deliverFile(target, fileName);
    return {
      url: delivery.kind === 'download' ? delivery.url : '',
      fileName,
      rows: result.rows,
      sheets: result.sheets,
    };
  } finally {
    bctx.db.close();
  }
}
