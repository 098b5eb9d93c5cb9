import type { Database } from 'better-sqlite3';
import { processRows } from './internal-process';
import { deleteParts } from './procedure-write';

type Row = Record<string, unknown>;

/**
 * The stored state of one procedure as a unit sees it, as raw table rows (ids included). Undo/redo restores
 * these rows exactly, so ids of steps, components and fees survive an undo and references to them (review
 * marks, cost activities) stay valid. `parts: false` keeps only the two head rows (cheap for cell edits).
 */
export interface ProcedureSnapshot {
  procedureId: number;
  unitId: number;
  procedure: Row | null;
  unitProcedure: Row | null;
  parts: Record<PartTable, Row[]> | null;
  /** This unit's quy trình nội bộ of the procedure (with the parts; absent in snapshots taken before 0002). */
  process?: { internal_processes: Row[]; internal_steps: Row[] } | null;
}

/** The tables holding the parts of a procedure record. */
export const PART_TABLES = [
  'channels',
  'fees',
  'steps',
  'component_groups',
  'components',
  'legal_bases',
  'procedure_results',
] as const;
type PartTable = (typeof PART_TABLES)[number];

const PART_SELECT: Record<PartTable, string> = {
  channels: 'SELECT * FROM channels WHERE procedure_id = ? ORDER BY id',
  fees: 'SELECT f.* FROM fees f JOIN channels c ON c.id = f.channel_id WHERE c.procedure_id = ? ORDER BY f.id',
  steps: 'SELECT * FROM steps WHERE procedure_id = ? ORDER BY id',
  component_groups: 'SELECT * FROM component_groups WHERE procedure_id = ? ORDER BY id',
  components:
    'SELECT c.* FROM components c JOIN component_groups g ON g.id = c.group_id WHERE g.procedure_id = ? ORDER BY c.id',
  legal_bases: 'SELECT * FROM legal_bases WHERE procedure_id = ? ORDER BY id',
  procedure_results: 'SELECT * FROM procedure_results WHERE procedure_id = ? ORDER BY id',
};

export function takeSnapshot(
  db: Database,
  unitId: number,
  procedureId: number,
  withParts: boolean,
): ProcedureSnapshot {
  const procedure =
    (db.prepare('SELECT * FROM procedures WHERE id = ?').get(procedureId) as Row | undefined) ?? null;
  const unitProcedure =
    (db
      .prepare('SELECT * FROM unit_procedures WHERE unit_id = ? AND procedure_id = ?')
      .get(unitId, procedureId) as Row | undefined) ?? null;
  let parts: ProcedureSnapshot['parts'] = null;
  if (withParts && procedure) {
    parts = {} as Record<PartTable, Row[]>;
    for (const t of PART_TABLES) parts[t] = db.prepare(PART_SELECT[t]).all(procedureId) as Row[];
  } else if (withParts) {
    parts = Object.fromEntries(PART_TABLES.map((t) => [t, []])) as unknown as Record<PartTable, Row[]>;
  }
  const process = withParts ? processRows(db, unitId, procedureId) : null;
  return { procedureId, unitId, procedure, unitProcedure, parts, process };
}

/** The empty state of a procedure that does not exist yet (the "before" of a create). */
export function absentSnapshot(unitId: number, procedureId: number, withParts: boolean): ProcedureSnapshot {
  return {
    procedureId,
    unitId,
    procedure: null,
    unitProcedure: null,
    parts: withParts
      ? (Object.fromEntries(PART_TABLES.map((t) => [t, []])) as unknown as Record<PartTable, Row[]>)
      : null,
    // The same shape takeSnapshot gives a procedure that has no rows, so the two compare equal.
    process: withParts ? { internal_processes: [], internal_steps: [] } : null,
  };
}

/** Same stored state? (undo refuses when someone else changed the record since: never clobber newer work) */
export function sameState(a: ProcedureSnapshot, b: ProcedureSnapshot): boolean {
  return (
    JSON.stringify([a.procedure, a.unitProcedure, a.parts ?? null, a.process ?? null]) ===
    JSON.stringify([b.procedure, b.unitProcedure, b.parts ?? null, b.process ?? null])
  );
}

function upsert(db: Database, table: string, row: Row): void {
  const cols = Object.keys(row);
  const exists = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(row.id);
  if (exists) {
    const sets = cols.filter((c) => c !== 'id').map((c) => `${c} = @${c}`);
    db.prepare(`UPDATE ${table} SET ${sets.join(', ')} WHERE id = @id`).run(row);
  } else {
    db.prepare(
      `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`,
    ).run(row);
  }
}

/** Puts a procedure back exactly as snapshotted. The caller owns the transaction. */
export function restoreSnapshot(db: Database, s: ProcedureSnapshot): void {
  if (!s.procedure) {
    db.prepare('DELETE FROM unit_procedures WHERE unit_id = ? AND procedure_id = ?').run(
      s.unitId,
      s.procedureId,
    );
    const usedElsewhere = db
      .prepare('SELECT 1 FROM unit_procedures WHERE procedure_id = ?')
      .get(s.procedureId);
    if (!usedElsewhere) db.prepare('DELETE FROM procedures WHERE id = ?').run(s.procedureId);
    return;
  }
  upsert(db, 'procedures', s.procedure);
  if (s.parts) {
    // Children first out (cascades remove fees and components), then back in parent-first order with their ids.
    deleteParts(db, s.procedureId);
    for (const t of PART_TABLES) for (const row of s.parts[t]) upsert(db, t, row);
  }
  if (s.process) {
    db.prepare('DELETE FROM internal_processes WHERE unit_id = ? AND procedure_id = ?').run(
      s.unitId,
      s.procedureId,
    );
    for (const row of s.process.internal_processes) upsert(db, 'internal_processes', row);
    for (const row of s.process.internal_steps) upsert(db, 'internal_steps', row);
  }
  if (s.unitProcedure) upsert(db, 'unit_procedures', s.unitProcedure);
  else
    db.prepare('DELETE FROM unit_procedures WHERE unit_id = ? AND procedure_id = ?').run(
      s.unitId,
      s.procedureId,
    );
}

/** Field-level differences of the head rows, for the audit log of an undo/redo. */
export function headDiff(
  from: ProcedureSnapshot,
  to: ProcedureSnapshot,
): { field: string; old: unknown; new: unknown }[] {
  const out: { field: string; old: unknown; new: unknown }[] = [];
  const skip = new Set(['id', 'updated_at', 'created_at', 'search_text', 'unit_id', 'procedure_id']);
  for (const [a, b] of [
    [from.procedure, to.procedure],
    [from.unitProcedure, to.unitProcedure],
  ] as const) {
    const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
    for (const k of keys) {
      if (skip.has(k)) continue;
      const x = a?.[k] ?? null;
      const y = b?.[k] ?? null;
      if (x !== y) out.push({ field: k, old: x, new: y });
    }
  }
  if (from.parts && to.parts && JSON.stringify(from.parts) !== JSON.stringify(to.parts))
    out.push({ field: 'parts', old: null, new: null });
  if (JSON.stringify(from.process ?? null) !== JSON.stringify(to.process ?? null))
    out.push({ field: 'internalProcess', old: null, new: null });
  return out;
}
