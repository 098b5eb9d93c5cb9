import type { Database } from 'better-sqlite3';
import type { ReportUnit } from '../../../../db/queries/report-procedures';
import type { ReportCampaign, ReportItem } from '../../../../db/queries/report-review';
import type { DecisionDetail } from '../../../shared/contract/decisions';
import type { ReportFilters } from '../../../shared/contract/reports';
import { campaignItemsOn, itemModelLoader, type ItemModel } from '../review-model';
import type { ResolvedPeriod } from '../period';
import { ExportCancelled, type ReportSink } from '../xlsx/sink';

export interface BuildContext {
  db: Database;
  unit: ReportUnit;
  campaign: ReportCampaign | null;
  /** The publication decision of the decision appendix (null for other reports). */
  decision?: DecisionDetail | null;
  filters: ReportFilters;
  /** ISO date the report is made and signed (the date line). */
  today: string;
  /** The period it covers; the data is read as it stood on `asOf`. */
  period: ResolvedPeriod;
  asOf: string;
  /**
   * The campaign's items already modelled, when they do not come from `db`: the province server passes the
   * units' items with the figures they sent (electron/server/reports). Absent: read from `db`.
   */
  models?: readonly ItemModel[];
}

export type Builder = (ctx: BuildContext, sink: ReportSink) => void | Promise<void>;

/**
 * Every `every` items: reports progress, checks for cancel and yields to the event loop, so the streaming
 * writer can flush finished rows to disk (without the yield a big export would pile up in memory).
 */
export function ticker(sink: ReportSink, total: number, every = 50): (done: number) => Promise<void> {
  return async (done) => {
    if (done % every !== 0 && done !== total) return;
    sink.progress(done, total);
    if (sink.cancelled()) throw new ExportCancelled();
    await new Promise<void>((resolve) => setImmediate(resolve));
    await sink.flush?.();
  };
}

/** The campaign a review report reads (resolved by the caller; refused there when missing). */
export function campaignOf(ctx: BuildContext) {
  if (!ctx.campaign) throw new Error('review report without a campaign');
  return ctx.campaign;
}

/** The items a review report lists and how each becomes its model (from `db`, or the models given). */
export function campaignSource(
  ctx: BuildContext,
  campaignId: number,
): { items: ReportItem[]; load: (item: ReportItem) => ItemModel } {
  if (ctx.models) {
    const byItem = new Map(ctx.models.map((m) => [m.item, m]));
    return { items: ctx.models.map((m) => m.item), load: (item) => byItem.get(item)! };
  }
  return {
    items: campaignItemsOn(ctx.db, campaignId, ctx.filters, ctx.asOf),
    load: itemModelLoader(ctx.db, ctx.asOf),
  };
}
