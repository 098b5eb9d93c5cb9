import type { Database, Statement } from 'better-sqlite3';
import type { ProcedureRecord, UnitProcedureFields } from '../../electron/shared/domain';
import { PROCEDURE_COLUMNS } from './procedure-columns';
import { foldSearchText, searchTextOf } from './search-text';

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
}

/** The head columns of a procedures row, in PROCEDURE_COLUMNS order, then its search text and timestamps. */
const HEAD_KEYS = Object.keys(PROCEDURE_COLUMNS) as (keyof typeof PROCEDURE_COLUMNS)[];
const COLUMNS = [...Object.values(PROCEDURE_COLUMNS), 'search_text', 'created_at', 'updated_at'];
const PROCEDURE_INSERT = `INSERT INTO procedures (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`;

/**
 * The head values of a record, in HEAD_KEYS order, as the procedures row stores them: plain values, so the
 * import worker can build the rows of a list import and post them to the thread that owns the database.
 */
export type HeadValues = unknown[];

export function headValues(r: ProcedureRecord): HeadValues {
  return HEAD_KEYS.map((k) => (k === 'levels' ? JSON.stringify(r.levels) : r[k]));
}

const at = (k: keyof typeof PROCEDURE_COLUMNS) => HEAD_KEYS.indexOf(k);
const [CODE, NAME, FIELD, EXECUTING, AUTHORITY, SUBJECTS] = (
  ['code', 'name', 'field', 'executingAgencies', 'authorityAgencies', 'subjects'] as const
).map(at) as [number, number, number, number, number, number];

/** searchTextOf a record without steps or documents, from its head values. */
export function searchTextOfHead(v: HeadValues): string {
  const text = (i: number) => v[i] as string;
  return foldSearchText({
    code: text(CODE),
    name: text(NAME),
    field: text(FIELD),
    executingAgencies: text(EXECUTING),
    authorityAgencies: text(AUTHORITY),
    subjects: text(SUBJECTS),
    steps: '',
    docs: '',
  });
}

// Prepared once per connection: imports and the demo seed insert thousands of records in one transaction, and
// preparing each statement per call dominated that time.
const cache = new WeakMap<Database, WriteStatements>();

function statements(db: Database): WriteStatements {
  let s = cache.get(db);
  if (s) return s;
  s = {
    procedure: db.prepare(PROCEDURE_INSERT),
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
  };
  cache.set(db, s);
  return s;
}

/**
 * Inserts one shared procedure record with all its parts (channels, fees, steps, dossier groups and
 * components, legal bases, results) and its folded search text, computed from the record in memory. The caller
 * owns the transaction: imports and the demo seed insert thousands of these in one.
 */
export function insertProcedure(db: Database, r: ProcedureRecord, now = new Date().toISOString()): number {
  const id = insertHead(db, headValues(r), searchTextOf(r), now);
  insertParts(db, id, r);
  return id;
}

/** Inserts one procedures row (headValues, its search text, stamped `now`) without parts; returns its id. */
export function insertHead(db: Database, head: HeadValues, searchText: string, now: string): number {
  return Number(statements(db).procedure.run(...head, searchText, now, now).lastInsertRowid);
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
