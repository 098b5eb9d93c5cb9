import type { Database } from 'better-sqlite3';

export interface GridViewRow {
  id: number;
  name: string;
  state: string;
  isDefault: boolean;
  updatedAt: string;
}

const SELECT = `SELECT id, name, state_json AS state, is_default AS isDefault, updated_at AS updatedAt FROM grid_views`;
const toRow = (r: Omit<GridViewRow, 'isDefault'> & { isDefault: number }): GridViewRow => ({
  ...r,
  isDefault: r.isDefault === 1,
});

/** Named grid views of a unit (plus views saved for every unit, unit_id NULL), by name. */
export function listViews(db: Database, unitId: number): GridViewRow[] {
  return (
    db.prepare(`${SELECT} WHERE unit_id = ? OR unit_id IS NULL ORDER BY name`).all(unitId) as Parameters<
      typeof toRow
    >[0][]
  ).map(toRow);
}

/** Creates or overwrites (by name) a view; at most one default per unit. */
export function saveView(
  db: Database,
  unitId: number,
  v: { name: string; state: string; isDefault?: boolean | undefined },
  now = new Date().toISOString(),
): GridViewRow {
  return db.transaction(() => {
    if (v.isDefault) db.prepare('UPDATE grid_views SET is_default = 0 WHERE unit_id = ?').run(unitId);
    db.prepare(
      `INSERT INTO grid_views (unit_id, name, state_json, is_default, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (unit_id, name) DO UPDATE SET state_json = excluded.state_json, updated_at = excluded.updated_at,
         is_default = CASE WHEN ? IS NULL THEN is_default ELSE excluded.is_default END`,
    ).run(unitId, v.name, v.state, v.isDefault ? 1 : 0, now, now, v.isDefault === undefined ? null : 1);
    return toRow(
      db.prepare(`${SELECT} WHERE unit_id = ? AND name = ?`).get(unitId, v.name) as Parameters<
        typeof toRow
      >[0],
    );
  })();
}

export function deleteView(db: Database, unitId: number, id: number): boolean {
  return db.prepare('DELETE FROM grid_views WHERE id = ? AND unit_id = ?').run(id, unitId).changes > 0;
}

export function setDefaultView(db: Database, unitId: number, id: number | null): boolean {
  return db.transaction(() => {
    db.prepare('UPDATE grid_views SET is_default = 0 WHERE unit_id = ?').run(unitId);
    if (id === null) return true;
    return (
      db.prepare('UPDATE grid_views SET is_default = 1 WHERE id = ? AND unit_id = ?').run(id, unitId)
        .changes > 0
    );
  })();
}
