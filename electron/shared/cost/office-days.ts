/**
 * The days a mark on an office step (cơ quan xử lý) cuts where the channel has no quy trình nội bộ (domain.md
 * §8.3: the channel's legal time is then the before-value): the days the step states for itself, the channel's
 * whole time when it is the channel's only office step, else an even share of the time the office steps leave
 * unstated, an estimate shown as one ("1 ngày chia đều cho 3 bước"); none when nothing is left to share.
 */
import { legalOf, type DayCut } from './channel-days';
import type { CostRecord } from './derive-activities';
import { processForChannel, type InternalProcess } from './internal-process';
import { appliesTo, type RecordStep, type StepClass } from './step-class';

export interface OfficeCut {
  channelId: number;
  /** Null: the other office steps' stated days already take the channel's whole time. */
  days: number | null;
  estimate?: DayCut['estimate'];
}

export interface StepEstimate {
  days: number;
  legalDays: number;
  steps: number;
}

/** Per office step, what removing it cuts from each channel without a process that it belongs to. */
export function officeDayCuts(
  steps: readonly RecordStep[],
  classes: ReadonlyMap<number, StepClass>,
  record: CostRecord,
  processes: readonly InternalProcess[],
): (stepId: number) => OfficeCut[] {
  const withoutProcess = record.channels.filter(
    (ch) =>
      legalOf(ch) !== null &&
      !processForChannel(
        processes.map((process) => ({ process })),
        ch.method,
      ),
  );
  return (stepId) => {
    const c = classes.get(stepId)!;
    if (c.kind !== 'OFFICE') return [];
    return withoutProcess
      .filter((ch) => appliesTo(c.channels, ch.method))
      .map((ch): OfficeCut => {
        const legal = legalOf(ch)!.days;
        if (c.days !== null) return { channelId: ch.id, days: Math.min(c.days, legal) };
        const office = steps
          .map((s) => classes.get(s.id)!)
          .filter((o) => o.kind === 'OFFICE' && appliesTo(o.channels, ch.method));
        if (office.length === 1) return { channelId: ch.id, days: legal };
        const open = office.filter((o) => o.days === null).length;
        const left = Math.max(0, legal - office.reduce((n, o) => n + (o.days ?? 0), 0));
        return left > 0
          ? { channelId: ch.id, days: left / open, estimate: { legalDays: left, steps: open } }
          : { channelId: ch.id, days: null };
      });
  };
}

/** Office steps that state no days, in a channel without a process: their even share, before any mark. */
export function officeEstimates(
  steps: readonly RecordStep[],
  cuts: (stepId: number) => OfficeCut[],
): Map<number, StepEstimate> {
  const estimates = new Map<number, StepEstimate>();
  for (const s of steps) {
    const x = cuts(s.id).find((o) => o.estimate && o.days);
    if (x?.estimate && x.days) estimates.set(s.id, { days: x.days, ...x.estimate });
  }
  return estimates;
}
