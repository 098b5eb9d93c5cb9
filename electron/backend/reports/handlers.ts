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
  'exports.grid': async (input, ctx) => {
    const unit = getReportUnit(ctx.db, input.unitId);
    if (!unit) throw new ApiFailure('REPORT_UNIT_NOT_FOUND');
    const fileName = proposedFileName('Danh sách TTHC', unit.name, isoToday(), input.format);
    const target = pathInside(exportsDir(ctx.dataDir), fileName);
    const { rows } = await exportGrid(ctx.db, input, target).catch((err: unknown) => {
      // writeAtomically has removed the partial file; say why, as the report exports do.
      throw fileWriteFailure((err as { code?: string }).code, fileName) ?? err;
    });
    return { fileName, rows, delivery: await ctx.host.deliverFile(target, fileName) };
  },
  'dashboard.summary': ({ unitId }, ctx) => dashboardSummary(ctx.db, unitId),
};
