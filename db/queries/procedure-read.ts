import type { Database } from 'better-sqlite3';
import type { ProcedureDetail } from '../../electron/shared/contract/inventory';
import type { ProcedureRecord, UnitProcedureFields } from '../../electron/shared/domain';
import { RECORD_HEAD_SQL, UNIT_FIELDS_SQL } from './procedure-columns';

type Detail = ProcedureDetail;

/**
 * A row selected with RECORD_HEAD_SQL and UNIT_FIELDS_SQL: the other columns as they are (`head`), the levels
 * parsed, and the unit's fields with SQLite's 0/1 as booleans.
 */
export function splitHeadRow(row: Record<string, unknown>): {
  head: Record<string, unknown>;
  levels: string[];
  unitFields: UnitProcedureFields;
} {
  const {
    levelsJson,
    onlineLevel,
    legacyLevel,
    oneStop,
    hasInternalProcess,
    dossiersPerYear,
    note,
    ...head
  } = row;
  return {
    head,
    levels: JSON.parse(levelsJson as string) as string[],
    unitFields: {
      onlineLevel: onlineLevel as UnitProcedureFields['onlineLevel'],
      legacyLevel: legacyLevel as number | null,
      oneStop: oneStop === 1,
      hasInternalProcess: hasInternalProcess === 1,
      dossiersPerYear: dossiersPerYear as number | null,
      note: note as string,
    },
  };
}

/** The full record of one procedure as a unit sees it (its local fees replace published ones per channel). */
export function getProcedureDetail(db: Database, unitId: number, procedureId: number): Detail | undefined {
  const p = db
    .prepare(
      `SELECT p.id, up.id AS unitProcedureId, up.unit_id AS unitId, p.version, max(p.updated_at, up.updated_at) AS updatedAt,
              ${RECORD_HEAD_SQL}, ${UNIT_FIELDS_SQL}
       FROM procedures p JOIN unit_procedures up ON up.procedure_id = p.id AND up.unit_id = ?
       WHERE p.id = ?`,
    )
    .get(unitId, procedureId) as Record<string, unknown> | undefined;
  if (!p) return undefined;
  const channels = (
    db
      .prepare(
        `SELECT id, method, time_value AS timeValue, time_unit AS timeUnit, time_text AS timeText, description
         FROM channels WHERE procedure_id = ? ORDER BY ord`,
      )
      .all(procedureId) as Omit<Detail['channels'][number], 'fees'>[]
  ).map((c) => ({ ...c, fees: feesOf(db, c.id, unitId) }));
  const steps = db
    .prepare(
      `SELECT id, title, text, actor, duration_value AS durationValue, duration_unit AS durationUnit
       FROM steps WHERE procedure_id = ? ORDER BY ord`,
    )
    .all(procedureId) as Detail['steps'];
  const componentGroups = (
    db
      .prepare('SELECT id, heading FROM component_groups WHERE procedure_id = ? ORDER BY ord')
      .all(procedureId) as { id: number; heading: string }[]
  ).map((g) => ({
    ...g,
    components: (
      db
        .prepare(
          `SELECT id, name, code, original_qty AS originalQty, copy_qty AS copyQty,
                  copy_requirement AS copyRequirement, form_name AS formName, is_note AS isNote, required
           FROM components WHERE group_id = ? ORDER BY ord`,
        )
        .all(g.id) as (Omit<
        Detail['componentGroups'][number]['components'][number],
        'isNote' | 'required'
      > & {
        isNote: number;
        required: number;
      })[]
    ).map((c) => ({ ...c, isNote: c.isNote === 1, required: c.required === 1 })),
  }));
  const legalBases = db
    .prepare(
      `SELECT id, code, name, issuer, issued_date AS issuedDate, effective_date AS effectiveDate
       FROM legal_bases WHERE procedure_id = ? ORDER BY ord`,
    )
    .all(procedureId) as Detail['legalBases'];
  const results = db
    .prepare('SELECT id, name, code FROM procedure_results WHERE procedure_id = ? ORDER BY ord')
    .all(procedureId) as Detail['results'];
  const { head, levels, unitFields } = splitHeadRow(p);
  return {
    ...(head as Omit<
      Detail,
      'levels' | 'channels' | 'steps' | 'componentGroups' | 'legalBases' | 'results' | 'unitFields'
    >),
    levels,
    channels,
    steps,
    componentGroups,
    legalBases,
    results,
    unitFields,
  };
}

function feesOf(db: Database, channelId: number, unitId: number): Detail['channels'][number]['fees'] {
  const rows = db
    .prepare(
      `SELECT id, kind, amount, set_by AS setBy, currency, per_unit AS perUnit, text, unit_id AS feeUnit
       FROM fees WHERE channel_id = ? AND (unit_id IS NULL OR unit_id = ?) ORDER BY ord`,
    )
    .all(channelId, unitId) as (Detail['channels'][number]['fees'][number] & { feeUnit: number | null })[];
  const local = rows.some((r) => r.feeUnit !== null);
  return rows.filter((r) => (local ? r.feeUnit !== null : true)).map(({ feeUnit: _unused, ...f }) => f);
}

/** Strips ids: the record as it would be exported, versioned or compared. */
export function detailToRecord(d: Detail): ProcedureRecord {
  const strip = <T extends { id: number }>({ id: _id, ...rest }: T) => rest;
  return {
    code: d.code,
    name: d.name,
    field: d.field,
    fieldCode: d.fieldCode,
    kind: d.kind,
    levels: d.levels,
    subjects: d.subjects,
    executingAgencies: d.executingAgencies,
    authorityAgencies: d.authorityAgencies,
    coordinatingAgencies: d.coordinatingAgencies,
    authorizedAgencies: d.authorizedAgencies,
    receivingAddress: d.receivingAddress,
    issuingAgency: d.issuingAgency,
    conditions: d.conditions,
    decisionNo: d.decisionNo,
    decisionDate: d.decisionDate,
    status: d.status,
    legacyCode: d.legacyCode,
    source: d.source,
    channels: d.channels.map((c) => ({ ...strip(c), fees: c.fees.map(strip) })),
    steps: d.steps.map(strip),
    componentGroups: d.componentGroups.map((g) => ({ ...strip(g), components: g.components.map(strip) })),
    legalBases: d.legalBases.map(strip),
    results: d.results.map(strip),
  };
}
