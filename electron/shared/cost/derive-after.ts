/**
 * Derives the "after" (sau) activity list from the "before" (trước) list and the review marks, so the
 * cost bar moves as soon as the officer marks a step or dossier component (ux.md). Rules, in one table
 * (REMOVING_ACTIONS below):
 * - COMPONENT marked REMOVE or REPLACE_BY_DATA → its linked activities go (preparing it, copying and
 *   certifying it): the applicant no longer supplies it.
 * - STEP marked REMOVE → its linked activities go.
 * - STEP marked MERGE (targetId merged into mergeIntoId) → the merged step's activities go; the merge
 *   target keeps its own. COMPONENT MERGE follows the same rule (two papers become one).
 * - STEP marked REPLACE_BY_DATA (e.g. a verification the office now does by lookup) → its activities go.
 * - SIMPLIFY and KEEP change nothing: how much a simplification saves is the officer's call (override).
 * - PROCEDURE marked REMOVE (bãi bỏ TTHC) → every activity goes, linked or not.
 * - Marks on other targets (copy requirement, quantity, time, fee, condition) change nothing by themselves.
 * Activities linked to nothing carry over unchanged.
 *
 * Overrides win. An override with the `ord` of a before-activity replaces whatever was derived for it
 * (including reinstating a removed one); an override with a new `ord` adds an activity. Every override is
 * reported in `overridden`, and carries `isOverride: true` in the result so the UI can show it.
 * The key is `ord` because cost_activities has no link from an AFTER row to its BEFORE row.
 */
import type { MarkAction, MarkTargetKind } from '../domain';
import type { Activity, LinkedKind } from './engine';
import { costError, fail, ok, type CostError, type CostResult } from './errors';

/** The part of a review_marks row the derivation reads. */
export interface Mark {
  id?: number;
  targetKind: MarkTargetKind;
  targetId: number | null;
  action: MarkAction;
  mergeIntoId: number | null;
}

export interface RemovedActivity {
  activity: Activity;
  byMark: Mark;
}

export interface OverriddenActivity {
  override: Activity;
  /** The before-activity with the same ord, or null when the override adds a new activity. */
  replaced: Activity | null;
  /** Set when a mark would have removed `replaced` and the override reinstated it. */
  removedByMark: Mark | null;
}

export interface DerivedAfter {
  /** Sorted by ord; carried-over rows have isOverride false, overrides true. */
  activities: Activity[];
  /** Removed by a mark and not overridden. */
  removed: RemovedActivity[];
  overridden: OverriddenActivity[];
}

/** Which actions on which linked element remove the linked activities. */
export const REMOVING_ACTIONS: Readonly<Record<LinkedKind, readonly MarkAction[]>> = {
  COMPONENT: ['REMOVE', 'REPLACE_BY_DATA', 'MERGE'],
  STEP: ['REMOVE', 'MERGE', 'REPLACE_BY_DATA'],
};

function elementKey(kind: LinkedKind, id: number): string {
  return `${kind}:${id}`;
}

/** The mark (if any) that removes activities linked to each element, keyed "STEP:12" / "COMPONENT:7". */
function removingMarksByElement(marks: readonly Mark[]): Map<string, Mark> {
  const byElement = new Map<string, Mark>();
  for (const mark of marks) {
    if (mark.targetKind !== 'STEP' && mark.targetKind !== 'COMPONENT') continue;
    if (mark.targetId === null) continue;
    if (!REMOVING_ACTIONS[mark.targetKind].includes(mark.action)) continue;
    const key = elementKey(mark.targetKind, mark.targetId);
    if (!byElement.has(key)) byElement.set(key, mark);
  }
  return byElement;
}

function duplicateOrdErrors(
  list: readonly Activity[],
  field: string,
  what: { vi: string; en: string },
): CostError[] {
  const seen = new Set<number>();
  const errors: CostError[] = [];
  list.forEach((activity, index) => {
    if (seen.has(activity.ord))
      errors.push(
        costError(
          `${field}[${index}].ord`,
          `Số thứ tự ${activity.ord} bị trùng trong ${what.vi}.`,
          `Order number ${activity.ord} is used twice in ${what.en}.`,
        ),
      );
    seen.add(activity.ord);
  });
  return errors;
}

export function deriveAfter(
  before: readonly Activity[],
  marks: readonly Mark[],
  overrides: readonly Activity[],
): CostResult<DerivedAfter> {
  const errors = [
    ...duplicateOrdErrors(before, 'before', {
      vi: 'các hoạt động trước đơn giản hóa',
      en: 'the before activities',
    }),
    ...duplicateOrdErrors(overrides, 'overrides', { vi: 'các hoạt động điều chỉnh', en: 'the overrides' }),
  ];
  if (errors.length > 0) return fail(errors);

  const removing = removingMarksByElement(marks);
  const abolished = marks.find((m) => m.targetKind === 'PROCEDURE' && m.action === 'REMOVE') ?? null;
  const overrideByOrd = new Map(overrides.map((o) => [o.ord, o] as const));

  const activities: Activity[] = [];
  const removed: RemovedActivity[] = [];
  const overridden: OverriddenActivity[] = [];

  for (const activity of before) {
    const linkedMark =
      activity.linkedKind !== null && activity.linkedId !== null
        ? removing.get(elementKey(activity.linkedKind, activity.linkedId))
        : undefined;
    const byMark = linkedMark ?? abolished;
    const override = overrideByOrd.get(activity.ord);
    if (override) {
      overridden.push({ override, replaced: activity, removedByMark: byMark });
      activities.push({ ...override, isOverride: true });
    } else if (byMark) {
      removed.push({ activity, byMark });
    } else {
      activities.push({ ...activity, isOverride: false });
    }
  }

  const beforeOrds = new Set(before.map((a) => a.ord));
  for (const override of overrides) {
    if (beforeOrds.has(override.ord)) continue;
    overridden.push({ override, replaced: null, removedByMark: null });
    activities.push({ ...override, isOverride: true });
  }

  activities.sort((a, b) => a.ord - b.ord);
  return ok({ activities, removed, overridden });
}
