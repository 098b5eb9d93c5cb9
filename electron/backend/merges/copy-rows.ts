/** Row copies of a merge: each inserted row is tracked, so the merge undoes as one step. */
import type { TrackedTable } from '../../../db/queries/row-snapshot';
import type { BackendContext } from '../context';
import type { Tracker } from '../inventory/history';
import type { MergeData } from './plan';
import { stepPositions } from './unit-process';

type Row = Record<string, unknown>;

/** Copies rows of `table` matching `where` with some columns replaced; returns the new ids by old id. */
export function copyRows(
  ctx: BackendContext,
  t: Tracker,
  table: TrackedTable,
  where: string,
  args: unknown[],
  replace: Row,
): Map<number, number> {
  const db = ctx.db;
  const ids = new Map<number, number>();
  for (const row of db.prepare(`SELECT * FROM ${table} WHERE ${where}`).all(...args) as Row[]) {
    const { id, ...rest } = { ...row, ...replace };
    const cols = Object.keys(rest);
    const info = db
      .prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`)
      .run(rest);
    const newId = Number(info.lastInsertRowid);
    t.inserted(table, newId);
    ids.set(id as number, newId);
  }
  return ids;
}

/** Copies the unit's processes of a procedure to the new unit; returns old step id → new step id. */
export function copyProcess(
  ctx: BackendContext,
  t: Tracker,
  data: MergeData,
  procedureId: number,
  src: { unitId: number; same: number[] },
  newUnitId: number,
): Map<number, number> {
  const byUnit = data.unitProcess.processes.get(procedureId)!;
  const newSteps: number[][] = [];
  for (const p of byUnit.get(src.unitId)!) {
    const pid = copyRows(ctx, t, 'internal_processes', 'id = ?', [p.id], { unit_id: newUnitId }).get(p.id)!;
    const ids = copyRows(ctx, t, 'internal_steps', 'process_id = ?', [p.id], { process_id: pid });
    newSteps.push(p.steps.map((s) => ids.get(s.id)!));
  }
  const out = new Map<number, number>();
  for (const unitId of src.same)
    for (const [old, [i, j]] of stepPositions(byUnit.get(unitId)!)) out.set(old, newSteps[i]![j]!);
  return out;
}
