/**
 * Approval freezes the figures: the parameters used (hourly income, default hours, population, frequency) and
 * the computed model (activities per scenario, days per channel, the internal process after the marks) are
 * stored with the item. Every later view and report rebuilds the exact comparison from that copy with the same
 * engine, so a signed plan reproduces to the đồng whatever parameter or record edit comes later. A newer
 * parameter is shown, and "tính lại theo tham số mới" (a manager's explicit, audited action) re-freezes.
 */
import type { Database } from 'better-sqlite3';
import { appendAudit } from '../../../db/queries/audit';
import { costDefaultsOn, getFrozen, putFrozen } from '../../../db/queries/cost-defaults';
import type { ItemRow } from '../../../db/queries/review-campaigns';
import { costParamOn, type CostParamRecord } from '../../../db/queries/review-cost';
import { listMarks } from '../../../db/queries/review-marks';
import {
  compareScenarios,
  computeScenario,
  milliToDongNumber,
  type CostDefaults,
  type CostParams,
  type ProcedureModel,
} from '../../shared/cost';
import type { Locale } from '../../shared/errors';
import type { BackendContext } from '../context';
import { computeItemCost, type ItemCost } from './cost-service';

export interface FrozenInfo {
  frozenAt: string;
  frozenBy: string;
  hourlyIncome: number | null;
  paramValidFrom: string | null;
  defaultsValidFrom: string | null;
  /** The parameters in force today when they differ from the frozen ones (offer "tính lại"). */
  newer: {
    hourlyIncome: number | null;
    paramValidFrom: string | null;
    defaultsValidFrom: string | null;
  } | null;
}

interface FrozenParams {
  param: CostParamRecord | null;
  defaults: CostDefaults;
  population: number | null;
  params: CostParams | null;
  problem: string | null;
}
type FrozenFigures = Omit<ProcedureModel, 'comparison'>;

/**
 * A copy frozen before the citizen-step model (0004) has no `steps`/`implied`, its variants name one
 * `channelMethod`, and its channels no `legalUnitAssumed`: read it as the current shape, figures unchanged.
 */
function currentShape(f: FrozenFigures): FrozenFigures {
  type Old = { channelMethod?: string | null; channels?: string[] };
  return {
    ...f,
    // Before the even-split estimate and the per-channel costs: none of either.
    steps: (f.steps ?? []).map((s) => ({
      ...s,
      estimate: s.estimate ?? null,
      effect: s.effect
        ? {
            ...s.effect,
            channels: s.effect.channels ?? [],
            dayCuts: s.effect.dayCuts.map((c) => ({ ...c, estimate: c.estimate ?? null })),
          }
        : null,
    })),
    implied: f.implied ?? [],
    channelCosts: f.channelCosts ?? [],
    channels: f.channels.map((c) => ({
      ...c,
      legalUnitAssumed: c.legalUnitAssumed ?? false,
      estimated: c.estimated ?? false,
    })),
    process: {
      ...f.process,
      processes: f.process.processes.map((p) => {
        const old = p.process as unknown as Old;
        return old.channels
          ? p
          : { ...p, process: { ...p.process, channels: old.channelMethod ? [old.channelMethod] : [] } };
      }) as FrozenFigures['process']['processes'],
    },
  };
}

const sameDefaults = (a: CostDefaults, b: CostDefaults) =>
  JSON.stringify({ ...a, note: '' }) === JSON.stringify({ ...b, note: '' });

export function readFrozen(db: Database, item: ItemRow, today: string): { cost: ItemCost } | null {
  const row = getFrozen(db, item.id);
  if (!row) return null;
  const p = JSON.parse(row.paramsJson) as FrozenParams;
  const f = currentShape(JSON.parse(row.figuresJson) as FrozenFigures);
  let comparison = null;
  if (p.params) {
    const b = computeScenario(f.before, p.params);
    const a = computeScenario(f.after, p.params);
    if (b.ok && a.ok) comparison = compareScenarios(b.value, a.value);
  }
  const now = costParamOn(db, today) ?? null;
  const nowDefaults = costDefaultsOn(db, item.unitId, today);
  const changed =
    (now?.hourlyIncome ?? null) !== (p.param?.hourlyIncome ?? null) ||
    (now?.validFrom ?? null) !== (p.param?.validFrom ?? null) ||
    !sameDefaults(nowDefaults, p.defaults);
  return {
    cost: {
      param: p.param,
      defaults: p.defaults,
      population: p.population,
      comparison,
      model: { ...f, comparison },
      problem: p.problem,
      daysBefore: f.daysBefore,
      daysAfter: f.daysAfter,
      daysReductionPct: null,
      frozen: {
        frozenAt: row.frozenAt,
        frozenBy: row.frozenBy,
        hourlyIncome: p.param?.hourlyIncome ?? null,
        paramValidFrom: p.param?.validFrom ?? null,
        defaultsValidFrom: p.defaults.validFrom,
        newer: changed
          ? {
              hourlyIncome: now?.hourlyIncome ?? null,
              paramValidFrom: now?.validFrom ?? null,
              defaultsValidFrom: nowDefaults.validFrom,
            }
          : null,
      },
    },
  };
}

/** Computes the item live and stores the copy (inside the caller's transaction); returns the per-year totals. */
export function freezeItem(db: Database, item: ItemRow, actor: string, now: string, locale: Locale) {
  const cost = computeItemCost(db, item, listMarks(db, item.id), locale, {
    live: true,
    today: now.slice(0, 10),
  });
  const { comparison: _c, ...figures } = cost.model;
  const params: FrozenParams = {
    param: cost.param,
    defaults: cost.defaults,
    population: cost.population,
    params:
      cost.param && cost.population !== null && cost.population > 0
        ? { hourlyIncome: cost.param.hourlyIncome, population: cost.population, frequency: item.frequency }
        : null,
    problem: cost.problem,
  };
  putFrozen(db, {
    itemId: item.id,
    frozenAt: now,
    frozenBy: actor,
    paramsJson: JSON.stringify(params),
    figuresJson: JSON.stringify(figures),
  });
  return {
    hourlyIncome: cost.param?.hourlyIncome ?? null,
    before: cost.comparison ? milliToDongNumber(cost.comparison.beforePerYearMilli) : null,
    after: cost.comparison ? milliToDongNumber(cost.comparison.afterPerYearMilli) : null,
    daysBefore: cost.daysBefore,
    daysAfter: cost.daysAfter,
  };
}

/** "Tính lại theo tham số mới": re-freezes an approved item with today's parameters; audited old → new. */
export function refreeze(ctx: BackendContext, item: ItemRow, actor: string): void {
  const db = ctx.db;
  const now = new Date().toISOString();
  db.transaction(() => {
    const old = readFrozen(db, item, now.slice(0, 10))?.cost;
    const next = freezeItem(db, item, actor, now, ctx.locale);
    appendAudit(db, {
      actor,
      action: 'recompute',
      entity: 'frozen_cost',
      entityId: item.id,
      procedureId: item.procedureId,
      unitId: item.unitId,
      field: 'cost',
      oldValue: old
        ? {
            hourlyIncome: old.param?.hourlyIncome ?? null,
            before: old.comparison ? milliToDongNumber(old.comparison.beforePerYearMilli) : null,
            after: old.comparison ? milliToDongNumber(old.comparison.afterPerYearMilli) : null,
          }
        : null,
      newValue: next,
    });
  })();
}
