/**
 * One campaign item as the review reports need it: answers, marks, the before/after cost comparison from
 * the exact cost engine (electron/shared/cost) and the processing-time change.
 */
import type { Database } from 'better-sqlite3';
import {
  hourlyIncomeOn,
  itemReader,
  referenceChannelTime,
  type ReportActivity,
  type ReportAnswer,
  type ReportItem,
  type ReportMark,
} from '../../../db/queries/report-review';
import { compareScenarios, computeScenario, type Activity, type CostTotals } from '../../shared/cost/engine';
import { comparisonToDto, type ComparisonDto } from '../../shared/cost/dto';
import { deriveAfter } from '../../shared/cost/derive-after';

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

function toActivity(a: ReportActivity): Activity {
  return {
    ord: a.ord,
    name: a.name,
    hoursMilli: a.hoursMilli,
    serviceCost: a.serviceCost,
    otherCost: a.otherCost,
    fee: a.fee,
    linkedKind: a.linkedKind,
    linkedId: a.linkedId,
    isOverride: a.isOverride === 1,
  };
}

/** Stored AFTER rows are overrides on top of the before list and the marks (derive-after.ts), as on screen. */
function afterActivities(before: Activity[], stored: Activity[], marks: ReportMark[]): Activity[] {
  const derived = deriveAfter(
    before,
    marks.map((m) => ({
      id: m.id,
      targetKind: m.targetKind,
      targetId: m.targetId,
      action: m.action,
      mergeIntoId: m.mergeIntoId,
    })),
    stored.map((a) => ({ ...a, isOverride: true })),
  );
  return derived.ok ? derived.value.activities : stored;
}

/** Days after: the item's figure, else a SIMPLIFY mark on the reference channel's time, else unchanged. */
function daysAfterOf(
  item: ReportItem,
  ref: { id: number; days: number } | null,
  marks: ReportMark[],
): number | null {
  if (item.daysAfter !== null) return item.daysAfter;
  if (!ref) return null;
  const mark = marks.find(
    (m) => m.targetKind === 'CHANNEL_TIME' && m.targetId === ref.id && m.action === 'SIMPLIFY',
  );
  const n = mark ? Number.parseFloat(mark.proposedValue.replace(',', '.')) : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? n : ref.days;
}

export function proposalKind(proposals: readonly ReportMark[]): ItemModel['kind'] {
  if (proposals.length === 0) return null;
  const whole = proposals.filter((m) => m.targetKind === 'PROCEDURE');
  if (whole.some((m) => m.action === 'REMOVE')) return 'ABOLISH';
  if (whole.some((m) => m.action === 'REPLACE_BY_DATA' || m.action === 'MERGE')) return 'REPLACE';
  return 'AMEND';
}

export function itemModelLoader(db: Database, asOf: string) {
  const reader = itemReader(db);
  const income = hourlyIncomeOn(db, asOf);
  return (item: ReportItem): ItemModel => {
    const answers = reader.answers(item.itemId);
    const marks = reader.marks(item.itemId);
    const proposals = marks.filter((m) => m.action !== 'KEEP');
    const rows = reader.activities(item.itemId);
    const before = rows.filter((r) => r.scenario === 'BEFORE').map(toActivity);
    const storedAfter = rows.filter((r) => r.scenario === 'AFTER').map(toActivity);
    const after = afterActivities(before, storedAfter, marks);
    const population = item.population ?? item.dossiersPerYear ?? 0;
    let cost: ComparisonDto | null = null;
    let totals: CostTotals | null = null;
    if (income && before.length > 0 && population > 0) {
      const params = { hourlyIncome: income.hourlyIncome, population, frequency: item.frequency };
      const b = computeScenario(before, params);
      const a = computeScenario(after, params);
      if (b.ok && a.ok) {
        const c = compareScenarios(b.value, a.value);
        cost = comparisonToDto(c);
        totals = { beforePerYearMilli: c.beforePerYearMilli, afterPerYearMilli: c.afterPerYearMilli };
      }
    }
    const ref = referenceChannelTime(db, item.procedureId);
    return {
      item,
      answers,
      marks,
      proposals,
      before,
      after,
      cost,
      totals,
      daysBefore: ref?.days ?? null,
      daysAfter: daysAfterOf(item, ref, marks),
      kind: proposalKind(proposals),
    };
  };
}
