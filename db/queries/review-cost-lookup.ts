import type { Database } from 'better-sqlite3';

/** A procedure of a unit's inventory by its code, with what the cost needs (dossiers per year). */
export function findProcedureByCode(
  db: Database,
  unitId: number,
  code: string,
): { procedureId: number; name: string; population: number | null } | undefined {
  return db
    .prepare(
      `SELECT p.id AS procedureId, p.name, up.dossiers_per_year AS population FROM procedures p
       JOIN unit_procedures up ON up.procedure_id = p.id AND up.unit_id = ? AND up.deleted_at IS NULL
       WHERE p.code = ?`,
    )
    .get(unitId, code) as { procedureId: number; name: string; population: number | null } | undefined;
}
