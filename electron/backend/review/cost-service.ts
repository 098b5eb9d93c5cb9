/**
 * Glue between the stored review data and the exact cost engine (electron/shared/cost): one campaign item's
 * before activities, marks and overrides → the derived "after" scenario → the before/after comparison.
 * Processing time (days) is worked out beside it and never mixed into the SCM cost (domain.md §2.4).
 */
import type { Database } from 'better-sqlite3';
import {
  costParamOn,
  listActivities,
  type ActivityRecord,
  type CostParamRecord,
} from '../../../db/queries/review-cost';
import type { ItemRow } from '../../../db/queries/review-campaigns';
import type { MarkRecord } from '../../../db/queries/review-marks';
import {
  compareItem,
  daysOf as daysFromChannels,
  splitScenarios,
  type ChannelTime,
  type Comparison,
  type DerivedAfter,
} from '../../shared/cost';

export { referenceChannel, type ChannelTime } from '../../shared/cost';

/** Days before/after of one item (rules in electron/shared/cost/item-cost.ts). */
export function daysOf(
  item: Pick<ItemRow, 'daysAfter'>,
  channels: readonly ChannelTime[],
  marks: readonly MarkRecord[],
) {
  return daysFromChannels(item.daysAfter, channels, marks);
}
import { processingTimeReduction } from '../../shared/cost/processing-time';
import { bpToFixed2 } from '../../shared/cost/money';
import { renderError, type Locale } from '../../shared/errors';
import './messages';

export interface ItemCost {
  param: CostParamRecord | null;
  population: number | null;
  comparison: Comparison | null;
  derived: DerivedAfter | null;
  /** Translated reason the cost is missing (no activities, no hourly income, bad population…). */
  problem: string | null;
  daysBefore: number | null;
  daysAfter: number | null;
  daysReductionPct: string | null;
}

export function channelTimes(db: Database, procedureId: number): ChannelTime[] {
  return db
    .prepare(
      'SELECT id, method, time_value AS timeValue, time_unit AS timeUnit FROM channels WHERE procedure_id = ? ORDER BY ord',
    )
    .all(procedureId) as ChannelTime[];
}

export function computeItemCost(
  db: Database,
  item: ItemRow,
  marks: readonly MarkRecord[],
  channels: readonly ChannelTime[],
  locale: Locale,
  activities: readonly ActivityRecord[] = listActivities(db, item.id),
  today = new Date().toISOString().slice(0, 10),
): ItemCost {
  const param = costParamOn(db, today) ?? null;
  const population = item.population ?? item.dossiersPerYear;
  const { daysBefore, daysAfter } = daysOf(item, channels, marks);
  const time =
    daysBefore !== null && daysAfter !== null ? processingTimeReduction(daysBefore, daysAfter) : null;
  const base = {
    param,
    population,
    daysBefore,
    daysAfter,
    daysReductionPct: time?.ok && time.value.reductionBp !== null ? bpToFixed2(time.value.reductionBp) : null,
  };
  const fail = (problem: string): ItemCost => ({ ...base, comparison: null, derived: null, problem });

  const { before, overrides } = splitScenarios(activities);
  if (before.length === 0) return fail(renderError('REVIEW_NO_ACTIVITIES', { code: item.code }, locale));
  if (!param)
    return fail(
      locale === 'vi' ? 'Chưa nhập thu nhập bình quân (đồng/giờ).' : 'No hourly income entered yet.',
    );

  const params = { hourlyIncome: param.hourlyIncome, population: population ?? 0, frequency: item.frequency };
  const result = compareItem(before, overrides, marks, params);
  if (!result.ok) {
    const unique = [...new Set(result.errors.map((e) => (locale === 'vi' ? e.message_vi : e.message_en)))];
    return fail(unique.join(' '));
  }
  return { ...base, comparison: result.value.comparison, derived: result.value.derived, problem: null };
}
