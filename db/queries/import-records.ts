import type { Database, Statement } from 'better-sqlite3';
import type { ProcedureRecord, UnitProcedureFields } from '../../electron/shared/domain';
import {
  attachMany,
  deleteParts,
  insertParts,
  insertHead,
  insertProcedure,
  searchTextOfHead,
  type HeadValues,
} from './procedure-write';
import { detailToRecord, getProcedureDetail, splitHeadRow } from './procedure-read';
import { refreshSearchText } from './search-text';
import {
  PROCEDURE_COLUMNS,
  RECORD_HEAD_SQL,
  UNIT_FIELDS_SQL,
  UNIT_PROCEDURE_COLUMNS,
  unitFieldRuns,
  type UnitFieldRun,
} from './procedure-columns';

/** What the database already holds for a code the import file names (the base of the dry-run diff). */
export interface ExistingProcedure {
  procedureId: number;
  record: ProcedureRecord;
  /** This unit's row, or null when the procedure exists (in another unit) but not in this unit yet. */
  unitProcedureId: number | null;
  unitFields: UnitProcedureFields | null;
}

/**
 * `withParts` false reads only the head columns and this unit's fields (one cached query): a plain list file
 * never touches channels, steps or documents, and re-importing 10,000 rows must not load them all.
 */
export function readExisting(
  db: Database,
  unitId: number,
  code: string,
  withParts = true,
): ExistingProcedure | null {
  const q = lookups(db);
  const p = q.byCode.get(code) as { id: number } | undefined;
  if (!p) return null;
  const own = q.own.get(unitId, p.id) as { id: number } | undefined;
  if (!withParts) {
    if (!own && !q.anyUnit.get(p.id)) return null;
    const { upId, ...row } = q.head.get(unitId, p.id) as Record<string, unknown>;
    const { head, levels, unitFields } = splitHeadRow(row);
    return {
      procedureId: p.id,
      record: {
        ...(head as Omit<
          ProcedureRecord,
          'levels' | 'channels' | 'steps' | 'componentGroups' | 'legalBases' | 'results'
        >),
        levels,
        channels: [],
        steps: [],
        componentGroups: [],
        legalBases: [],
        results: [],
      },
      // Without this unit's row the unit columns are NULLs from the LEFT JOIN, not fields.
      unitProcedureId: upId === null ? null : (upId as number),
      unitFields: upId === null ? null : unitFields,
    };
  }
  const viewUnit = own ? unitId : (q.anyUnit.get(p.id) as { u: number } | undefined)?.u;
  const detail = viewUnit === undefined ? undefined : getProcedureDetail(db, viewUnit, p.id);
  if (!detail) return null;
  return {
    procedureId: p.id,
    record: detailToRecord(detail),
    unitProcedureId: own ? own.id : null,
    unitFields: own ? detail.unitFields : null,
  };
}

/**
 * Which of these codes the database already holds, in one query: a 10,000-row file against a fresh or partly
 * filled database needs readExisting only for the codes found here instead of one lookup per row.
 */
export function existingCodes(db: Database, codes: readonly string[]): Set<string> {
  if (!codes.length) return new Set();
  const found = lookups(db).codesIn.all(JSON.stringify(codes)) as string[];
  return new Set(found);
}

const lookupCache = new WeakMap<
  Database,
  { byCode: Statement; codesIn: Statement; own: Statement; anyUnit: Statement; head: Statement }
>();
function lookups(db: Database) {
  let q = lookupCache.get(db);
  if (!q) {
    q = {
      byCode: db.prepare('SELECT id FROM procedures WHERE code = ?'),
      codesIn: db
        .prepare('SELECT code FROM procedures WHERE code IN (SELECT value FROM json_each(?))')
        .pluck(),
      own: db.prepare('SELECT id FROM unit_procedures WHERE unit_id = ? AND procedure_id = ?'),
      anyUnit: db.prepare('SELECT unit_id AS u FROM unit_procedures WHERE procedure_id = ? LIMIT 1'),
      head: db.prepare(
        `SELECT ${RECORD_HEAD_SQL}, up.id AS upId, ${UNIT_FIELDS_SQL}
         FROM procedures p LEFT JOIN unit_procedures up ON up.procedure_id = p.id AND up.unit_id = ?
         WHERE p.id = ?`,
      ),
    };
    lookupCache.set(db, q);
  }
  return q;
}

// An import never changes a code (it is the upsert key).
const { code: _code, ...heads } = PROCEDURE_COLUMNS;
const HEAD_COLUMNS: Partial<Record<keyof ProcedureRecord, string>> = heads;
const UNIT_COLUMNS = UNIT_PROCEDURE_COLUMNS;

const PART_KEYS = new Set<keyof ProcedureRecord>([
  'channels',
  'steps',
  'componentGroups',
  'legalBases',
  'results',
]);

const sqlValue = (v: unknown) =>
  typeof v === 'boolean' ? (v ? 1 : 0) : Array.isArray(v) ? JSON.stringify(v) : v;

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
  const row = db
    .prepare('SELECT mapping_json AS j FROM import_mappings WHERE layout_key = ?')
    .get(layoutKey) as { j: string } | undefined;
  return row ? (JSON.parse(row.j) as T) : undefined;
}

/** Every remembered mapping as stored, [layout key, mapping JSON]: the import worker's copy of the table. */
export function storedMappings(db: Database): [string, string][] {
  return db.prepare('SELECT layout_key, mapping_json FROM import_mappings').raw().all() as [string, string][];
}

export function saveMapping(
  db: Database,
  layoutKey: string,
  mapping: unknown,
  now = new Date().toISOString(),
): void {
  db.prepare(
    `INSERT INTO import_mappings (layout_key, mapping_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (layout_key) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`,
  ).run(layoutKey, JSON.stringify(mapping), now);
}

// ---- bulk insert for imports ----

/** Inserts a new procedure with its parts (or reuses another unit's record), attaches it to the unit and audits it. */
export function insertImported(
  db: Database,
  r: ProcedureRecord,
  unitId: number,
  existingId: number | null,
  f: UnitProcedureFields,
  audit: ImportAudit,
  now: string,
): number {
  return insertImportedMany(db, [{ record: r, existingId, unit: f }], unitId, audit, now)[0]!;
}

export interface ImportAudit {
  actor: string;
  fileName: string;
  batchId: string;
}

export interface ImportedRecord {
  record: ProcedureRecord;
  /** Another unit's record of the same code, attached instead of a new one. */
  existingId: number | null;
  unit: UnitProcedureFields;
}

/**
 * insertImported for many records, in order: each new procedure is inserted, then each run of records sharing
 * the same unit fields (a list import's all do) is attached and audited by one statement over the run's ids
 * instead of two per record (≈ a quarter of a 10,000-row import's SQLite time). The rows written, their order
 * and their ids are those of calling insertImported for each record in turn.
 */
export function insertImportedMany(
  db: Database,
  items: readonly ImportedRecord[],
  unitId: number,
  audit: ImportAudit,
  now: string,
): number[] {
  const ids = items.map((it) => it.existingId ?? insertProcedure(db, it.record, now));
  attachRuns(db, unitId, ids, unitFieldRuns(items.map((it) => it.unit)), audit, now);
  return ids;
}

/**
 * New procedures of a plain list as the import worker sends them (write-ahead.ts): the head values of each,
 * ready to bind, and their unit fields as runs. They have no parts (channels, steps, …). Their search text is
 * folded here, by the thread that writes them: it waits for the worker anyway.
 */
export interface NewProcedureBatch {
  heads: HeadValues[];
  units: UnitFieldRun[];
}

/** insertImportedMany for a batch of new procedures without parts: the same rows, ids and audit. */
export function insertNewProcedures(
  db: Database,
  batch: NewProcedureBatch,
  unitId: number,
  audit: ImportAudit,
  now: string,
): number[] {
  const ids = batch.heads.map((head) => insertHead(db, head, searchTextOfHead(head), now));
  attachRuns(db, unitId, ids, batch.units, audit, now);
  return ids;
}

/** Attaches `ids` to the unit run by run (runs cover the ids in order) and audits each run as imported. */
function attachRuns(
  db: Database,
  unitId: number,
  ids: readonly number[],
  runs: readonly UnitFieldRun[],
  audit: ImportAudit,
  now: string,
): void {
  let start = 0;
  for (const { count, fields } of runs) {
    const run = ids.slice(start, start + count);
    attachMany(db, unitId, run, fields, now);
    auditStatement(db).run(now, audit.actor, unitId, audit.fileName, audit.batchId, JSON.stringify(run));
    start += count;
  }
  if (start !== ids.length) throw new Error('unit field runs do not cover the records');
}

const auditCache = new WeakMap<Database, Statement>();
function auditStatement(db: Database): Statement {
  let s = auditCache.get(db);
  if (!s) {
    // One "imported" row per procedure of a JSON array of ids, in array order.
    s = db.prepare(
      `INSERT INTO audit_log (at, actor, action, entity, entity_id, procedure_id, unit_id, field, old_value,
         new_value, batch_id)
       SELECT ?, ?, 'import', 'procedure', j.value, j.value, ?, NULL, NULL, ?, ? FROM json_each(?) j ORDER BY j.key`,
    );
    auditCache.set(db, s);
  }
  return s;
}
