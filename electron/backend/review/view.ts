/** Builds the before/after view of one campaign item (ReviewView) and the campaign board rows. */
import type { Database } from 'better-sqlite3';
import { getProcedureDetail } from '../../../db/queries/procedure-read';
import { getItem, type ItemRow } from '../../../db/queries/review-campaigns';
import { listActivities } from '../../../db/queries/review-cost';
import { listAnswers, listMarks, recentReasons, type MarkRecord } from '../../../db/queries/review-marks';
import { comparisonToDto, milliToDongNumber } from '../../shared/cost';
import type { ProcedureDetail } from '../../shared/contract/inventory';
import type { CampaignItem, ReviewQuestionKey, ReviewView } from '../../shared/contract/review';
import type { ReviewStatus } from '../../shared/domain';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import { computeItemCost, costRecordOf, type ItemCost } from './cost-service';
import { modelPart } from './view-model';
import { implementedSnapshot } from './implement';
import { outdatedChanges } from './outdated';
import { recordChanges } from './record-diff';

/** Marks, answers and costs are frozen once the plan is submitted, approved or implemented. */
export const LOCKED_STATUSES: readonly ReviewStatus[] = ['PROPOSED', 'APPROVED', 'IMPLEMENTED'];

export function requireItem(db: Database, itemId: number): ItemRow {
  const item = getItem(db, itemId);
  if (!item) throw new ApiFailure('NOT_FOUND', { what: `mục rà soát #${itemId}` });
  return item;
}

export function itemSummary(item: ItemRow, marks: readonly MarkRecord[], cost: ItemCost): CampaignItem {
  return {
    id: item.id,
    campaignId: item.campaignId,
    procedureId: item.procedureId,
    code: item.code,
    name: item.name,
    field: item.field,
    reviewer: item.reviewer,
    deadline: item.deadline,
    status: item.status,
    markCount: marks.length,
    costBefore: cost.comparison ? milliToDongNumber(cost.comparison.beforePerYearMilli) : null,
    costAfter: cost.comparison ? milliToDongNumber(cost.comparison.afterPerYearMilli) : null,
    reductionPct: cost.comparison ? comparisonToDto(cost.comparison).reductionPct : null,
    daysBefore: cost.daysBefore,
    daysAfter: cost.daysAfter,
    outdated:
      item.status !== 'IMPLEMENTED' && item.baseVersion !== null && item.version > item.baseVersion
        ? { from: item.baseVersion, to: item.version }
        : null,
  };
}

/** The record the marks refer to: the live one, or the kept old version once implemented. */
function recordFor(db: Database, item: ItemRow): { shown: ProcedureDetail; live: ProcedureDetail } {
  const live = getProcedureDetail(db, item.unitId, item.procedureId);
  if (!live) throw new ApiFailure('NOT_FOUND', { what: `thủ tục ${item.code}` });
  const snap =
    item.status === 'IMPLEMENTED'
      ? implementedSnapshot(db, item.procedureId, item.implementedDecisionNo)
      : null;
  return { shown: snap ?? live, live };
}

export function costOfItem(ctx: BackendContext, item: ItemRow, marks = listMarks(ctx.db, item.id)): ItemCost {
  const snap =
    item.status === 'IMPLEMENTED'
      ? implementedSnapshot(ctx.db, item.procedureId, item.implementedDecisionNo)
      : null;
  return computeItemCost(ctx.db, item, marks, ctx.locale, snap ? { record: snap } : {});
}

export function buildView(ctx: BackendContext, itemId: number): ReviewView {
  const db = ctx.db;
  const item = requireItem(db, itemId);
  const marks = listMarks(db, itemId);
  const activities = listActivities(db, itemId);
  const { shown, live } = recordFor(db, item);
  const cost = computeItemCost(db, item, marks, ctx.locale, { record: shown });
  const byOrd = new Map(activities.filter((a) => a.scenario === 'BEFORE').map((a) => [a.ord, a.name]));
  return {
    item: {
      ...itemSummary(item, marks, cost),
      unitId: item.unitId,
      campaignTitle: item.campaignTitle,
      population: cost.population,
      populationOverride: item.population,
      frequency: item.frequency,
      daysAfterOverride: item.daysAfter,
      returnComment: item.returnComment,
      approvedBy: item.approvedBy,
      approvedAt: item.approvedAt,
      implementedDecisionNo: item.implementedDecisionNo,
      implementedDecisionDate: item.implementedDecisionDate,
      locked: LOCKED_STATUSES.includes(item.status),
    },
    record: {
      conditions: shown.conditions,
      steps: shown.steps.map((s) => ({
        id: s.id,
        title: s.title,
        actor: s.actor,
        durationValue: s.durationValue,
        durationUnit: s.durationUnit,
      })),
      components: shown.componentGroups.flatMap((g) =>
        g.components.map((c) => ({
          id: c.id,
          group: g.heading,
          name: c.name,
          copyRequirement: c.copyRequirement,
          originalQty: c.originalQty,
          copyQty: c.copyQty,
          isNote: c.isNote,
          required: c.required,
        })),
      ),
      channels: shown.channels.map((c) => ({
        id: c.id,
        method: c.method,
        timeValue: c.timeValue,
        timeUnit: c.timeUnit,
        timeText: c.timeText,
        fees: c.fees.map((f) => ({ id: f.id, amount: f.amount, text: f.text })),
      })),
    },
    marks: marks.map(({ itemId: _i, ...m }) => m),
    answers: listAnswers(db, itemId).map((a) => ({ ...a, questionKey: a.questionKey as ReviewQuestionKey })),
    activities: activities.map(({ itemId: _i, ...a }) => a),
    hourlyIncome: cost.param,
    cost: cost.comparison ? comparisonToDto(cost.comparison) : null,
    costProblem: cost.problem,
    removed: cost.model.removed.map((r) => ({
      ord: r.activity.ord,
      name: r.activity.name,
      markId: r.markId,
      action: r.action as ReviewView['removed'][number]['action'],
    })),
    overridden: cost.model.after
      .filter((a) => a.origin === 'OVERRIDE' || a.origin === 'ADDED')
      .map((a) => ({
        ord: a.ord,
        name: a.name,
        replaces:
          a.origin === 'ADDED'
            ? null
            : (byOrd.get(a.ord) ?? cost.model.before.find((b) => b.key === a.key)?.name ?? null),
      })),
    daysReductionPct: cost.daysReductionPct,
    recentReasons: recentReasons(db),
    changes: shown === live ? [] : recordChanges(shown, live),
    outdatedChanges: outdatedChanges(db, item, live),
    ...modelPart(cost, costRecordOf(shown), marks),
  };
}
