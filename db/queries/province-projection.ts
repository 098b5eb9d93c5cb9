/**
 * The province server's consolidated inventories written into a throw-away in-memory database with the unit
 * schema, so the statistics builder (Biểu II.07b) runs unchanged: the province as a TINH unit with its own
 * provincial-level catalog procedures, and under it each unit with the inventory of its current submission.
 * Never a unit's file: built from PostgreSQL rows and discarded after the report.
 */
import type { Database } from 'better-sqlite3';
import type { UnitLevel } from '../../electron/shared/domain';
import { insertUnit } from './units';

export interface ProjectedProcedure {
  code: string;
  name: string;
  field: string;
  levels: readonly string[];
  onlineLevel: string | null;
  oneStop: boolean;
  hasInternalProcess: boolean;
  dossiersPerYear: number | null;
}

export interface ProjectedUnit {
  code: string;
  name: string;
  level: UnitLevel;
  procedures: readonly ProjectedProcedure[];
}

/** Fills an empty (migrated) database; returns the province unit's id. */
export function writeProjection(
  db: Database,
  province: ProjectedUnit,
  units: readonly ProjectedUnit[],
): number {
  const now = new Date().toISOString();
  const procedure = db.prepare(
    `INSERT INTO procedures (code, name, field, levels_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (code) DO NOTHING`,
  );
  const idOf = db.prepare('SELECT id FROM procedures WHERE code = ?').pluck();
  const attach = db.prepare(
    `INSERT INTO unit_procedures (unit_id, procedure_id, online_level, one_stop, has_internal_process,
       dossiers_per_year, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const add = (unitId: number, procedures: readonly ProjectedProcedure[]) => {
    for (const p of procedures) {
      procedure.run(p.code, p.name, p.field, JSON.stringify(p.levels), now, now);
      const id = idOf.get(p.code) as number;
      attach.run(
        unitId,
        id,
        p.onlineLevel,
        p.oneStop ? 1 : 0,
        p.hasInternalProcess ? 1 : 0,
        p.dossiersPerYear,
        now,
        now,
      );
    }
  };
  let provinceId = 0;
  db.transaction(() => {
    provinceId = insertUnit(db, { code: province.code, name: province.name, level: province.level }, now);
    add(provinceId, province.procedures);
    for (const u of units)
      add(
        insertUnit(db, { code: u.code, name: u.name, level: u.level, parentId: provinceId }, now),
        u.procedures,
      );
  })();
  return provinceId;
}
