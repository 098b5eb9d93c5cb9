/** Reads for building a submission package (the unit's live inventory in the package's shape). */
import type { Database } from 'better-sqlite3';
import type { InventoryRow } from '../../electron/shared/submission/package-format';

interface RawInventoryRow extends Omit<InventoryRow, 'levels' | 'oneStop' | 'hasInternalProcess'> {
  levelsJson: string;
  oneStop: number;
  hasInternalProcess: number;
}

/** The unit's live (not trashed) procedures, by code. */
export function inventoryRows(db: Database, unitId: number): InventoryRow[] {
  const rows = db
    .prepare(
      `SELECT p.code, p.name, p.field, p.levels_json AS levelsJson, p.status, p.version,
              up.online_level AS onlineLevel, up.one_stop AS oneStop,
              up.has_internal_process AS hasInternalProcess, up.dossiers_per_year AS dossiersPerYear
       FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id
       WHERE up.unit_id = ? AND up.deleted_at IS NULL ORDER BY p.code`,
    )
    .all(unitId) as RawInventoryRow[];
  return rows.map(({ levelsJson, oneStop, hasInternalProcess, ...r }) => ({
    code: r.code,
    name: r.name,
    field: r.field,
    levels: JSON.parse(levelsJson) as string[],
    status: r.status,
    version: r.version,
    onlineLevel: r.onlineLevel,
    oneStop: oneStop === 1,
    hasInternalProcess: hasInternalProcess === 1,
    dossiersPerYear: r.dossiersPerYear,
  }));
}

/** Each campaign item's deadline (the report read side does not carry it). */
export function itemDeadlines(db: Database, campaignId: number): Map<number, string | null> {
  const rows = db
    .prepare('SELECT id, deadline FROM campaign_items WHERE campaign_id = ?')
    .all(campaignId) as { id: number; deadline: string | null }[];
  return new Map(rows.map((r) => [r.id, r.deadline]));
}
