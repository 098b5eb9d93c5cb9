import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../../db/queries/audit';
import { findUnitProcedure, getInventoryRow } from '../../../db/queries/inventory-read';
import { detailToRecord, getProcedureDetail } from '../../../db/queries/procedure-read';
import { attachToUnit, insertProcedure } from '../../../db/queries/procedure-write';
import type { InventoryRow } from '../../shared/contract/inventory';
import { PROCEDURE_CODE_RE } from '../../shared/domain';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import { applyCells } from './cells';
import { track } from './history';
import './messages';

const what = (ctx: BackendContext) => (ctx.locale === 'vi' ? 'thủ tục' : 'procedure');

/** "Thêm thủ tục": a new shared record (or the existing national one) in this unit's inventory. */
export function createProcedure(
  ctx: BackendContext,
  unitId: number,
  code: string,
  name: string,
): InventoryRow {
  const { created } = applyCells(ctx, { unitId, kind: 'create', cells: [], newRows: [{ code, name }] });
  return created[0]!;
}

/** The first free `<code>.BS`, `<code>.BS2`, … (a valid code: suffixes are allowed after d.dddddd). */
function copyCode(ctx: BackendContext, code: string): string {
  const base = `${code}.BS`;
  let candidate = base;
  for (let i = 2; ctx.db.prepare('SELECT 1 FROM procedures WHERE code = ?').get(candidate); i++)
    candidate = `${base}${i}`;
  return candidate;
}

export function duplicateProcedure(
  ctx: BackendContext,
  unitId: number,
  procedureId: number,
  code?: string,
): InventoryRow {
  const db = ctx.db;
  const detail = getProcedureDetail(db, unitId, procedureId);
  if (!detail) throw new ApiFailure('NOT_FOUND', { what: what(ctx) });
  const newCode = code?.trim() || copyCode(ctx, detail.code);
  if (!PROCEDURE_CODE_RE.test(newCode)) throw new ApiFailure('INVALID_CODE', { value: newCode });
  if (db.prepare('SELECT 1 FROM procedures WHERE code = ?').get(newCode))
    throw new ApiFailure('CONFLICT', { what: `Mã TTHC ${newCode}` });
  const upId = track(ctx, { kind: 'duplicate', unitId, withParts: true }, (t) => {
    const pid = insertProcedure(db, { ...detailToRecord(detail), code: newCode, source: 'duplicate' });
    t.created(pid);
    const id = attachToUnit(db, unitId, pid, detail.unitFields);
    appendAudit(db, {
      actor: ctx.actor(),
      action: 'create',
      entity: 'procedure',
      entityId: pid,
      procedureId: pid,
      unitId,
      field: 'duplicateOf',
      oldValue: detail.code,
      newValue: newCode,
    });
    return id;
  });
  return getInventoryRow(db, upId)!;
}

type Move = 'trash' | 'restore' | 'purge';

/**
 * Trash (deleted_at set), restore (cleared) or purge (the unit's row removed; the shared record too when no
 * other unit uses it). One undo step for the whole selection; purge is undoable too while the session lasts.
 */
export function moveProcedures(
  ctx: BackendContext,
  move: Move,
  unitId: number,
  procedureIds: number[],
): number {
  const db = ctx.db;
  const ids = [...new Set(procedureIds)];
  const ups = ids.map((pid) => {
    const up = findUnitProcedure(db, unitId, pid);
    if (!up) throw new ApiFailure('NOT_FOUND', { what: what(ctx) });
    if (move !== 'trash' && !up.deletedAt) {
      const code = (db.prepare('SELECT code FROM procedures WHERE id = ?').get(pid) as { code: string }).code;
      throw new ApiFailure('NOT_IN_TRASH', { code });
    }
    return { pid, up };
  });
  const batchId = randomUUID();
  const now = new Date().toISOString();
  let count = 0;
  track(ctx, { kind: move, unitId, withParts: move === 'purge', count: ids.length }, (t) => {
    for (const { pid, up } of ups) {
      if (move === 'trash' && up.deletedAt) continue;
      t.touch(pid);
      const code = (db.prepare('SELECT code FROM procedures WHERE id = ?').get(pid) as { code: string }).code;
      if (move === 'purge') {
        db.prepare('DELETE FROM unit_procedures WHERE id = ?').run(up.id);
        if (!db.prepare('SELECT 1 FROM unit_procedures WHERE procedure_id = ?').get(pid))
          db.prepare('DELETE FROM procedures WHERE id = ?').run(pid);
      } else {
        db.prepare('UPDATE unit_procedures SET deleted_at = ?, updated_at = ? WHERE id = ?').run(
          move === 'trash' ? now : null,
          now,
          up.id,
        );
      }
      appendAudit(db, {
        actor: ctx.actor(),
        action: move === 'trash' ? 'delete' : move,
        entity: 'unit_procedure',
        entityId: up.id,
        procedureId: pid,
        unitId,
        field: null,
        oldValue: code,
        newValue: null,
        batchId,
      });
      count++;
    }
  });
  return count;
}
