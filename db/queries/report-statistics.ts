/** Counts for the statistics report and the dashboard (one unit's live inventory). */
import type { Database } from 'better-sqlite3';
import { CURRENT_ROW } from './validity';

const LIVE = `FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id WHERE up.unit_id = ? AND up.deleted_at IS NULL AND ${CURRENT_ROW}`;

export function countProcedures(db: Database, unitId: number): number {
  return (db.prepare(`SELECT count(*) AS n ${LIVE}`).get(unitId) as { n: number }).n;
}

export function countByField(db: Database, unitId: number): { field: string; count: number }[] {
  return db
    .prepare(`SELECT trim(p.field) AS field, count(*) AS count ${LIVE} GROUP BY trim(p.field)`)
    .all(unitId) as {
    field: string;
    count: number;
  }[];
}

export function countByOnlineLevel(db: Database, unitId: number): { level: string | null; count: number }[] {
  return db
    .prepare(`SELECT up.online_level AS level, count(*) AS count ${LIVE} GROUP BY up.online_level`)
    .all(unitId) as {
    level: string | null;
    count: number;
  }[];
}

export function countByLegacyLevel(db: Database, unitId: number): { level: number | null; count: number }[] {
  return db
    .prepare(`SELECT up.legacy_level AS level, count(*) AS count ${LIVE} GROUP BY up.legacy_level`)
    .all(unitId) as {
    level: number | null;
    count: number;
  }[];
}

/** Cấp thực hiện labels as published ("Cấp xã", "Cấp tỉnh"…); a procedure counts once per label it lists. */
export function countByLevelLabel(db: Database, unitId: number): { level: string; count: number }[] {
  return db
    .prepare(
      `SELECT trim(j.value) AS level, count(*) AS count ${LIVE.replace('WHERE', ', json_each(p.levels_json) j WHERE')} GROUP BY trim(j.value)`,
    )
    .all(unitId) as { level: string; count: number }[];
}

export interface UnitCounts {
  unitId: number;
  code: string;
  name: string;
  level: string;
  total: number;
  oneStop: number;
  internalProcess: number;
}

/** Biểu II.07b inputs for a unit and the units under it. */
export function countForII07b(db: Database, unitId: number): UnitCounts[] {
  return db
    .prepare(
      `SELECT u.id AS unitId, u.code, u.name, u.level,
              count(up.id) AS total, coalesce(sum(up.one_stop), 0) AS oneStop,
              coalesce(sum(up.has_internal_process), 0) AS internalProcess
       FROM units u LEFT JOIN unit_procedures up ON up.unit_id = u.id AND up.deleted_at IS NULL
         AND ${CURRENT_ROW}
       WHERE u.id = ? OR u.parent_id = ? GROUP BY u.id ORDER BY u.id = ? DESC, u.name`,
    )
    .all(unitId, unitId, unitId) as UnitCounts[];
}
