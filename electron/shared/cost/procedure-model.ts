/**
 * THE one computation of a procedure's review model: record + quy trình nội bộ + marks + stored activities +
 * parameters → the activities before and after, the exact SCM comparison, and the days per channel. The
 * review screen, the campaign board, the reports, the CLI and the bench all call buildProcedureModel, so a
 * mark changes every figure the same way everywhere (an approved item reads its frozen copy instead).
 * Mode HAND: the officer entered before-activities by hand (cost_activities rows without a derived key):
 * the marks act through the links the officer made (derive-after.ts), as before the process model.
 * Mode DERIVED: the activities follow from the record (derive-activities.ts).
 * Marks on citizen steps reach what each step costs (citizen-steps.ts) before either mode runs.
 */
import { channelDays, headlineDays, type ChannelDays, type ChannelTimeMark } from './channel-days';
import type { CostDefaults } from './cost-defaults';
import { deriveAfter } from './derive-after';
import { channelCosts, feesAfter, tripAfter, type ChannelCost } from './channel-cost';
import {
  componentRow,
  costChannel,
  derivedBefore,
  isCopyRequirement,
  type CostMark,
  type CostRecord,
  type ModelActivity,
  type StoredActivity,
} from './derive-activities';
import { compareScenarios, computeScenario, type Activity, type Comparison, type CostParams } from './engine';
import type { CostError } from './errors';
import { parseDecimalMilli } from './money';
import type { Mark } from './derive-after';
import { applyStepMarks, type InternalProcess, type ProcessOutcome, type StepMark } from './internal-process';
import { expandStepMarks, type ImpliedMark, type StepExpansion } from './citizen-steps';
import { stepOutcomes, type StepOutcome } from './step-outcome';

export type ModelMark = CostMark & StepMark & ChannelTimeMark & { mergeIntoId: number | null };

export interface ModelInput {
  record: CostRecord;
  processes: readonly InternalProcess[];
  marks: readonly ModelMark[];
  stored: readonly StoredActivity[];
  defaults: CostDefaults;
  /** Null when the cost cannot be computed (no hourly income or no population): activities and days still are. */
  params: CostParams | null;
  /** The item's explicit "days after" (campaign setting), which wins for the headline channel. */
  explicitDaysAfter?: number | null;
}

export interface RemovedRow {
  activity: ModelActivity;
  markId: number | null;
  action: string;
}

export interface ProcedureModel {
  mode: 'DERIVED' | 'HAND';
  before: ModelActivity[];
  after: ModelActivity[];
  removed: RemovedRow[];
  comparison: Comparison | null;
  errors: CostError[];
  process: ProcessOutcome;
  channels: ChannelDays[];
  /** What one dossier costs on each channel, before and after (channel-cost.ts); empty in HAND mode. */
  channelCosts: ChannelCost[];
  daysBefore: number | null;
  daysAfter: number | null;
  /** Per citizen step: what it costs, and what a mark on it changed (or why nothing). */
  steps: StepOutcome[];
  /** The marks that followed from marks on citizen steps (on trips, fees, documents, internal steps). */
  implied: ImpliedMark[];
}

const COMPONENT_CUT = new Set(['REMOVE', 'REPLACE_BY_DATA', 'MERGE']);
type Draft = Omit<ModelActivity, 'ord'> & { ord?: number };

function fromStored(
  a: StoredActivity,
  base: ModelActivity | undefined,
  origin: ModelActivity['origin'],
): ModelActivity {
  return {
    ...(base ?? {
      key: a.derivedKey ?? `HAND:${a.ord}`,
      rule: 'HAND',
      copies: 0,
      channelMethod: null,
      markId: null,
    }),
    ord: base?.ord ?? a.ord,
    name: a.name,
    hoursMilli: a.hoursMilli,
    serviceCost: a.serviceCost,
    otherCost: a.otherCost,
    fee: a.fee,
    linkedKind: base?.linkedKind ?? a.linkedKind,
    linkedId: base?.linkedId ?? a.linkedId,
    isOverride: origin !== 'DEFAULT' && origin !== 'HAND',
    origin,
  };
}

/** The after row of one derived before row, given the marks (null = removed by the mark returned). */
function afterOf(
  b: ModelActivity,
  input: ModelInput,
  marks: ReadonlyMap<string, ModelMark>,
): Draft | { removedBy: ModelMark } {
  const d = input.defaults;
  if (b.linkedKind === 'COMPONENT' && b.linkedId !== null) {
    const cut = marks.get(`COMPONENT:${b.linkedId}`);
    if (cut && COMPONENT_CUT.has(cut.action)) return { removedBy: cut };
    const req = marks.get(`COMPONENT_COPY_REQ:${b.linkedId}`);
    const qty = marks.get(`COMPONENT_QTY:${b.linkedId}`);
    const newReq =
      req?.action === 'SIMPLIFY' && isCopyRequirement(req.proposedValue.trim())
        ? req.proposedValue.trim()
        : null;
    const newQty =
      qty?.action === 'SIMPLIFY' && /^\d+$/.test(qty.proposedValue.trim())
        ? Number(qty.proposedValue.trim())
        : null;
    const c = input.record.components.find((x) => x.id === b.linkedId);
    if (c && (newReq !== null || newQty !== null)) {
      const r = componentRow(
        c,
        d,
        (newReq as typeof c.copyRequirement) ?? c.copyRequirement,
        newQty ?? c.copyQty,
      );
      return {
        ...b,
        ...r,
        origin: 'DEFAULT',
        isOverride: false,
        markId: (newReq !== null ? req?.id : qty?.id) ?? null,
      };
    }
    return { ...b, markId: null };
  }
  if (b.rule === 'TRIP_VISIT') {
    const m = marks.get(`STEP:${b.linkedId}`);
    if (m && (m.action === 'REMOVE' || m.action === 'MERGE' || m.action === 'REPLACE_BY_DATA'))
      return { removedBy: m };
    const hours = m?.action === 'SIMPLIFY' ? parseDecimalMilli(m.proposedValue.trim()) : null;
    return hours === null || hours < 0
      ? { ...b, markId: null }
      : { ...b, hoursMilli: hours, markId: m!.id ?? null };
  }
  if (b.key === 'SUBMIT' || b.key === 'RESULT')
    return tripAfter(b, costChannel(input.record.channels), marks, d);
  if (b.key === 'FEES') return feesAfter(b, costChannel(input.record.channels), input.record.channels, marks);
  return { ...b, markId: null };
}

function derivedModel(
  input: ModelInput,
  marks: ReadonlyMap<string, ModelMark>,
  visits: StepExpansion['visits'],
) {
  const overridesOf = (scenario: 'BEFORE' | 'AFTER') =>
    new Map(
      input.stored
        .filter((a) => a.scenario === scenario && a.derivedKey)
        .map((a) => [a.derivedKey!, a] as const),
    );
  const beforeOverrides = overridesOf('BEFORE');
  const afterOverrides = overridesOf('AFTER');
  const before: ModelActivity[] = derivedBefore(
    input.record,
    input.defaults,
    new Set(beforeOverrides.keys()),
    visits,
  ).map((r, i) => {
    const base: ModelActivity = { ...r, ord: i + 1, origin: 'DEFAULT', isOverride: false, markId: null };
    const o = beforeOverrides.get(r.key);
    return o ? fromStored(o, base, 'OVERRIDE') : base;
  });
  const abolished = input.marks.find((m) => m.targetKind === 'PROCEDURE' && m.action === 'REMOVE');
  const after: ModelActivity[] = [];
  const removed: RemovedRow[] = [];
  for (const b of before) {
    const o = afterOverrides.get(b.key);
    const a = abolished ? { removedBy: abolished } : afterOf(b, input, marks);
    if (o) after.push(fromStored(o, b, 'OVERRIDE'));
    else if ('removedBy' in a)
      removed.push({ activity: b, markId: a.removedBy.id ?? null, action: a.removedBy.action });
    else after.push({ ...a, ord: b.ord });
  }
  let next = before.length;
  const keys = new Set(before.map((b) => b.key));
  for (const a of input.stored)
    if (a.scenario === 'AFTER' && !(a.derivedKey && keys.has(a.derivedKey)))
      after.push({
        ...fromStored(a, undefined, 'ADDED'),
        ord: ++next,
        key: a.derivedKey ?? `ADDED:${a.ord}`,
      });
  return { before, after, removed };
}

function handModel(input: ModelInput) {
  const engine = (a: StoredActivity, isOverride: boolean): Activity => ({ ...a, isOverride });
  const beforeRows = input.stored.filter((a) => a.scenario === 'BEFORE' && !a.derivedKey);
  const overrides = input.stored.filter((a) => a.scenario === 'AFTER').map((a) => engine(a, true));
  const toModel = (a: Activity, origin: ModelActivity['origin']): ModelActivity => ({
    ...a,
    key: `HAND:${a.ord}`,
    origin,
    rule: 'HAND',
    copies: 0,
    channelMethod: null,
    markId: null,
  });
  const before = beforeRows.map((a) => toModel(engine(a, false), 'HAND'));
  const derived = deriveAfter(before, input.marks as readonly Mark[], overrides);
  if (!derived.ok) return { before, after: [], removed: [], errors: derived.errors };
  return {
    before,
    after: derived.value.activities.map((a) => toModel(a, a.isOverride ? 'OVERRIDE' : 'HAND')),
    removed: derived.value.removed.map((r) => ({
      activity: toModel(r.activity, 'HAND'),
      markId: r.byMark.id ?? null,
      action: r.byMark.action,
    })),
    errors: [] as CostError[],
  };
}

export function buildProcedureModel(given: ModelInput): ProcedureModel {
  const hand = given.stored.some((a) => a.scenario === 'BEFORE' && !a.derivedKey);
  const steps = given.record.steps ?? [];
  const exp = expandStepMarks(steps, given.record, given.processes, given.marks, hand);
  // The marks that follow from citizen steps join the officer's own (never on a target the officer marked).
  const input = { ...given, marks: [...given.marks, ...exp.implied] };
  const marks = new Map(
    input.marks.filter((m) => m.targetId !== null).map((m) => [`${m.targetKind}:${m.targetId}`, m] as const),
  );
  const rows = hand
    ? handModel(input)
    : { ...derivedModel(input, marks, exp.visits), errors: [] as CostError[] };
  const process = applyStepMarks(input.processes, input.marks);
  const perChannel = hand
    ? []
    : channelCosts(
        input.record,
        rows,
        marks,
        input.defaults,
        input.params,
        input.marks.some((m) => m.targetKind === 'PROCEDURE' && m.action === 'REMOVE'),
      );
  const channels = channelDays(input.record.channels, process.processes, input.marks, exp.cuts);
  const head = headlineDays(channels);
  let comparison: Comparison | null = null;
  const errors = [...rows.errors];
  if (input.params && errors.length === 0) {
    const b = computeScenario(rows.before, input.params);
    const a = computeScenario(rows.after, input.params);
    if (b.ok && a.ok) comparison = compareScenarios(b.value, a.value);
    else errors.push(...(b.ok ? [] : b.errors), ...(a.ok ? [] : a.errors));
  }
  return {
    mode: hand ? 'HAND' : 'DERIVED',
    before: rows.before,
    after: rows.after,
    removed: rows.removed,
    comparison,
    errors,
    process,
    channels,
    channelCosts: perChannel,
    daysBefore: head?.daysBefore ?? null,
    daysAfter: input.explicitDaysAfter ?? head?.daysAfter ?? null,
    steps: stepOutcomes(steps, exp, given.marks, {
      before: rows.before,
      after: rows.after,
      removed: rows.removed,
      processes: process.processes,
      channelCosts: perChannel,
      hand,
    }),
    implied: exp.implied,
  };
}
