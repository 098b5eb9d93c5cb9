import type { Database, Statement } from 'better-sqlite3';
import type { ProcedureRecord, UnitProcedureFields } from '../../electron/shared/domain';
import { searchTextOf } from './search-text';

interface WriteStatements {
  procedure: Statement;
  channel: Statement;
  fee: Statement;
  step: Statement;
  group: Statement;
  component: Statement;
  legal: Statement;
  result: Statement;
  attach: Statement;
  /** Multi-row inserts of procedures (insertProcedures), by their number of rows. */
  procedureRows: Map<number, Statement>;
}

const PROCEDURE_INSERT = `INSERT INTO procedures (code, name, field, field_code, kind, levels_json, subjects,
  executing_agencies, authority_agencies, coordinating_agencies, authorized_agencies, receiving_address,
  issuing_agency, conditions, decision_no, decision_date, status, legacy_code, source, search_text, created_at,
  updated_at)`;
const PROCEDURE_ROW = `(${Array(22).fill('?').join(', ')})`;

/** The procedures row of a record, in PROCEDURE_INSERT's column order. */
function procedureRow(r: ProcedureRecord, searchText: string, now: string): unknown[] {
  return [
    r.code,
    r.name,
    r.field,
    r.fieldCode,
    r.kind,
    JSON.stringify(r.levels),
    r.subjects,
    r.executingAgencies,
    r.authorityAgencies,
    r.coordinatingAgencies,
    r.authorizedAgencies,
    r.receivingAddress,
    r.issuingAgency,
    r.conditions,
    r.decisionNo,
    r.decisionDate,
    r.status,
    r.legacyCode,
    r.source,
    searchText,
    now,
    now,
  ];
}

// Prepared once per connection: imports and the demo seed insert thousands of records in one transaction, and
// preparing each statement per call dominated that time.
const cache = new WeakMap<Database, WriteStatements>();

function statements(db: Database): WriteStatements {
  let s = cache.get(db);
  if (s) return s;
  s = {
    procedure: db.prepare(`${PROCEDURE_INSERT} VALUES ${PROCEDURE_ROW}`),
    channel: db.prepare(
      `INSERT INTO channels (procedure_id, ord, method, time_value, time_unit, time_text, description)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    fee: db.prepare(
      `INSERT INTO fees (channel_id, unit_id, ord, kind, amount, set_by, currency, per_unit, text)
       VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    step: db.prepare(
      `INSERT INTO steps (procedure_id, ord, title, text, actor, duration_value, duration_unit)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    group: db.prepare('INSERT INTO component_groups (procedure_id, ord, heading) VALUES (?, ?, ?)'),
    component: db.prepare(
      `INSERT INTO components (group_id, ord, name, code, original_qty, copy_qty, copy_requirement, form_name,
         is_note, required) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    legal: db.prepare(
      `INSERT INTO legal_bases (procedure_id, ord, code, name, issuer, issued_date, effective_date)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    result: db.prepare('INSERT INTO procedure_results (procedure_id, ord, name, code) VALUES (?, ?, ?, ?)'),
    // Attaches the procedures of a JSON array of ids, in array order (one statement for a whole import run).
    attach: db.prepare(
      `INSERT INTO unit_procedures (unit_id, procedure_id, online_level, legacy_level, one_stop,
         has_internal_process, dossiers_per_year, note, created_at, updated_at)
       SELECT ?, j.value, ?, ?, ?, ?, ?, ?, ?, ? FROM json_each(?) j ORDER BY j.key`,
    ),
    procedureRows: new Map(),
  };
  cache.set(db, s);
  return s;
}

/**
 * Inserts one shared procedure record with all its parts (channels, fees, steps, dossier groups and
 * components, legal bases, results) and its folded search text, computed from the record in memory. The caller
 * owns the transaction: imports and the demo seed insert thousands of these in one.
 */
export function insertProcedure(
  db: Database,
  r: ProcedureRecord,
  now = new Date().toISOString(),
  /** searchTextOf(r) when the caller has computed it already (imports fold it while the file is read). */
  searchText = searchTextOf(r),
): number {
  const id = Number(statements(db).procedure.run(...procedureRow(r, searchText, now)).lastInsertRowid);
  insertParts(db, id, r);
  return id;
}

/** Rows per multi-row INSERT: one statement for 25 records costs ≈ 30 % less than 25 statements. */
const ROWS_PER_INSERT = 25;

function insertRows(db: Database, k: number): Statement {
  const byCount = statements(db).procedureRows;
  let st = byCount.get(k);
  if (!st) {
    st = db
      .prepare(`${PROCEDURE_INSERT} VALUES ${Array(k).fill(PROCEDURE_ROW).join(', ')} RETURNING code, id`)
      .raw();
    byCount.set(k, st);
  }
  return st;
}

/**
 * insertProcedure for many records (imports), in order, with multi-row INSERTs; returns their ids in the same
 * order. Each id is looked up by its record's code (unique in the table), not by the order SQLite returns rows.
 */
export function insertProcedures(
  db: Database,
  items: readonly { record: ProcedureRecord; searchText?: string | undefined }[],
  now = new Date().toISOString(),
): number[] {
  const ids: number[] = [];
  for (let start = 0; start < items.length; start += ROWS_PER_INSERT) {
    const group = items.slice(start, start + ROWS_PER_INSERT);
    const values = group.flatMap((it) =>
      procedureRow(it.record, it.searchText ?? searchTextOf(it.record), now),
    );
    const idOf = new Map(
      (insertRows(db, group.length).all(...values) as [string, number][]).map(([c, id]) => [c, id]),
    );
    for (const it of group) {
      const id = idOf.get(it.record.code)!;
      insertParts(db, id, it.record);
      ids.push(id);
    }
  }
  return ids;
}

/** Writes the child rows of a record (used on insert and when a whole record is replaced by an import). */
export function insertParts(db: Database, procedureId: number, r: ProcedureRecord): void {
  // A list import's records have no parts: nothing to look up or loop over for them.
  if (
    !r.channels.length &&
    !r.steps.length &&
    !r.componentGroups.length &&
    !r.legalBases.length &&
    !r.results.length
  )
    return;
  const s = statements(db);
  r.channels.forEach((c, i) => {
    const channelId = s.channel.run(
      procedureId,
      i + 1,
      c.method,
      c.timeValue,
      c.timeUnit,
      c.timeText,
      c.description,
    ).lastInsertRowid;
    c.fees.forEach((f, j) =>
      s.fee.run(channelId, j + 1, f.kind, f.amount, f.setBy, f.currency, f.perUnit, f.text),
    );
  });
  r.steps.forEach((x, i) =>
    s.step.run(procedureId, i + 1, x.title, x.text, x.actor, x.durationValue, x.durationUnit),
  );
  r.componentGroups.forEach((g, i) => {
    const groupId = s.group.run(procedureId, i + 1, g.heading).lastInsertRowid;
    g.components.forEach((c, j) =>
      s.component.run(
        groupId,
        j + 1,
        c.name,
        c.code,
        c.originalQty,
        c.copyQty,
        c.copyRequirement,
        c.formName,
        c.isNote ? 1 : 0,
        c.required ? 1 : 0,
      ),
    );
  });
  r.legalBases.forEach((l, i) =>
    s.legal.run(procedureId, i + 1, l.code, l.name, l.issuer, l.issuedDate, l.effectiveDate),
  );
  r.results.forEach((x, i) => s.result.run(procedureId, i + 1, x.name, x.code));
}

/** Removes the child rows of a record (before insertParts replaces them). */
export function deleteParts(db: Database, procedureId: number): void {
  for (const table of ['channels', 'steps', 'component_groups', 'legal_bases', 'procedure_results'])
    db.prepare(`DELETE FROM ${table} WHERE procedure_id = ?`).run(procedureId);
}

export function attachToUnit(
  db: Database,
  unitId: number,
  procedureId: number,
  f: UnitProcedureFields,
  now = new Date().toISOString(),
): number {
  return attachMany(db, unitId, [procedureId], f, now);
}

/** Attaches procedures to a unit with the same unit fields, in the order given; returns the last row's id. */
export function attachMany(
  db: Database,
  unitId: number,
  procedureIds: readonly number[],
  f: UnitProcedureFields,
  now = new Date().toISOString(),
): number {
  return Number(
    statements(db).attach.run(
      unitId,
      f.onlineLevel,
      f.legacyLevel,
      f.oneStop ? 1 : 0,
      f.hasInternalProcess ? 1 : 0,
      f.dossiersPerYear,
      f.note,
      now,
      now,
      JSON.stringify(procedureIds),
    ).lastInsertRowid,
  );
}
