/**
 * The rules that turn one reviewed procedure's stored data into its before/after figures, shared by the review
 * screens and the official reports so both always show the same numbers: the reference channel for
 * processing days, the days after, and the cost comparison with the "after" scenario derived from the marks
 * plus the officer's overrides.
 */
import { deriveAfter, type DerivedAfter, type Mark } from './derive-after';
import { compareScenarios, computeScenario, type Activity, type Comparison, type CostParams } from './engine';
import type { CostError, CostResult } from './errors';

export interface ChannelTime {
  id: number;
  method: string;
  timeValue: number | null;
  timeUnit: string;
}

/** The reference channel for "thời hạn giải quyết": in person if published in days, else the first in days. */
export function referenceChannel(channels: readonly ChannelTime[]): ChannelTime | null {
  const inDays = channels.filter(
    (c) => c.timeValue !== null && (c.timeUnit === 'WORKING_DAY' || c.timeUnit === 'CALENDAR_DAY'),
  );
  return inDays.find((c) => c.method === 'TRUC_TIEP') ?? inDays[0] ?? null;
}

export interface TimeMark {
  targetKind: string;
  targetId: number | null;
  action: string;
  proposedValue: string;
}

/** Days after: the explicit figure on the item, else a "sửa đổi" mark on the reference channel's time, else unchanged. */
export function daysOf(
  explicitDaysAfter: number | null,
  channels: readonly ChannelTime[],
  marks: readonly TimeMark[],
): { daysBefore: number | null; daysAfter: number | null } {
  const ref = referenceChannel(channels);
  const before = ref?.timeValue ?? null;
  let after = explicitDaysAfter;
  if (after === null && ref) {
    const mark = marks.find(
      (m) => m.targetKind === 'CHANNEL_TIME' && m.targetId === ref.id && m.action === 'SIMPLIFY',
    );
    const n = mark ? Number.parseFloat(mark.proposedValue.replace(',', '.')) : Number.NaN;
    if (Number.isFinite(n) && n >= 0) after = n;
  }
  return { daysBefore: before, daysAfter: after ?? before };
}

/** A stored cost activity: its scenario (BEFORE as published; AFTER = the officer's override) and the rest. */
export interface ScenarioActivity extends Activity {
  scenario: 'BEFORE' | 'AFTER';
}

/** Stored activities → the engine's before list and the officer's overrides of the after scenario. */
export function splitScenarios(rows: readonly ScenarioActivity[]): {
  before: Activity[];
  overrides: Activity[];
} {
  const engine = (a: ScenarioActivity, isOverride: boolean): Activity => ({
    ord: a.ord,
    name: a.name,
    hoursMilli: a.hoursMilli,
    serviceCost: a.serviceCost,
    otherCost: a.otherCost,
    fee: a.fee,
    linkedKind: a.linkedKind,
    linkedId: a.linkedId,
    isOverride,
  });
  return {
    before: rows.filter((a) => a.scenario === 'BEFORE').map((a) => engine(a, a.isOverride)),
    overrides: rows.filter((a) => a.scenario === 'AFTER').map((a) => engine(a, true)),
  };
}

/** Before activities + marks + overrides → derived after scenario → the exact comparison. */
export function compareItem(
  before: readonly Activity[],
  overrides: readonly Activity[],
  marks: readonly Mark[],
  params: CostParams,
): CostResult<{ comparison: Comparison; derived: DerivedAfter }> {
  const derived = deriveAfter(before, marks, overrides);
  if (!derived.ok) return derived;
  const b = computeScenario(before, params);
  const a = computeScenario(derived.value.activities, params);
  if (!b.ok || !a.ok) {
    const errors: CostError[] = [...(b.ok ? [] : b.errors), ...(a.ok ? [] : a.errors)];
    return { ok: false, errors };
  }
  return { ok: true, value: { comparison: compareScenarios(b.value, a.value), derived: derived.value } };
}
