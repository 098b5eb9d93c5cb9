import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../../db/queries/audit';
import {
  insertImportedMany,
  updateProcedure,
  updateUnitFields,
  type ImportedRecord,
} from '../../../db/queries/import-records';
import { attachToUnit } from '../../../db/queries/procedure-write';
import { ProcedureRecord, UnitProcedureFields } from '../../shared/domain';
import type { PlannedRow } from './dry-run';
import { quickRecordCheck, quickUnitCheck } from './quick-check';

export interface CommitCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Changed records the user did not accept: left exactly as they are. */
  conflicts: number;
  rejected: number;
}

/**
 * Writes a plan in ONE transaction: new procedures inserted and attached, accepted updates applied field by
 * field with an audit row each; everything else untouched. Any exception rolls the whole file back.
 */
export function commitPlan(
  db: Database,
  unitId: number,
  rows: PlannedRow[],
  accepted: (code: string) => boolean,
  actor: string,
  fileName: string,
): CommitCounts & { batchId: string } {
  const batchId = randomUUID();
  const counts: CommitCounts = { created: 0, updated: 0, unchanged: 0, conflicts: 0, rejected: 0 };
  const now = new Date().toISOString();
  const audit = { actor, fileName, batchId };
  db.transaction(() => {
    // New records are written in runs (insertImportedMany), each run before the next update, so every row
    // lands in the order of the plan.
    let pending: ImportedRecord[] = [];
    const flush = () => {
      if (pending.length) insertImportedMany(db, pending, unitId, audit, now);
      pending = [];
    };
    for (const row of rows) {
      const code = row.candidate.code;
      if (row.status === 'rejected') counts.rejected++;
      else if (row.status === 'unchanged') counts.unchanged++;
      else if (row.status === 'updated' && !accepted(code)) counts.conflicts++;
      else if (row.status === 'new') {
        // Validated against the domain schema here so a malformed value can never reach the database: by the
        // quick check when it vouches for the record (the schema would accept it unchanged), else by the schema.
        pending.push({
          record: row.merged && quickRecordCheck(row.merged) ? row.merged : ProcedureRecord.parse(row.merged),
          existingId: row.existing?.procedureId ?? null,
          unit:
            row.mergedUnit && quickUnitCheck(row.mergedUnit)
              ? row.mergedUnit
              : UnitProcedureFields.parse(row.mergedUnit),
        });
        counts.created++;
      } else {
        flush();
        const existing = row.existing!;
        const record = ProcedureRecord.parse(row.merged);
        const unit = UnitProcedureFields.parse(row.mergedUnit);
        updateProcedure(db, existing.procedureId, row.recordChanges, record, now);
        if (existing.unitProcedureId === null) attachToUnit(db, unitId, existing.procedureId, unit, now);
        else updateUnitFields(db, existing.unitProcedureId, row.unitChanges, unit, now);
        for (const d of row.diffs)
          appendAudit(
            db,
            {
              actor,
              action: 'import',
              entity: 'procedure',
              entityId: existing.procedureId,
              procedureId: existing.procedureId,
              unitId,
              field: d.field,
              oldValue: d.old,
              newValue: d.new,
              batchId,
            },
            now,
          );
        counts.updated++;
      }
    }
    flush();
  }).immediate();
  return { ...counts, batchId };
}
