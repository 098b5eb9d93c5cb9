/**
 * Runs a report builder against a database: into an .xlsx file or into the preview. The export worker writes
 * files with generateToFile (for the Báo cáo job and the CLI: jobs.ts exportInWorker); generateReport does the
 * same on the calling thread, atomically, and is what the tests compare the worker's files with.
 */
import type { Database } from 'better-sqlite3';
import { getReportUnit } from '../../../db/queries/report-procedures';
import { getCampaign, latestCampaign } from '../../../db/queries/report-review';
import type { ReportPreview, ReportRequest } from '../../shared/contract/reports';
import { ApiFailure } from '../api-failure';
import { requireUnitValidAt, resolveDecision } from '../decisions/report-decision';
import { writeAtomically } from './atomic-file';
import type { BuildContext } from './builders/context';
import { isoToday } from './builders/text';
import { REPORTS } from './catalogue';
import { proposedFileName } from './file-names';
import './messages';
import { PreviewSink } from './xlsx/preview-sink';
import { ExportCancelled, type ReportHeader, type ReportSink } from './xlsx/sink';
import { XlsxReportSink, type XlsxResult } from './xlsx/xlsx-sink';

/** The place in the date line: the unit's name without "UBND xã/phường/tỉnh" and without notes in brackets. */
export function placeOf(unitName: string): string {
  return unitName
    .replace(/\(.*?\)/g, '')
    .replace(/^\s*(ủy ban nhân dân|ubnd)\s+/i, '')
    .replace(/^(tỉnh|thành phố|xã|phường|đặc khu|thị trấn|huyện|quận)\s+/i, '')
    .trim();
}

export function resolveContext(db: Database, req: ReportRequest, date = isoToday()): BuildContext {
  const unit = getReportUnit(db, req.unitId);
  if (!unit) throw new ApiFailure('REPORT_UNIT_NOT_FOUND');
  requireUnitValidAt(db, unit.id, req.filters.asOf);
  let campaign = null;
  if (REPORTS[req.report].needsCampaign) {
    if (req.campaignId !== null) {
      campaign = getCampaign(db, req.campaignId) ?? null;
      if (!campaign || campaign.unitId !== unit.id)
        throw new ApiFailure('REPORT_CAMPAIGN_NOT_FOUND', { id: req.campaignId });
    } else {
      campaign = latestCampaign(db, unit.id) ?? null;
      if (!campaign) throw new ApiFailure('REPORT_NO_CAMPAIGN');
    }
  }
  const decision =
    req.report === 'decision-appendix' ? resolveDecision(db, unit.id, req.decisionId ?? null) : null;
  return { db, unit, campaign, decision, filters: req.filters, date };
}

export function headerOf(ctx: BuildContext): ReportHeader {
  return {
    parentName: ctx.unit.parentName,
    unitName: ctx.unit.name,
    place: placeOf(ctx.unit.name),
    date: ctx.date,
  };
}

export function suggestedNameOf(ctx: BuildContext, report: ReportRequest['report']): string {
  return proposedFileName(REPORTS[report].fileStem, ctx.unit.name, ctx.date);
}

export interface GenerateHooks {
  progress?: (done: number, total: number) => void;
  cancelled?: () => boolean;
}

/** Where a report's file is written: on this thread, or through the export worker's writer thread. */
export type FileSinkFactory = (
  file: string,
  header: ReportHeader,
  hooks: GenerateHooks,
) => ReportSink & { close(): Promise<XlsxResult> };

const writeHere: FileSinkFactory = (file, header, hooks) => new XlsxReportSink(file, header, hooks);

/** Writes the report straight to `file` (the export worker's temporary file). */
export async function generateToFile(
  db: Database,
  req: ReportRequest,
  file: string,
  hooks: GenerateHooks = {},
  sinkFor: FileSinkFactory = writeHere,
): Promise<XlsxResult> {
  const ctx = resolveContext(db, req);
  const sink = sinkFor(file, headerOf(ctx), hooks);
  await REPORTS[req.report].build(ctx, sink);
  return sink.close();
}

/** Writes the report to `target` atomically on this thread (temporary file in the same folder, then rename). */
export async function generateReport(
  db: Database,
  req: ReportRequest,
  target: string,
  hooks: GenerateHooks = {},
): Promise<XlsxResult> {
  resolveContext(db, req); // refuse bad input before creating anything
  return writeAtomically(target, (temp) => generateToFile(db, req, temp, hooks));
}

export async function previewReport(db: Database, req: ReportRequest, limit: number): Promise<ReportPreview> {
  const ctx = resolveContext(db, req);
  const sink = new PreviewSink(limit);
  try {
    await REPORTS[req.report].build(ctx, sink);
  } catch (err) {
    if (!(err instanceof ExportCancelled) || !sink.stoppedEarly) throw err;
  }
  return {
    title: sink.title,
    sheets: sink.sheets,
    columns: sink.columns,
    rows: sink.rows,
    totalRows: sink.stoppedEarly ? null : sink.totalRows,
    suggestedName: suggestedNameOf(ctx, req.report),
  };
}
