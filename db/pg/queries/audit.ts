import type { Pg } from './types';
import { iso } from './types';

export interface PgAuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityKey?: string | null;
  detail?: Record<string, unknown>;
  remote?: string | null;
}

/** Appends one row to the append-only audit log (in the caller's transaction when given a client). */
export async function appendPgAudit(pg: Pg, e: PgAuditEntry): Promise<void> {
  await pg.query(
    'INSERT INTO audit_log (actor, action, entity, entity_key, detail, remote) VALUES ($1, $2, $3, $4, $5, $6)',
    [e.actor, e.action, e.entity, e.entityKey ?? null, JSON.stringify(e.detail ?? {}), e.remote ?? null],
  );
}

export async function listPgAudit(pg: Pg, limit: number) {
  const { rows } = await pg.query<{
    id: string;
    at: Date;
    actor: string;
    action: string;
    entity: string;
    entity_key: string | null;
    detail: unknown;
    remote: string | null;
  }>(
    'SELECT id, at, actor, action, entity, entity_key, detail, remote FROM audit_log ORDER BY id DESC LIMIT $1',
    [limit],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    at: iso(r.at)!,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityKey: r.entity_key,
    detail: JSON.stringify(r.detail),
    remote: r.remote,
  }));
}
