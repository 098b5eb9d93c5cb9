import { basename } from 'node:path';
import { ApiCallError } from '../../../backend/direct-client';
import { formatHoursMilliAs, formatStepTime, stepHoursMilli } from '../../../shared/cost/step-time';
import type { ProcessSummary } from '../../../shared/contract/process';
import {
  bool,
  flag,
  InputError,
  openExisting,
  openForWriting,
  requiredFlag,
  resolveUnit,
  UsageError,
  type CliCommand,
} from '../cli-kit';
import { readInputWorkbook } from '../input-file';

const CHANNEL = { TRUC_TIEP: 'Trực tiếp', BUU_CHINH: 'Dịch vụ bưu chính', TRUC_TUYEN: 'Trực tuyến' } as const;
const PROBLEM = {
  PROCESS_OVER: 'tổng các bước VƯỢT thời hạn giải quyết',
  PROCESS_UNDER: 'tổng các bước ÍT HƠN thời hạn giải quyết',
  UNITS_DIFFER: 'thời hạn tính theo ngày lịch, quy trình theo ngày làm việc: không so được',
  AFTER_OVER: 'sau đơn giản hóa vẫn vượt thời hạn đề xuất',
} as const;

function print(s: ProcessSummary, out: (l: string) => void) {
  if (s.processes.length === 0) out('Chưa có quy trình nội bộ. / No internal process recorded.');
  for (const p of s.processes) {
    const unit = p.steps.some((x) => x.time.unit === 'HOUR') ? 'HOUR' : 'WORKING_DAY';
    out(`${p.name || 'Quy trình nội bộ'}${p.source ? ` — ${p.source}` : ''}`);
    p.steps.forEach((x, i) =>
      out(
        `  ${i + 1}. [${x.responsible}] ${x.work.replace(/\s+/g, ' ').slice(0, 90)} — ${x.timeText || formatStepTime(x.time)} (${formatHoursMilliAs(stepHoursMilli(x.time), 'HOUR')})`,
      ),
    );
    out(
      `  Tổng: ${formatHoursMilliAs(p.hoursMilli, unit)} = ${formatHoursMilliAs(p.hoursMilli, 'WORKING_DAY')}${p.statedTotal ? ` (bảng ghi: ${p.statedTotal})` : ''}`,
    );
  }
  for (const c of s.channels) {
    const legal =
      c.legalDays === null
        ? '—'
        : `${c.legalDays} ${c.legalUnit === 'CALENDAR_DAY' ? 'ngày' : 'ngày làm việc'}`;
    const problems = c.problems.map((p) => `${PROBLEM[p.code]} (${p.processDays} / ${p.legalDays})`);
    out(
      `${CHANNEL[c.method]}: thời hạn ${legal}; quy trình ${c.processDays ?? '—'} ngày làm việc${problems.length ? ' — ' + problems.join('; ') : ''}`,
    );
  }
}

/**
 * `process <code>`: the unit's quy trình nội bộ of a procedure, its times and their sum against each channel's
 * thời hạn giải quyết. `process import <file.xlsx> <code>`: a published table becomes it, all-or-nothing.
 */
export const processCommand: CliCommand = {
  name: 'process',
  usage:
    'process <code> | process import <file.xlsx> <code> --db FILE [--unit CODE] [--dry-run] [--source TEXT] [--json]',
  flags: ['db', 'unit', 'json', 'dry-run', 'source'],
  async run(args, out) {
    const importing = args.positional[0] === 'import';
    const [file, code] = importing ? args.positional.slice(1) : [undefined, args.positional[0]];
    if (!code || (importing && !file))
      throw new UsageError('Thiếu mã TTHC hoặc tệp / missing procedure code or file');
    const bytes = file ? readInputWorkbook(file) : null;
    // Reading or a dry run opens the file to read; an import waits for, or names, another writer.
    const dbFile = requiredFlag(args, 'db');
    const writes = importing && !bool(args, 'dry-run');
    const { backend, call } = writes ? await openForWriting(dbFile) : openExisting(dbFile);
    try {
      const unit = await resolveUnit(call, flag(args, 'unit'));
      const rows = await call('inventory.list', { unitId: unit.id, search: code, limit: 50 });
      const row = rows.rows.find((r) => r.code === code);
      if (!row)
        throw new InputError(
          `Đơn vị ${unit.code} không có thủ tục ${code}. / No procedure ${code} in unit ${unit.code}.`,
        );
      try {
        const summary =
          bytes && file
            ? await call('process.import', {
                unitId: unit.id,
                procedureId: row.procedureId,
                fileName: basename(file),
                dataBase64: bytes.toString('base64'),
                dryRun: bool(args, 'dry-run'),
                source: flag(args, 'source') ?? '',
              })
            : await call('process.get', { unitId: unit.id, procedureId: row.procedureId });
        if (bool(args, 'json')) return out(JSON.stringify({ code, ...summary }));
        out(`${code} ${row.name} (${unit.name})`);
        if ('committed' in summary && 'stepCount' in summary) {
          const n = summary.stepCount as number;
          out(summary.committed ? `Đã nhập ${n} bước.` : `Chạy thử: ${n} bước hợp lệ, chưa lưu.`);
        }
        print(summary, out);
      } catch (err) {
        if (err instanceof ApiCallError) throw new InputError(err.message);
        throw err;
      }
    } finally {
      backend.close();
    }
  },
};
