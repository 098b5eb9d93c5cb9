import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiFailure } from '../../../backend/api-failure';
import { withLimits } from '../../../backend/import/limits';
import { parseAndImport } from '../../../backend/import/run-import';
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

/**
 * `import <file.xlsx> --db FILE [--unit CODE] [--sheet NAME] [--dry-run] [--update] [--json]`: the wizard's
 * engine without the wizard. Exit 0 when committed or a dry run; 1 when the file is refused (nothing written).
 */
export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import <file.xlsx> --db FILE [--unit CODE] [--sheet NAME] [--dry-run] [--update] [--json]',
  flags: ['db', 'unit', 'sheet', 'dry-run', 'update', 'json'],
  async run(args, out) {
    const file = args.positional[0];
    if (!file) throw new UsageError('Thiếu tệp .xlsx / missing the .xlsx file');
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new InputError(`Không đọc được tệp "${file}". / Cannot read the file.`);
    }
    // A dry run only reads (it works while the app has the file open); an import waits for, or names, the writer.
    const dbFile = requiredFlag(args, 'db');
    const { backend, call } = bool(args, 'dry-run') ? openExisting(dbFile) : await openForWriting(dbFile);
    const json = bool(args, 'json');
    try {
      const unit = await resolveUnit(call, flag(args, 'unit'));
      const fileName = basename(file);
      try {
        const sheet = flag(args, 'sheet');
        const outcome = await parseAndImport(backend.ctx, bytes, {
          fileName,
          unitId: unit.id,
          ...(sheet ? { sheet } : {}),
          dryRun: bool(args, 'dry-run'),
          update: bool(args, 'update'),
          limits: withLimits(undefined),
        });
        if (json) {
          const { backupFile: _b, ...rest } = outcome;
          out(JSON.stringify(rest));
        } else {
          out(
            `${outcome.committed ? 'Đã nhập' : 'Kiểm tra thử'} "${fileName}" → ${unit.name}: ` +
              `${outcome.created} mới, ${outcome.updated} cập nhật, ${outcome.unchanged} không đổi, ` +
              `${outcome.conflicts} khác biệt chưa áp dụng (dùng --update), ${outcome.rejected} dòng lỗi.`,
          );
          for (const e of outcome.errors.slice(0, 50)) out(`  ${e.sheet}!${e.column}${e.row}: ${e.message}`);
          if (outcome.backupFile) out(`Bản sao lưu trước khi nhập: ${outcome.backupFile}`);
        }
      } catch (err) {
        if (!(err instanceof ApiFailure)) throw err;
        const message = renderError(err.code, err.params, 'vi');
        if (json) {
          out(
            JSON.stringify({
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
            }),
          );
        }
        throw new InputError(message);
      }
    } finally {
      backend.close();
    }
  },
};
