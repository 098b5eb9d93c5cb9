/**
 * Reads of the consolidation (the province's dashboard and reports): always over the current submission of
 * each unit. The dashboard's sums add up each package's sums per lĩnh vực (written with the package, migration
 * 0002), not its items. Sums are exact (milli-đồng summed by PostgreSQL as numeric); the rate is taken from the
 * sums by the caller (Σ saving / Σ before, never a mean of rates).
 */
import type { MarkAction, MarkTargetKind } from '../../../electron/shared/domain';
import type { Pg } from './types';
import { iso } from './types';

/** Raw sums of one group of items (money as decimal strings of milli-đồng). */
export interface RawTotals {
  items: number;
  reviewed: number;
  proposed: number;
  approved: number;
  withCost: number;
  beforeMilli: string;
  afterMilli: string;
}

/** Σ of a group of per-package, per-lĩnh vực sums (migration 0002) as RawTotals. */
const SUMS = `coalesce(sum(t.items), 0)::int AS items, coalesce(sum(t.reviewed), 0)::int AS reviewed,
  coalesce(sum(t.proposed), 0)::int AS proposed, coalesce(sum(t.approved), 0)::int AS approved,
  coalesce(sum(t.with_cost), 0)::int AS "withCost", coalesce(sum(t.before_milli), 0)::text AS "beforeMilli",
  coalesce(sum(t.after_milli), 0)::text AS "afterMilli"`;

const CURRENT_TOTALS = 'submissions s JOIN submission_field_totals t ON t.submission_id = s.id';
const CURRENT = 'submissions s JOIN submission_items i ON i.submission_id = s.id';

export interface StatusRow {
  unitCode: string;
  unitName: string;
  assigned: number;
  version: number | null;
  versions: number;
  receivedAt: string | null;
  createdAt: string | null;
  receivedBy: string | null;
  totals: RawTotals | null;
}

/** Every unit the plan assigns, with its current submission (if any) and that submission's sums. */
export async function unitStatus(pg: Pg, planId: number): Promise<StatusRow[]> {
  const { rows } = await pg.query<
    Omit<StatusRow, 'totals' | 'receivedAt' | 'createdAt'> & {
      receivedAt: Date | null;
      createdAt: Date | null;
    } & Partial<RawTotals>
  >(
    `WITH assigned AS (SELECT unit_code, count(*)::int AS n FROM plan_items WHERE plan_id = $1 GROUP BY unit_code),
          versions AS (SELECT unit_code, count(*)::int AS n FROM submissions WHERE plan_id = $1 GROUP BY unit_code),
          sums AS (SELECT s.id, ${SUMS} FROM ${CURRENT_TOTALS} WHERE s.plan_id = $1 AND s.is_current GROUP BY s.id)
     SELECT a.unit_code AS "unitCode", u.name AS "unitName", a.n AS assigned, c.version,
            coalesce(v.n, 0) AS versions, c.received_at AS "receivedAt", c.created_at AS "createdAt",
            c.received_by AS "receivedBy", sums.items, sums.reviewed, sums.proposed, sums.approved,
            sums."withCost", sums."beforeMilli", sums."afterMilli"
     FROM assigned a JOIN units u ON u.code = a.unit_code
     LEFT JOIN submissions c ON c.plan_id = $1 AND c.unit_code = a.unit_code AND c.is_current
     LEFT JOIN versions v ON v.unit_code = a.unit_code
     LEFT JOIN sums ON sums.id = c.id`,
    [planId],
  );
  return rows.map((r) => ({
    unitCode: r.unitCode,
    unitName: r.unitName,
    assigned: r.assigned,
    version: r.version,
    versions: r.versions,
    receivedAt: iso(r.receivedAt),
    createdAt: iso(r.createdAt),
    receivedBy: r.receivedBy,
    totals:
      r.version === null
        ? null
        : {
            items: r.items ?? 0,
            reviewed: r.reviewed ?? 0,
            proposed: r.proposed ?? 0,
            approved: r.approved ?? 0,
            withCost: r.withCost ?? 0,
            beforeMilli: r.beforeMilli ?? '0',
            afterMilli: r.afterMilli ?? '0',
          },
  }));
}

/** Sums of the current submissions: all items (key ''), or grouped by lĩnh vực or by unit. */
export async function totalsBy(
  pg: Pg,
  planId: number,
  by: 'all' | 'field' | 'unit',
): Promise<(RawTotals & { key: string; label: string })[]> {
  const key = by === 'field' ? 't.field' : by === 'unit' ? 's.unit_code' : "''";
  const label = by === 'unit' ? 'min(u.name)' : key;
  const { rows } = await pg.query<RawTotals & { key: string; label: string }>(
    `SELECT ${key} AS key, ${label} AS label, ${SUMS}
     FROM ${CURRENT_TOTALS} JOIN units u ON u.code = s.unit_code
     WHERE s.plan_id = $1 AND s.is_current ${by === 'all' ? '' : `GROUP BY ${key}`}`,
    [planId],
  );
  return rows;
}

/** A procedure whose items carry proposals from at least two units (current submissions), with their sums. */
export interface OverlapProcedureRow {
  code: string;
  name: string;
  field: string;
  units: number;
  abolish: number;
  replace: number;
  amend: number;
  withCost: number;
  beforeMilli: string;
  afterMilli: string;
}

const PROPOSED = `${CURRENT} WHERE s.plan_id = $1 AND s.is_current AND i.kind IS NOT NULL`;

/**
 * One page of the procedures proposed by several units, the most units first, and how many there are in all.
 * One row per procedure (not per unit): the side-by-side of one is `overlapUnits`.
 */
export async function overlappingProcedures(
  pg: Pg,
  planId: number,
  page: { offset: number; limit: number },
): Promise<{ total: number; rows: OverlapProcedureRow[] }> {
  const [list, count] = await Promise.all([
    pg.query<OverlapProcedureRow>(
      `SELECT i.code, min(i.name) AS name, min(i.field) AS field, count(*)::int AS units,
              count(*) FILTER (WHERE i.kind = 'ABOLISH')::int AS abolish,
              count(*) FILTER (WHERE i.kind = 'REPLACE')::int AS replace,
              count(*) FILTER (WHERE i.kind = 'AMEND')::int AS amend,
              count(i.before_milli)::int AS "withCost", coalesce(sum(i.before_milli), 0)::text AS "beforeMilli",
              coalesce(sum(i.after_milli), 0)::text AS "afterMilli"
       FROM ${PROPOSED} GROUP BY i.code HAVING count(*) >= 2
       ORDER BY count(*) DESC, i.code LIMIT $2 OFFSET $3`,
      [planId, page.limit, page.offset],
    ),
    pg.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${PROPOSED} GROUP BY i.code HAVING count(*) >= 2) o`,
      [planId],
    ),
  ]);
  return { total: count.rows[0]!.n, rows: list.rows };
}

export interface OverlapUnitRow {
  name: string;
  field: string;
  unitCode: string;
  unitName: string;
  status: string;
  kind: string | null;
  beforeMilli: string | null;
  afterMilli: string | null;
  /** The item's marks as the unit sent them (the caller words the proposals, as the reports do). */
  marks: { action: MarkAction; targetKind: MarkTargetKind; targetLabel: string; proposedValue: string }[];
}

/** The units proposing on one procedure (current submissions), each with its marks and figures. */
export async function overlapUnits(pg: Pg, planId: number, code: string): Promise<OverlapUnitRow[]> {
  const { rows } = await pg.query<OverlapUnitRow>(
    `SELECT i.name, i.field, s.unit_code AS "unitCode", u.name AS "unitName", i.status, i.kind,
            i.before_milli::text AS "beforeMilli", i.after_milli::text AS "afterMilli",
            i.result -> 'marks' AS marks
     FROM ${CURRENT} JOIN units u ON u.code = s.unit_code
     WHERE s.plan_id = $1 AND s.is_current AND i.kind IS NOT NULL AND i.code = $2`,
    [planId, code],
  );
  return rows;
}

/** Every item of the current submissions as the unit sent it (for the province's reports). */
export async function currentItemResults(pg: Pg, planId: number) {
  const { rows } = await pg.query<{ unitCode: string; unitName: string; result: unknown }>(
    `SELECT s.unit_code AS "unitCode", u.name AS "unitName", i.result
     FROM ${CURRENT} JOIN units u ON u.code = s.unit_code
     WHERE s.plan_id = $1 AND s.is_current ORDER BY i.code, s.unit_code`,
    [planId],
  );
  return rows;
}

/** The inventory state of each unit's current submission (for Biểu II.07b and the statistics). */
export async function currentInventories(pg: Pg, planId: number) {
  const { rows } = await pg.query<{
    unitCode: string;
    unitName: string;
    unitLevel: string;
    code: string;
    name: string;
    field: string;
    levels: string[];
    onlineLevel: string | null;
    oneStop: boolean;
    hasInternalProcess: boolean;
    dossiersPerYear: number | null;
  }>(
    `SELECT s.unit_code AS "unitCode", u.name AS "unitName", u.level AS "unitLevel", p.code, p.name, p.field,
            p.levels, p.online_level AS "onlineLevel", p.one_stop AS "oneStop",
            p.has_internal_process AS "hasInternalProcess", p.dossiers_per_year AS "dossiersPerYear"
     FROM submissions s JOIN submission_procedures p ON p.submission_id = s.id JOIN units u ON u.code = s.unit_code
     WHERE s.plan_id = $1 AND s.is_current`,
    [planId],
  );
  return rows;
}
