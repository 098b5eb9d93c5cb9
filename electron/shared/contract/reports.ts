/**
 * Capabilities of the "reports" feature: official Excel reports (domain.md §1.6, §2.3–2.6, §3), the grid
 * export (xlsx/csv) and the dashboard. Each entry: 'domain.verb': method(inputSchema, outputSchema, { mutates }).
 * Exports run as jobs in a worker thread: `reports.export` starts one, `reports.progress` polls it,
 * `reports.cancel` stops it. The finished file goes to the host (save dialog or download URL).
 */
import { z } from 'zod';
import { MarkAction, OnlineLevel, ReviewStatus } from '../domain';
import { Empty, Id, Ok, nfc } from './common';
import { method } from './define';
import { ReportAppendix, ReportPeriod, ReportSignature } from './reports-options';

export {
  DEFAULT_SIGNATURE,
  ReportAppendix,
  ReportPeriod,
  ReportSignature,
  SIGNER_PRESETS,
} from './reports-options';

export const ReportId = z.enum([
  'inventory',
  'details',
  'review-form',
  'cost',
  'plan',
  'review-results',
  'statistics',
  'decision-appendix',
]);
export type ReportId = z.infer<typeof ReportId>;

export const ReportInfo = z.object({
  id: ReportId,
  title: z.string(),
  description: z.string(),
  /** True when the report reads a review campaign (rà soát). */
  needsCampaign: z.boolean(),
  landscape: z.boolean(),
  /** True when it may be printed as an appendix of a decision (Phần I, Phần II, the plan). */
  canBeAppendix: z.boolean(),
});
export type ReportInfo = z.infer<typeof ReportInfo>;

export const ReportFilters = z
  .object({
    /** Only these lĩnh vực (exact names); empty = all. */
    fields: z.array(nfc(500)).max(200).default([]),
    /** Only these procedure codes (details, review-form, cost, plan); empty = all. */
    codes: z.array(nfc(60)).max(20000).default([]),
  })
  .default({ fields: [], codes: [] });
export type ReportFilters = z.infer<typeof ReportFilters>;

export const ReportRequest = z.object({
  report: ReportId,
  unitId: Id,
  campaignId: Id.nullable().default(null),
  /** The publication decision of 'decision-appendix' (null: the unit's newest). */
  decisionId: Id.nullable().optional(),
  filters: ReportFilters,
  period: ReportPeriod,
  /** Only for reports that can be an appendix (refused otherwise). */
  appendix: ReportAppendix,
});
export type ReportRequest = z.infer<typeof ReportRequest>;

export const ReportPreview = z.object({
  title: z.string(),
  /** The lines printed under the title: subtitle, period, filters, the decision of an appendix. */
  notes: z.array(z.string()),
  sheets: z.array(z.string()),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  /** Data rows the full report will hold (the preview shows the first few); null when the report is big and
   * the preview stopped early rather than build it all on the main thread. */
  totalRows: z.number().int().nullable(),
  suggestedName: z.string(),
});
export type ReportPreview = z.infer<typeof ReportPreview>;

export const Delivery = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), name: z.string() }),
  z.object({ kind: z.literal('download'), url: z.string() }),
  z.object({ kind: z.literal('cancelled') }),
]);
export type Delivery = z.infer<typeof Delivery>;

export const JobState = z.enum(['running', 'done', 'failed', 'cancelled']);
export const ExportProgress = z.object({
  jobId: z.string(),
  state: JobState,
  done: z.number().int(),
  total: z.number().int(),
  rows: z.number().int(),
  sheets: z.array(z.string()),
  fileName: z.string(),
  delivery: Delivery.nullable(),
  /** Translated message when state is 'failed'. */
  error: z.string().nullable(),
});
export type ExportProgress = z.infer<typeof ExportProgress>;

/** Columns of the inventory grid that the grid export may write (the renderer sends the visible ones). */
export const GridColumnKey = z.enum([
  'code',
  'name',
  'field',
  'kind',
  'levels',
  'executingAgencies',
  'onlineLevel',
  'dossiersPerYear',
  'times',
  'fees',
  'stepCount',
  'componentCount',
  'reviewStatus',
  'updatedAt',
]);
export type GridColumnKey = z.infer<typeof GridColumnKey>;

export const CountRow = z.object({ key: z.string(), label: z.string(), count: z.number().int() });
export type CountRow = z.infer<typeof CountRow>;

export const DashboardSummary = z.object({
  unit: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  totalProcedures: z.number().int(),
  byField: z.array(CountRow),
  byOnlineLevel: z.array(CountRow.extend({ key: z.union([OnlineLevel, z.literal('UNKNOWN')]) })),
  byLegacyLevel: z.array(CountRow),
  campaign: z
    .object({
      id: z.number().int(),
      title: z.string(),
      year: z.number().int(),
      total: z.number().int(),
      reviewed: z.number().int(),
      byStatus: z.array(CountRow.extend({ key: ReviewStatus })),
    })
    .nullable(),
  proposalsByType: z.array(CountRow.extend({ key: MarkAction })),
  days: z.object({ before: z.number(), after: z.number(), procedures: z.number().int() }),
  cost: z.object({
    before: z.number().int(),
    after: z.number().int(),
    saving: z.number().int(),
    reductionPct: z.string().nullable(),
    procedures: z.number().int(),
  }),
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;

export const reportsContract = {
  'reports.list': method(Empty, z.array(ReportInfo)),
  'reports.preview': method(
    ReportRequest.extend({ limit: z.number().int().min(1).max(200).default(30) }),
    ReportPreview,
  ),
  'reports.export': method(ReportRequest, z.object({ jobId: z.string(), fileName: z.string() })),
  'reports.progress': method(z.object({ jobId: nfc(64) }), ExportProgress),
  'reports.cancel': method(z.object({ jobId: nfc(64) }), Ok),
  /** The unit's signature block (stored per unit; the default until the unit sets one). */
  'reports.signature': method(z.object({ unitId: Id }), ReportSignature),
  'reports.setSignature': method(
    z.object({ unitId: Id, signature: ReportSignature }).strict(),
    ReportSignature,
    {
      mutates: true,
    },
  ),
  'exports.grid': method(
    z.object({
      unitId: Id,
      format: z.enum(['xlsx', 'csv']),
      search: nfc(500).default(''),
      columns: z
        .array(z.object({ key: GridColumnKey, header: nfc(200) }))
        .min(1)
        .max(40),
    }),
    z.object({ fileName: z.string(), rows: z.number().int(), delivery: Delivery }),
  ),
  'dashboard.summary': method(z.object({ unitId: Id }), DashboardSummary),
  /**
   * Desktop app: the page on screen (one procedure as a document, in its print layout) printed to PDF by the
   * host (Electron's printToPDF) and saved through the save dialog. Browser mode prints with the browser.
   */
  'documents.savePdf': method(z.object({ name: nfc(300) }).strict(), Delivery),
};
