import type { RawTotals } from '../../db/pg/queries/consolidated';
import { moneyDto } from '../shared/cost/dto';
import { bpToFixed2, ratioBp } from '../shared/cost/money';
import type { Totals } from '../shared/contract/province';

/** Exact sums from PostgreSQL → the DTO: whole đồng (half-up) beside the exact value, and Σ saving / Σ before. */
export function totalsDto(r: RawTotals): Totals {
  const before = BigInt(r.beforeMilli);
  const after = BigInt(r.afterMilli);
  const bp = ratioBp(before - after, before);
  return {
    items: r.items,
    reviewed: r.reviewed,
    proposed: r.proposed,
    approved: r.approved,
    withCost: r.withCost,
    before: moneyDto(before),
    after: moneyDto(after),
    saving: moneyDto(before - after),
    reductionBp: bp,
    reductionPct: bp === null ? null : bpToFixed2(bp),
  };
}

export const EMPTY_TOTALS: RawTotals = {
  items: 0,
  reviewed: 0,
  proposed: 0,
  approved: 0,
  withCost: 0,
  beforeMilli: '0',
  afterMilli: '0',
};
