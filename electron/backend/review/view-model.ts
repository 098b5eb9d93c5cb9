/** The process-model part of the review view (ReviewModelPart): cost rows, internal process, days per channel. */
import {
  costChannel,
  feeRow,
  milliToDongNumber,
  moneyDto,
  type CostMark,
  type CostRecord,
  type ModelActivity,
} from '../../shared/cost';
import type { ProcessDto, ReviewModelPart } from '../../shared/contract/review-model-schemas';
import { headlineDays } from '../../shared/cost/channel-days';
import type { ProcessOutcome } from '../../shared/cost/internal-process';
import type { ItemCost } from './cost-service';

/** The internal process after the marks, as the review view, the reports' model and a province package carry it. */
export function processDtos(outcome: ProcessOutcome): ProcessDto[] {
  return outcome.processes.map((p) => ({
    id: p.process.id,
    name: p.process.name,
    channels: p.process.channels,
    source: p.process.source,
    statedTotal: p.process.statedTotal,
    hoursBeforeMilli: p.hoursBeforeMilli,
    hoursAfterMilli: p.hoursAfterMilli,
    steps: p.steps.map((s) => ({
      id: s.step.id,
      ord: s.step.ord,
      work: s.step.work,
      responsible: s.step.responsible,
      time: s.step.time,
      timeText: s.step.timeText,
      result: s.step.result,
      fate: s.fate,
      timeAfter: s.timeAfter,
      mergedIntoId: s.mergedIntoId,
      markId: s.markId,
      reason: s.reason,
      viaStepId: s.viaStepId ?? null,
    })),
  }));
}

/** One activity as the screens, the CLI and the reports show it, with its cost per dossier (null: none). */
export function activityRow<T>(a: ModelActivity, perDossier: T) {
  return {
    key: a.key,
    ord: a.ord,
    name: a.name,
    hoursMilli: a.hoursMilli,
    serviceCost: a.serviceCost,
    otherCost: a.otherCost,
    fee: a.fee,
    origin: a.origin,
    rule: a.rule,
    copies: a.copies,
    channelMethod: a.channelMethod,
    linkedKind: a.linkedKind,
    linkedId: a.linkedId,
    markId: a.markId,
    perDossier,
  };
}

export function modelPart(cost: ItemCost, record: CostRecord, marks: readonly CostMark[]): ReviewModelPart {
  const m = cost.model;
  const all: readonly CostMark[] = [...marks, ...(m.implied ?? [])];
  const byTarget = new Map(all.map((x) => [`${x.targetKind}:${x.targetId}`, x] as const));
  const perDossier = (scenario: 'before' | 'after', ord: number) => {
    const r = m.comparison?.[scenario].rows.find((x) => x.activity.ord === ord);
    return r ? moneyDto(r.perDossierMilli) : null;
  };
  const row = (a: ModelActivity, scenario: 'before' | 'after') => activityRow(a, perDossier(scenario, a.ord));
  const feeOf = (scenario: 'before' | 'after', channelId: number) => {
    const ch = record.channels.find((c) => c.id === channelId);
    if (!ch || ch.fees.length === 0 || ch.fees.every((f) => f.amount === null)) return null;
    return feeRow(ch, scenario === 'before' ? new Map() : byTarget).fee;
  };
  const channelCostOf = (channelId: number) => {
    const c = m.channelCosts.find((x) => x.channelId === channelId);
    const dong = (v: number | null | undefined) =>
      v === null || v === undefined ? null : milliToDongNumber(BigInt(v));
    return { costBefore: dong(c?.beforeMilli), costAfter: dong(c?.afterMilli) };
  };
  return {
    mode: m.mode,
    costRows: { before: m.before.map((a) => row(a, 'before')), after: m.after.map((a) => row(a, 'after')) },
    removedRows: m.removed.map((r) => ({
      ...row(r.activity, 'before'),
      removedByMarkId: r.markId,
      action: r.action,
    })),
    processes: processDtos(m.process),
    staleMarkIds: m.process.stale.map((s) => s.id).filter((id): id is number => id !== undefined),
    daysEstimated: headlineDays(m.channels)?.estimated ?? false,
    channelDays: m.channels.map((c) => ({
      channelId: c.channelId,
      method: c.method,
      legalDays: c.legalDays,
      legalUnit: c.legalUnit,
      legalUnitAssumed: c.legalUnitAssumed,
      proposedLegalDays: c.proposedLegalDays,
      processId: c.processId,
      daysBefore: c.daysBefore,
      daysAfter: c.daysAfter,
      sourceBefore: c.sourceBefore,
      sourceAfter: c.sourceAfter,
      estimated: c.estimated,
      ...channelCostOf(c.channelId),
      feeBefore: feeOf('before', c.channelId),
      feeAfter: feeOf('after', c.channelId),
      problems: c.problems,
    })),
    citizenSteps: m.steps.map((o) => ({
      stepId: o.stepId,
      ord: o.ord,
      kind: o.cls.kind,
      channels: o.cls.channels,
      guessed: o.cls.guessed,
      days: o.cls.days,
      estimate: o.estimate,
      internalStepIds: o.internalStepIds,
      markId: o.markId,
      action: o.action,
      effect: o.effect,
      reason: o.reason,
    })),
    costChannelId: costChannel(record.channels)?.id ?? null,
    defaults: cost.defaults,
    frozen: cost.frozen,
  };
}
