/**
 * Province → units: publishing a plan (units × procedures × deadline, each re-publication a new version) and
 * the plan package one unit receives (its procedures with deadlines and the catalog records of those
 * procedures), for the unit's app to pull over HTTP or to carry on USB.
 */
import { randomBytes } from 'node:crypto';
import { listProvinceUnits } from '../../db/pg/queries/accounts';
import { appendPgAudit } from '../../db/pg/queries/audit';
import {
  catalogRecords,
  getPlan,
  insertPlan,
  insertPlanItems,
  missingCatalogCodes,
  planItemsOfUnit,
  republishPlan,
  type PlanRow,
} from '../../db/pg/queries/plans';
import pkg from '../../package.json';
import { ApiFailure } from '../backend/api-failure';
import { encodePackage } from '../backend/submission/package-file';
import { safeFileName } from '../backend/reports/file-names';
import type { ProvinceParsedInputOf } from '../shared/contract/province';
import {
  PACKAGE_EXTENSION,
  PACKAGE_FORMAT_VERSION,
  PLAN_MAGIC,
  type PlanContent,
  type PlanManifest,
} from '../shared/submission/package-format';
import type { Caller, ServerContext } from './context';
import { inTransaction } from './pg-transaction';

export async function publishPlan(
  ctx: ServerContext,
  input: ProvinceParsedInputOf<'province.plans.publish'>,
  caller: Caller,
): Promise<PlanRow> {
  const unitCodes = [...new Set(input.unitCodes)];
  const codes = [...new Set(input.codes)];
  const known = new Set((await listProvinceUnits(ctx.pg)).map((u) => u.code));
  const unknown = unitCodes.filter((u) => !known.has(u));
  if (unknown.length)
    throw new ApiFailure('PROVINCE_UNITS_UNKNOWN', { list: unknown.slice(0, 10).join(', ') });
  const missing = await missingCatalogCodes(ctx.pg, codes);
  if (missing.length)
    throw new ApiFailure('PROVINCE_CODES_NOT_IN_CATALOG', {
      count: missing.length,
      list: missing.slice(0, 10).join(', '),
    });
  if (input.planId !== undefined && !(await getPlan(ctx.pg, input.planId)))
    throw new ApiFailure('PROVINCE_PLAN_NOT_FOUND', { id: input.planId });
  const head = { year: input.year, title: input.title, deadline: input.deadline };
  const id = await inTransaction(ctx, async (c) => {
    let planId = input.planId;
    if (planId === undefined)
      planId = await insertPlan(c, { ...head, key: `KH-${input.year}-${randomBytes(4).toString('hex')}` });
    else await republishPlan(c, planId, head);
    await insertPlanItems(c, planId, unitCodes, codes, input.deadline);
    await appendPgAudit(c, {
      actor: caller.name,
      action: input.planId === undefined ? 'plan.publish' : 'plan.republish',
      entity: 'plan',
      entityKey: String(planId),
      detail: { title: input.title, units: unitCodes.length, procedures: codes.length },
      remote: caller.remote,
    });
    return planId;
  });
  return (await getPlan(ctx.pg, id))!;
}

/** One unit's plan package (gzip, hashed), as the unit's app reads it (receive-plan.ts). */
export async function planPackage(
  ctx: ServerContext,
  plan: PlanRow,
  unitCode: string,
): Promise<{ bytes: Buffer; fileName: string }> {
  const items = await planItemsOfUnit(ctx.pg, plan.id, unitCode);
  const content: PlanContent = {
    plan: {
      key: plan.key,
      version: plan.version,
      year: plan.year,
      title: plan.title,
      deadline: plan.deadline,
      provinceName: ctx.provinceName,
    },
    unitCode,
    items,
    catalog: await catalogRecords(
      ctx.pg,
      items.map((i) => i.code),
    ),
  };
  const { bytes } = encodePackage<PlanManifest>(
    PLAN_MAGIC,
    {
      formatVersion: PACKAGE_FORMAT_VERSION,
      planKey: plan.key,
      planVersion: plan.version,
      unitCode,
      title: plan.title,
      createdAt: new Date().toISOString(),
      appVersion: pkg.version,
    },
    content,
  );
  return {
    bytes,
    fileName: safeFileName(`Kế hoạch ${plan.key} v${plan.version} - ${unitCode}`) + PACKAGE_EXTENSION,
  };
}
