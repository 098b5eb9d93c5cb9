import type { reportsContract } from '../../shared/contract/reports';
import type { HandlersFor } from '../handler-types';
import { reportInfos } from './catalogue';
import { dashboardSummary } from './dashboard';
import { pathInside, proposedFileName } from './file-names';
import { previewReport } from './generate';
import { exportGrid } from './grid-export';
import { cancelJob, exportsDir, fileWriteFailure, jobProgress, prepareNextExport, startExport } from './jobs';
import { isoToday } from './builders/text';
import { getReportUnit } from '../../../db/queries/report-procedures';
import { ApiFailure } from '../api-failure';
import './messages';
import { getSignature, setSignature } from './signature';
import { writeFileSync } from 'node:fs';
import { writeAtomically } from './atomic-file';
import { safeFileName } from './file-names';

function unitOrFail(ctx: Parameters<HandlersFor<typeof reportsContract>['reports.list']>[1], unitId: number) {
  const unit = getReportUnit(ctx.db, unitId);
  if (!unit) throw new ApiFailure('REPORT_UNIT_NOT_FOUND');
  return unit;
}

export const reportsHandlers: HandlersFor<typeof reportsContract> = {
  // The Reports screen opens with this list: load an export worker now, so Export starts at once.
  'reports.list': (_input, ctx) => {
    prepareNextExport(ctx);
    return reportInfos();
  },
  'reports.preview': ({ limit, ...req }, ctx) => previewReport(ctx.db, req, limit),
  'reports.export': (req, ctx) => startExport(ctx, req),
  'reports.progress': ({ jobId }) => jobProgress(jobId),
  'reports.cancel': ({ jobId }) => {
    cancelJob(jobId);
    return { ok: true as const };
  },
  'reports.signature': ({ unitId }, ctx) => getSignature(ctx.db, unitOrFail(ctx, unitId).id),
  'reports.setSignature': ({ unitId, signature }, ctx) =>
    setSignature(ctx, unitOrFail(ctx, unitId).id, signature),
  'exports.grid': async (input, ctx) => {
    const unit = unitOrFail(ctx, input.unitId);
    const fileName = proposedFileName('Danh sách TTHC', unit.name, isoToday(), input.format);
    const target = pathInside(exportsDir(ctx.dataDir), fileName);
    const { rows } = await exportGrid(ctx.db, input, target).catch((err: unknown) => {
      // writeAtomically has removed the partial file; say why, as the report exports do.
      throw fileWriteFailure((err as { code?: string }).code, fileName) ?? err;
    });
    return { fileName, rows, delivery: await ctx.host.deliverFile(target, fileName) };
  },
  'dashboard.summary': ({ unitId }, ctx) => dashboardSummary(ctx.db, unitId),
  'documents.savePdf': async ({ name }, ctx) => {
    if (!ctx.host.printPageToPdf) throw new ApiFailure('REPORT_PDF_UNSUPPORTED');
    const fileName = safeFileName(name.replace(/\.pdf$/i, '')) + '.pdf';
    const target = pathInside(exportsDir(ctx.dataDir), fileName);
    const pdf = await ctx.host.printPageToPdf();
    await writeAtomically(target, (temp) => writeFileSync(temp, pdf));
    return ctx.host.deliverFile(target, fileName);
  },
};
