/** Counts for the statistics report and the dashboard (one unit's inventory, live or as of a day). */
import type { Database } from 'better-sqlite3';
import { IN_LIST_ON, asOfArgs } from './report-as-of';
import { CURRENT_ROW } from './validity';

const LIVE = `FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id WHERE up.unit_id = ? AND up.deleted_at IS NULL AND ${CURRENT_ROW}`;

/** The unit's list as of a day (II.07b counts every sub-unit the same way). */
function listOn(asOf: string | undefined): { from: string; args: string[] } {
  return asOf
    ? {
        from: `FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id WHERE up.unit_id = ? AND ${IN_LIST_ON}`,
        args: asOfArgs(asOf),
      }
    : { from: LIVE, args: [] };
}

export function countProcedures(db: Database, unitId: number, asOf?: string): number {
  const l = listOn(asOf);
  return (db.prepare(`SELECT count(*) AS n ${l.from}`).get(unitId, ...l.args) as { n: number }).n;
}

export function countByField(
  db: Database,
  unitId: number,
  asOf?: string,
): { field: string; count: number }[] {
  const l = listOn(asOf);
  return db
    .prepare(`SELECT trim(p.field) AS field, count(*) AS count ${l.from} GROUP BY trim(p.field)`)
    .all(unitId, ...l.args) as {
    field: string;
    count: number;
  }[];
}

export function countByOnlineLevel(
  db: Database,
  unitId: number,
  asOf?: string,
): { level: string | null; count: number }[] {
  const l = listOn(asOf);
  return db
    .prepare(`SELECT up.online_level AS level, count(*) AS count ${l.from} GROUP BY up.online_level`)
    .all(unitId, ...l.args) as {
    level: string | null;
    count: number;
  }[];
}

export function countByLegacyLevel(
  db: Database,
  unitId: number,
  asOf?: string,
): { level: number | null; count: number }[] {
  const l = listOn(asOf);
  return db
    .prepare(`SELECT up.legacy_level AS level, count(*) AS count ${l.from} GROUP BY up.legacy_level`)
    .all(unitId, ...l.args) as {
    level: number | null;
    count: number;
  }[];
}

/** Cấp thực hiện labels as published ("Cấp xã", "Cấp tỉnh"…); a procedure counts once per label it lists. */
export function countByLevelLabel(
  db: Database,
  unitId: number,
  asOf?: string,
): { level: string; count: number }[] {
  const l = listOn(asOf);
  return db
    .prepare(
      `SELECT trim(j.value) AS level, count(*) AS count ${l.from.replace('WHERE', ', json_each(p.levels_json) j WHERE')} GROUP BY trim(j.value)`,
    )
    .all(unitId, ...l.args) as { level: string; count: number }[];
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

/** Biểu II.07b inputs for a unit and the units under it, each unit's list as of the day. */
export function countForII07b(db: Database, unitId: number, asOf: string): UnitCounts[] {
  return db
    .prepare(
      `SELECT u.id AS unitId, u.code, u.name, u.level,
              count(p.id) AS total, coalesce(sum(CASE WHEN p.id IS NULL THEN 0 ELSE up.one_stop END), 0) AS oneStop,
              coalesce(sum(CASE WHEN p.id IS NULL THEN 0 ELSE up.has_internal_process END), 0) AS internalProcess
       FROM units u LEFT JOIN unit_procedures up ON up.unit_id = u.id
         LEFT JOIN procedures p ON p.id = up.procedure_id AND ${IN_LIST_ON}
       WHERE u.id = ? OR u.parent_id = ? GROUP BY u.id ORDER BY u.id = ? DESC, u.name`,
    )
    .all(...asOfArgs(asOf), unitId, unitId, unitId) as UnitCounts[];
}
