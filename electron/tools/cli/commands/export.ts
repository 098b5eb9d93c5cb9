import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { ApiFailure } from '../../../backend/api-failure';
import { resolveContext } from '../../../backend/reports/generate';
import { exportErrorMessage, exportInWorker } from '../../../backend/reports/jobs';
import { ReportAppendix, ReportId, ReportPeriod, type ReportRequest } from '../../../shared/contract/reports';
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

const PERIOD_HELP = 'month:2026-03 | quarter:2026-1 | half:2026-1 | year:2026 | 2026-01-01..2026-06-30';

/** `--as-of` / `--period` → the report period (null: today). */
export function periodFromFlags(
  asOf: string | undefined,
  period: string | undefined,
): ReportRequest['period'] {
  if (asOf !== undefined && period !== undefined)
    throw new InputError('Chỉ dùng một trong --as-of và --period. / Use either --as-of or --period.');
  let value: unknown = null;
  if (asOf !== undefined) value = { kind: 'asOf', date: asOf };
  else if (period !== undefined) {
    const p = period.trim();
    const [kind, rest = ''] = p.split(':');
    const [a, b] = rest.split('-').map(Number);
    if (/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/.test(p)) {
      const [from, to] = p.split('..');
      value = { kind: 'range', from, to };
    } else if (kind === 'month') value = { kind, year: a, month: b };
    else if (kind === 'quarter') value = { kind, year: a, quarter: b };
    else if (kind === 'half') value = { kind, year: a, half: b };
    else if (kind === 'year') value = { kind, year: a };
    else value = undefined;
  }
  const parsed = ReportPeriod.safeParse(value);
  if (!parsed.success)
    throw new InputError(`Kỳ báo cáo không hợp lệ: "${asOf ?? period}" (${PERIOD_HELP}). / Invalid period.`);
  return parsed.data;
}

/** `--appendix "12/QĐ-UBND|2026-03-05|Chủ tịch UBND xã Minh Họa"` → the decision the report is appended to. */
export function appendixFromFlag(text: string | undefined): ReportRequest['appendix'] {
  if (text === undefined) return null;
  const [decisionNo = '', decisionDate = '', issuer = ''] = text.split('|').map((s) => s.trim());
  const parsed = ReportAppendix.safeParse({ decisionNo, decisionDate, issuer });
  if (!parsed.success || !parsed.data)
    throw new InputError(
      `--appendix cần "số quyết định|YYYY-MM-DD|cơ quan ban hành": "${text}". / --appendix needs "number|date|issuer".`,
    );
  return parsed.data;
}

const list = (text: string | undefined, sep: RegExp) =>
  (text ?? '')
    .split(sep)
    .map((s) => s.trim().normalize('NFC'))
    .filter(Boolean);

/** `export <report>`: writes one official report (.xlsx) of a unit, as the Báo cáo screen does. */
export const exportCommand: CliCommand = {
  name: 'export',
  usage: `export <${ReportId.options.join('|')}> --db FILE --out FILE.xlsx [--unit CODE] [--campaign ID] [--as-of YYYY-MM-DD | --period ${PERIOD_HELP}] [--codes A,B] [--fields "X;Y"] [--appendix "SỐ|YYYY-MM-DD|CƠ QUAN"] [--json]`,
  flags: ['db', 'out', 'unit', 'campaign', 'as-of', 'period', 'codes', 'fields', 'appendix', 'json'],
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
    const period = periodFromFlags(flag(args, 'as-of'), flag(args, 'period'));
    const appendix = appendixFromFlag(flag(args, 'appendix'));
    const filters = { codes: list(flag(args, 'codes'), /[,;\s]+/), fields: list(flag(args, 'fields'), /;/) };
    const { backend, call } = openExisting(requiredFlag(args, 'db'));
    try {
      const unit = await resolveUnit(call, flag(args, 'unit'));
      const request: ReportRequest = {
        report: report.data,
        unitId: unit.id,
        campaignId,
        filters,
        period,
        appendix,
      };
      resolveContext(backend.ctx.db, request); // a wrong unit, campaign or period is refused before any file exists
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
