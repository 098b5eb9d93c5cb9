/** Editing the cost form: activity rows (before, and officer overrides of the derived after) and the hourly income. */
import { appendAudit } from '../../../db/queries/audit';
import {
  deleteActivity,
  insertActivity,
  listActivities,
  updateActivity,
  upsertCostParam,
  type CostParamRecord,
} from '../../../db/queries/review-cost';
import { hourlyIncomeFromMonthly, parseHours, validateActivity, type CostError } from '../../shared/cost';
import type { CostScenario } from '../../shared/domain';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import { requireEditable, touchItem } from './marks';
import './messages';

/** The engine's own messages, both languages, as one refusal (nothing saved). */
export function costFailure(errors: readonly CostError[]): ApiFailure {
  return new ApiFailure('COST_INVALID', {
    vi: errors.map((e) => e.message_vi).join(' '),
    en: errors.map((e) => e.message_en).join(' '),
  });
}

export interface ActivityInput {
  itemId: number;
  id?: number | undefined;
  scenario: CostScenario;
  ord: number;
  name: string;
  hours: number | string;
  serviceCost: number;
  otherCost: number;
  fee: number;
  linkedKind: 'STEP' | 'COMPONENT' | null;
  linkedId: number | null;
  derivedKey?: string | null | undefined;
}

export function saveActivity(ctx: BackendContext, activity: ActivityInput): void {
  let input = activity;
  const db = ctx.db;
  const item = requireEditable(db, input.itemId);
  const hours = parseHours(input.hours);
  if (!hours.ok) throw costFailure(hours.errors);
  const fields = {
    itemId: input.itemId,
    scenario: input.scenario,
    ord: input.ord,
    name: input.name.trim(),
    hoursMilli: hours.value,
    serviceCost: input.serviceCost,
    otherCost: input.otherCost,
    fee: input.fee,
    linkedKind: input.scenario === 'BEFORE' && !input.derivedKey ? input.linkedKind : null,
    linkedId: input.scenario === 'BEFORE' && !input.derivedKey && input.linkedKind ? input.linkedId : null,
    isOverride: input.scenario === 'AFTER' || !!input.derivedKey,
    derivedKey: input.derivedKey ?? null,
  };
  const errors = validateActivity({ ...fields }, 0);
  if (errors.length > 0) throw costFailure(errors);
  const existing = listActivities(db, input.itemId);
  if (input.id !== undefined && !existing.some((a) => a.id === input.id))
    throw new ApiFailure('NOT_FOUND', { what: `hoạt động #${input.id}` });
  // One override per derived row and scenario: saving it again replaces it.
  const sameKey = input.derivedKey
    ? existing.find((a) => a.scenario === input.scenario && a.derivedKey === input.derivedKey)
    : undefined;
  if (sameKey && input.id === undefined) input = { ...input, id: sameKey.id };
  if (
    !input.derivedKey &&
    existing.some(
      (a) => a.scenario === input.scenario && a.ord === input.ord && a.id !== input.id && !a.derivedKey,
    )
  )
    throw new ApiFailure('CONFLICT', {
      what: `Hoạt động số ${input.ord} (${input.scenario === 'BEFORE' ? 'trước' : 'sau'})`,
    });
  db.transaction(() => {
    const id = input.id ?? 0;
    if (input.id !== undefined) updateActivity(db, input.id, fields);
    const newId = input.id === undefined ? insertActivity(db, fields) : id;
    touchItem(ctx, item);
    appendAudit(db, {
      actor: ctx.actor(),
      action: input.id === undefined ? 'create' : 'update',
      entity: 'cost_activity',
      entityId: newId,
      procedureId: item.procedureId,
      unitId: item.unitId,
      newValue: fields,
    });
  })();
}

export function removeActivity(ctx: BackendContext, itemId: number, id: number): void {
  const db = ctx.db;
  const item = requireEditable(db, itemId);
  db.transaction(() => {
    if (!deleteActivity(db, itemId, id)) throw new ApiFailure('NOT_FOUND', { what: `hoạt động #${id}` });
    appendAudit(db, {
      actor: ctx.actor(),
      action: 'delete',
      entity: 'cost_activity',
      entityId: id,
      procedureId: item.procedureId,
      unitId: item.unitId,
    });
  })();
}

export function setCostParams(
  ctx: BackendContext,
  p: {
    validFrom: string;
    monthlyIncome: number | null;
    hourlyIncome: number | null;
    workingDays: number;
    hoursPerDay: number;
    note: string;
  },
): CostParamRecord {
  let hourly = p.hourlyIncome;
  if (p.monthlyIncome !== null) {
    const derived = hourlyIncomeFromMonthly(p.monthlyIncome, p.workingDays, p.hoursPerDay);
    if (!derived.ok) throw costFailure(derived.errors);
    hourly = derived.value;
  }
  if (hourly === null || !Number.isInteger(hourly) || hourly < 1)
    throw new ApiFailure('COST_INVALID', {
      vi: 'Thu nhập bình quân (đồng/giờ) phải là số nguyên dương, hoặc nhập thu nhập bình quân tháng.',
      en: 'Hourly income must be a positive whole number, or enter the monthly income.',
    });
  const row = { ...p, hourlyIncome: hourly };
  const db = ctx.db;
  let id = 0;
  db.transaction(() => {
    id = upsertCostParam(db, row);
    appendAudit(db, {
      actor: ctx.actor(),
      action: 'update',
      entity: 'cost_param',
      entityId: id,
      newValue: row,
    });
  })();
  return { id, ...row };
}
