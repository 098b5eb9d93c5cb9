/**
 * Tổng quan (the start page per unit): counts by lĩnh vực and online level, review progress of the latest
 * campaign, proposals by type, and days and cost saved (before/after) from the exact cost engine.
 */
import type { Database } from 'better-sqlite3';
import { getReportUnit } from '../../../db/queries/report-procedures';
import { latestCampaign, listCampaignItems } from '../../../db/queries/report-review';
import {
  countByField,
  countByLegacyLevel,
  countByOnlineLevel,
  countProcedures,
} from '../../../db/queries/report-statistics';
import type { DashboardSummary } from '../../shared/contract/reports';
import { aggregate } from '../../shared/cost/engine';
import { aggregateToDto } from '../../shared/cost/dto';
import { REVIEW_STATUS_VI, type MarkAction, type ReviewStatus } from '../../shared/domain';
import { compareVi } from '../../shared/text/collate';
import { ApiFailure } from '../api-failure';
import { ACTION_LABEL, isoToday } from './builders/text';
import { ONLINE_LEVEL_LABEL } from './builders/statistics';
import { itemModelLoader } from './review-model';
import './messages';

const REVIEWED = new Set<ReviewStatus>(['PROPOSED', 'APPROVED', 'RETURNED', 'IMPLEMENTED']);

export function dashboardSummary(db: Database, unitId: number): DashboardSummary {
  const unit = getReportUnit(db, unitId);
  if (!unit) throw new ApiFailure('REPORT_UNIT_NOT_FOUND');
  const byField = countByField(db, unitId)
    .map((r) => ({ key: r.field, label: r.field || 'Lĩnh vực khác', count: r.count }))
    .sort((a, b) => b.count - a.count || compareVi(a.label, b.label));
  const online = new Map(countByOnlineLevel(db, unitId).map((r) => [r.level ?? 'UNKNOWN', r.count]));
  const byOnlineLevel = (['FULL', 'PARTIAL', 'NONE', 'UNKNOWN'] as const)
    .map((key) => ({ key, label: ONLINE_LEVEL_LABEL[key]!, count: online.get(key) ?? 0 }))
    .filter((r) => r.count > 0 || r.key !== 'UNKNOWN');
  const byLegacyLevel = countByLegacyLevel(db, unitId)
    .filter((r) => r.level !== null)
    .map((r) => ({ key: String(r.level), label: `Mức độ ${r.level}`, count: r.count }))
    .sort((a, b) => a.key.localeCompare(b.key));

  const campaign = latestCampaign(db, unitId) ?? null;
  const proposals = new Map<MarkAction, number>();
  let days = { before: 0, after: 0, procedures: 0 };
  let cost: DashboardSummary['cost'] = { before: 0, after: 0, saving: 0, reductionPct: null, procedures: 0 };
  let campaignOut: DashboardSummary['campaign'] = null;
  if (campaign) {
    const items = listCampaignItems(db, campaign.id);
    const models = items.map(itemModelLoader(db, isoToday()));
    const statuses = new Map<ReviewStatus, number>();
    for (const m of models) {
      statuses.set(m.item.status, (statuses.get(m.item.status) ?? 0) + 1);
      for (const p of m.proposals) proposals.set(p.action, (proposals.get(p.action) ?? 0) + 1);
      if (m.daysBefore !== null && m.daysAfter !== null && m.daysAfter !== m.daysBefore) {
        days = {
          before: days.before + m.daysBefore,
          after: days.after + m.daysAfter,
          procedures: days.procedures + 1,
        };
      }
    }
    const totals = models.flatMap((m) => (m.totals ? [m.totals] : []));
    const agg = aggregateToDto(aggregate(totals));
    cost = {
      before: agg.before.dong,
      after: agg.after.dong,
      saving: agg.saving.dong,
      reductionPct: agg.reductionPct,
      procedures: agg.count,
    };
    campaignOut = {
      id: campaign.id,
      title: campaign.title,
      year: campaign.year,
      total: items.length,
      reviewed: items.filter((i) => REVIEWED.has(i.status)).length,
      byStatus: (Object.keys(REVIEW_STATUS_VI) as ReviewStatus[]).map((key) => ({
        key,
        label: REVIEW_STATUS_VI[key],
        count: statuses.get(key) ?? 0,
      })),
    };
  }
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name },
    totalProcedures: countProcedures(db, unitId),
    byField,
    byOnlineLevel,
    byLegacyLevel,
    campaign: campaignOut,
    proposalsByType: (['REMOVE', 'SIMPLIFY', 'MERGE', 'REPLACE_BY_DATA'] as const).map((key) => ({
      key,
      label: ACTION_LABEL[key],
      count: proposals.get(key) ?? 0,
    })),
    days,
    cost,
  };
}
