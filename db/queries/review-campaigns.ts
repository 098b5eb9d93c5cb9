import type { Database } from 'better-sqlite3';
import type { ReviewStatus } from '../../electron/shared/domain';

export interface CampaignRow {
  id: number;
  unitId: number;
  year: number;
  title: string;
  deadline: string | null;
  status: 'OPEN' | 'CLOSED';
}

export interface ItemRow {
  id: number;
  campaignId: number;
  procedureId: number;
  unitId: number;
  campaignTitle: string;
  code: string;
  name: string;
  field: string;
  reviewer: string;
  deadline: string | null;
  status: ReviewStatus;
  population: number | null;
  frequency: number;
  daysAfter: number | null;
  returnComment: string;
  approvedBy: string | null;
  approvedAt: string | null;
  implementedDecisionNo: string | null;
  implementedDecisionDate: string | null;
  dossiersPerYear: number | null;
  /** The record's version when the review started, and now (a newer one flags the review as outdated). */
  baseVersion: number | null;
  version: number;
}

const CAMPAIGN = 'SELECT id, unit_id AS unitId, year, title, deadline, status FROM campaigns';

export function listCampaigns(db: Database, unitId: number): CampaignRow[] {
  return db.prepare(`${CAMPAIGN} WHERE unit_id = ? ORDER BY year DESC, id DESC`).all(unitId) as CampaignRow[];
}

export function getCampaign(db: Database, id: number): CampaignRow | undefined {
  return db.prepare(`${CAMPAIGN} WHERE id = ?`).get(id) as CampaignRow | undefined;
}

export function insertCampaign(
  db: Database,
  c: { unitId: number; year: number; title: string; deadline: string | null },
  now = new Date().toISOString(),
): number {
  return Number(
    db
      .prepare(
        'INSERT INTO campaigns (unit_id, year, title, deadline, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(c.unitId, c.year, c.title, c.deadline, now, now).lastInsertRowid,
  );
}

/** Adds procedures to a campaign; ones already in it are skipped. Returns the ids of the new items. */
export function insertItems(
  db: Database,
  campaignId: number,
  procedureIds: readonly number[],
  defaults: { reviewer: string; deadline: string | null },
  now = new Date().toISOString(),
): number[] {
  const stmt = db.prepare(
    // base_version: the record's text the review starts from (a later version flags it "on an old version").
    `INSERT INTO campaign_items (campaign_id, procedure_id, reviewer, deadline, created_at, updated_at, base_version)
     VALUES (?, ?, ?, ?, ?, ?, (SELECT version FROM procedures WHERE id = ?))
     ON CONFLICT (campaign_id, procedure_id) DO NOTHING`,
  );
  const ids: number[] = [];
  for (const pid of procedureIds) {
    const r = stmt.run(campaignId, pid, defaults.reviewer, defaults.deadline, now, now, pid);
    if (r.changes > 0) ids.push(Number(r.lastInsertRowid));
  }
  return ids;
}

const ITEM = `SELECT ci.id, ci.campaign_id AS campaignId, ci.procedure_id AS procedureId, c.unit_id AS unitId,
    c.title AS campaignTitle, p.code, p.name, p.field, ci.reviewer, ci.deadline, ci.status, ci.population,
    ci.frequency, ci.days_after AS daysAfter, ci.return_comment AS returnComment, ci.approved_by AS approvedBy,
    ci.approved_at AS approvedAt, ci.implemented_decision_no AS implementedDecisionNo,
    ci.implemented_decision_date AS implementedDecisionDate, up.dossiers_per_year AS dossiersPerYear,
    ci.base_version AS baseVersion, p.version
  FROM campaign_items ci JOIN campaigns c ON c.id = ci.campaign_id JOIN procedures p ON p.id = ci.procedure_id
  LEFT JOIN unit_procedures up ON up.unit_id = c.unit_id AND up.procedure_id = ci.procedure_id`;

export function listItems(db: Database, campaignId: number): ItemRow[] {
  return db.prepare(`${ITEM} WHERE ci.campaign_id = ? ORDER BY p.code`).all(campaignId) as ItemRow[];
}

export function getItem(db: Database, itemId: number): ItemRow | undefined {
  return db.prepare(`${ITEM} WHERE ci.id = ?`).get(itemId) as ItemRow | undefined;
}

/** The unit's most recent campaign item reviewing this procedure code. */
export function latestItemForCode(db: Database, unitId: number, code: string): ItemRow | undefined {
  return db
    .prepare(`${ITEM} WHERE c.unit_id = ? AND p.code = ? ORDER BY c.year DESC, ci.id DESC LIMIT 1`)
    .get(unitId, code) as ItemRow | undefined;
}

const ITEM_COLUMNS = {
  reviewer: 'reviewer',
  deadline: 'deadline',
  status: 'status',
  population: 'population',
  frequency: 'frequency',
  daysAfter: 'days_after',
  returnComment: 'return_comment',
  approvedBy: 'approved_by',
  approvedAt: 'approved_at',
  implementedDecisionNo: 'implemented_decision_no',
  implementedDecisionDate: 'implemented_decision_date',
} as const;
export type ItemPatch = { -readonly [K in keyof typeof ITEM_COLUMNS]?: string | number | null };

export function updateItem(
  db: Database,
  itemId: number,
  patch: ItemPatch,
  now = new Date().toISOString(),
): void {
  const keys = (Object.keys(patch) as (keyof typeof ITEM_COLUMNS)[]).filter((k) => patch[k] !== undefined);
  if (keys.length === 0) return;
  const sets = keys.map((k) => `${ITEM_COLUMNS[k]} = ?`).join(', ');
  db.prepare(`UPDATE campaign_items SET ${sets}, updated_at = ? WHERE id = ?`).run(
    ...keys.map((k) => patch[k] ?? null),
    now,
    itemId,
  );
}
