import type { Database } from 'better-sqlite3';
import type { EditableField } from '../../electron/shared/contract/inventory';
import { PROCEDURE_COLUMNS, UNIT_PROCEDURE_COLUMNS } from './procedure-columns';
import { refreshSearchText } from './search-text';

type Scalar = string | number | null;

/** Where each editable field lives: the shared record or the unit's inventory row (column maps in procedure-columns.ts). */
export function fieldColumn(field: EditableField): {
  table: 'procedures' | 'unit_procedures';
  column: string;
} {
  return field in UNIT_PROCEDURE_COLUMNS
    ? {
        table: 'unit_procedures',
        column: UNIT_PROCEDURE_COLUMNS[field as keyof typeof UNIT_PROCEDURE_COLUMNS],
      }
    : { table: 'procedures', column: PROCEDURE_COLUMNS[field as keyof typeof PROCEDURE_COLUMNS] };
}

export function readField(db: Database, unitProcedureId: number, field: EditableField): Scalar {
  const { table, column } = fieldColumn(field);
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
  const { table, column } = fieldColumn(field);
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
