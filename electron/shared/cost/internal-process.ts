/**
 * Quy trình nội bộ (domain.md §8): the ordered internal steps of one unit for one procedure, and what the
 * review marks on them do to the time (§8.3: provinces cut time by removing, shortening and merging steps):
 * - INTERNAL_STEP REMOVE or REPLACE_BY_DATA → the step and its time go (struck through, with the reason);
 * - SIMPLIFY with a new time ("02 giờ", "0,5 ngày làm việc") → the step takes that time;
 * - MERGE into another step of the same process → the two are done as one: the merged step's own time goes,
 *   the target keeps its time (shorten the target with SIMPLIFY if the joined step needs another);
 * - KEEP → unchanged.
 * A mark whose step no longer exists (the process was edited after marking) is reported as stale, never applied.
 */
import type { ChannelMethod } from '../domain';
import { costError, type CostError } from './errors';
import { parseStepTime, stepHoursMilli, type StepTime } from './step-time';

export interface InternalStep {
  id: number;
  ord: number;
  work: string;
  responsible: string;
  time: StepTime;
  timeText: string;
  result: string;
}

export interface InternalProcess {
  id: number;
  ord: number;
  name: string;
  /** The channels this variant applies to; empty = every channel without a variant of its own. */
  channels: ChannelMethod[];
  source: string;
  statedTotal: string;
  steps: InternalStep[];
}

/** The part of a mark the process model reads. */
export interface StepMark {
  id?: number;
  targetKind: string;
  targetId: number | null;
  action: string;
  proposedValue: string;
  mergeIntoId: number | null;
  reason?: string;
  /** Set when the mark follows from a mark on a citizen step (the step's id). */
  viaStepId?: number | null;
}

export type StepFate = 'KEPT' | 'REMOVED' | 'SHORTENED' | 'MERGED';

export interface StepAfter {
  step: InternalStep;
  fate: StepFate;
  /** The time after the marks (null when the step goes or is not counted). */
  timeAfter: StepTime | null;
  hoursBeforeMilli: number;
  hoursAfterMilli: number;
  /** For MERGED: the step it joins. */
  mergedIntoId: number | null;
  markId: number | null;
  reason: string;
  /** The citizen step whose mark reached this internal step (null: marked directly or not at all). */
  viaStepId: number | null;
}

export interface ProcessAfter {
  process: InternalProcess;
  steps: StepAfter[];
  hoursBeforeMilli: number;
  hoursAfterMilli: number;
}

export interface ProcessOutcome {
  processes: ProcessAfter[];
  /** Marks on internal steps that no longer exist (after an edit of the process). */
  stale: StepMark[];
  /** Marks that cannot be applied (a new time that is not a time): refused when saving, reported here too. */
  errors: CostError[];
}

const REMOVING = new Set(['REMOVE', 'REPLACE_BY_DATA']);

function applyToProcess(p: InternalProcess, marks: ReadonlyMap<number, StepMark>, errors: CostError[]) {
  const ids = new Set(p.steps.map((s) => s.id));
  const steps = p.steps.map((step): StepAfter => {
    const mark = marks.get(step.id);
    const hoursBeforeMilli = stepHoursMilli(step.time);
    const base = {
      step,
      hoursBeforeMilli,
      mergedIntoId: null,
      markId: mark?.id ?? null,
      reason: mark?.reason ?? '',
      viaStepId: mark?.viaStepId ?? null,
    };
    if (!mark || mark.action === 'KEEP')
      return { ...base, fate: 'KEPT', timeAfter: step.time, hoursAfterMilli: hoursBeforeMilli };
    if (REMOVING.has(mark.action)) return { ...base, fate: 'REMOVED', timeAfter: null, hoursAfterMilli: 0 };
    if (mark.action === 'MERGE' && mark.mergeIntoId !== null && ids.has(mark.mergeIntoId))
      return { ...base, fate: 'MERGED', timeAfter: null, hoursAfterMilli: 0, mergedIntoId: mark.mergeIntoId };
    if (mark.action === 'SIMPLIFY') {
      const t = parseStepTime(
        mark.proposedValue,
        `marks[${mark.id ?? ''}].proposedValue`,
        step.time.unit === 'HOUR' ? 'HOUR' : 'WORKING_DAY',
      );
      if (t.ok)
        return { ...base, fate: 'SHORTENED', timeAfter: t.value, hoursAfterMilli: stepHoursMilli(t.value) };
      errors.push(...t.errors);
    }
    return { ...base, fate: 'KEPT', timeAfter: step.time, hoursAfterMilli: hoursBeforeMilli };
  });
  return {
    process: p,
    steps,
    hoursBeforeMilli: steps.reduce((n, s) => n + s.hoursBeforeMilli, 0),
    hoursAfterMilli: steps.reduce((n, s) => n + s.hoursAfterMilli, 0),
  };
}

export function applyStepMarks(
  processes: readonly InternalProcess[],
  marks: readonly StepMark[],
): ProcessOutcome {
  const stepMarks = marks.filter((m) => m.targetKind === 'INTERNAL_STEP' && m.targetId !== null);
  const known = new Set(processes.flatMap((p) => p.steps.map((s) => s.id)));
  const byStep = new Map(
    stepMarks.filter((m) => known.has(m.targetId!)).map((m) => [m.targetId!, m] as const),
  );
  const errors: CostError[] = [];
  return {
    processes: processes.map((p) => applyToProcess(p, byStep, errors)),
    stale: stepMarks.filter((m) => !known.has(m.targetId!)),
    errors,
  };
}

/** The variant that gives a channel its days: the first that names the channel, else the first for every channel. */
export function processForChannel<P extends { process: Pick<InternalProcess, 'channels'> }>(
  list: readonly P[],
  method: ChannelMethod,
): P | null {
  return (
    list.find((p) => p.process.channels.includes(method)) ??
    list.find((p) => p.process.channels.length === 0) ??
    null
  );
}

/** Checks one process as the editor and the importer save it: at least one step, each with work and a time. */
export function validateProcess(
  p: Omit<InternalProcess, 'id' | 'ord' | 'steps'> & { steps: Omit<InternalStep, 'id' | 'ord'>[] },
  index: number,
): CostError[] {
  const errors: CostError[] = [];
  const label = p.name.trim() || `Quy trình ${index + 1}`;
  if (p.steps.length === 0)
    errors.push(
      costError(`processes[${index}].steps`, `${label}: chưa có bước nào.`, `${label}: no steps yet.`),
    );
  p.steps.forEach((s, i) => {
    if (!s.work.trim() && !s.responsible.trim())
      errors.push(
        costError(
          `processes[${index}].steps[${i}].work`,
          `${label}, bước ${i + 1}: chưa nhập nội dung công việc.`,
          `${label}, step ${i + 1}: the work is empty.`,
        ),
      );
  });
  return errors;
}
