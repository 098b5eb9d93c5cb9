import type { Database } from 'better-sqlite3';
import type { AuditEntry } from '../../electron/shared/contract/inventory';

/** Audit rows newest first, with the procedure's current code (history tab per procedure and global log). */
export function listAuditWithCodes(
  db: Database,
  f: {
    procedureId?: number | undefined;
    unitId?: number | undefined;
    beforeId?: number | undefined;
    limit: number;
  },
): AuditEntry[] {
  const where: string[] = [];
  const args: number[] = [];
  const add = (sql: string, value: number | undefined) => {
    if (value === undefined) return;
    where.push(sql);
    args.push(value);
  };
  add('a.procedure_id = ?', f.procedureId);
  add('(a.unit_id = ? OR a.unit_id IS NULL)', f.unitId);
  add('a.id < ?', f.beforeId);
  return db
    .prepare(
      `SELECT a.id, a.at, a.actor, a.action, a.entity, a.entity_id AS entityId, a.procedure_id AS procedureId,
              a.unit_id AS unitId, a.field, a.old_value AS oldValue, a.new_value AS newValue, a.batch_id AS batchId,
              p.code AS procedureCode
       FROM audit_log a LEFT JOIN procedures p ON p.id = a.procedure_id
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY a.id DESC LIMIT ?`,
    )
    .all(...args, f.limit) as AuditEntry[];
}
