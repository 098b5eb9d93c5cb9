/**
 * A mark on a citizen step (trình tự thực hiện) reaches what the step costs (step-class.ts), as marks the rest of
 * the model already understands, each carrying the step mark's id so the view can say what the mark changed:
 * - SUBMIT / RESULT → the trip of each channel it belongs to (REMOVE drops it; REPLACE_BY_DATA makes it online;
 *   SIMPLIFY with hours sets its hours): the cost channel's in the yearly figure, the others' in their own cost
 *   per dossier (channel-cost.ts); a RESULT step also covers the internal "trả kết quả" steps;
 * - PAY → the fees of the channels it belongs to (REMOVE drops them; SIMPLIFY with an amount sets the fee);
 * - PREPARE → the counted dossier documents (REMOVE drops them; REPLACE_BY_DATA replaces them by data);
 * - VISIT → its own trip row (derive-activities.ts; the STEP mark acts on it directly);
 * - OFFICE → the internal steps it covers (matched by phase: tiếp nhận, thẩm định, ký, vào sổ — REMOVE and
 *   REPLACE_BY_DATA drop them, SIMPLIFY with a time sets the first and joins the others to it, MERGE joins them
 *   to the target step's); where a channel has no quy trình nội bộ, the days office-days.ts gives the step (its
 *   own, the channel's whole time, or an even share, an estimate) are cut from that channel;
 * - NOTE → nothing.
 * MERGE of step A into step B removes what A reaches and B does not (one trip instead of two); merging a
 * preparation or a payment into another step leaves the work to do. A mark made directly on a trip, fee,
 * document or internal step wins over one that follows from a citizen step. Where a mark changes nothing the
 * outcome says why, in terms the officer can act on (change the step's kind, enter the quy trình nội bộ…).
 */
import type { ChannelMethod } from '../domain';
import { legalOf, proposedDays, type DayCut } from './channel-days';
import { officeDayCuts, officeEstimates, type StepEstimate } from './office-days';
import { costChannel, parseAmount, type CostRecord } from './derive-activities';
import { processForChannel, type InternalProcess } from './internal-process';
import { parseDecimalMilli } from './money';
import { mapInternal, matchChannel } from './internal-match';
import { appliesTo, classifyStep, type RecordStep, type StepClass } from './step-class';
import type { StepReason } from './step-outcome';
import { parseStepTime } from './step-time';

export interface CitizenMark {
  id?: number;
  targetKind: string;
  targetId: number | null;
  action: string;
  proposedValue: string;
  mergeIntoId: number | null;
  reason?: string;
}

export type ImpliedMark = Required<Pick<CitizenMark, 'id'>> &
  Omit<CitizenMark, 'id'> & { reason: string; viaStepId: number };

export interface StepExpansion {
  classes: Map<number, StepClass>;
  internalOf: Map<number, number[]>;
  implied: ImpliedMark[];
  cuts: DayCut[];
  reasons: Map<number, StepReason>;
  /** Office steps that state no days, in a channel without a process: their even share (what a mark would cut). */
  estimates: Map<number, StepEstimate>;
  /** Steps the officer classed VISIT that count for the cost channel (their trip rows). */
  visits: { id: number; ord: number; title: string }[];
}

type Target = {
  key: string;
  kind: 'SUBMIT_TRIP' | 'RESULT_TRIP' | 'FEE' | 'COMPONENT' | 'INTERNAL_STEP';
  id: number;
  /** FEE: its channel (a new amount goes to the channel's first fee, its other fees go). */
  channelId?: number;
};

const hoursValue = (v: string): string | null => {
  const m = /^\s*(\d+(?:[.,]\d{1,3})?)\s*(giờ|gio|h)?\s*$/iu.exec(v);
  return m && parseDecimalMilli(m[1]!) !== null ? m[1]!.replace(',', '.') : null;
};

export function expandStepMarks(
  steps: readonly RecordStep[],
  record: CostRecord,
  processes: readonly InternalProcess[],
  marks: readonly CitizenMark[],
  hand: boolean,
): StepExpansion {
  const classes = new Map(steps.map((s) => [s.id, classifyStep(s)] as const));
  const ordOf = new Map(steps.map((s, i) => [s.id, i + 1] as const));
  const internalOf = mapInternal(steps, classes, processes, record);
  const cc = costChannel(record.channels);
  const processOfStep = new Map(processes.flatMap((p) => p.steps.map((s) => [s.id, p.id] as const)));
  const direct = new Map<string, CitizenMark>(
    marks.filter((m) => m.targetId !== null).map((m) => [`${m.targetKind}:${m.targetId}`, m]),
  );
  const taken = new Map<string, number>();
  const implied: ImpliedMark[] = [];
  const cuts: DayCut[] = [];
  const reasons = new Map<number, StepReason>();
  const visits = steps
    .filter((s) => {
      const c = classes.get(s.id)!;
      return c.kind === 'VISIT' && (!cc || appliesTo(c.channels, cc.method));
    })
    .map((s) => ({ id: s.id, ord: ordOf.get(s.id)!, title: s.title }));

  /** What a step reaches, or why it reaches nothing. */
  const reach = (stepId: number): { targets: Target[]; reason?: StepReason } => {
    const c = classes.get(stepId)!;
    const internal = (internalOf.get(stepId) ?? []).map((id): Target => ({
      key: `INTERNAL_STEP:${id}`,
      kind: 'INTERNAL_STEP',
      id,
    }));
    const otherChannel = (): StepReason => ({
      code: 'OTHER_CHANNEL',
      channels: c.channels,
      ...(cc ? { costChannel: cc.method } : {}),
    });
    switch (c.kind) {
      case 'NOTE':
        return { targets: [], reason: { code: 'NOTE_STEP' } };
      case 'VISIT':
        return { targets: [] };
      case 'SUBMIT':
      case 'RESULT': {
        if (!cc) return { targets: internal, reason: { code: 'NO_COST_CHANNEL' } };
        // The trip of every channel the step belongs to: the cost channel's counts in the yearly figure, the
        // others' in their own per-dossier cost (channel-cost.ts).
        const kind = c.kind === 'SUBMIT' ? 'SUBMIT_TRIP' : 'RESULT_TRIP';
        const trips = record.channels
          .filter((ch) => appliesTo(c.channels, ch.method))
          .map((ch): Target => ({ key: `${kind}:${ch.id}`, kind, id: ch.id }));
        if (!trips.length) return { targets: internal, reason: otherChannel() };
        return {
          targets: [...(hand ? [] : trips), ...internal],
          ...(hand ? { reason: { code: 'HAND_MODE' } } : {}),
        };
      }
      case 'PAY': {
        if (hand) return { targets: [], reason: { code: 'HAND_MODE' } };
        const fees = record.channels
          .filter((ch) => appliesTo(c.channels, ch.method))
          .flatMap((ch) =>
            ch.fees
              .filter((f) => (f.amount ?? 0) > 0)
              .map((f): Target => ({ key: `FEE:${f.id}`, kind: 'FEE', id: f.id, channelId: ch.id })),
          );
        return fees.length ? { targets: fees } : { targets: [], reason: { code: 'NOTHING_COUNTED' } };
      }
      case 'PREPARE': {
        if (hand) return { targets: [], reason: { code: 'HAND_MODE' } };
        if (cc && !appliesTo(c.channels, cc.method)) return { targets: [], reason: otherChannel() };
        const docs = record.components
          .filter((d) => !d.isNote && d.required)
          .map((d): Target => ({ key: `COMPONENT:${d.id}`, kind: 'COMPONENT', id: d.id }));
        return docs.length ? { targets: docs } : { targets: [], reason: { code: 'NOTHING_COUNTED' } };
      }
      case 'OFFICE':
        return { targets: internal };
    }
  };

  const officeCuts = officeDayCuts(steps, classes, record, processes);

  /**
   * A step of some channels only ("Trường hợp đăng ký qua mạng…") whose channel shares one quy trình nội bộ with
   * another channel: the process was matched with that channel's steps, so this one reaches nothing until the
   * unit gives its channel a variant of its own.
   */
  const sharedProcess = (channels: readonly ChannelMethod[]): StepReason | null => {
    if (!channels.length) return null;
    const p = processForChannel(
      processes.map((process) => ({ process })),
      channels[0]!,
    );
    const ref = p ? matchChannel(p.process, record) : null;
    return p && ref && !channels.includes(ref)
      ? { code: 'SHARED_PROCESS', channels: [...channels], costChannel: ref }
      : null;
  };

  const estimates = officeEstimates(steps, officeCuts);

  for (const m of marks) {
    if (m.targetKind !== 'STEP' || m.targetId === null || m.id === undefined) continue;
    const c = classes.get(m.targetId);
    if (!c || m.action === 'KEEP') continue;
    const stepId = m.targetId;
    const { targets, reason } = reach(stepId);
    let list = targets;
    const value = m.proposedValue.trim();
    let mergeInto: ((t: Target) => number | null) | null = null;
    if (m.action === 'MERGE') {
      if (c.kind === 'PREPARE' || c.kind === 'PAY') {
        reasons.set(m.id, { code: 'MERGE_KEEPS' });
        continue;
      }
      const into = m.mergeIntoId === null ? [] : reach(m.mergeIntoId).targets;
      const keys = new Set(into.map((t) => t.key));
      list = targets.filter((t) => !keys.has(t.key));
      mergeInto = (t) =>
        into.find((x) => x.kind === 'INTERNAL_STEP' && processOfStep.get(x.id) === processOfStep.get(t.id))
          ?.id ?? null;
    }
    if (m.action === 'SIMPLIFY' && c.kind === 'PREPARE') {
      reasons.set(m.id, { code: 'DOCS_ONE_BY_ONE' });
      continue;
    }
    if (m.action === 'REPLACE_BY_DATA' && c.kind === 'PAY') {
      reasons.set(m.id, { code: 'PAY_ONLINE_SAME' });
      continue;
    }
    let needsValue = false;
    const firstOfProcess = new Map<number, number>();
    const feeChannels = new Set<number>();
    let skippedOwn: CitizenMark | null = null;
    let skippedBy: number | null = null;
    let reached = 0;
    for (const t of list) {
      const own = direct.get(t.key);
      if (own) {
        skippedOwn ??= own;
        continue;
      }
      const by = taken.get(t.key);
      if (by !== undefined) {
        skippedBy = by;
        continue;
      }
      const mark = (action: string, proposedValue = '', mergeIntoId: number | null = null) => {
        implied.push({
          id: m.id!,
          targetKind: t.kind,
          targetId: t.id,
          action,
          proposedValue,
          mergeIntoId,
          reason: m.reason ?? '',
          viaStepId: stepId,
        });
        taken.set(t.key, ordOf.get(stepId)!);
        reached++;
      };
      if (m.action === 'REMOVE') mark('REMOVE');
      else if (m.action === 'REPLACE_BY_DATA')
        mark(t.kind === 'INTERNAL_STEP' ? 'REMOVE' : 'REPLACE_BY_DATA');
      else if (m.action === 'MERGE') {
        const into = t.kind === 'INTERNAL_STEP' ? mergeInto!(t) : null;
        mark(into === null ? 'REMOVE' : 'MERGE', '', into);
      } else if (m.action === 'SIMPLIFY') {
        if (t.kind === 'SUBMIT_TRIP' || t.kind === 'RESULT_TRIP') {
          const h = hoursValue(value);
          if (h === null) needsValue = true;
          else mark('SIMPLIFY', h);
        } else if (t.kind === 'FEE') {
          const amount = parseAmount(value);
          if (amount === null) needsValue = true;
          else {
            mark(feeChannels.has(t.channelId!) ? 'REMOVE' : 'SIMPLIFY', String(amount));
            feeChannels.add(t.channelId!);
          }
        } else if (t.kind === 'INTERNAL_STEP') {
          if (!parseStepTime(value, 'proposedValue', 'WORKING_DAY').ok) needsValue = true;
          else {
            const p = processOfStep.get(t.id)!;
            const first = firstOfProcess.get(p);
            if (first === undefined) {
              firstOfProcess.set(p, t.id);
              mark('SIMPLIFY', value);
            } else mark('MERGE', '', first);
          }
        }
      }
    }
    let cut = 0;
    let noShare = false;
    if (m.action !== 'MERGE' || m.mergeIntoId !== null)
      for (const x of officeCuts(stepId)) {
        if (x.days === null) {
          noShare = true;
          continue;
        }
        let days = x.days;
        if (m.action === 'SIMPLIFY') {
          const next = proposedDays(value);
          if (next === null) {
            needsValue = true;
            continue;
          }
          days = Math.max(0, x.days - next);
        }
        if (days > 0) {
          cuts.push({
            channelId: x.channelId,
            markId: m.id,
            days,
            ...(x.estimate ? { estimate: x.estimate } : {}),
          });
          cut++;
        }
      }
    if (reached > 0 || cut > 0) continue;
    const legal = cc ? (legalOf(cc)?.days ?? null) : null;
    const why: StepReason | undefined = needsValue
      ? { code: 'NEEDS_VALUE' }
      : reason
        ? reason
        : skippedOwn
          ? { code: 'OWN_MARK', target: skippedOwn.targetKind, ownAction: skippedOwn.action }
          : skippedBy !== null
            ? { code: 'OTHER_STEP', stepOrd: skippedBy }
            : c.kind === 'OFFICE'
              ? processes.length && !noShare
                ? (sharedProcess(c.channels) ?? { code: 'NO_INTERNAL_MATCH' })
                : legal === null
                  ? { code: 'NO_LEGAL_DAYS' }
                  : { code: 'NO_PROCESS', days: legal }
              : undefined;
    if (why) reasons.set(m.id, why);
  }
  return { classes, internalOf, implied, cuts, reasons, estimates, visits };
}
