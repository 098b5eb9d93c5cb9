import { z } from 'zod';
import { ApiCallError } from '../../../backend/direct-client';
import { MergeResolutions } from '../../../shared/contract/merges';
import { parseDateVi } from '../../../shared/text/format';
import {
  bool,
  flag,
  InputError,
  openExisting,
  openForWriting,
  requiredFlag,
  UsageError,
  type CliCommand,
} from '../cli-kit';
import { readInputText } from '../input-file';

/**
 * The resolution file of `units merge --resolutions FILE.json` (documented in docs/usage/decisions-merges.md):
 * `{ "resolutions": { "<conflict key>": "<old unit code>", … }, "default": "<old unit code>" }`. Each key is a
 * conflict as the merge lists it ("1.001193:onlineLevel", "1.001193:fee:TRUC_TIEP", "1.001193:review"); the value
 * is the old unit whose value the new one keeps. "default", when given, answers every conflict it can.
 */
const ResolutionFile = z
  .object({ resolutions: MergeResolutions.default({}), default: z.string().max(60).optional() })
  .strict();

function openConflictsMessage(open: { key: string }[]): string {
  const keys = open
    .slice(0, 3)
    .map((c) => c.key)
    .join(', ');
  return `Còn ${open.length} xung đột chưa chọn (${keys}…): ghi lựa chọn vào tệp --resolutions. Chưa có gì được ghi.`;
}

function readResolutions(file: string): z.infer<typeof ResolutionFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(readInputText(file));
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(
      `Không đọc được tệp lựa chọn "${file}" (cần JSON). / Cannot read the resolution file (JSON).`,
    );
  }
  const parsed = ResolutionFile.safeParse(raw);
  if (!parsed.success)
    throw new InputError(
      `Tệp "${file}": cần {"resolutions": {"<mã TTHC>:<giá trị>": "<mã đơn vị cũ>"}, "default": "<mã đơn vị cũ>"}.`,
    );
  return parsed.data;
}

/**
 * `units merge --into NAME --code CODE --from C1,C2[,…] --valid-from DATE --db FILE [--resolutions FILE.json]
 * [--dry-run] [--json]`: merges old units into a new one. Lists the conflicts; without answers for all of them
 * it commits nothing (exit 1).
 */
export const unitsCommand: CliCommand = {
  name: 'units',
  usage:
    'units merge --into "Tên xã mới" --code CODE --from CODE1,CODE2[,…] --valid-from YYYY-MM-DD --db FILE [--resolutions FILE.json] [--dry-run] [--json]',
  flags: ['db', 'into', 'code', 'from', 'valid-from', 'resolutions', 'dry-run', 'json'],
  async run(args, out) {
    if (args.positional[0] !== 'merge') throw new UsageError('Cách dùng: units merge --into … --db FILE');
    const validFrom = parseDateVi(requiredFlag(args, 'valid-from'));
    if (!validFrom) throw new UsageError('--valid-from: ngày dạng YYYY-MM-DD hoặc dd/mm/yyyy');
    const codes = requiredFlag(args, 'from')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    const file = flag(args, 'resolutions');
    const answers = file
      ? readResolutions(file)
      : { resolutions: {} as Record<string, string>, default: undefined };
    const json = bool(args, 'json');
    // A dry run only reads; a merge waits for, or names, another writer of the database.
    const dbFile = requiredFlag(args, 'db');
    const { backend, call } = bool(args, 'dry-run') ? openExisting(dbFile) : await openForWriting(dbFile);
    try {
      const units = await call('units.list', {});
      const sourceIds = codes.map((c) => {
        const u = units.find((x) => x.code === c);
        if (!u) throw new InputError(`Không có đơn vị mã "${c}". / No unit with code "${c}".`);
        return u.id;
      });
      const request = {
        sourceIds,
        name: requiredFlag(args, 'into'),
        code: requiredFlag(args, 'code'),
        validFrom,
      };
      try {
        const preview = await call('merges.preview', request);
        const resolutions: Record<string, string> = { ...answers.resolutions };
        for (const c of preview.conflicts)
          if (
            !(c.key in resolutions) &&
            answers.default &&
            c.options.some((o) => o.unitCode === answers.default)
          )
            resolutions[c.key] = answers.default;
        const open = preview.conflicts.filter((c) => !(c.key in resolutions));
        if (bool(args, 'dry-run') || open.length) {
          const answer = { committed: false, ...preview, unresolved: open.map((c) => c.key) };
          const refusal = open.length && !bool(args, 'dry-run') ? openConflictsMessage(open) : null;
          // With --json one document on stdout: a refusal carries the preview as its answer.
          if (json && refusal) throw new InputError(refusal, 'MERGE_CONFLICTS_OPEN', answer);
          if (json) out(JSON.stringify(answer));
          else {
            out(
              `Sáp nhập ${preview.units.map((u) => u.name).join(' + ')} → ${request.name}: ${preview.procedures} TTHC ` +
                `(${preview.shared} chung), ${preview.dossiersPerYear.toLocaleString('vi-VN')} hồ sơ/năm, ` +
                `${preview.reviewsCarried} rà soát chuyển sang, ${preview.conflicts.length} xung đột (${open.length} chưa chọn).`,
            );
            for (const c of preview.conflicts)
              out(
                `  ${c.key} — ${c.label}: ${c.options.map((o) => `[${o.unitCode}] ${o.text}`).join(' | ')}`,
              );
          }
          if (refusal) throw new InputError(refusal, 'MERGE_CONFLICTS_OPEN');
          return;
        }
        const done = await call('merges.commit', { ...request, resolutions });
        if (json) out(JSON.stringify({ committed: true, ...done, conflicts: preview.conflicts.length }));
        else
          out(
            `Đã sáp nhập → ${done.unit.name} (${done.unit.code}) từ ${validFrom}: ${done.procedures} TTHC, ` +
              `${done.reviewsCarried} rà soát. Bản sao lưu trước khi sáp nhập: ${done.backupName}`,
          );
      } catch (err) {
        if (err instanceof ApiCallError) throw new InputError(err.message);
        throw err;
      }
    } finally {
      backend.close();
    }
  },
};
