import { basename } from 'node:path';
import { ApiCallError } from '../../../backend/direct-client';
import {
  bool,
  flag,
  InputError,
  openExisting,
  requiredFlag,
  resolveUnit,
  UsageError,
  type CliCommand,
} from '../cli-kit';
import { readInputWorkbook } from '../input-file';

/**
 * `compare <national-list.xlsx>`: the import's compare mode without the wizard — what a newer national list
 * (the DVCQG export) has that is new, changed (field by field) or gone against the unit's inventory. Writes nothing.
 */
export const compareCommand: CliCommand = {
  name: 'compare',
  usage: 'compare <national-list.xlsx> --db FILE [--unit CODE] [--json]',
  flags: ['db', 'unit', 'json'],
  async run(args, out) {
    const file = args.positional[0];
    if (!file) throw new UsageError('Thiếu tệp .xlsx / missing the .xlsx file');
    const bytes = readInputWorkbook(file);
    const { backend, call } = openExisting(requiredFlag(args, 'db'));
    try {
      const unit = await resolveUnit(call, flag(args, 'unit'));
      try {
        const { token } = await call('import.upload', {
          fileName: basename(file),
          dataBase64: bytes.toString('base64'),
        });
        const inspection = await call('import.inspect', { token });
        const result = await call('national.compare', { token, unitId: unit.id, plans: inspection.plans });
        await call('import.cancel', { token });
        if (bool(args, 'json')) {
          out(JSON.stringify(result));
          return;
        }
        const s = result.summary;
        out(
          `${basename(file)} so với ${unit.name}: ${s.new} mới, ${s.changed} thay đổi, ${s.gone} không còn trong danh mục quốc gia ` +
            `(trong ${result.fields.length} lĩnh vực của tệp), ${s.unchanged} không đổi, ${s.rejected} dòng lỗi.`,
        );
        for (const r of result.rows.slice(0, 200)) {
          const mark = r.status === 'new' ? '+' : r.status === 'gone' ? '-' : '~';
          out(`${mark} ${r.code} ${r.name}`);
          for (const d of r.diffs) out(`    ${d.label}: "${d.old}" → "${d.new}"`);
        }
      } catch (err) {
        if (err instanceof ApiCallError) throw new InputError(err.message);
        throw err;
      }
    } finally {
      backend.close();
    }
  },
};
