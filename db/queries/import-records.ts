import type { Database } from 'better-sqlite3';
import type { ProcedureRecord, UnitProcedureFields } from '../../electron/shared/domain';
import { deleteParts, insertParts } from './procedure-write';
import { detailToRecord, getProcedureDetail } from './procedure-read';
import { refreshSearchText } from './search-text';

/** What the database already holds for a code the import file names (the base of the dry-run diff). */
export interface ExistingProcedure {
  procedureId: number;
  record: ProcedureRecord;
  /** This unit's row, or null when the procedure exists (in another unit) but not in this unit yet. */
  unitProcedureId: number | null;
  unitFields: UnitProcedureFields | null;
}

export function readExisting(db: Database, unitId: number, code: string): ExistingProcedure | null {
  const p = db.prepare('SELECT id FROM procedures WHERE code = ?').get(code) as { id: number } | undefined;
  if (!p) return null;
  const own = db
    .prepare('SELECT id FROM unit_procedures WHERE unit_id = ? AND procedure_id = ?')
    .get(unitId, p.id) as { id: number } | undefined;
  const viewUnit = own
    ? unitId
    : (db.prepare('SELECT unit_id AS u FROM unit_procedures WHERE procedure_id = ? LIMIT 1').get(p.id) as { u: number } | undefined)?.u;
  const detail = viewUnit === undefined ? undefined : getProcedureDetail(db, viewUnit, p.id);
  if (!detail) return null;
  return {
    procedureId: p.id,
    record: detailToRecord(detail),
    unitProcedureId: own ? own.id : null,
    unitFields: own ? detail.unitFields : null,
  };
}

const HEAD_COLUMNS: Partial<Record<keyof ProcedureRecord, string>> = {
  name: 'name',
  field: 'field',
  fieldCode: 'field_code',
  kind: 'kind',
  levels: 'levels_json',
  subjects: 'subjects',
  executingAgencies: 'executing_agencies',
  authorityAgencies: 'authority_agencies',
  coordinatingAgencies: 'coordinating_agencies',
  authorizedAgencies: 'authorized_agencies',
  receivingAddress: 'receiving_address',
  issuingAgency: 'issuing_agency',
  conditions: 'conditions',
  decisionNo: 'decision_no',
  decisionDate: 'decision_date',
  status: 'status',
  legacyCode: 'legacy_code',
  source: 'source',
};

const UNIT_COLUMNS: Record<keyof UnitProcedureFields, string> = {
  onlineLevel: 'online_level',
  legacyLevel: 'legacy_level',
  oneStop: 'one_stop',
  hasInternalProcess: 'has_internal_process',
  dossiersPerYear: 'dossiers_per_year',
  note: 'note',
};

const PART_KEYS = new Set<keyof ProcedureRecord>(['channels', 'steps', 'componentGroups', 'legalBases', 'results']);

const sqlValue = (v: unknown) => (typeof v === 'boolean' ? (v ? 1 : 0) : Array.isArray(v) ? JSON.stringify(v) : v);

/**
 * Applies accepted changes to one shared record: head columns, then the child parts when any changed (the
 * full record is rewritten from `merged`, the record as it will be). Caller owns the transaction.
 */
export function updateProcedure(
  db: Database,
  procedureId: number,
  changed: (keyof ProcedureRecord)[],
  merged: ProcedureRecord,
  now: string,
): void {
  const heads = changed.filter((k) => HEAD_COLUMNS[k]);
  if (heads.length) {
    db.prepare(
      `UPDATE procedures SET ${heads.map((k) => `${HEAD_COLUMNS[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`,
    ).run(...heads.map((k) => sqlValue(merged[k]) as string | number | null), now, procedureId);
  }
  if (changed.some((k) => PART_KEYS.has(k))) {
    deleteParts(db, procedureId);
    insertParts(db, procedureId, merged);
    db.prepare('UPDATE procedures SET updated_at = ? WHERE id = ?').run(now, procedureId);
  }
  refreshSearchText(db, procedureId);
}

export function updateUnitFields(
  db: Database,
  unitProcedureId: number,
  changed: (keyof UnitProcedureFields)[],
  merged: UnitProcedureFields,
  now: string,
): void {
  if (!changed.length) return;
  db.prepare(
    `UPDATE unit_procedures SET ${changed.map((k) => `${UNIT_COLUMNS[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`,
  ).run(...changed.map((k) => sqlValue(merged[k]) as string | number | null), now, unitProcedureId);
}

// ---- remembered column mappings (import_mappings) ----

export function getMapping<T>(db: Database, layoutKey: string): T | undefined {
  const row = db.prepare('SELECT mapping_json AS j FROM import_mappings WHERE layout_key = ?').get(layoutKey) as { j: string } | undefined;
  return row ? (JSON.parse(row.j) as T) : undefined;
}

export function saveMapping(db: Database, layoutKey: string, mapping: unknown, now = new Date().toISOString()): void {
  db.prepare(
    `INSERT INTO import_mappings (layout_key, mapping_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (layout_key) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`,
  ).run(layoutKey, JSON.stringify(mapping), now);
}
