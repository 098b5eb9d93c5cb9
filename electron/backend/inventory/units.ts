import { appendAudit } from '../../../db/queries/audit';
import {
  insertUnit,
  listUnits,
  setUnitValidity,
  unitCodeFromName,
  updateUnit,
  type UnitValues,
} from '../../../db/queries/units';
import type { Unit } from '../../shared/contract/units';
import type { UnitLevel } from '../../shared/domain';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import './messages';

/**
 * Refuses a request for a unit that does not exist before anything is written (NOT_FOUND naming it); returns the
 * unit's level.
 */
export function requireUnit(ctx: BackendContext, unitId: number): { level: UnitLevel } {
  const unit = ctx.db.prepare('SELECT level FROM units WHERE id = ?').get(unitId) as
    { level: UnitLevel } | undefined;
  if (!unit)
    throw new ApiFailure('NOT_FOUND', {
      what: ctx.locale === 'vi' ? `đơn vị #${unitId}` : `unit #${unitId}`,
    });
  return unit;
}

function check(ctx: BackendContext, id: number | null, v: UnitValues): void {
  const vi = ctx.locale === 'vi';
  if (v.validFrom && v.validTo && v.validTo < v.validFrom)
    throw new ApiFailure('UNIT_INVALID', {
      reason: vi ? 'ngày hết hiệu lực trước ngày có hiệu lực' : 'valid-to is before valid-from',
    });
  const units = listUnits(ctx.db);
  if (v.parentId !== null) {
    // Walk up from the new parent: reaching this unit would make it its own ancestor.
    let cursor: number | null = v.parentId;
    for (let guard = 0; cursor !== null && guard < 100; guard++) {
      if (cursor === id)
        throw new ApiFailure('UNIT_INVALID', {
          reason: vi
            ? 'đơn vị cha không thể là chính nó hoặc đơn vị con'
            : 'a unit cannot be its own ancestor',
        });
      const parent: Unit | undefined = units.find((u) => u.id === cursor);
      if (!parent) throw new ApiFailure('NOT_FOUND', { what: vi ? 'đơn vị cha' : 'parent unit' });
      cursor = parent.parentId;
    }
  }
  if (v.code && units.some((u) => u.code === v.code && u.id !== id))
    throw new ApiFailure('CONFLICT', { what: `Mã đơn vị ${v.code}` });
}

export function createUnit(ctx: BackendContext, v: UnitValues): Unit {
  check(ctx, null, v);
  const db = ctx.db;
  const id = db
    .transaction(() => {
      const newId = insertUnit(db, {
        code: v.code || unitCodeFromName(db, v.name),
        name: v.name,
        level: v.level,
        parentId: v.parentId,
      });
      setUnitValidity(db, newId, v);
      appendAudit(db, {
        actor: ctx.actor(),
        action: 'create',
        entity: 'unit',
        entityId: newId,
        unitId: newId,
        newValue: v,
      });
      return newId;
    })
    .immediate();
  return listUnits(db).find((u) => u.id === id)!;
}

export function editUnit(ctx: BackendContext, id: number, v: UnitValues): Unit {
  const db = ctx.db;
  const old = listUnits(db).find((u) => u.id === id);
  if (!old) throw new ApiFailure('NOT_FOUND', { what: ctx.locale === 'vi' ? 'đơn vị' : 'unit' });
  check(ctx, id, v);
  db.transaction(() => {
    updateUnit(db, id, v);
    const { procedureCount: _a, isDemo: _b, id: _c, ...oldValues } = old;
    appendAudit(db, {
      actor: ctx.actor(),
      action: 'update',
      entity: 'unit',
      entityId: id,
      unitId: id,
      oldValue: oldValues,
      newValue: v,
    });
  }).immediate();
  return listUnits(db).find((u) => u.id === id)!;
}
