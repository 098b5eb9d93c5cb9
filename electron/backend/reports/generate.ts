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
import { decisionNumber } from '../../shared/text/record-text';
import type { BuildContext } from './builders/context';
import { isoToday } from './builders/text';
import { REPORTS } from './catalogue';
import { proposedFileName } from './file-names';
import './messages';
import { resolvePeriod } from './period';
import { getSignature } from './signature';
import { scopeLine } from './xlsx/sheet-layout';
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

export function resolveContext(db: Database, req: ReportRequest, today = isoToday()): BuildContext {
  const unit = getReportUnit(db, req.unitId);
  if (!unit) throw new ApiFailure('REPORT_UNIT_NOT_FOUND');
  if (req.appendix && !REPORTS[req.report].canBeAppendix) throw new ApiFailure('REPORT_NOT_APPENDIX');
  const period = resolvePeriod(req.period, today);
  // A unit before its creation or after a merger replaced it has no list on that day: say which units had.
  if (req.period) requireUnitValidAt(db, unit.id, period.asOf);
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
  return { db, unit, campaign, decision, filters: req.filters, today, period, asOf: period.asOf };
}

/** "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2026 của Chủ tịch Ủy ban nhân dân xã Minh Họa)". */
export function appendixLine(a: NonNullable<ReportRequest['appendix']>): string {
  const [y, m, d] = a.decisionDate.split('-');
  const issuer = a.issuer.trim().replace(/^của\s+/i, '');
  return `(Kèm theo Quyết định số ${decisionNumber(a.decisionNo)} ngày ${d} tháng ${m} năm ${y}${issuer ? ` của ${issuer}` : ''})`;
}

export function headerOf(ctx: BuildContext, req: Pick<ReportRequest, 'appendix'>): ReportHeader {
  return {
    parentName: ctx.unit.parentName,
    unitName: ctx.unit.name,
    place: placeOf(ctx.unit.name),
    date: ctx.today,
    period: ctx.period.line,
    scope: scopeLine(ctx.filters),
    appendix: ctx.decision
      ? // A decision's own appendix is headed as the published ones are: PHỤ LỤC, the decision, no motto.
        {
          label: 'PHỤ LỤC',
          line: appendixLine({
            label: '',
            decisionNo: ctx.decision.number,
            decisionDate: ctx.decision.signedDate,
            issuer: ctx.decision.issuer,
          }),
        }
      : req.appendix
        ? { label: req.appendix.label.trim().toUpperCase(), line: appendixLine(req.appendix) }
        : null,
    signature: getSignature(ctx.db, ctx.unit.id),
  };
}

/** The proposed file name carries the day the data is read as of (today for a current report). */
export function suggestedNameOf(ctx: BuildContext, report: ReportRequest['report']): string {
  return proposedFileName(REPORTS[report].fileStem, ctx.unit.name, ctx.asOf);
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
  const sink = sinkFor(file, headerOf(ctx, req), hooks);
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
  const header = headerOf(ctx, req);
  const sink = new PreviewSink(limit);
  try {
    await REPORTS[req.report].build(ctx, sink);
  } catch (err) {
    if (!(err instanceof ExportCancelled) || !sink.stoppedEarly) throw err;
  }
  return {
    title: header.appendix ? `${header.appendix.label || 'PHỤ LỤC'} – ${sink.title}` : sink.title,
    notes: [
      ...(header.appendix ? [header.appendix.line] : []),
      ...sink.notes,
      header.period,
      ...(header.scope ? [header.scope] : []),
    ],
    sheets: sink.sheets,
    columns: sink.columns,
    rows: sink.rows,
    totalRows: sink.stoppedEarly ? null : sink.totalRows,
    suggestedName: suggestedNameOf(ctx, req.report),
  };
}
