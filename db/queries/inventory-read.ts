import type { Database } from 'better-sqlite3';
import type { InventoryRow } from '../../electron/shared/contract/inventory';
import { findMatches, searchInventory } from './inventory-search';
import { liveOrTrash } from './validity';

interface RawRow extends Omit<InventoryRow, 'levels' | 'channels' | 'fees'> {
  levelsJson: string;
}

const ROW_SELECT = `
  SELECT up.id, up.procedure_id AS procedureId, up.unit_id AS unitId, p.code, p.name, p.field, p.kind,
         p.levels_json AS levelsJson, p.executing_agencies AS executingAgencies,
         up.online_level AS onlineLevel, up.dossiers_per_year AS dossiersPerYear,
         (SELECT count(*) FROM steps s WHERE s.procedure_id = p.id) AS stepCount,
         (SELECT count(*) FROM components c JOIN component_groups g ON g.id = c.group_id
            WHERE g.procedure_id = p.id AND c.is_note = 0) AS componentCount,
         (SELECT ci.status FROM campaign_items ci JOIN campaigns cp ON cp.id = ci.campaign_id
            WHERE cp.unit_id = up.unit_id AND ci.procedure_id = up.procedure_id
            ORDER BY cp.year DESC, ci.id DESC LIMIT 1) AS reviewStatus,
         max(p.updated_at, up.updated_at) AS updatedAt
  FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id`;

export interface ListOptions {
  unitId: number;
  search?: string | undefined;
  offset?: number;
  limit?: number;
  deleted?: boolean;
  procedureIds?: number[] | undefined;
}

/**
 * One page of a unit's inventory: in code order (the grid sorts in Vietnamese collation itself), or, with a search,
 * the matches best first (inventory-search.ts).
 */
export function listInventory(db: Database, o: ListOptions): { rows: InventoryRow[]; total: number } {
  const state = liveOrTrash(o.deleted);
  const ranked = searchInventory(db, { unitId: o.unitId, search: o.search, deleted: o.deleted });
  if (ranked) {
    const only = o.procedureIds && new Set(o.procedureIds);
    const ids = (only ? ranked.filter((m) => only.has(m.procedureId)) : ranked).map((m) => m.id);
    const page = ids.slice(o.offset ?? 0, (o.offset ?? 0) + (o.limit ?? 2000));
    const raw = db
      .prepare(`${ROW_SELECT} WHERE ${state} AND up.id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(page)) as RawRow[];
    const at = new Map(page.map((id, i) => [id, i]));
    raw.sort((a, b) => at.get(a.id)! - at.get(b.id)!);
    return { rows: attachChannels(db, raw), total: ids.length };
  }
  let where = `up.unit_id = ? AND ${state}`;
  const args: (number | string)[] = [o.unitId];
  if (o.procedureIds) {
    where += ' AND up.procedure_id IN (SELECT value FROM json_each(?))';
    args.push(JSON.stringify(o.procedureIds));
  }
  const total = (
    db
      .prepare(
        `SELECT count(*) AS n FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id WHERE ${where}`,
      )
      .get(...args) as { n: number }
  ).n;
  const raw = db
    .prepare(`${ROW_SELECT} WHERE ${where} ORDER BY p.code LIMIT ? OFFSET ?`)
    .all(...args, o.limit ?? 2000, o.offset ?? 0) as RawRow[];
  return { rows: attachChannels(db, raw), total };
}

export function getInventoryRow(db: Database, unitProcedureId: number): InventoryRow | undefined {
  const raw = db.prepare(`${ROW_SELECT} WHERE up.id = ?`).all(unitProcedureId) as RawRow[];
  return attachChannels(db, raw)[0];
}

export function findUnitProcedure(
  db: Database,
  unitId: number,
  procedureId: number,
): { id: number; deletedAt: string | null } | undefined {
  return db
    .prepare('SELECT id, deleted_at AS deletedAt FROM unit_procedures WHERE unit_id = ? AND procedure_id = ?')
    .get(unitId, procedureId) as { id: number; deletedAt: string | null } | undefined;
}

/** Long fee notes and time texts are shown compactly in the grid (the record editor has them in full). */
const GRID_TEXT_MAX = 120;
const clip = (s: string) => (s.length > GRID_TEXT_MAX ? s.slice(0, GRID_TEXT_MAX - 1) + '…' : s);

function attachChannels(db: Database, raw: RawRow[]): InventoryRow[] {
  if (!raw.length) return [];
  const ids = JSON.stringify([...new Set(raw.map((r) => r.procedureId))]);
  const unitId = raw[0]!.unitId;
  const channels = db
    .prepare(
      `SELECT c.procedure_id AS pid, c.method, c.time_value AS timeValue, c.time_unit AS timeUnit,
              c.time_text AS timeText
       FROM channels c WHERE c.procedure_id IN (SELECT value FROM json_each(?)) ORDER BY c.procedure_id, c.ord`,
    )
    .all(ids) as ({ pid: number } & InventoryRow['channels'][number])[];
  // A unit's local rate (fees.unit_id) replaces the published one for that channel.
  const fees = db
    .prepare(
      `SELECT c.procedure_id AS pid, c.method, f.amount, f.set_by AS setBy, f.currency, f.per_unit AS perUnit,
              f.text, f.unit_id AS feeUnit
       FROM fees f JOIN channels c ON c.id = f.channel_id
       WHERE c.procedure_id IN (SELECT value FROM json_each(?)) AND (f.unit_id IS NULL OR f.unit_id = ?)
       ORDER BY c.procedure_id, c.ord, f.unit_id IS NULL, f.ord`,
    )
    .all(ids, unitId) as ({ pid: number; feeUnit: number | null } & InventoryRow['fees'][number])[];
  const byPid = new Map<number, { channels: InventoryRow['channels']; fees: InventoryRow['fees'] }>();
  const slot = (pid: number) => {
    let s = byPid.get(pid);
    if (!s) byPid.set(pid, (s = { channels: [], fees: [] }));
    return s;
  };
  for (const { pid, ...c } of channels) slot(pid).channels.push({ ...c, timeText: clip(c.timeText) });
  const localFor = new Set(fees.filter((f) => f.feeUnit !== null).map((f) => `${f.pid}:${f.method}`));
  for (const { pid, feeUnit, ...f } of fees) {
    if (feeUnit === null && localFor.has(`${pid}:${f.method}`)) continue;
    slot(pid).fees.push({ ...f, text: clip(f.text) });
  }
  return raw.map(({ levelsJson, ...r }) => ({
    ...r,
    levels: JSON.parse(levelsJson) as string[],
    channels: byPid.get(r.procedureId)?.channels ?? [],
    fees: byPid.get(r.procedureId)?.fees ?? [],
  }));
}

const GROUP_EXPR = {
  field: 'p.field',
  agency: 'p.executing_agencies',
  onlineLevel: "coalesce(up.online_level, '')",
} as const;

/** Group headers with counts over the same filter as listInventory (the grid renders them as full-width rows). */
export function groupCounts(
  db: Database,
  o: { unitId: number; search?: string | undefined; deleted?: boolean; by: keyof typeof GROUP_EXPR },
): { key: string; count: number }[] {
  const found = findMatches(db, { unitId: o.unitId, search: o.search, deleted: o.deleted });
  return db
    .prepare(
      `SELECT ${GROUP_EXPR[o.by]} AS key, count(*) AS count
       FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id
       WHERE up.unit_id = ? AND ${liveOrTrash(o.deleted)}
         AND (? IS NULL OR up.id IN (SELECT value FROM json_each(?)))
       GROUP BY 1`,
    )
    .all(o.unitId, found && 1, found && JSON.stringify(found.map((m) => m.id))) as {
    key: string;
    count: number;
  }[];
}
