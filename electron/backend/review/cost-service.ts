/**
 * THE place the review screen, the campaign board, the reports and the CLI get a procedure's cost and days:
 * it loads the record (as the unit sees it: its local fee rates), the unit's quy trình nội bộ, the marks, the
 * stored overrides and the parameters in force, and runs the one computation (shared/cost/procedure-model.ts).
 * An approved item reads the figures its approval froze (frozen-cost.ts) instead, so its reports never move.
 * Processing time (days) is worked out beside the SCM cost and never mixed into it (domain.md §2.4).
 */
import type { Database } from 'better-sqlite3';
import { costDefaultsOn } from '../../../db/queries/cost-defaults';
import { listProcesses } from '../../../db/queries/internal-process';
import { getProcedureDetail } from '../../../db/queries/procedure-read';
import { stepKinds, type StepKindRow } from '../../../db/queries/step-kinds';
import type { ItemRow } from '../../../db/queries/review-campaigns';
import {
  costParamOn,
  listActivities,
  type ActivityRecord,
  type CostParamRecord,
} from '../../../db/queries/review-cost';
import type { MarkRecord } from '../../../db/queries/review-marks';
import {
  buildProcedureModel,
  daysOf as daysFromChannels,
  type ChannelTime,
  type Comparison,
  type CostDefaults,
  type CostRecord,
  type ProcedureModel,
} from '../../shared/cost';
import { bpToFixed2 } from '../../shared/cost/money';
import { processingTimeReduction } from '../../shared/cost/processing-time';
import type { ProcedureDetail } from '../../shared/contract/inventory';
import { renderError, type Locale } from '../../shared/errors';
import { readFrozen, type FrozenInfo } from './frozen-cost';
import './messages';

export { referenceChannel, type ChannelTime } from '../../shared/cost';

/** Days before/after from the channels alone (the rule before quy trình nội bộ existed; kept for its tests). */
export function daysOf(
  item: Pick<ItemRow, 'daysAfter'>,
  channels: readonly ChannelTime[],
  marks: readonly MarkRecord[],
) {
  return daysFromChannels(item.daysAfter, channels, marks);
}

export interface ItemCost {
  param: CostParamRecord | null;
  defaults: CostDefaults;
  population: number | null;
  comparison: Comparison | null;
  model: ProcedureModel;
  /** Translated reason the cost is missing (no hourly income, bad population, a bad override…). */
  problem: string | null;
  daysBefore: number | null;
  daysAfter: number | null;
  daysReductionPct: string | null;
  /** Set when an approval froze these figures. */
  frozen: FrozenInfo | null;
}

export function channelTimes(db: Database, procedureId: number): ChannelTime[] {
  return db
    .prepare(
      'SELECT id, method, time_value AS timeValue, time_unit AS timeUnit FROM channels WHERE procedure_id = ? ORDER BY ord',
    )
    .all(procedureId) as ChannelTime[];
}

/** The parts of a record the cost rules read; `kinds`: the officer's classification of its steps. */
export function costRecordOf(
  d: Pick<ProcedureDetail, 'componentGroups' | 'channels'> & Partial<Pick<ProcedureDetail, 'steps'>>,
  kinds: ReadonlyMap<number, StepKindRow> = new Map(),
): CostRecord {
  return {
    steps: (d.steps ?? []).map((s) => ({ ...s, ...kinds.get(s.id) })),
    components: d.componentGroups.flatMap((g) => g.components),
    channels: d.channels.map((c) => ({
      id: c.id,
      method: c.method,
      timeValue: c.timeValue,
      timeUnit: c.timeUnit,
      timeText: c.timeText,
      fees: c.fees.map((f) => ({ id: f.id, amount: f.amount })),
    })),
  };
}

export const todayIso = () => new Date().toISOString().slice(0, 10);

function daysPct(before: number | null, after: number | null): string | null {
  if (before === null || after === null) return null;
  const t = processingTimeReduction(before, after);
  return t.ok && t.value.reductionBp !== null ? bpToFixed2(t.value.reductionBp) : null;
}

export interface CostSubject {
  unitId: number;
  procedureId: number;
  code: string;
  population: number | null;
  frequency: number;
  daysAfter: number | null;
}

/** Live computation for one procedure (an item of a plan, or any procedure with no marks: `cli cost`). */
export function computeLive(
  db: Database,
  s: CostSubject,
  marks: readonly MarkRecord[],
  locale: Locale,
  o: { activities?: readonly ActivityRecord[]; record?: ProcedureDetail | null; today?: string } = {},
): ItemCost {
  const today = o.today ?? todayIso();
  const param = costParamOn(db, today) ?? null;
  const defaults = costDefaultsOn(db, s.unitId, today);
  const record = o.record ?? getProcedureDetail(db, s.unitId, s.procedureId) ?? null;
  const population = s.population;
  const params =
    param && population !== null && population > 0
      ? { hourlyIncome: param.hourlyIncome, population, frequency: s.frequency }
      : null;
  const model = buildProcedureModel({
    record: record ? costRecordOf(record, stepKinds(db, s.procedureId)) : { components: [], channels: [] },
    processes: listProcesses(db, s.unitId, s.procedureId),
    marks,
    stored: (o.activities ?? []).map((a) => ({ ...a, derivedKey: a.derivedKey ?? null })),
    defaults,
    params,
    explicitDaysAfter: s.daysAfter,
  });
  let problem: string | null = null;
  if (model.errors.length > 0)
    problem = [...new Set(model.errors.map((e) => (locale === 'vi' ? e.message_vi : e.message_en)))].join(
      ' ',
    );
  else if (!param)
    problem = locale === 'vi' ? 'Chưa nhập thu nhập bình quân (đồng/giờ).' : 'No hourly income entered yet.';
  else if (!params) problem = renderError('REVIEW_NO_POPULATION', { code: s.code }, locale);
  else if (model.before.length === 0) problem = renderError('REVIEW_NO_ACTIVITIES', { code: s.code }, locale);
  return {
    param,
    defaults,
    population,
    comparison: model.comparison,
    model,
    problem,
    daysBefore: model.daysBefore,
    daysAfter: model.daysAfter,
    daysReductionPct: daysPct(model.daysBefore, model.daysAfter),
    frozen: null,
  };
}

/** One campaign item: its frozen figures once approved, else computed live. */
export function computeItemCost(
  db: Database,
  item: ItemRow,
  marks: readonly MarkRecord[],
  locale: Locale,
  o: { record?: ProcedureDetail | null; today?: string; live?: boolean } = {},
): ItemCost {
  const frozen = o.live ? null : readFrozen(db, item, o.today ?? todayIso());
  if (frozen)
    return { ...frozen.cost, daysReductionPct: daysPct(frozen.cost.daysBefore, frozen.cost.daysAfter) };
  return computeLive(db, { ...item, population: item.population ?? item.dossiersPerYear }, marks, locale, {
    ...o,
    activities: listActivities(db, item.id),
  });
}
