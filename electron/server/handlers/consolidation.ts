/** The "Tổng hợp" screens' reads: who sent what, the sums, the overlapping proposals, the reports. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProvinceUnit } from '../../../db/pg/queries/accounts';
import {
  overlappingProcedures,
  overlapUnits,
  totalsBy,
  unitStatus,
} from '../../../db/pg/queries/consolidated';
import { getPlan, listPlans, plansOfUnit } from '../../../db/pg/queries/plans';
import { submissionHistory } from '../../../db/pg/queries/submissions';
import { ApiFailure } from '../../backend/api-failure';
import { proposalText } from '../../backend/reports/builders/text';
import { bpToFixed2, milliToDongNumber, ratioBp } from '../../shared/cost/money';
import { compareVi } from '../../shared/text/collate';
import type { ServerContext } from '../context';
import { planPackage, publishPlan } from '../plans';
import { exportProvinceReport, previewProvinceReport } from '../reports';
import { EMPTY_TOTALS, totalsDto } from '../totals';
import type { ProvinceHandlers } from './types';

async function planOrFail(ctx: ServerContext, planId: number) {
  const plan = await getPlan(ctx.pg, planId);
  if (!plan) throw new ApiFailure('PROVINCE_PLAN_NOT_FOUND', { id: planId });
  return plan;
}

const money = (milli: string | null) => (milli === null ? null : milliToDongNumber(BigInt(milli)));
/** Σ saving / Σ before as "68.40", or null without a cost before. */
function rate(beforeMilli: string | null, afterMilli: string | null): string | null {
  if (beforeMilli === null || afterMilli === null) return null;
  const before = BigInt(beforeMilli);
  const bp = ratioBp(before - BigInt(afterMilli), before);
  return bp === null ? null : bpToFixed2(bp);
}

export const consolidationHandlers: ProvinceHandlers<
  | 'province.plans.list'
  | 'province.plans.publish'
  | 'province.plans.package'
  | 'province.status'
  | 'province.history'
  | 'province.summary'
  | 'province.overlaps'
  | 'province.overlaps.units'
  | 'province.reports.preview'
  | 'province.reports.export'
> = {
  // A unit's account sees only the plans that assign it.
  'province.plans.list': (_i, ctx, caller) =>
    caller.role === 'unit' ? plansOfUnit(ctx.pg, caller.unitCode ?? '') : listPlans(ctx.pg),
  'province.plans.publish': (input, ctx, caller) => publishPlan(ctx, input, caller),
  'province.plans.package': async ({ planId, unitCode }, ctx) => {
    const plan = await planOrFail(ctx, planId);
    if (!(await findProvinceUnit(ctx.pg, unitCode)))
      throw new ApiFailure('PROVINCE_UNKNOWN_UNIT', { unit: unitCode });
    const { bytes, fileName } = await planPackage(ctx, plan, unitCode);
    const dir = join(ctx.workDir, 'plans');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${plan.key}-${plan.version}-${Buffer.from(unitCode).toString('hex')}.tinhgon`);
    writeFileSync(file, bytes);
    const delivery = await ctx.downloads.deliverFile(file, fileName);
    return { url: delivery.kind === 'download' ? delivery.url : '', fileName };
  },

  'province.status': async ({ planId }, ctx) => {
    await planOrFail(ctx, planId);
    return (await unitStatus(ctx.pg, planId))
      .map((r) => ({
        ...r,
        status: r.version === null ? ('NOT_RECEIVED' as const) : ('RECEIVED' as const),
        totals: r.totals && totalsDto(r.totals),
      }))
      .sort((a, b) => compareVi(a.unitName, b.unitName));
  },

  'province.history': async ({ planId, unitCode }, ctx) => {
    await planOrFail(ctx, planId);
    return submissionHistory(ctx.pg, planId, unitCode);
  },

  'province.summary': async ({ planId }, ctx) => {
    await planOrFail(ctx, planId);
    const [all, byField, byUnit] = await Promise.all([
      totalsBy(ctx.pg, planId, 'all'),
      totalsBy(ctx.pg, planId, 'field'),
      totalsBy(ctx.pg, planId, 'unit'),
    ]);
    const groups = (rows: typeof byField) =>
      rows
        .map((r) => ({ key: r.key, label: r.label || 'Lĩnh vực khác', totals: totalsDto(r) }))
        .sort((a, b) => compareVi(a.label, b.label));
    return { total: totalsDto(all[0] ?? EMPTY_TOTALS), byField: groups(byField), byUnit: groups(byUnit) };
  },

  'province.overlaps': async ({ planId, offset, limit }, ctx) => {
    await planOrFail(ctx, planId);
    const { total, rows } = await overlappingProcedures(ctx.pg, planId, { offset, limit });
    return {
      total,
      rows: rows.map((r) => ({
        code: r.code,
        name: r.name,
        field: r.field,
        units: r.units,
        kinds: { ABOLISH: r.abolish, REPLACE: r.replace, AMEND: r.amend },
        withCost: r.withCost,
        before: money(r.beforeMilli)!,
        after: money(r.afterMilli)!,
        reductionPct: rate(r.beforeMilli, r.afterMilli),
      })),
    };
  },

  'province.overlaps.units': async ({ planId, code }, ctx) => {
    await planOrFail(ctx, planId);
    const rows = await overlapUnits(ctx.pg, planId, code);
    if (rows.length === 0) throw new ApiFailure('PROVINCE_OVERLAP_NOT_FOUND', { code });
    return {
      code,
      name: rows[0]!.name,
      field: rows[0]!.field,
      units: rows
        .map((r) => ({
          unitCode: r.unitCode,
          unitName: r.unitName,
          status: r.status,
          kind: r.kind,
          proposals: r.marks.filter((m) => m.action !== 'KEEP').map(proposalText),
          before: money(r.beforeMilli),
          after: money(r.afterMilli),
          reductionPct: rate(r.beforeMilli, r.afterMilli),
        }))
        .sort((a, b) => compareVi(a.unitName, b.unitName)),
    };
  },

  'province.reports.preview': ({ planId, report }, ctx) => previewProvinceReport(ctx, planId, report),
  'province.reports.export': ({ planId, report }, ctx) => exportProvinceReport(ctx, planId, report),
};
