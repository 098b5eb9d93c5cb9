/**
 * Parts of many procedures at once, for reports that walk a whole unit (the 10k-procedure Danh mục): one query
 * per child table for a batch of procedure ids instead of two or three per procedure. The caller chooses the
 * batch size, so memory stays bounded by one batch (whole-table prefetch measured +80 MiB at national scale).
 */
import type { Database } from 'better-sqlite3';
import {
  channelsWithFees,
  type ReportChannel,
  type ReportChannelRow,
  type ReportFeeRow,
} from './report-procedures';

export interface ReportLegalBasis {
  code: string;
  name: string;
}

export interface ProcedurePartsBatch {
  /** The procedure's channels in order, each with the fees this unit sees (same as procedurePartsReader). */
  channels(procedureId: number): ReportChannel[];
  legalBases(procedureId: number): ReportLegalBasis[];
}

type Keyed<T> = T & { procedureId: number };

/** Rows already ordered by procedure, then by their own order, split into one list per procedure. */
function byProcedure<T>(rows: Keyed<T>[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.procedureId);
    if (list) list.push(row);
    else map.set(row.procedureId, [row]);
  }
  return map;
}

/** Prepared batch lookups of channels, fees and legal bases, as the given unit sees them. */
export function procedurePartsBatchReader(db: Database, unitId: number) {
  const IDS = 'SELECT value FROM json_each(?)';
  const channels = db.prepare(
    `SELECT procedure_id AS procedureId, id, method, time_value AS timeValue, time_unit AS timeUnit,
            time_text AS timeText, description
     FROM channels WHERE procedure_id IN (${IDS}) ORDER BY procedure_id, ord`,
  );
  const fees = db.prepare(
    `SELECT c.procedure_id AS procedureId, f.channel_id AS channelId, f.kind, f.amount, f.set_by AS setBy,
            f.currency, f.per_unit AS perUnit, f.text, f.unit_id AS feeUnit
     FROM fees f JOIN channels c ON c.id = f.channel_id
     WHERE c.procedure_id IN (${IDS}) AND (f.unit_id IS NULL OR f.unit_id = ?)
     ORDER BY c.procedure_id, c.ord, f.ord`,
  );
  const legal = db.prepare(
    `SELECT procedure_id AS procedureId, code, name FROM legal_bases
     WHERE procedure_id IN (${IDS}) ORDER BY procedure_id, ord`,
  );
  function load(procedureIds: readonly number[]): ProcedurePartsBatch {
    const ids = JSON.stringify(procedureIds);
    const channelRows = byProcedure(channels.all(ids) as Keyed<ReportChannelRow>[]);
    const feeRows = byProcedure(fees.all(ids, unitId) as Keyed<ReportFeeRow>[]);
    const legalRows = byProcedure(legal.all(ids) as Keyed<ReportLegalBasis>[]);
    return {
      channels: (id) => channelsWithFees(channelRows.get(id) ?? [], feeRows.get(id) ?? []),
      legalBases: (id) => (legalRows.get(id) ?? []).map((l) => ({ code: l.code, name: l.name })),
    };
  }
  return {
    load,
    /**
     * For a walk over `procedureIds` in this order: the batch holding the index-th one, read when the walk
     * first reaches its batch (batches of `batchSize` consecutive ids; only the current one is kept).
     */
    inOrder(procedureIds: readonly number[], batchSize: number): (index: number) => ProcedurePartsBatch {
      let start = -1;
      let batch: ProcedurePartsBatch = { channels: () => [], legalBases: () => [] };
      return (index) => {
        const first = index - (index % batchSize);
        if (first !== start) {
          start = first;
          batch = load(procedureIds.slice(first, first + batchSize));
        }
        return batch;
      };
    },
  };
}
