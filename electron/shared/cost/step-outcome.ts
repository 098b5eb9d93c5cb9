/**
 * What a mark on a citizen step changed, read back from the model: the cost rows, internal steps and day cuts
 * carrying the mark's id (citizen-steps.ts gives the marks it implies that id), or, where nothing moved, why.
 */
import type { ChannelMethod } from '../domain';
import type { CitizenMark, StepExpansion } from './citizen-steps';
import type { DayCut } from './channel-days';
import type { ChannelCost } from './channel-cost';
import type { StepEstimate } from './office-days';
import type { ModelActivity } from './derive-activities';
import type { ProcessAfter } from './internal-process';
import type { RecordStep, StepClass } from './step-class';

export type StepReasonCode =
  | 'NOTE_STEP'
  | 'OTHER_CHANNEL'
  | 'OWN_MARK'
  | 'OTHER_STEP'
  | 'NO_PROCESS'
  | 'NO_LEGAL_DAYS'
  | 'NO_INTERNAL_MATCH'
  | 'SHARED_PROCESS'
  | 'MERGE_KEEPS'
  | 'NEEDS_VALUE'
  | 'DOCS_ONE_BY_ONE'
  | 'PAY_ONLINE_SAME'
  | 'NOTHING_COUNTED'
  | 'NO_COST_CHANNEL'
  | 'HAND_MODE'
  | 'NO_CHANGE';

export interface StepReason {
  code: StepReasonCode;
  /** OTHER_CHANNEL: the step's channels and the cost channel; SHARED_PROCESS: the channel the process is matched with. */
  channels?: ChannelMethod[];
  costChannel?: ChannelMethod;
  /** OTHER_STEP: the order number of the citizen step whose mark already reached the target. */
  stepOrd?: number;
  /** NO_PROCESS: the channel's days. */
  days?: number | null;
  /** OWN_MARK: what the officer marked directly (SUBMIT_TRIP, FEE…) and how. */
  target?: string;
  ownAction?: string;
}

export interface StepEffect {
  /** Cost rows the mark removed or changed (SUBMIT, RESULT, FEES, COMPONENT:12, STEP:5). */
  rowKeys: string[];
  internalStepIds: number[];
  /** Saved per dossier (negative = added): the applicant's hours in thousandths, and đồng (other, services, fees). */
  hoursMilli: number;
  money: number;
  /** Office time the internal steps lost, thousandths of an hour. */
  officeHoursMilli: number;
  /** Per dossier on the other channels (their own trips and fees, channel-cost.ts), saved: hours and đồng. */
  channels: { channelId: number; hoursMilli: number; money: number }[];
  /** Days cut from channels that have no quy trình nội bộ (`estimate`: an even share, office-days.ts). */
  dayCuts: { channelId: number; days: number; estimate: NonNullable<DayCut['estimate']> | null }[];
}

export interface StepOutcome {
  stepId: number;
  ord: number;
  cls: StepClass;
  /** The internal steps this step covers. */
  internalStepIds: number[];
  /** An office step with no time of its own, in a channel without a process: its even share (an estimate). */
  estimate: StepEstimate | null;
  markId: number | null;
  action: string | null;
  effect: StepEffect | null;
  reason: StepReason | null;
}

/** Per citizen step: its class, what its mark changed (from the rows and internal steps carrying the mark's id). */
export function stepOutcomes(
  steps: readonly RecordStep[],
  exp: StepExpansion,
  marks: readonly CitizenMark[],
  model: {
    before: readonly ModelActivity[];
    after: readonly ModelActivity[];
    removed: readonly { activity: ModelActivity; markId: number | null }[];
    processes: readonly ProcessAfter[];
    channelCosts: readonly ChannelCost[];
    hand: boolean;
  },
): StepOutcome[] {
  const byStep = new Map(
    marks.filter((m) => m.targetKind === 'STEP' && m.targetId !== null).map((m) => [m.targetId!, m] as const),
  );
  const beforeByKey = new Map(model.before.map((a) => [a.key, a] as const));
  const money = (a: ModelActivity) => a.otherCost + a.serviceCost + a.fee;
  return steps.map((s, i) => {
    const cls = exp.classes.get(s.id)!;
    const m = byStep.get(s.id);
    const base = {
      stepId: s.id,
      ord: i + 1,
      cls,
      internalStepIds: exp.internalOf.get(s.id) ?? [],
      estimate: exp.estimates.get(s.id) ?? null,
      markId: m?.id ?? null,
      action: m?.action ?? null,
    };
    if (!m || m.id === undefined || m.action === 'KEEP') return { ...base, effect: null, reason: null };
    const id = m.id;
    const effect: StepEffect = {
      rowKeys: [],
      internalStepIds: [],
      hoursMilli: 0,
      money: 0,
      officeHoursMilli: 0,
      channels: [],
      dayCuts: exp.cuts
        .filter((c) => c.markId === id)
        .map(({ channelId, days, estimate }) => ({ channelId, days, estimate: estimate ?? null })),
    };
    for (const r of model.removed)
      if (r.markId === id) {
        effect.rowKeys.push(r.activity.key);
        effect.hoursMilli += r.activity.hoursMilli;
        effect.money += money(r.activity);
      }
    for (const a of model.after)
      if (a.markId === id && a.origin !== 'OVERRIDE') {
        const b = beforeByKey.get(a.key);
        if (!b) continue;
        effect.rowKeys.push(a.key);
        effect.hoursMilli += b.hoursMilli - a.hoursMilli;
        effect.money += money(b) - money(a);
      }
    for (const p of model.processes)
      for (const st of p.steps)
        if (st.markId === id && st.viaStepId === s.id) {
          effect.internalStepIds.push(st.step.id);
          effect.officeHoursMilli += st.hoursBeforeMilli - st.hoursAfterMilli;
        }
    for (const c of model.channelCosts) {
      if (c.counted) continue;
      const saved = { channelId: c.channelId, hoursMilli: 0, money: 0 };
      for (const r of c.own.removed)
        if (r.markId === id) {
          saved.hoursMilli += r.activity.hoursMilli;
          saved.money += money(r.activity);
        }
      for (const a of c.own.after)
        if (a.markId === id) {
          const b = c.own.before.find((x) => x.key === a.key);
          if (!b) continue;
          saved.hoursMilli += b.hoursMilli - a.hoursMilli;
          saved.money += money(b) - money(a);
        }
      if (saved.hoursMilli !== 0 || saved.money !== 0) effect.channels.push(saved);
    }
    const changed =
      effect.channels.length > 0 ||
      effect.hoursMilli !== 0 ||
      effect.money !== 0 ||
      effect.officeHoursMilli !== 0 ||
      effect.dayCuts.length > 0;
    const reason = changed
      ? null
      : (exp.reasons.get(id) ??
        (model.hand && cls.kind !== 'OFFICE'
          ? { code: 'HAND_MODE' as const }
          : { code: 'NO_CHANGE' as const }));
    return { ...base, effect: changed ? effect : null, reason };
  });
}
