import type { Database } from 'better-sqlite3';

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId?: number | null;
  procedureId?: number | null;
  unitId?: number | null;
  field?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
  batchId?: string | null;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  procedureId: number | null;
  unitId: number | null;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  batchId: string | null;
}

const asText = (v: unknown): string | null =>
  v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v);

/** Appends one audit row. The table refuses UPDATE and DELETE (triggers), so history cannot be rewritten. */
export function appendAudit(db: Database, e: AuditEntry, at = new Date().toISOString()): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, procedure_id, unit_id, field, old_value, new_value, batch_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at,
    e.actor,
    e.action,
    e.entity,
    e.entityId ?? null,
    e.procedureId ?? null,
    e.unitId ?? null,
    e.field ?? null,
    asText(e.oldValue),
    asText(e.newValue),
    e.batchId ?? null,
  );
}

export function listAudit(
  db: Database,
  filter: { procedureId?: number; limit?: number; beforeId?: number } = {},
): AuditRow[] {
  const where: string[] = [];
  const args: (number | string)[] = [];
  if (filter.procedureId !== undefined) {
    where.push('procedure_id = ?');
    args.push(filter.procedureId);
  }
  if (filter.beforeId !== undefined) {
    where.push('id < ?');
    args.push(filter.beforeId);
  }
  args.push(filter.limit ?? 500);
  return db
    .prepare(
      `SELECT id, at, actor, action, entity, entity_id AS entityId, procedure_id AS procedureId, unit_id AS unitId,
              field, old_value AS oldValue, new_value AS newValue, batch_id AS batchId
       FROM audit_log ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT ?`,
    )
    .all(...args) as AuditRow[];
}
