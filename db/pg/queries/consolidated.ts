/**
 * Reads of the consolidation (the province's dashboard and reports): always over the current submission of
 * each unit. Sums are exact (bigint milli-đồng summed by PostgreSQL as numeric); the rate is taken from the
 * sums by the caller (Σ saving / Σ before, never a mean of rates).
 */
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

const SUMS = `count(*)::int AS items,
  count(*) FILTER (WHERE i.status IN ('PROPOSED', 'APPROVED', 'RETURNED', 'IMPLEMENTED'))::int AS reviewed,
  count(*) FILTER (WHERE i.kind IS NOT NULL)::int AS proposed,
  count(*) FILTER (WHERE i.status IN ('APPROVED', 'IMPLEMENTED'))::int AS approved,
  count(i.before_milli)::int AS "withCost",
  coalesce(sum(i.before_milli), 0)::text AS "beforeMilli",
  coalesce(sum(i.after_milli), 0)::text AS "afterMilli"`;

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
          sums AS (SELECT s.id, ${SUMS} FROM ${CURRENT} WHERE s.plan_id = $1 AND s.is_current GROUP BY s.id)
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
  const key = by === 'field' ? 'i.field' : by === 'unit' ? 's.unit_code' : "''";
  const label = by === 'unit' ? 'min(u.name)' : key;
  const { rows } = await pg.query<RawTotals & { key: string; label: string }>(
    `SELECT ${key} AS key, ${label} AS label, ${SUMS}
     FROM ${CURRENT} JOIN units u ON u.code = s.unit_code
     WHERE s.plan_id = $1 AND s.is_current ${by === 'all' ? '' : `GROUP BY ${key}`}`,
    [planId],
  );
  return rows;
}

export interface OverlapRow {
  code: string;
  name: string;
  field: string;
  unitCode: string;
  unitName: string;
  status: string;
  kind: string | null;
  beforeMilli: string | null;
  afterMilli: string | null;
  proposals: string[];
}

/** Items with proposals whose procedure is proposed by at least two units (current submissions). */
export async function overlappingProposals(pg: Pg, planId: number): Promise<OverlapRow[]> {
  const { rows } = await pg.query<OverlapRow>(
    `SELECT p.code, p.name, p.field, p.unit_code AS "unitCode", u.name AS "unitName", p.status, p.kind,
            p.before_milli::text AS "beforeMilli", p.after_milli::text AS "afterMilli", p.proposal_texts AS proposals
     FROM (SELECT i.code, s.unit_code, i.name, i.field, i.status, i.kind, i.before_milli, i.after_milli,
                  i.proposal_texts, count(*) OVER (PARTITION BY i.code) AS units
           FROM ${CURRENT} WHERE s.plan_id = $1 AND s.is_current AND i.kind IS NOT NULL) p
     JOIN units u ON u.code = p.unit_code
     WHERE p.units >= 2
     ORDER BY p.code`,
    [planId],
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
