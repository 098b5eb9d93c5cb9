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
import type { Activity, CostTotals } from '../../shared/cost/engine';
import { comparisonToDto, type ComparisonDto } from '../../shared/cost/dto';
import type { ItemRow } from '../../../db/queries/review-campaigns';
import type { MarkRecord } from '../../../db/queries/review-marks';
import type { ProcessDto } from '../../shared/contract/review-model-schemas';
import { headlineDays } from '../../shared/cost/channel-days';
import { computeItemCost } from '../review/cost-service';
import type { FrozenInfo } from '../review/frozen-cost';
import { processDtos } from '../review/view-model';

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
  /** The after days count an even share for marked steps that state no time (channel-days.ts): printed so. */
  daysEstimated?: boolean;
  kind: 'ABOLISH' | 'REPLACE' | 'AMEND' | null;
  /** Quy trình nội bộ after the marks (empty when the unit has none for the procedure). */
  processes: ProcessDto[];
  /** What the approval froze (parameters, when, by whom); null while the item is not approved. */
  frozen: FrozenInfo | null;
}

/** Printed after days that count an even share of the time for marked steps stating none (channel-days.ts). */
export const estimatedNote = (m: Pick<ItemModel, 'daysEstimated'>): string =>
  m.daysEstimated ? ' (ước tính: thời hạn chia đều cho các bước của cơ quan)' : '';

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

/**
 * Reads each item through the review's own computation (review/cost-service.ts: derived activities, internal
 * steps, frozen figures of approved plans), so every report shows exactly what the review screen shows.
 */
export function itemModelLoader(db: Database, asOf: string) {
  const reader = itemReader(db);
  const unitOf = db.prepare(
    'SELECT cp.unit_id AS unitId FROM campaign_items ci JOIN campaigns cp ON cp.id = ci.campaign_id WHERE ci.id = ?',
  );
  return (item: ReportItem): ItemModel => {
    const answers = reader.answers(item.itemId);
    const marks = reader.marks(item.itemId);
    const proposals = marks.filter((m) => m.action !== 'KEEP');
    const { unitId } = unitOf.get(item.itemId) as { unitId: number };
    const row = { ...item, id: item.itemId, unitId } as unknown as ItemRow;
    const cost = computeItemCost(db, row, marks as unknown as MarkRecord[], 'vi', { today: asOf });
    const c = cost.comparison;
    return {
      item,
      answers,
      marks,
      proposals,
      before: cost.model.before,
      after: cost.model.after,
      cost: c ? comparisonToDto(c) : null,
      totals: c ? { beforePerYearMilli: c.beforePerYearMilli, afterPerYearMilli: c.afterPerYearMilli } : null,
      daysBefore: cost.daysBefore,
      daysAfter: cost.daysAfter,
      daysEstimated: headlineDays(cost.model.channels)?.estimated ?? false,
      kind: proposalKind(proposals),
      processes: processDtos(cost.model.process),
      frozen: cost.frozen,
    };
  };
}
