import type { Database } from 'better-sqlite3';
import { existingCodes, readExisting, type ExistingProcedure } from '../../../db/queries/import-records';
import type { ProcedureRecord, UnitProcedureFields } from '../../shared/domain';
import { DEFAULT_UNIT_FIELDS } from '../../shared/dvcqg/record-parser';
import { isRejected, type Candidate } from './list-rows';
import { newRecordOf } from './new-records';

/**
 * Compares what the file says with what the database holds, per procedure, for the fields the file provides
 * (a column the file does not have never blanks stored data). Pure with respect to the database: reads only.
 */
export type RowStatus = 'new' | 'updated' | 'unchanged' | 'rejected';

export interface FieldDiff {
  field: string;
  old: unknown;
  new: unknown;
}

export interface PlannedRow {
  candidate: Candidate;
  status: RowStatus;
  existing: ExistingProcedure | null;
  /** The full record and unit fields as they will be stored if this row is applied. */
  merged: ProcedureRecord | null;
  mergedUnit: UnitProcedureFields | null;
  recordChanges: (keyof ProcedureRecord)[];
  unitChanges: (keyof UnitProcedureFields)[];
  diffs: FieldDiff[];
}

const PART_KEYS = ['channels', 'steps', 'componentGroups', 'legalBases', 'results'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const isBlank = (v: unknown) => v === '' || v === null || (Array.isArray(v) && v.length === 0);

function withoutBlanks<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => !isBlank(v))) as Partial<T>;
}

export function planRows(db: Database, unitId: number, candidates: Candidate[]): PlannedRow[] {
  // One query finds which codes exist; only those are read in full.
  const known = existingCodes(
    db,
    candidates.filter((c) => !isRejected(c)).map((c) => c.code),
  );
  // Written out rather than spread from a common base: 10,000 rows are planned on the import's critical path.
  const row = (
    c: Candidate,
    status: RowStatus,
    merged: ProcedureRecord | null,
    mergedUnit: UnitProcedureFields | null,
  ): PlannedRow => ({
    candidate: c,
    recordChanges: [],
    unitChanges: [],
    diffs: [],
    status,
    existing: null,
    merged,
    mergedUnit,
  });
  return candidates.map((c): PlannedRow => {
    if (isRejected(c)) return row(c, 'rejected', null, null);
    const existing = known.has(c.code)
      ? readExisting(
          db,
          unitId,
          c.code,
          PART_KEYS.some((k) => k in c.record),
        )
      : null;
    if (!existing) {
      const { merged, mergedUnit } = newRecordOf(c);
      return row(c, 'new', merged, mergedUnit);
    }
    const given = { ...c.record, code: c.code } as Partial<ProcedureRecord>;
    // A blank cell never erases stored data: officers' files often leave columns empty that the app has filled.
    const merged = { ...existing.record, ...withoutBlanks(given) };
    const recordChanges = (Object.keys(given) as (keyof ProcedureRecord)[]).filter(
      (k) => k !== 'code' && !same(existing.record[k], merged[k]),
    );
    const unitBase = existing.unitFields ?? DEFAULT_UNIT_FIELDS;
    const mergedUnit = { ...unitBase, ...withoutBlanks(c.unit) };
    const unitChanges = existing.unitFields
      ? (Object.keys(c.unit) as (keyof UnitProcedureFields)[]).filter(
          (k) => !same(unitBase[k], mergedUnit[k]),
        )
      : [];
    const diffs: FieldDiff[] = [
      ...recordChanges.map((k) => ({ field: k, old: existing.record[k], new: merged[k] })),
      ...unitChanges.map((k) => ({ field: k, old: unitBase[k], new: mergedUnit[k] })),
    ];
    const status: RowStatus = diffs.length
      ? 'updated'
      : existing.unitProcedureId === null
        ? 'new'
        : 'unchanged';
    return { candidate: c, status, existing, merged, mergedUnit, recordChanges, unitChanges, diffs };
  });
}

export interface PlanSummary {
  total: number;
  new: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export function summarise(rows: PlannedRow[]): PlanSummary {
  const s: PlanSummary = { total: rows.length, new: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const r of rows) s[r.status]++;
  return s;
}
