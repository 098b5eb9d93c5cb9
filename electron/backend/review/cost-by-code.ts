/** `cost.byCode`: the cost of any procedure of a unit, in a review plan or not (what `cli cost` prints). */
import { findProcedureByCode } from '../../../db/queries/review-cost-lookup';
import { latestItemForCode } from '../../../db/queries/review-campaigns';
import { comparisonToDto, type ModelActivity } from '../../shared/cost';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import { computeLive, type ItemCost } from './cost-service';
import { costOfItem } from './view';
import { activityRow } from './view-model';

export function costByCode(ctx: BackendContext, unitId: number, code: string) {
  const item = latestItemForCode(ctx.db, unitId, code);
  let cost: ItemCost;
  let name: string;
  if (item) {
    cost = costOfItem(ctx, item);
    name = item.name;
  } else {
    const p = findProcedureByCode(ctx.db, unitId, code);
    if (!p) throw new ApiFailure('NOT_FOUND', { what: `thủ tục ${code}` });
    name = p.name;
    cost = computeLive(ctx.db, { ...p, unitId, code, frequency: 1, daysAfter: null }, [], ctx.locale);
  }
  if (!cost.comparison)
    throw new ApiFailure('COST_INVALID', { vi: cost.problem ?? '', en: cost.problem ?? '' });
  const dto = comparisonToDto(cost.comparison);
  const rows = (list: ModelActivity[], scenario: 'before' | 'after') =>
    list.map((a) => activityRow(a, dto[scenario].rows.find((r) => r.ord === a.ord)?.perDossier ?? null));
  return {
    code,
    name,
    itemId: item?.id ?? null,
    mode: cost.model.mode,
    frozen: cost.frozen !== null,
    cost: dto,
    daysBefore: cost.daysBefore,
    daysAfter: cost.daysAfter,
    activities: { before: rows(cost.model.before, 'before'), after: rows(cost.model.after, 'after') },
  };
}
