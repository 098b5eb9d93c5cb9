/** Review campaigns (kế hoạch rà soát): creation, the board with its progress, and the §2.6 counters. */
import { appendAudit } from '../../../db/queries/audit';
import { listInventory } from '../../../db/queries/inventory-read';
import {
  getCampaign,
  insertCampaign,
  insertItems,
  listCampaigns,
  listItems,
  type CampaignRow,
} from '../../../db/queries/review-campaigns';
import { listMarksOfCampaign, type MarkRecord } from '../../../db/queries/review-marks';
import { aggregate, aggregateToDto, type CostTotals } from '../../shared/cost';
import { aggregateProcessingTime } from '../../shared/cost/processing-time';
import { bpToFixed2 } from '../../shared/cost/money';
import type { CampaignCounters, CampaignDetail, CampaignSummary } from '../../shared/contract/review';
import { MarkAction, ReviewStatus } from '../../shared/domain';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import { costOfItem, itemSummary } from './view';
import './messages';

const DONE: readonly ReviewStatus[] = ['PROPOSED', 'APPROVED', 'IMPLEMENTED'];
const CUTTING = new Set<MarkAction>(['REMOVE', 'REPLACE_BY_DATA', 'MERGE']);

function statusCounts(statuses: readonly ReviewStatus[]): Record<ReviewStatus, number> {
  const counts = Object.fromEntries(ReviewStatus.options.map((s) => [s, 0])) as Record<ReviewStatus, number>;
  for (const s of statuses) counts[s] += 1;
  return counts;
}

function summarise(c: CampaignRow, statuses: readonly ReviewStatus[]): CampaignSummary {
  const done = statuses.filter((s) => DONE.includes(s)).length;
  return {
    ...c,
    itemCount: statuses.length,
    statusCounts: statusCounts(statuses),
    progressBp: statuses.length === 0 ? 0 : Math.round((done * 10000) / statuses.length),
  };
}

export function campaignSummaries(ctx: BackendContext, unitId: number): CampaignSummary[] {
  const stmt = ctx.db.prepare('SELECT status FROM campaign_items WHERE campaign_id = ?');
  return listCampaigns(ctx.db, unitId).map((c) =>
    summarise(
      c,
      (stmt.all(c.id) as { status: ReviewStatus }[]).map((r) => r.status),
    ),
  );
}

export function campaignDetail(ctx: BackendContext, campaignId: number): CampaignDetail {
  const db = ctx.db;
  const campaign = getCampaign(db, campaignId);
  if (!campaign) throw new ApiFailure('NOT_FOUND', { what: `kế hoạch rà soát #${campaignId}` });
  const rows = listItems(db, campaignId);
  const marksByItem = new Map<number, MarkRecord[]>();
  for (const m of listMarksOfCampaign(db, campaignId))
    marksByItem.set(m.itemId, [...(marksByItem.get(m.itemId) ?? []), m]);

  const totals: CostTotals[] = [];
  const times: { beforeMilli: number; afterMilli: number }[] = [];
  const items = rows.map((row) => {
    const marks = marksByItem.get(row.id) ?? [];
    const cost = costOfItem(ctx, row, marks);
    if (cost.comparison) totals.push(cost.comparison);
    // Only procedures actually under review count towards "thời gian cắt giảm" (untouched ones would dilute it).
    if (row.status !== 'NOT_STARTED' && cost.daysBefore !== null && cost.daysAfter !== null)
      times.push({
        beforeMilli: Math.round(cost.daysBefore * 1000),
        afterMilli: Math.round(cost.daysAfter * 1000),
      });
    return itemSummary(row, marks, cost);
  });

  const allMarks = [...marksByItem.values()].flat();
  const proposalsByAction = Object.fromEntries(MarkAction.options.map((a) => [a, 0])) as Record<
    MarkAction,
    number
  >;
  for (const m of allMarks) proposalsByAction[m.action] += 1;
  const money = aggregateToDto(aggregate(totals));
  const time = aggregateProcessingTime(times);
  const counters: CampaignCounters = {
    reviewed: rows.filter((r) => r.status !== 'NOT_STARTED').length,
    proposalsByAction,
    proceduresProposed: rows.filter((r) => (marksByItem.get(r.id) ?? []).some((m) => m.action !== 'KEEP'))
      .length,
    componentsCut: allMarks.filter((m) => m.targetKind === 'COMPONENT' && CUTTING.has(m.action)).length,
    daysBefore: time.beforeMilli / 1000,
    daysAfter: time.afterMilli / 1000,
    daysCut: time.savedMilli / 1000,
    daysPct: time.reductionBp === null ? null : bpToFixed2(time.reductionBp),
    costBefore: money.before,
    costAfter: money.after,
    saving: money.saving,
    reductionPct: money.reductionPct,
  };
  return {
    campaign: summarise(
      campaign,
      rows.map((r) => r.status),
    ),
    items,
    counters,
  };
}

/** Procedure ids picked explicitly plus those matching the inventory search (never trashed ones). */
function pickProcedures(
  ctx: BackendContext,
  unitId: number,
  ids: readonly number[],
  search: string | undefined,
): number[] {
  const picked = new Set<number>();
  const inUnit = ctx.db.prepare(
    'SELECT 1 FROM unit_procedures WHERE unit_id = ? AND procedure_id = ? AND deleted_at IS NULL',
  );
  for (const id of ids) {
    if (!inUnit.get(unitId, id))
      throw new ApiFailure('NOT_FOUND', { what: `thủ tục #${id} trong danh mục của đơn vị` });
    picked.add(id);
  }
  if (search !== undefined && search.trim() !== '')
    for (const r of listInventory(ctx.db, { unitId, search, limit: 100000 }).rows) picked.add(r.procedureId);
  return [...picked];
}

export function createCampaign(
  ctx: BackendContext,
  input: {
    unitId: number;
    year: number;
    title: string;
    deadline: string | null;
    procedureIds: number[];
    search?: string | undefined;
    reviewer: string;
  },
): CampaignDetail {
  const db = ctx.db;
  if (!db.prepare('SELECT 1 FROM units WHERE id = ?').get(input.unitId))
    throw new ApiFailure('NOT_FOUND', { what: `đơn vị #${input.unitId}` });
  const ids = pickProcedures(ctx, input.unitId, input.procedureIds, input.search);
  if (ids.length === 0) throw new ApiFailure('REVIEW_NO_PROCEDURES');
  let id = 0;
  db.transaction(() => {
    id = insertCampaign(db, input);
    insertItems(db, id, ids, { reviewer: input.reviewer, deadline: input.deadline });
    appendAudit(db, {
      actor: ctx.actor(),
      action: 'create',
      entity: 'campaign',
      entityId: id,
      unitId: input.unitId,
      newValue: { title: input.title, year: input.year, procedures: ids.length },
    });
  })();
  return campaignDetail(ctx, id);
}

export function addItems(ctx: BackendContext, campaignId: number, procedureIds: number[]): CampaignDetail {
  const db = ctx.db;
  const campaign = getCampaign(db, campaignId);
  if (!campaign) throw new ApiFailure('NOT_FOUND', { what: `kế hoạch rà soát #${campaignId}` });
  const ids = pickProcedures(ctx, campaign.unitId, procedureIds, undefined);
  db.transaction(() => {
    const added = insertItems(db, campaignId, ids, { reviewer: '', deadline: campaign.deadline });
    appendAudit(db, {
      actor: ctx.actor(),
      action: 'add-items',
      entity: 'campaign',
      entityId: campaignId,
      unitId: campaign.unitId,
      newValue: added,
    });
  })();
  return campaignDetail(ctx, campaignId);
}
