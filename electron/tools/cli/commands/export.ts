import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { ApiFailure } from '../../../backend/api-failure';
import { resolveContext } from '../../../backend/reports/generate';
import { exportErrorMessage, exportInWorker } from '../../../backend/reports/jobs';
import { ReportId } from '../../../shared/contract/reports';
import { renderError } from '../../../shared/errors';
import {
  InputError,
  UsageError,
  bool,
  flag,
  openExisting,
  requiredFlag,
  resolveUnit,
  type CliCommand,
} from '../cli-kit';

/** `export <report>`: writes one official report (.xlsx) of a unit, as the Báo cáo screen does. */
export const exportCommand: CliCommand = {
  name: 'export',
  usage: `export <${ReportId.options.join('|')}> --db FILE --out FILE.xlsx [--unit CODE] [--campaign ID] [--json]`,
  flags: ['db', 'out', 'unit', 'campaign', 'json'],
  async run(args, out) {
    const report = ReportId.safeParse(args.positional[0]);
    if (!args.positional[0]) throw new UsageError('Thiếu tên báo cáo / missing report name');
    if (!report.success)
      throw new InputError(
        `Báo cáo không tồn tại: "${args.positional[0]}" (có: ${ReportId.options.join(', ')}). / Unknown report.`,
      );
    const target = resolve(requiredFlag(args, 'out'));
    if (!target.toLowerCase().endsWith('.xlsx'))
      throw new InputError('Tệp đích phải có đuôi .xlsx. / --out must end with .xlsx');
    if (!existsSync(dirname(target)) || !statSync(dirname(target)).isDirectory())
      throw new InputError(`Không có thư mục "${dirname(target)}". / Folder not found.`);
    const campaignText = flag(args, 'campaign');
    const campaignId = campaignText === undefined ? null : Number(campaignText);
    if (campaignId !== null && (!Number.isSafeInteger(campaignId) || campaignId <= 0))
      throw new InputError(`Mã đợt rà soát không hợp lệ: "${campaignText}". / Invalid campaign id.`);
    const { backend, call } = openExisting(requiredFlag(args, 'db'));
    try {
      const unit = await resolveUnit(call, flag(args, 'unit'));
      const request = {
        report: report.data,
        unitId: unit.id,
        campaignId,
        filters: { fields: [], codes: [] },
      };
      resolveContext(backend.ctx.db, request); // a wrong unit or campaign is refused before any file exists
      // As the Báo cáo screen: the export worker reads and builds, its writer thread writes the file.
      const result = await exportInWorker(backend.ctx.dbFile, request, target).promise.catch(
        (err: unknown) => {
          throw new InputError(exportErrorMessage(err, 'vi', basename(target)));
        },
      );
      if (bool(args, 'json')) out(JSON.stringify({ file: target, rows: result.rows, sheets: result.sheets }));
      else out(`Đã xuất ${result.rows} dòng (${result.sheets.join(', ')}) → ${target}`);
    } catch (err) {
      if (err instanceof ApiFailure) throw new InputError(renderError(err.code, err.params, 'vi'));
      throw err;
    } finally {
      backend.close();
    }
  },
};
