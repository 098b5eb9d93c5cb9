import type { Database } from 'better-sqlite3';
import { refreshSearchText } from './search-text';
import { PROCEDURE_COLUMNS, UNIT_PROCEDURE_COLUMNS } from './procedure-columns';

type Row = Record<string, unknown> & { id?: number | undefined };
type Cols = Record<string, string>; // camelCase property → column

const bool = (v: unknown) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

/**
 * Makes the children of one parent equal to `rows` in this order: rows with a known id are updated, rows
 * without are inserted, stored rows missing from the list are deleted; `ord` follows the list. Returns the
 * ids in list order (new ones included) so nested lists (fees, components) can follow. `visible` limits
 * which stored rows this caller may delete (a unit never deletes another unit's local fees).
 */
export function syncChildren(
  db: Database,
  table: string,
  parentColumn: string,
  parentId: number,
  rows: Row[],
  cols: Cols,
  visible: (stored: { id: number }) => boolean = () => true,
  fixed: Record<string, unknown> = {},
): number[] {
  const stored = db.prepare(`SELECT * FROM ${table} WHERE ${parentColumn} = ?`).all(parentId) as {
    id: number;
  }[];
  const storedIds = new Set(stored.map((r) => r.id));
  const keep = new Set(
    rows.map((r) => r.id).filter((id): id is number => id !== undefined && storedIds.has(id)),
  );
  for (const s of stored)
    if (!keep.has(s.id) && visible(s)) db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(s.id);
  const props = Object.keys(cols);
  const update = db.prepare(
    `UPDATE ${table} SET ord = @ord, ${props.map((p) => `${cols[p]} = @${p}`).join(', ')} WHERE id = @id`,
  );
  const fixedCols = Object.keys(fixed);
  const insert = db.prepare(
    `INSERT INTO ${table} (${parentColumn}, ord, ${[...props.map((p) => cols[p]), ...fixedCols].join(', ')})
     VALUES (@parent, @ord, ${[...props, ...fixedCols].map((p) => '@' + p).join(', ')})`,
  );
  return rows.map((r, i) => {
    const values: Record<string, unknown> = { ord: i + 1 };
    for (const p of props) values[p] = bool(r[p]);
    if (r.id !== undefined && keep.has(r.id)) {
      update.run({ ...values, id: r.id });
      return r.id;
    }
    return Number(insert.run({ ...values, ...fixed, parent: parentId }).lastInsertRowid);
  });
}

export const STEP_COLS: Cols = {
  title: 'title',
  text: 'text',
  actor: 'actor',
  durationValue: 'duration_value',
  durationUnit: 'duration_unit',
};
export const CHANNEL_COLS: Cols = {
  method: 'method',
  timeValue: 'time_value',
  timeUnit: 'time_unit',
  timeText: 'time_text',
  description: 'description',
};
export const FEE_COLS: Cols = {
  kind: 'kind',
  amount: 'amount',
  setBy: 'set_by',
  currency: 'currency',
  perUnit: 'per_unit',
  text: 'text',
};
export const GROUP_COLS: Cols = { heading: 'heading' };
export const COMPONENT_COLS: Cols = {
  name: 'name',
  code: 'code',
  originalQty: 'original_qty',
  copyQty: 'copy_qty',
  copyRequirement: 'copy_requirement',
  formName: 'form_name',
  isNote: 'is_note',
  required: 'required',
};
export const LEGAL_COLS: Cols = {
  code: 'code',
  name: 'name',
  issuer: 'issuer',
  issuedDate: 'issued_date',
  effectiveDate: 'effective_date',
};
export const RESULT_COLS: Cols = { name: 'name', code: 'code' };

// The record editor's "general" section edits every head column except the derived levels list and the source.
const { levels: _levels, source: _source, ...generalCols } = PROCEDURE_COLUMNS;
export const GENERAL_COLS: Cols = generalCols;
export const UNIT_COLS: Cols = UNIT_PROCEDURE_COLUMNS;

/** Updates some columns of one row (values by camelCase property); returns old → new for the audit. */
export function updateColumns(
  db: Database,
  table: 'procedures' | 'unit_procedures',
  id: number,
  cols: Cols,
  values: Record<string, unknown>,
  now = new Date().toISOString(),
): { field: string; old: unknown; new: unknown }[] {
  const old = db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown>;
  const changes: { field: string; old: unknown; new: unknown }[] = [];
  for (const [prop, raw] of Object.entries(values)) {
    const column = prop === 'levels' ? 'levels_json' : cols[prop];
    if (!column || raw === undefined) continue;
    const value = prop === 'levels' ? JSON.stringify(raw) : bool(raw);
    if (old[column] === value) continue;
    db.prepare(`UPDATE ${table} SET ${column} = ? WHERE id = ?`).run(value, id);
    changes.push({ field: prop, old: old[column], new: value });
  }
  if (changes.length) db.prepare(`UPDATE ${table} SET updated_at = ? WHERE id = ?`).run(now, id);
  return changes;
}

/** Marks the shared record changed (parts edited) and keeps its folded search text in step. */
export function touchProcedure(db: Database, procedureId: number, now = new Date().toISOString()): void {
  db.prepare('UPDATE procedures SET updated_at = ? WHERE id = ?').run(now, procedureId);
  refreshSearchText(db, procedureId);
}
