import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../../db/queries/audit';
import { findUnitProcedure, getInventoryRow } from '../../../db/queries/inventory-read';
import { readField, writeField } from '../../../db/queries/procedure-fields';
import { attachToUnit, insertProcedure } from '../../../db/queries/procedure-write';
import type { EditableField, HistoryKind, InventoryRow } from '../../shared/contract/inventory';
import type { ParsedInputOf } from '../../shared/contract';
import { emptyRecord } from '../../shared/domain';
import { renderError } from '../../shared/errors';
import { ApiFailure } from '../api-failure';
import { requireUnit } from './units';
import type { BackendContext } from '../context';
import { coerceField, fieldLabel } from './field-rules';
import { track } from './history';
import './messages';
import { DEFAULT_UNIT_FIELDS } from '../../shared/dvcqg/record-parser';

type Scalar = string | number | null;
type Input = Omit<ParsedInputOf<'procedures.applyCells'>, 'kind'> & { kind: HistoryKind };

/** Validates one value; a refusal names the row (1-based, in the pasted block) and the column. */
function coerceAt(
  ctx: BackendContext,
  wrap: boolean,
  row: number,
  field: EditableField,
  value: Scalar | boolean,
): Scalar {
  try {
    return coerceField(field, value);
  } catch (e) {
    if (!(e instanceof ApiFailure) || !wrap) throw e;
    throw new ApiFailure('CELL_INVALID', {
      row,
      column: fieldLabel(field, ctx.locale),
      message: renderError(e.code, e.params, ctx.locale),
    });
  }
}

function refuseCodeClash(
  ctx: BackendContext,
  wrap: boolean,
  code: string,
  exceptId: number | null,
  row: number,
): void {
  const clash = ctx.db
    .prepare('SELECT id FROM procedures WHERE code = ? AND id IS NOT ?')
    .get(code, exceptId);
  if (clash && !wrap) throw new ApiFailure('CONFLICT', { what: `Mã TTHC ${code}` });
  if (clash)
    throw new ApiFailure('CELL_INVALID', {
      row,
      column: fieldLabel('code', ctx.locale),
      message: renderError('CONFLICT', { what: `Mã TTHC ${code}` }, ctx.locale),
    });
}

/**
 * Applies a batch of cell changes and new rows all-or-nothing (one transaction, one undo step, one audit
 * batch id). Everything is validated before the first write.
 */
export function applyCells(
  ctx: BackendContext,
  input: Input,
): { rows: InventoryRow[]; created: InventoryRow[] } {
  const db = ctx.db;
  // A single typed edit keeps the plain message; a block names the row and column of the bad value.
  const wrap = input.cells.length + input.newRows.length > 1;
  const rowOf = new Map<number, number>();
  const cells = input.cells.map((c) => {
    if (!rowOf.has(c.procedureId)) rowOf.set(c.procedureId, rowOf.size + 1);
    const row = rowOf.get(c.procedureId)!;
    const up = findUnitProcedure(db, input.unitId, c.procedureId);
    if (!up || up.deletedAt)
      throw new ApiFailure('NOT_FOUND', { what: ctx.locale === 'vi' ? 'thủ tục' : 'procedure' });
    return { ...c, upId: up.id, row, stored: coerceAt(ctx, wrap, row, c.field, c.value) };
  });
  if (input.newRows.length) requireUnit(ctx, input.unitId);
  const newRows = input.newRows.map((r, i) => {
    const row = rowOf.size + i + 1;
    const values = Object.entries(r).map(([field, value]) => ({
      field: field as EditableField,
      stored: coerceAt(ctx, wrap, row, field as EditableField, value ?? null),
    }));
    const code = values.find((v) => v.field === 'code')?.stored;
    const name = values.find((v) => v.field === 'name')?.stored;
    if (typeof code !== 'string') coerceAt(ctx, wrap, row, 'code', '');
    if (typeof name !== 'string') coerceAt(ctx, wrap, row, 'name', '');
    return { row, code: code as string, name: name as string, values };
  });

  const batchId = randomUUID();
  const actor = ctx.actor();
  const audit = (pid: number, field: string | null, action: string, oldValue: unknown, newValue: unknown) =>
    appendAudit(db, {
      actor,
      action,
      entity: 'procedure',
      entityId: pid,
      procedureId: pid,
      unitId: input.unitId,
      field,
      oldValue,
      newValue,
      batchId,
    });

  const changedUp = new Set<number>();
  const createdUp: number[] = [];
  track(
    ctx,
    { kind: input.kind, unitId: input.unitId, withParts: false, count: cells.length + newRows.length },
    (t) => {
      for (const c of cells) {
        if (c.field === 'code') refuseCodeClash(ctx, wrap, String(c.stored), c.procedureId, c.row);
        t.touch(c.procedureId);
        const old = readField(db, c.upId, c.field);
        if (old === c.stored) continue;
        writeField(db, c.upId, c.procedureId, c.field, c.stored);
        audit(c.procedureId, c.field, 'update', old, c.stored);
        changedUp.add(c.upId);
      }
      for (const r of newRows) {
        const existing = db.prepare('SELECT id FROM procedures WHERE code = ?').get(r.code) as
          { id: number } | undefined;
        let pid: number;
        if (existing) {
          // The national record is stored once: a unit that pastes a known code joins the shared record.
          if (findUnitProcedure(db, input.unitId, existing.id))
            refuseCodeClash(ctx, wrap, r.code, null, r.row);
          pid = existing.id;
          t.touch(pid);
        } else {
          pid = insertProcedure(db, emptyRecord(r.code, r.name, 'manual'));
          t.created(pid);
        }
        const upId = attachToUnit(db, input.unitId, pid, DEFAULT_UNIT_FIELDS);
        audit(pid, null, 'create', null, r.code);
        for (const v of r.values) {
          if (v.field === 'code') continue;
          const old = readField(db, upId, v.field);
          if (old === v.stored) continue;
          writeField(db, upId, pid, v.field, v.stored);
          if (existing || v.field !== 'name') audit(pid, v.field, 'update', old, v.stored);
        }
        createdUp.push(upId);
      }
    },
  );
  return {
    rows: [...changedUp].map((id) => getInventoryRow(db, id)!),
    created: createdUp.map((id) => getInventoryRow(db, id)!),
  };
}
