/**
 * The quy trình nội bộ and the cost defaults in a merge (domain.md §8, §9.2): "internal process where they agree,
 * a conflict list where they differ". Per procedure, the old units that recorded a process are compared by
 * content (variants, steps, who, times, results; not the row ids nor the decision named as source): identical
 * ones are carried silently, different ones are a conflict the officer resolves by choosing one unit's process.
 * A unit that recorded none does not disagree (it only lacks the record). The dated cost defaults are one value
 * of the whole unit: compared as the values in force over time (no row = TinhGọn's built-in values), carried
 * when they agree, a conflict when they differ.
 *
 * Marks of a carried review on internal steps follow the steps into the new unit's copy; a review that marks
 * the steps of a process the officer did not keep would lose them, so that merge is refused (nothing written).
 */
import type { Database } from 'better-sqlite3';
import { listCostDefaults, type CostDefaultsRow } from '../../../db/queries/cost-defaults';
import { listProcesses } from '../../../db/queries/internal-process';
import { BUILT_IN_DEFAULTS, DEFAULT_KEYS } from '../../shared/cost/cost-defaults';
import type { InternalProcess } from '../../shared/cost/internal-process';
import { formatHoursMilliAs, formatStepTime, stepHoursMilli } from '../../shared/cost/step-time';
import type { MergeConflict } from '../../shared/contract/merges';
import type { Locale } from '../../shared/errors';
import { formatDateVi } from '../../shared/text/format';
import { ApiFailure } from '../api-failure';

export interface UnitProcessData {
  /** procedure id → unit id → that unit's processes (only units that recorded one). */
  processes: Map<number, Map<number, InternalProcess[]>>;
  /** unit id → its dated cost-default rows (newest first; empty = built-in values). */
  costDefaults: Map<number, CostDefaultsRow[]>;
}

export function readUnitProcessData(
  db: Database,
  unitIds: number[],
  held: { unitId: number; procedureId: number }[],
): UnitProcessData {
  const processes: UnitProcessData['processes'] = new Map();
  for (const h of held) {
    const list = listProcesses(db, h.unitId, h.procedureId);
    if (!list.length) continue;
    const byUnit = processes.get(h.procedureId) ?? new Map<number, InternalProcess[]>();
    byUnit.set(h.unitId, list);
    processes.set(h.procedureId, byUnit);
  }
  return { processes, costDefaults: new Map(unitIds.map((id) => [id, listCostDefaults(db, id)])) };
}

/** What makes two processes the same for the officer: everything but row ids and the source decision. */
export function processContent(list: InternalProcess[]): string {
  return JSON.stringify(
    list.map((p) => ({
      name: p.name.trim(),
      channels: [...p.channels].sort(),
      total: p.statedTotal.trim(),
      steps: p.steps.map((s) => [
        s.work.trim(),
        s.responsible.trim(),
        s.time,
        s.timeText.trim(),
        s.result.trim(),
      ]),
    })),
  );
}

/** The values in force over time, consecutive equal ones collapsed (no row before the first = built-in). */
function defaultsTimeline(rows: CostDefaultsRow[]): string {
  const values = (d: object) => JSON.stringify(DEFAULT_KEYS.map((k) => (d as Record<string, unknown>)[k]));
  const out: { from: string; v: string }[] = [{ from: '', v: values(BUILT_IN_DEFAULTS) }];
  for (const r of [...rows].sort((a, b) => a.validFrom.localeCompare(b.validFrom)))
    if (values(r) !== out[out.length - 1]!.v) out.push({ from: r.validFrom, v: values(r) });
  return JSON.stringify(out);
}

function processText(list: InternalProcess[], locale: Locale): { text: string; detail: string[] } {
  const vi = locale === 'vi';
  const steps = list.reduce((n, p) => n + p.steps.length, 0);
  const totals = list.map((p) => {
    const hours = p.steps.reduce((n, s) => n + stepHoursMilli(s.time), 0);
    const unit = p.steps.some((s) => s.time.unit === 'WORKING_DAY') ? 'WORKING_DAY' : 'HOUR';
    return formatHoursMilliAs(hours, unit, locale);
  });
  const text = vi
    ? `${list.length > 1 ? `${list.length} quy trình, ` : ''}${steps} bước, tổng ${totals.join(' / ')}`
    : `${list.length > 1 ? `${list.length} variants, ` : ''}${steps} steps, total ${totals.join(' / ')}`;
  const detail = list.flatMap((p) => [
    ...(list.length > 1 || p.name ? [p.name || (vi ? 'Quy trình' : 'Process')] : []),
    ...p.steps.map(
      (s, i) =>
        `${i + 1}. ${s.work} — ${s.responsible || '—'} — ${s.timeText || formatStepTime(s.time, locale)}`,
    ),
  ]);
  return { text, detail };
}

type Names = { name: Map<number, string>; code: Map<number, string> };

/** Per procedure: conflicts where the recorded processes differ. */
export function processConflicts(
  data: UnitProcessData,
  held: { procedureId: number; code: string; name: string }[],
  names: Names,
  locale: Locale,
): MergeConflict[] {
  const out: MergeConflict[] = [];
  for (const [pid, byUnit] of data.processes) {
    if (new Set([...byUnit.values()].map(processContent)).size < 2) continue;
    const h = held.find((x) => x.procedureId === pid)!;
    out.push({
      key: `${h.code}:internalProcess`,
      code: h.code,
      name: h.name,
      field: 'internalProcess',
      label: locale === 'vi' ? 'Quy trình nội bộ' : 'Internal process',
      options: [...byUnit.entries()].map(([unitId, list]) => {
        const { text, detail } = processText(list, locale);
        return { unitCode: names.code.get(unitId)!, text: `${names.name.get(unitId)!}: ${text}`, detail };
      }),
    });
  }
  return out;
}

export function costDefaultsConflict(
  data: UnitProcessData,
  names: Names,
  locale: Locale,
): MergeConflict | null {
  const vi = locale === 'vi';
  if (new Set([...data.costDefaults.values()].map(defaultsTimeline)).size < 2) return null;
  const label = vi ? 'Giờ, chi phí mặc định của các hoạt động' : 'Default activity hours and costs';
  return {
    key: 'costDefaults',
    code: '',
    name: vi ? '(cả đơn vị)' : '(the whole unit)',
    field: 'costDefaults',
    label,
    options: [...data.costDefaults.entries()].map(([unitId, rows]) => ({
      unitCode: names.code.get(unitId)!,
      text: `${names.name.get(unitId)!}: ${
        rows.length
          ? rows.map((r) => (vi ? 'từ ' : 'from ') + formatDateVi(r.validFrom)).join(', ')
          : vi
            ? 'mặc định của TinhGọn'
            : 'TinhGọn built-in values'
      }`,
      detail: rows.map((r) => `${formatDateVi(r.validFrom)}: ${r.note}`),
    })),
  };
}

/** Which unit's process the new unit gets for a procedure (null: none recorded) and who had the same one. */
export function processSource(
  data: UnitProcessData,
  procedureId: number,
  code: string,
  pick: (key: string) => string | undefined,
  unitIdOf: (code: string) => number | undefined,
): { unitId: number; same: number[] } | null {
  const byUnit = data.processes.get(procedureId);
  if (!byUnit) return null;
  const chosen = unitIdOf(pick(`${code}:internalProcess`) ?? '') ?? [...byUnit.keys()][0]!;
  const content = processContent(byUnit.get(chosen)!);
  return {
    unitId: chosen,
    same: [...byUnit.entries()].filter(([, l]) => processContent(l) === content).map(([u]) => u),
  };
}

/** The unit whose cost defaults the new unit gets (null: built-in values). */
export function costDefaultsSource(
  data: UnitProcessData,
  pick: (key: string) => string | undefined,
  unitIdOf: (code: string) => number | undefined,
): number | null {
  const chosen = unitIdOf(pick('costDefaults') ?? '');
  if (chosen !== undefined) return data.costDefaults.get(chosen)!.length ? chosen : null;
  const withRows = [...data.costDefaults.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  return withRows && withRows[1].length ? withRows[0] : null;
}

/** Refuses a carried review whose internal-step marks would point at a process the new unit does not keep. */
export function checkStepMarks(
  db: Database,
  carried: { itemId: number; unitId: number; procedureId: number; code: string; unitName: string }[],
  sourceOf: (procedureId: number) => { unitId: number; same: number[] } | null,
): void {
  const marked = db.prepare(
    "SELECT count(*) FROM review_marks WHERE item_id = ? AND target_kind = 'INTERNAL_STEP'",
  );
  for (const c of carried) {
    if (!(marked.pluck().get(c.itemId) as number)) continue;
    const src = sourceOf(c.procedureId);
    if (src && src.same.includes(c.unitId)) continue;
    throw new ApiFailure('MERGE_PROCESS_MARKS', { code: c.code, unit: c.unitName });
  }
}

/** Old step id → position (process index, step index) in its unit's list, to find the copy's step. */
export function stepPositions(list: InternalProcess[]): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  list.forEach((p, i) => p.steps.forEach((s, j) => out.set(s.id, [i, j])));
  return out;
}
