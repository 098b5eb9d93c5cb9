/**
 * One campaign item as the review reports need it: answers, marks, the before/after cost comparison from
 * the exact cost engine (electron/shared/cost) and the processing-time change.
 */
import type { Database } from 'better-sqlite3';
import { statusReaderOn } from '../../../db/queries/report-as-of';
import type { ProcedureFilter } from '../../../db/queries/report-procedures';
import {
  itemReader,
  listCampaignItems,
  type ReportAnswer,
  type ReportItem,
  type ReportMark,
} from '../../../db/queries/report-review';
import { type Activity, type CostTotals } from '../../shared/cost/engine';
import { comparisonToDto, type ComparisonDto } from '../../shared/cost/dto';
import { deriveAfter } from '../../shared/cost/derive-after';
import { costParamOn } from '../../../db/queries/review-cost';
import { compareItem, daysOf, splitScenarios } from '../../shared/cost/item-cost';
import { channelTimes } from '../review/cost-service';

export interface ItemModel {
  item: ReportItem;
  answers: ReportAnswer[];
  marks: ReportMark[];
  /** Marks that propose a change (anything but KEEP). */
  proposals: ReportMark[];
  before: Activity[];
  after: Activity[];
  /** Null when the item has no activities, no hourly income or no population (the form shows blanks). */
  cost: ComparisonDto | null;
  /** The exact per-year totals, for aggregating many procedures (Σ before − Σ after) / Σ before. */
  totals: CostTotals | null;
  daysBefore: number | null;
  daysAfter: number | null;
  kind: 'ABOLISH' | 'REPLACE' | 'AMEND' | null;
}

export function proposalKind(proposals: readonly ReportMark[]): ItemModel['kind'] {
  if (proposals.length === 0) return null;
  const whole = proposals.filter((m) => m.targetKind === 'PROCEDURE');
  if (whole.some((m) => m.action === 'REMOVE')) return 'ABOLISH';
  if (whole.some((m) => m.action === 'REPLACE_BY_DATA' || m.action === 'MERGE')) return 'REPLACE';
  return 'AMEND';
}

/**
 * The campaign's items as they stood on `asOf`: those already in it, each with the status it had that day (its
 * answers, marks and cost activities are the current ones: the database keeps no older copy of them).
 */
export function campaignItemsOn(
  db: Database,
  campaignId: number,
  filter: ProcedureFilter,
  asOf: string,
): ReportItem[] {
  const statusOn = statusReaderOn(db, asOf);
  return listCampaignItems(db, campaignId, filter).flatMap((item) => {
    const status = statusOn(item.itemId, item.status);
    return status ? [{ ...item, status }] : [];
  });
}

export function itemModelLoader(db: Database, asOf: string) {
  const reader = itemReader(db);
  const income = costParamOn(db, asOf);
  return (item: ReportItem): ItemModel => {
    const answers = reader.answers(item.itemId);
    const marks = reader.marks(item.itemId);
    const proposals = marks.filter((m) => m.action !== 'KEEP');
    const { before, overrides } = splitScenarios(reader.activities(item.itemId));
    const population = item.population ?? item.dossiersPerYear ?? 0;
    let cost: ComparisonDto | null = null;
    let totals: CostTotals | null = null;
    // The form lists the after scenario even when the cost cannot be computed yet (no income or population).
    const derived = deriveAfter(before, marks, overrides);
    let after: Activity[] = derived.ok ? derived.value.activities : overrides;
    if (income && before.length > 0 && population > 0) {
      const params = { hourlyIncome: income.hourlyIncome, population, frequency: item.frequency };
      const result = compareItem(before, overrides, marks, params);
      if (result.ok) {
        const c = result.value.comparison;
        after = result.value.derived.activities;
        cost = comparisonToDto(c);
        totals = { beforePerYearMilli: c.beforePerYearMilli, afterPerYearMilli: c.afterPerYearMilli };
      }
    }
    const days = daysOf(item.daysAfter, channelTimes(db, item.procedureId), marks);
    return {
      item,
      answers,
      marks,
      proposals,
      before,
      after,
      cost,
      totals,
      daysBefore: days.daysBefore,
      daysAfter: days.daysAfter,
      kind: proposalKind(proposals),
    };
  };
}
