/**
 * Days before → after per channel (domain.md §8.3): from the internal steps where the unit recorded a quy trình
 * nội bộ (working days = hours ÷ 8), else from the channel's published thời hạn giải quyết. A CHANNEL_TIME mark
 * with a new figure proposes the new legal limit and is what the after column shows. Where a channel has no
 * process, a mark on a citizen step the office does (citizen-steps.ts) cuts the days that step states for itself.
 * A process whose sum is over or under the legal limit is reported as a problem, never adjusted.
 */
import type { ChannelMethod } from '../domain';
import type { RecordChannel } from './derive-activities';
import { processForChannel, type ProcessAfter } from './internal-process';
import { HOURS_PER_WORKING_DAY } from './step-time';

export type DaysProblemCode = 'PROCESS_OVER' | 'PROCESS_UNDER' | 'UNITS_DIFFER' | 'AFTER_OVER';
export interface DaysProblem {
  code: DaysProblemCode;
  /** The legal limit and the process sum, in days (working days for the process). */
  legalDays: number;
  processDays: number;
}

export interface ChannelDays {
  channelId: number;
  method: ChannelMethod;
  /** The published limit in days (working or calendar as published); null when the record gives none. */
  legalDays: number | null;
  legalUnit: 'WORKING_DAY' | 'CALENDAR_DAY' | null;
  /** The record gives a bare number ("7", the portal's unit "OTHER"), read as working days (domain.md §1). */
  legalUnitAssumed: boolean;
  /** The new legal limit a CHANNEL_TIME mark proposes. */
  proposedLegalDays: number | null;
  processId: number | null;
  processBeforeHoursMilli: number | null;
  processAfterHoursMilli: number | null;
  daysBefore: number | null;
  daysAfter: number | null;
  /**
   * 'PROCESS' when the days come from the internal steps, 'LEGAL' from the channel, 'MARK' from a CHANNEL_TIME
   * mark, 'STEPS' from the channel's time less what marks on citizen steps cut.
   */
  sourceBefore: 'PROCESS' | 'LEGAL' | null;
  sourceAfter: 'PROCESS' | 'LEGAL' | 'MARK' | 'STEPS' | null;
  /** 'STEPS' counted an even share of the channel's time for a step that states none (an estimate, shown so). */
  estimated: boolean;
  problems: DaysProblem[];
}

/** Days a mark on a citizen step cuts from a channel without a quy trình nội bộ (citizen-steps.ts). */
export interface DayCut {
  channelId: number;
  markId: number;
  days: number;
  /**
   * Set when the step states no days of its own: `days` is an even share of what the channel's office steps
   * leave unstated (legalDays over `steps` steps), an estimate until the unit enters its quy trình nội bộ.
   */
  estimate?: { legalDays: number; steps: number };
}

export interface ChannelTimeMark {
  targetKind: string;
  targetId: number | null;
  action: string;
  proposedValue: string;
}

const days = (hoursMilli: number) => hoursMilli / 1000 / HOURS_PER_WORKING_DAY;

/**
 * The channel's published limit in days, or null when the record gives no usable figure (no number, months).
 * A bare number ("1", "7": the portal's unit "OTHER", mostly hộ tịch) is the working days the procedure's
 * decision states; it is read so and flagged `assumed`, so the view says so instead of counting nothing.
 */
export function legalOf(
  c: Pick<RecordChannel, 'timeValue' | 'timeUnit'>,
): { days: number; unit: 'WORKING_DAY' | 'CALENDAR_DAY'; assumed?: true } | null {
  if (c.timeValue === null) return null;
  if (c.timeUnit === 'WORKING_DAY' || c.timeUnit === 'CALENDAR_DAY')
    return { days: c.timeValue, unit: c.timeUnit };
  if (c.timeUnit === 'HOUR') return { days: c.timeValue / HOURS_PER_WORKING_DAY, unit: 'WORKING_DAY' };
  if (c.timeUnit === 'UNSPECIFIED') return { days: c.timeValue, unit: 'WORKING_DAY', assumed: true };
  return null;
}

/** "2", "2 ngày làm việc", "1,5" → 2 / 1.5; null when the text holds no number ≥ 0. */
export function proposedDays(text: string): number | null {
  const m = /-?\d+(?:[.,]\d+)?/.exec(text);
  const n = m ? Number.parseFloat(m[0].replace(',', '.')) : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? n : null;
}

export function channelDays(
  channels: readonly RecordChannel[],
  processes: readonly ProcessAfter[],
  marks: readonly ChannelTimeMark[],
  cuts: readonly DayCut[] = [],
): ChannelDays[] {
  return channels.map((c) => {
    const legal = legalOf(c);
    const p = processForChannel(processes, c.method);
    const mark = marks.find(
      (m) => m.targetKind === 'CHANNEL_TIME' && m.targetId === c.id && m.action === 'SIMPLIFY',
    );
    const proposed = mark ? proposedDays(mark.proposedValue) : null;
    const problems: DaysProblem[] = [];
    const before = p ? days(p.hoursBeforeMilli) : (legal?.days ?? null);
    const processAfter = p ? days(p.hoursAfterMilli) : null;
    const own = p || !legal ? [] : cuts.filter((x) => x.channelId === c.id);
    const cut = own.reduce((n, x) => n + x.days, 0);
    // Even shares (1/3 of a day) add up with float noise: keep a millionth of a day.
    const after =
      proposed ?? processAfter ?? (legal ? Math.max(0, Math.round((legal.days - cut) * 1e6) / 1e6) : null);
    if (p && legal) {
      if (legal.unit === 'CALENDAR_DAY')
        problems.push({ code: 'UNITS_DIFFER', legalDays: legal.days, processDays: days(p.hoursBeforeMilli) });
      else if (Math.abs(legal.days - days(p.hoursBeforeMilli)) > 1e-9)
        problems.push({
          code: days(p.hoursBeforeMilli) > legal.days ? 'PROCESS_OVER' : 'PROCESS_UNDER',
          legalDays: legal.days,
          processDays: days(p.hoursBeforeMilli),
        });
    }
    if (
      p &&
      proposed !== null &&
      processAfter !== null &&
      legal?.unit !== 'CALENDAR_DAY' &&
      processAfter > proposed + 1e-9
    )
      problems.push({ code: 'AFTER_OVER', legalDays: proposed, processDays: processAfter });
    return {
      channelId: c.id,
      method: c.method,
      legalDays: legal?.days ?? null,
      legalUnit: legal?.unit ?? null,
      legalUnitAssumed: legal?.assumed ?? false,
      proposedLegalDays: proposed,
      processId: p?.process.id ?? null,
      processBeforeHoursMilli: p?.hoursBeforeMilli ?? null,
      processAfterHoursMilli: p?.hoursAfterMilli ?? null,
      daysBefore: before,
      daysAfter: after,
      sourceBefore: p ? 'PROCESS' : legal ? 'LEGAL' : null,
      sourceAfter: proposed !== null ? 'MARK' : p ? 'PROCESS' : cut > 0 ? 'STEPS' : legal ? 'LEGAL' : null,
      estimated: proposed === null && own.some((x) => x.estimate),
      problems,
    };
  });
}

/** The channel that gives the procedure its headline days: Trực tiếp where it has days, else the first with days. */
export function headlineDays(list: readonly ChannelDays[]): ChannelDays | null {
  const withDays = list.filter((c) => c.daysBefore !== null);
  return withDays.find((c) => c.method === 'TRUC_TIEP') ?? withDays[0] ?? null;
}
