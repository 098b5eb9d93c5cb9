import type { Database } from 'better-sqlite3';

type Row = Record<string, unknown>;

/**
 * Whole rows of the tables an operation beyond one procedure touches (a decision applied, a national update, a
 * merge of units), keyed by id, so undo/redo can put them back exactly as procedure snapshots do for records.
 * Listed parent-first: rows are put back in this order and removed in the reverse one, so foreign keys hold.
 */
export const TRACKED_TABLES = [
  'units',
  'decisions',
  'unit_merges',
  'unit_procedures',
  'fees',
  'internal_processes',
  'internal_steps',
  'cost_defaults',
  'decision_items',
  'procedure_events',
  'procedure_versions',
  'campaigns',
  'campaign_items',
  'review_marks',
  'review_answers',
  'cost_activities',
  'frozen_costs',
] as const;
export type TrackedTable = (typeof TRACKED_TABLES)[number];

/** The key column of each table (its INTEGER PRIMARY KEY): `id`, except frozen figures keyed by their item. */
const KEY_COLUMN: Partial<Record<TrackedTable, string>> = { frozen_costs: 'item_id' };
const keyOf = (table: TrackedTable): string => KEY_COLUMN[table] ?? 'id';

export interface RowState {
  table: TrackedTable;
  id: number;
  /** null: the row does not exist (before an insert, after a delete). */
  row: Row | null;
}

export function readRow(db: Database, table: TrackedTable, id: number): RowState {
  const row =
    (db.prepare(`SELECT * FROM ${table} WHERE ${keyOf(table)} = ?`).get(id) as Row | undefined) ?? null;
  return { table, id, row };
}

export function sameRows(a: readonly RowState[], b: readonly RowState[]): boolean {
  return JSON.stringify(a.map((s) => s.row)) === JSON.stringify(b.map((s) => s.row));
}

const rank = (t: TrackedTable) => TRACKED_TABLES.indexOf(t);

/** Puts rows back as given: absent ones deleted children-first, present ones upserted parents-first. */
export function restoreRows(db: Database, states: readonly RowState[]): void {
  const absent = states.filter((s) => !s.row).sort((x, y) => rank(y.table) - rank(x.table));
  for (const s of absent) db.prepare(`DELETE FROM ${s.table} WHERE ${keyOf(s.table)} = ?`).run(s.id);
  const present = states.filter((s) => s.row).sort((x, y) => rank(x.table) - rank(y.table));
  for (const s of present) {
    const row = s.row!;
    const cols = Object.keys(row);
    const key = keyOf(s.table);
    if (db.prepare(`SELECT 1 FROM ${s.table} WHERE ${key} = ?`).get(s.id)) {
      const sets = cols.filter((c) => c !== key).map((c) => `${c} = @${c}`);
      db.prepare(`UPDATE ${s.table} SET ${sets.join(', ')} WHERE ${key} = @${key}`).run(row);
    } else {
      db.prepare(
        `INSERT INTO ${s.table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`,
      ).run(row);
    }
  }
}
