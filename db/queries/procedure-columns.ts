import type { ProcedureRecord, UnitProcedureFields } from '../../electron/shared/domain';

/** Where each head field of a procedure record is stored (camelCase property → column of `procedures`). */
export const PROCEDURE_COLUMNS = {
  code: 'code',
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
} as const satisfies Partial<Record<keyof ProcedureRecord, string>>;

/** Where each per-unit field is stored (property → column of `unit_procedures`). */
export const UNIT_PROCEDURE_COLUMNS = {
  onlineLevel: 'online_level',
  legacyLevel: 'legacy_level',
  oneStop: 'one_stop',
  hasInternalProcess: 'has_internal_process',
  dossiersPerYear: 'dossiers_per_year',
  note: 'note',
} as const satisfies Record<keyof UnitProcedureFields, string>;

const UNIT_KEYS = Object.keys(UNIT_PROCEDURE_COLUMNS) as (keyof UnitProcedureFields)[];

/** Consecutive records attached to a unit with equal unit fields (a list import's records all are). */
export interface UnitFieldRun {
  count: number;
  fields: UnitProcedureFields;
}

/** Splits the unit fields of records, in order, into runs of equal fields (one attach statement each). */
export function unitFieldRuns(all: readonly UnitProcedureFields[]): UnitFieldRun[] {
  const runs: UnitFieldRun[] = [];
  let last: UnitFieldRun | undefined;
  for (const f of all) {
    if (last && UNIT_KEYS.every((k) => last!.fields[k] === f[k])) last.count++;
    else runs.push((last = { count: 1, fields: f }));
  }
  return runs;
}

/** PROCEDURE_COLUMNS as a select list of `procedures p`, named as the record's properties (levels as `levelsJson`). */
export const RECORD_HEAD_SQL = Object.entries(PROCEDURE_COLUMNS)
  .map(([property, column]) => `p.${column} AS ${property === 'levels' ? 'levelsJson' : property}`)
  .join(', ');

/** UNIT_PROCEDURE_COLUMNS as a select list of `unit_procedures up`, named as the unit fields' properties. */
export const UNIT_FIELDS_SQL = Object.entries(UNIT_PROCEDURE_COLUMNS)
  .map(([property, column]) => `up.${column} AS ${property}`)
  .join(', ');
