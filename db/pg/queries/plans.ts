/** The province's plans (kế hoạch rà soát: units × procedures × deadlines) and its catalog. */
import type { InventoryEntry } from '../../../electron/shared/domain';
import { fold, searchTokens } from '../../../electron/shared/text/fold';
import type { Pg } from './types';
import { iso, isoDay } from './types';

export interface PlanRow {
  id: number;
  key: string;
  title: string;
  year: number;
  deadline: string | null;
  version: number;
  publishedAt: string;
  units: number;
  procedures: number;
  received: number;
}

const PLAN = `SELECT p.id, p.key, p.title, p.year, p.deadline, p.version, p.published_at AS "publishedAt",
    (SELECT count(DISTINCT unit_code) FROM plan_items i WHERE i.plan_id = p.id) AS units,
    (SELECT count(DISTINCT procedure_code) FROM plan_items i WHERE i.plan_id = p.id) AS procedures,
    (SELECT count(*) FROM submissions s WHERE s.plan_id = p.id AND s.is_current) AS received
  FROM plans p`;

type RawPlan = Omit<PlanRow, 'deadline' | 'publishedAt' | 'units' | 'procedures' | 'received'> & {
  deadline: Date | null;
  publishedAt: Date;
  units: string;
  procedures: string;
  received: string;
};

const toPlan = (r: RawPlan): PlanRow => ({
  ...r,
  deadline: isoDay(r.deadline),
  publishedAt: iso(r.publishedAt)!,
  units: Number(r.units),
  procedures: Number(r.procedures),
  received: Number(r.received),
});

export async function listPlans(pg: Pg): Promise<PlanRow[]> {
  const { rows } = await pg.query<RawPlan>(`${PLAN} ORDER BY p.year DESC, p.id DESC`);
  return rows.map(toPlan);
}

export async function getPlan(pg: Pg, id: number): Promise<PlanRow | undefined> {
  const { rows } = await pg.query<RawPlan>(`${PLAN} WHERE p.id = $1`, [id]);
  return rows[0] && toPlan(rows[0]);
}

export async function findPlanByKey(pg: Pg, key: string): Promise<PlanRow | undefined> {
  const { rows } = await pg.query<RawPlan>(`${PLAN} WHERE p.key = $1`, [key]);
  return rows[0] && toPlan(rows[0]);
}

export async function insertPlan(
  pg: Pg,
  p: { key: string; year: number; title: string; deadline: string | null },
): Promise<number> {
  const { rows } = await pg.query<{ id: number }>(
    'INSERT INTO plans (key, year, title, deadline) VALUES ($1, $2, $3, $4) RETURNING id',
    [p.key, p.year, p.title, p.deadline],
  );
  return rows[0]!.id;
}

/** A new version of a plan: its head and the whole item list replaced. */
export async function republishPlan(
  pg: Pg,
  id: number,
  p: { year: number; title: string; deadline: string | null },
): Promise<void> {
  await pg.query(
    `UPDATE plans SET year = $2, title = $3, deadline = $4, version = version + 1, published_at = now()
     WHERE id = $1`,
    [id, p.year, p.title, p.deadline],
  );
  await pg.query('DELETE FROM plan_items WHERE plan_id = $1', [id]);
}

export async function insertPlanItems(
  pg: Pg,
  planId: number,
  unitCodes: readonly string[],
  codes: readonly string[],
  deadline: string | null,
): Promise<void> {
  await pg.query(
    `INSERT INTO plan_items (plan_id, unit_code, procedure_code, deadline)
     SELECT $1, u, c, $4 FROM unnest($2::text[]) AS u, unnest($3::text[]) AS c`,
    [planId, unitCodes, codes, deadline],
  );
}

/** What one unit reviews in a plan, with deadlines. */
export async function planItemsOfUnit(pg: Pg, planId: number, unitCode: string) {
  const { rows } = await pg.query<{ code: string; deadline: Date | null }>(
    `SELECT procedure_code AS code, deadline FROM plan_items WHERE plan_id = $1 AND unit_code = $2
     ORDER BY procedure_code`,
    [planId, unitCode],
  );
  return rows.map((r) => ({ code: r.code, deadline: isoDay(r.deadline) }));
}

export async function plansOfUnit(pg: Pg, unitCode: string): Promise<PlanRow[]> {
  const { rows } = await pg.query<RawPlan>(
    `${PLAN} WHERE EXISTS (SELECT 1 FROM plan_items i WHERE i.plan_id = p.id AND i.unit_code = $1)
     ORDER BY p.year DESC, p.id DESC`,
    [unitCode],
  );
  return rows.map(toPlan);
}

export async function catalogRecords(pg: Pg, codes: readonly string[]): Promise<InventoryEntry[]> {
  const { rows } = await pg.query<{ record: InventoryEntry }>(
    'SELECT record FROM catalog WHERE code = ANY($1::text[]) ORDER BY code',
    [codes],
  );
  return rows.map((r) => r.record);
}

export async function missingCatalogCodes(pg: Pg, codes: readonly string[]): Promise<string[]> {
  const { rows } = await pg.query<{ code: string }>(
    'SELECT c AS code FROM unnest($1::text[]) AS c WHERE NOT EXISTS (SELECT 1 FROM catalog WHERE code = c)',
    [codes],
  );
  return rows.map((r) => r.code);
}

/** Adds or replaces catalog records by code; returns how many were new. */
export async function upsertCatalog(pg: Pg, entries: readonly InventoryEntry[]): Promise<number> {
  const { rows } = await pg.query<{ inserted: boolean }>(
    `INSERT INTO catalog (code, name, field, search_text, record)
     SELECT c, n, f, s, r::jsonb FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(c, n, f, s, r)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, field = excluded.field, search_text = excluded.search_text,
       record = excluded.record, updated_at = now()
     RETURNING (xmax = 0) AS inserted`,
    [
      entries.map((e) => e.code),
      entries.map((e) => e.name),
      entries.map((e) => e.field),
      entries.map((e) => fold(`${e.code} ${e.name} ${e.field}`)),
      entries.map((e) => JSON.stringify(e)),
    ],
  );
  return rows.filter((r) => r.inserted).length;
}

/** Accent-insensitive search (every word, đ = d) over code, name and lĩnh vực. */
export async function listCatalog(pg: Pg, search: string, limit: number) {
  const patterns = searchTokens(search).map((t) => `%${t.replace(/[\\%_]/g, (c) => '\\' + c)}%`);
  const { rows } = await pg.query<{ code: string; name: string; field: string; total: string }>(
    `SELECT code, name, field, count(*) OVER () AS total FROM catalog
     WHERE search_text LIKE ALL ($1::text[]) ORDER BY code LIMIT $2`,
    [patterns, limit],
  );
  return { total: Number(rows[0]?.total ?? 0), rows: rows.map(({ total: _t, ...r }) => r) };
}

/** The catalog's procedures carried out at the province's own level ("Cấp tỉnh"): the province's row of II.07b. */
export async function provinceLevelCatalog(pg: Pg): Promise<InventoryEntry[]> {
  const { rows } = await pg.query<{ record: InventoryEntry }>(
    `SELECT record FROM catalog WHERE record -> 'levels' @> '["Cấp tỉnh"]'::jsonb ORDER BY code`,
  );
  return rows.map((r) => r.record);
}

/**
 * What receiving a package checks of the province's data, in one read: is the unit listed, the plan's id and
 * title by key (without its counts), and is the unit in that plan.
 */
export async function submissionTarget(
  pg: Pg,
  unitCode: string,
  planKey: string,
): Promise<{ unitListed: boolean; plan: { id: number; title: string } | null; unitInPlan: boolean }> {
  const { rows } = await pg.query<{
    unitListed: boolean;
    id: number | null;
    title: string | null;
    inPlan: boolean;
  }>(
    `SELECT EXISTS (SELECT 1 FROM units WHERE code = $1) AS "unitListed", p.id, p.title,
            EXISTS (SELECT 1 FROM plan_items i WHERE i.plan_id = p.id AND i.unit_code = $1) AS "inPlan"
     FROM (SELECT 1) AS one LEFT JOIN plans p ON p.key = $2`,
    [unitCode, planKey],
  );
  const r = rows[0]!;
  return {
    unitListed: r.unitListed,
    plan: r.id === null ? null : { id: r.id, title: r.title ?? '' },
    unitInPlan: r.inPlan,
  };
}
