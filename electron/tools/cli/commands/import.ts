import { basename } from 'node:path';
import { ApiFailure } from '../../../backend/api-failure';
import { withLimits } from '../../../backend/import/limits';
import { parseAndImport, type ImportOutcome } from '../../../backend/import/run-import';
import { renderError } from '../../../shared/errors';
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
import { levelWarning, pickFrom } from './import-pick';

/** The one-line answer: what was (or, in a dry run, would be) written; "0 thủ tục được nhập" when nothing. */
function summaryLine(o: ImportOutcome, fileName: string, unitName: string, dryRun: boolean): string {
  const counts =
    `${o.created} mới, ${o.updated} cập nhật, ${o.unchanged} không đổi, ` +
    `${o.conflicts} khác biệt chưa áp dụng (dùng --update), ${o.rejected} dòng lỗi`;
  if (dryRun) return `Kiểm tra thử "${fileName}" → ${unitName}: ${counts}. Chưa ghi gì.`;
  if (!o.committed)
    return `0 thủ tục được nhập từ "${fileName}" vào ${unitName} (${counts}). Dữ liệu không bị thay đổi.`;
  return `Đã nhập "${fileName}" → ${unitName}: ${counts}.`;
}

/**
 * `import <file.xlsx> --db FILE [--unit CODE] [--sheet NAME] [--only-field "A;B"] [--level xa,…] [--dry-run]
 * [--update] [--json]`: the wizard's engine without the wizard, with its row picking (only these lĩnh vực, only
 * rows at these levels) and its warning when most rows are not at the unit's level. Exit 0 when the file's rows were imported (or are already there); 1 when the file is refused
 * or none of its rows can be imported (nothing written).
 */
export const importCommand: CliCommand = {
  name: 'import',
  usage:
    'import <file.xlsx> --db FILE [--unit CODE] [--sheet NAME] [--only-field "A;B"] [--level xa,tinh,huyen,bo,none] [--dry-run] [--update] [--json]',
  flags: ['db', 'unit', 'sheet', 'only-field', 'level', 'dry-run', 'update', 'json'],
  async run(args, out) {
    const file = args.positional[0];
    if (!file) throw new UsageError('Thiếu tệp .xlsx / missing the .xlsx file');
    // Checked before a byte is read: a folder, a FIFO or a device is refused at once, a huge file by its size.
    const bytes = readInputWorkbook(file);
    // A dry run only reads (it works while the app has the file open); an import waits for, or names, the writer.
    const dbFile = requiredFlag(args, 'db');
    const { backend, call } = bool(args, 'dry-run') ? openExisting(dbFile) : await openForWriting(dbFile);
    const json = bool(args, 'json');
    try {
      const unit = await resolveUnit(call, flag(args, 'unit'));
      const fileName = basename(file);
      try {
        const sheet = flag(args, 'sheet');
        const pick = pickFrom(args);
        const outcome = await parseAndImport(backend.ctx, bytes, {
          fileName,
          unitId: unit.id,
          ...(sheet ? { sheet } : {}),
          ...(pick ? { pick } : {}),
          dryRun: bool(args, 'dry-run'),
          update: bool(args, 'update'),
          limits: withLimits(undefined),
        });
        const dryRun = bool(args, 'dry-run');
        // Nothing could be imported (every row rejected, or no data rows): exit 1, as for a refused file.
        const usable = outcome.created + outcome.updated + outcome.unchanged + outcome.conflicts;
        if (usable === 0) process.exitCode = 1;
        const message = summaryLine(outcome, fileName, unit.name, dryRun);
        // Not repeated when the rows were already picked by level.
        const warning = pick?.levels ? null : levelWarning(outcome.levelFit, unit.name);
        if (json) {
          const { backupFile: _b, ...rest } = outcome;
          // imported: what was written (0 in a dry run, which writes nothing).
          const imported = outcome.committed ? outcome.created + outcome.updated : 0;
          out(JSON.stringify({ ...rest, imported, message, levelWarning: warning }));
        } else {
          out(message);
          if (outcome.excluded) out(`Bỏ qua ${outcome.excluded} dòng không thuộc lĩnh vực/cấp đã chọn.`);
          if (warning) out(warning);
          for (const e of outcome.errors.slice(0, 50)) out(`  ${e.sheet}!${e.column}${e.row}: ${e.message}`);
          if (outcome.errors.length > 50) out(`  … ${outcome.errors.length - 50} lỗi khác (dùng --json)`);
          if (outcome.warnings.length) out(`Cảnh báo (${outcome.warnings.length}):`);
          for (const w of outcome.warnings.slice(0, 20))
            out(`  ${w.sheet}!${w.column}${w.row}: ${w.message}`);
          if (outcome.warnings.length > 20)
            out(`  … ${outcome.warnings.length - 20} cảnh báo khác (dùng --json)`);
          if (outcome.backupFile) out(`Bản sao lưu trước khi nhập: ${outcome.backupFile}`);
        }
      } catch (err) {
        if (!(err instanceof ApiFailure)) throw err;
        const message = renderError(err.code, err.params, 'vi');
        throw new InputError(message, err.code, {
          committed: false,
          refused: err.code,
          created: 0,
          updated: 0,
          unchanged: 0,
          conflicts: 0,
          rejected: 0,
          errors: [
            {
              sheet: String(err.params.sheet ?? ''),
              row: Number(err.params.row ?? 0),
              column: String(err.params.column ?? ''),
              message,
            },
          ],
        });
      }
    } finally {
      backend.close();
    }
  },
};
