/**
 * Writes of the consolidation: one received package → one `submissions` row (history kept), its inventory and
 * item rows, and its sums per lĩnh vực for the dashboard. Rows go in set-wise: the package's content as one JSON
 * document, expanded by jsonb_to_recordset (one statement whatever the package size; measured cheaper than COPY
 * here, in Node and in PostgreSQL: docs/PERFORMANCE.md). The caller runs all of it in one transaction
 * (electron/server/consolidate.ts).
 */
import type { Pg } from './types';
import { iso } from './types';

export interface StoredSubmission {
  id: number;
  version: number;
  isCurrent: boolean;
  dataHash: string;
  createdAt: string;
  receivedAt: string;
}

type RawStored = {
  id: string;
  version: number;
  isCurrent: boolean;
  dataHash: string;
  createdAt: Date;
  receivedAt: Date;
};
const toStored = (r: RawStored): StoredSubmission => ({
  ...r,
  id: Number(r.id),
  createdAt: iso(r.createdAt)!,
  receivedAt: iso(r.receivedAt)!,
});

/** Serialises the submissions of one unit for one plan until the transaction ends. */
export async function lockUnitPlan(pg: Pg, planId: number, unitCode: string): Promise<void> {
  await pg.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [planId, unitCode]);
}

/**
 * A unit's submissions for a plan as receiving a package needs them, in one read: the one with these very bytes
 * (`same`), the current one, and the next version number. Call under lockUnitPlan.
 */
export async function unitSubmissions(pg: Pg, planId: number, unitCode: string, contentHash: string) {
  const { rows } = await pg.query<
    { next: number; same: boolean | null; id: string | null } & Omit<RawStored, 'id'>
  >(
    `SELECT (SELECT coalesce(max(version), 0) + 1 FROM submissions WHERE plan_id = $1 AND unit_code = $2) AS next, s.*
     FROM (SELECT 1) AS one LEFT JOIN LATERAL (
       SELECT id, version, is_current AS "isCurrent", data_hash AS "dataHash", created_at AS "createdAt",
              received_at AS "receivedAt", content_hash = $3 AS same
       FROM submissions WHERE plan_id = $1 AND unit_code = $2 AND (content_hash = $3 OR is_current)) AS s ON true`,
    [planId, unitCode, contentHash],
  );
  const stored = ({ next: _next, same: _same, ...r }: (typeof rows)[number]) => toStored({ ...r, id: r.id! });
  const same = rows.find((r) => r.same);
  const current = rows.find((r) => r.id !== null && r.isCurrent);
  return {
    same: same && stored(same),
    current: current && stored(current),
    nextVersion: rows[0]!.next,
  };
}

export async function retireCurrent(pg: Pg, id: number): Promise<void> {
  await pg.query('UPDATE submissions SET is_current = false WHERE id = $1', [id]);
}

export async function setSupersededBy(pg: Pg, id: number, by: number): Promise<void> {
  await pg.query('UPDATE submissions SET superseded_by = $2 WHERE id = $1', [id, by]);
}

export async function insertSubmission(
  pg: Pg,
  s: {
    planId: number;
    unitCode: string;
    version: number;
    contentHash: string;
    dataHash: string;
    manifest: unknown;
    packageBytes: Buffer;
    createdAt: string;
    receivedBy: string;
    isCurrent: boolean;
    supersededBy: number | null;
  },
): Promise<{ id: number; receivedAt: string }> {
  const { rows } = await pg.query<{ id: string; receivedAt: Date }>(
    `INSERT INTO submissions (plan_id, unit_code, version, content_hash, data_hash, manifest, package, created_at,
       received_by, is_current, superseded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id, received_at AS "receivedAt"`,
    [
      s.planId,
      s.unitCode,
      s.version,
      s.contentHash,
      s.dataHash,
      JSON.stringify(s.manifest),
      s.packageBytes,
      s.createdAt,
      s.receivedBy,
      s.isCurrent,
      s.supersededBy,
    ],
  );
  return { id: Number(rows[0]!.id), receivedAt: iso(rows[0]!.receivedAt)! };
}

/**
 * The package's inventory and reviewed items, read by PostgreSQL from the content exactly as it arrived (its UTF-8
 * bytes, received as text: `$2::text::jsonb`), once, in one statement, without writing 800 kB of JSON a second
 * time. The server sends this while it checks the same content against the strict schema, and commits only if
 * the check passes (electron/server/consolidate.ts).
 */
export async function insertContentRows(pg: Pg, submissionId: number, content: Buffer): Promise<void> {
  await pg.query(
    `WITH doc AS (SELECT $2::text::jsonb AS d),
     inventory AS (
       INSERT INTO submission_procedures (submission_id, code, name, field, levels, online_level, one_stop,
         has_internal_process, dossiers_per_year)
       SELECT $1, code, name, field, levels, "onlineLevel", "oneStop", "hasInternalProcess", "dossiersPerYear"
       FROM doc, jsonb_to_recordset(doc.d -> 'inventory') AS t(code text, name text, field text, levels jsonb,
         "onlineLevel" text, "oneStop" bool, "hasInternalProcess" bool, "dossiersPerYear" int))
     INSERT INTO submission_items (submission_id, code, name, field, status, kind, before_milli, after_milli,
       days_before, days_after, result)
     SELECT $1, t.code, t.name, t.field, t.status, t.kind,
       (t.figures ->> 'beforePerYearMilli')::bigint, (t.figures ->> 'afterPerYearMilli')::bigint,
       t."daysBefore", t."daysAfter", e.item
     FROM doc
     CROSS JOIN LATERAL jsonb_array_elements(doc.d -> 'items') AS e(item)
     CROSS JOIN LATERAL jsonb_to_record(e.item) AS t(code text, name text, field text, status text, kind text,
       figures jsonb, "daysBefore" numeric, "daysAfter" numeric)`,
    [submissionId, content],
  );
}

/**
 * The package's sums per lĩnh vực (what the dashboard reads: db/pg/queries/consolidated.ts), from its items just
 * inserted, in the same transaction. Same definitions as the backfill in migration 0002.
 */
export async function insertFieldTotals(pg: Pg, submissionId: number): Promise<void> {
  await pg.query(
    `INSERT INTO submission_field_totals (submission_id, field, items, reviewed, proposed, approved, with_cost,
       before_milli, after_milli)
     SELECT $1, field, count(*),
       count(*) FILTER (WHERE status IN ('PROPOSED', 'APPROVED', 'RETURNED', 'IMPLEMENTED')),
       count(*) FILTER (WHERE kind IS NOT NULL),
       count(*) FILTER (WHERE status IN ('APPROVED', 'IMPLEMENTED')),
       count(before_milli), coalesce(sum(before_milli), 0), coalesce(sum(after_milli), 0)
     FROM submission_items WHERE submission_id = $1 GROUP BY field`,
    [submissionId],
  );
}

export async function submissionHistory(pg: Pg, planId: number, unitCode: string) {
  const { rows } = await pg.query<{
    id: string;
    version: number;
    current: boolean;
    supersededBy: string | null;
    contentHash: string;
    createdAt: Date;
    receivedAt: Date;
    receivedBy: string;
    manifest: { appVersion?: string; items?: number; procedures?: number };
  }>(
    `SELECT id, version, is_current AS current, superseded_by AS "supersededBy", content_hash AS "contentHash",
            created_at AS "createdAt", received_at AS "receivedAt", received_by AS "receivedBy", manifest
     FROM submissions WHERE plan_id = $1 AND unit_code = $2 ORDER BY version DESC`,
    [planId, unitCode],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    version: r.version,
    current: r.current,
    supersededBy: r.supersededBy === null ? null : Number(r.supersededBy),
    contentHash: r.contentHash,
    createdAt: iso(r.createdAt)!,
    receivedAt: iso(r.receivedAt)!,
    receivedBy: r.receivedBy,
    appVersion: r.manifest.appVersion ?? '',
    items: r.manifest.items ?? 0,
    procedures: r.manifest.procedures ?? 0,
  }));
}
