/**
 * The records a report prints, as they stood on the report's day (db/queries/report-as-of.ts): head fields
 * and, for a record changed by an implemented plan since, its parts too. Today's reports read the live tables.
 */
import { pastRecords, type PastParts, type PastRecord } from '../../../../db/queries/report-as-of';
import type { BuildContext } from './context';

export interface AsOfView {
  /** Rows with the head fields they had on the day. */
  heads<T extends { procedureId: number }>(rows: readonly T[]): T[];
  /** One part of a record as it was on the day, or `live()` when it has not changed since. */
  part<K extends keyof PastParts>(procedureId: number, part: K, live: () => PastParts[K]): PastParts[K];
}

export function asOfView(ctx: BuildContext): AsOfView {
  const past: Map<number, PastRecord> = pastRecords(ctx.db, ctx.unit.id, ctx.asOf);
  return {
    heads: (rows) =>
      past.size === 0
        ? [...rows]
        : rows.map((r) => {
            const head = past.get(r.procedureId)?.head;
            return head ? { ...r, ...head } : r;
          }),
    part: (procedureId, part, live) => past.get(procedureId)?.parts?.[part] ?? live(),
  };
}
