/**
 * "Rà soát trên phiên bản cũ": a review started on version N of a record whose text has since moved on (a
 * publication decision, a national update). The reviewer sees what changed and confirms the review still holds
 * (it now refers to the current version) or redoes it (its proposals are cleared and it starts over).
 */
import type { Database } from 'better-sqlite3';
import { appendAudit } from '../../../db/queries/audit';
import { getItem, type ItemRow } from '../../../db/queries/review-campaigns';
import type { ProcedureDetail } from '../../shared/contract/inventory';
import type { RecordChange } from '../../shared/contract/review';
import type { BackendContext } from '../context';
import { recordChanges } from './record-diff';

const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Head fields and parts that differ between the kept version and the live record. */
export function versionChanges(before: ProcedureDetail, after: ProcedureDetail): RecordChange[] {
  const out: RecordChange[] = [];
  for (const part of ['name', 'field', 'executingAgencies', 'decisionNo'] as const)
    if (before[part] !== after[part])
      out.push({ kind: 'changed', part, before: short(before[part]), after: short(after[part]) });
  const bases = (d: ProcedureDetail) => new Set(d.legalBases.map((l) => l.code || l.name));
  const had = bases(before);
  for (const l of after.legalBases)
    if (!had.has(l.code || l.name))
      out.push({ kind: 'added', part: 'legal', before: '', after: short(l.code || l.name) });
  return [...out, ...recordChanges(before, after)];
}

export function outdatedChanges(db: Database, item: ItemRow, live: ProcedureDetail): RecordChange[] {
  if (item.status === 'IMPLEMENTED' || item.baseVersion === null || item.version <= item.baseVersion)
    return [];
  const row = db
    .prepare('SELECT snapshot_json AS s FROM procedure_versions WHERE procedure_id = ? AND version = ?')
    .get(item.procedureId, item.baseVersion) as { s: string } | undefined;
  if (!row) return [];
  return versionChanges(JSON.parse(row.s) as ProcedureDetail, live);
}

/** Confirm (the review holds on the current text) or redo (proposals cleared, back to "đang rà soát"). */
export function settleOutdated(ctx: BackendContext, itemId: number, redo: boolean): void {
  const db = ctx.db;
  const item = getItem(db, itemId)!;
  db.transaction(() => {
    db.prepare('UPDATE campaign_items SET base_version = ?, updated_at = ? WHERE id = ?').run(
      item.version,
      new Date().toISOString(),
      itemId,
    );
    if (redo) {
      db.prepare('DELETE FROM review_marks WHERE item_id = ?').run(itemId);
      db.prepare(
        "UPDATE campaign_items SET status = 'IN_PROGRESS', approved_by = NULL, approved_at = NULL WHERE id = ?",
      ).run(itemId);
    }
    appendAudit(db, {
      actor: ctx.actor(),
      action: redo ? 'redo-review' : 'confirm-review',
      entity: 'campaign_item',
      entityId: itemId,
      procedureId: item.procedureId,
      unitId: item.unitId,
      field: 'base_version',
      oldValue: item.baseVersion,
      newValue: item.version,
    });
  }).immediate();
}
