import type { Database } from 'better-sqlite3';
import type { EditableField } from '../../electron/shared/contract/inventory';
import { refreshSearchText } from './search-text';

type Scalar = string | number | null;

/** Where each editable field lives: the shared record or the unit's inventory row. */
export const FIELD_COLUMNS: Record<
  EditableField,
  { table: 'procedures' | 'unit_procedures'; column: string }
> = {
  code: { table: 'procedures', column: 'code' },
  name: { table: 'procedures', column: 'name' },
  field: { table: 'procedures', column: 'field' },
  kind: { table: 'procedures', column: 'kind' },
  subjects: { table: 'procedures', column: 'subjects' },
  executingAgencies: { table: 'procedures', column: 'executing_agencies' },
  authorityAgencies: { table: 'procedures', column: 'authority_agencies' },
  coordinatingAgencies: { table: 'procedures', column: 'coordinating_agencies' },
  conditions: { table: 'procedures', column: 'conditions' },
  decisionNo: { table: 'procedures', column: 'decision_no' },
  decisionDate: { table: 'procedures', column: 'decision_date' },
  onlineLevel: { table: 'unit_procedures', column: 'online_level' },
  dossiersPerYear: { table: 'unit_procedures', column: 'dossiers_per_year' },
  oneStop: { table: 'unit_procedures', column: 'one_stop' },
  note: { table: 'unit_procedures', column: 'note' },
};

export function readField(db: Database, unitProcedureId: number, field: EditableField): Scalar {
  const { table, column } = FIELD_COLUMNS[field];
  const sql =
    table === 'procedures'
      ? `SELECT p.${column} AS v FROM procedures p JOIN unit_procedures up ON up.procedure_id = p.id WHERE up.id = ?`
      : `SELECT ${column} AS v FROM unit_procedures WHERE id = ?`;
  return (db.prepare(sql).get(unitProcedureId) as { v: Scalar } | undefined)?.v ?? null;
}

/** Writes one already-validated value; bumps updated_at; keeps the folded search text in step. */
export function writeField(
  db: Database,
  unitProcedureId: number,
  procedureId: number,
  field: EditableField,
  value: Scalar,
  now = new Date().toISOString(),
): void {
  const { table, column } = FIELD_COLUMNS[field];
  if (table === 'procedures') {
    db.prepare(`UPDATE procedures SET ${column} = ?, updated_at = ? WHERE id = ?`).run(
      value,
      now,
      procedureId,
    );
    refreshSearchText(db, procedureId);
  } else {
    db.prepare(`UPDATE unit_procedures SET ${column} = ?, updated_at = ? WHERE id = ?`).run(
      value,
      now,
      unitProcedureId,
    );
  }
}
