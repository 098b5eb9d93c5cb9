import { appendAudit } from '../../../db/queries/audit';
import { findUnitProcedure, getInventoryRow, listInventory } from '../../../db/queries/inventory-read';
import { readField, writeField } from '../../../db/queries/procedure-fields';
import { getProcedureDetail } from '../../../db/queries/procedure-read';
import { listUnits } from '../../../db/queries/units';
import type { inventoryContract } from '../../shared/contract/inventory';
import type { unitsContract } from '../../shared/contract/units';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import type { HandlersFor } from '../handler-types';
import { coerceField } from './field-rules';

export const unitsHandlers: HandlersFor<typeof unitsContract> = {
  'units.list': (_input, ctx) => listUnits(ctx.db),
};

function requireUnitProcedure(ctx: BackendContext, unitId: number, procedureId: number): number {
  const up = findUnitProcedure(ctx.db, unitId, procedureId);
  if (!up) throw new ApiFailure('NOT_FOUND', { what: ctx.locale === 'vi' ? 'thủ tục' : 'procedure' });
  return up.id;
}

export const inventoryHandlers: HandlersFor<typeof inventoryContract> = {
  'inventory.list': (input, ctx) =>
    listInventory(ctx.db, { unitId: input.unitId, search: input.search, offset: input.offset, limit: input.limit }),

  'procedures.get': (input, ctx) => {
    const detail = getProcedureDetail(ctx.db, input.unitId, input.procedureId);
    if (!detail) throw new ApiFailure('NOT_FOUND', { what: ctx.locale === 'vi' ? 'thủ tục' : 'procedure' });
    return detail;
  },

  'procedures.updateField': (input, ctx) => {
    const db = ctx.db;
    const upId = requireUnitProcedure(ctx, input.unitId, input.procedureId);
    const value = coerceField(input.field, input.value);
    db.transaction(() => {
      if (input.field === 'code') {
        const clash = db.prepare('SELECT id FROM procedures WHERE code = ? AND id != ?').get(value, input.procedureId);
        if (clash) throw new ApiFailure('CONFLICT', { what: `Mã TTHC ${String(value)}` });
      }
      const old = readField(db, upId, input.field);
      if (old === value) return;
      writeField(db, upId, input.procedureId, input.field, value);
      appendAudit(db, {
        actor: ctx.actor(),
        action: 'update',
        entity: 'procedure',
        entityId: input.procedureId,
        procedureId: input.procedureId,
        unitId: input.unitId,
        field: input.field,
        oldValue: old,
        newValue: value,
      });
    }).immediate();
    return getInventoryRow(db, upId)!;
  },
};
