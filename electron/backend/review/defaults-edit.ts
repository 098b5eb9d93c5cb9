/** The unit's dated default hours of the derived cost activities (domain.md §8.4): list and add a dated row. */
import { appendAudit } from '../../../db/queries/audit';
import {
  costDefaultsOn,
  listCostDefaults,
  upsertCostDefaults,
  type CostDefaultsRow,
} from '../../../db/queries/cost-defaults';
import { DEFAULT_KEYS, isHoursKey, parseHours, type CostDefaultValues } from '../../shared/cost';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import { costFailure } from './cost-edit';

export const listDefaults = (ctx: BackendContext, unitId: number) => listCostDefaults(ctx.db, unitId);

/** Values not given keep the ones in force on that date; hours as typed ("0,75"), money whole đồng ≥ 0. */
export function setDefaults(
  ctx: BackendContext,
  input: { unitId: number; validFrom: string; values: Record<string, number | string>; note: string },
): CostDefaultsRow {
  const db = ctx.db;
  if (!db.prepare('SELECT 1 FROM units WHERE id = ?').get(input.unitId))
    throw new ApiFailure('NOT_FOUND', { what: `đơn vị #${input.unitId}` });
  const base = costDefaultsOn(db, input.unitId, input.validFrom);
  const next: CostDefaultsRow = { ...base, validFrom: input.validFrom, note: input.note };
  for (const [key, raw] of Object.entries(input.values)) {
    if (!(DEFAULT_KEYS as string[]).includes(key))
      throw new ApiFailure('COST_INVALID', {
        vi: `Không có tham số mặc định “${key}”.`,
        en: `No default named "${key}".`,
      });
    const k = key as keyof CostDefaultValues;
    if (isHoursKey(k)) {
      const h = parseHours(raw, key);
      if (!h.ok) throw costFailure(h.errors);
      next[k] = h.value;
    } else {
      const n = typeof raw === 'number' ? raw : Number(String(raw).replace(/[.\s]/g, ''));
      if (!Number.isSafeInteger(n) || n < 0)
        throw new ApiFailure('COST_INVALID', {
          vi: `Số tiền mặc định “${String(raw)}” phải là số nguyên không âm (đồng). Chưa có gì được lưu.`,
          en: `Default amount "${String(raw)}" must be a whole number ≥ 0 (đồng). Nothing was saved.`,
        });
      next[k] = n;
    }
  }
  db.transaction(() => {
    upsertCostDefaults(db, input.unitId, next);
    appendAudit(db, {
      actor: ctx.actor(),
      action: 'update',
      entity: 'cost_defaults',
      unitId: input.unitId,
      newValue: next,
    });
  })();
  return next;
}
