/**
 * The province link from the command line (issue 19): `package` builds a unit's submission, `submit` sends it
 * (retried until acknowledged), `province summary` asks the province server for a plan's per-unit sums.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { ApiFailure } from '../../../backend/api-failure';
import { askPassword } from '../../../backend/submission/ask-password';
import { buildSubmission } from '../../../backend/submission/build-package';
import { decodeSubmission } from '../../../backend/submission/package-file';
import {
  ProvinceSession,
  submitWithRetry,
  TransientFailure,
} from '../../../backend/submission/province-client';
import { publishTemp, tempPathFor } from '../../../backend/reports/atomic-file';
import { renderError } from '../../../shared/errors';
import { bool, flag, InputError, openExisting, requiredFlag, UsageError, type CliCommand } from '../cli-kit';

function asInput(err: unknown): never {
  if (err instanceof ApiFailure) throw new InputError(renderError(err.code, err.params, 'vi'));
  if (err instanceof TransientFailure)
    throw new InputError(`Không kết nối được máy chủ: ${err.message}. / Server unreachable.`);
  throw err;
}

function seconds(args: Parameters<CliCommand['run']>[0], name: string, fallback: number): number {
  const text = flag(args, name);
  if (text === undefined) return fallback * 1000;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name}: "${text}" (số giây / seconds)`);
  return n * 1000;
}

async function password(user: string): Promise<string> {
  const line = await askPassword('TINHGON_PASSWORD', `Mật khẩu của ${user} / password: `);
  if (!line) throw new InputError('Thiếu mật khẩu (TINHGON_PASSWORD). / Missing password.');
  return line;
}

export const packageCommand: CliCommand = {
  name: 'package',
  usage:
    'package --db FILE --campaign ID --out FILE.tinhgon [--json]   (gói kết quả gửi tỉnh / a submission)',
  flags: ['db', 'campaign', 'out', 'json'],
  run(args, out) {
    const target = resolve(requiredFlag(args, 'out'));
    if (!target.toLowerCase().endsWith('.tinhgon'))
      throw new InputError('Tệp đích phải có đuôi .tinhgon. / --out must end with .tinhgon');
    if (!existsSync(dirname(target)) || !statSync(dirname(target)).isDirectory())
      throw new InputError(`Không có thư mục "${dirname(target)}". / Folder not found.`);
    if (existsSync(target))
      throw new InputError(`Tệp "${basename(target)}" đã tồn tại; TinhGọn không ghi đè. / File exists.`);
    const campaignText = requiredFlag(args, 'campaign');
    const campaignId = Number(campaignText);
    if (!Number.isSafeInteger(campaignId) || campaignId <= 0)
      throw new InputError(`Mã đợt rà soát không hợp lệ: "${campaignText}". / Invalid campaign id.`);
    const { backend } = openExisting(requiredFlag(args, 'db'));
    try {
      const built = buildSubmission(backend.ctx.db, campaignId);
      const temp = tempPathFor(target);
      writeFileSync(temp, built.bytes);
      publishTemp(temp, target);
      const m = built.manifest;
      out(
        bool(args, 'json')
          ? JSON.stringify({
              file: target,
              bytes: built.bytes.length,
              unitCode: m.unitCode,
              planKey: m.planKey,
              createdAt: m.createdAt,
              contentHash: m.contentHash,
              procedures: m.procedures,
              items: m.items,
            })
          : `Đã tạo gói ${target} (${m.items} thủ tục rà soát, ${m.procedures} thủ tục trong danh mục). / Package built.`,
      );
    } catch (err) {
      asInput(err);
    } finally {
      backend.close();
    }
  },
};

export const submitCommand: CliCommand = {
  name: 'submit',
  usage:
    'submit FILE.tinhgon --server URL --user NAME [--json] [--timeout S] [--give-up-after S]   (mật khẩu: TINHGON_PASSWORD)',
  flags: ['server', 'user', 'json', 'timeout', 'give-up-after'],
  async run(args, out) {
    const file = args.positional[0];
    if (!file) throw new UsageError('Thiếu tệp gói / missing package file');
    if (!existsSync(file)) throw new InputError(`Không tìm thấy tệp "${file}". / File not found.`);
    const bytes = readFileSync(file);
    try {
      decodeSubmission(bytes, basename(file)); // a bad package is refused here, before any network
    } catch (err) {
      asInput(err);
    }
    const server = requiredFlag(args, 'server');
    const user = requiredFlag(args, 'user');
    const timeoutMs = seconds(args, 'timeout', 60);
    const giveUpAfterMs = seconds(args, 'give-up-after', 30 * 60);
    const pass = await password(user);
    try {
      const ack = await submitWithRetry(
        { serverUrl: server, user, password: pass, timeoutMs },
        bytes,
        basename(file),
        {
          giveUpAfterMs,
          onRetry: (attempt, waitMs, reason) =>
            process.stderr.write(
              `Lần ${attempt} chưa được (${reason}); thử lại sau ${(waitMs / 1000).toFixed(1)} s. / retrying\n`,
            ),
        },
      );
      out(
        bool(args, 'json')
          ? JSON.stringify(ack)
          : `Tỉnh đã nhận (${ack.outcome}): đơn vị ${ack.unitCode}, lần gửi ${ack.version}. / Acknowledged.`,
      );
    } catch (err) {
      asInput(err);
    }
  },
};

export const provinceCommand: CliCommand = {
  name: 'province',
  usage: 'province summary --server URL --campaign ID|KEY --user NAME --json   (mật khẩu: TINHGON_PASSWORD)',
  flags: ['server', 'campaign', 'user', 'json'],
  async run(args, out) {
    if (args.positional[0] !== 'summary') throw new UsageError('province summary …');
    const server = requiredFlag(args, 'server');
    const user = requiredFlag(args, 'user');
    const which = requiredFlag(args, 'campaign');
    const session = new ProvinceSession({ serverUrl: server, user, password: await password(user) });
    try {
      const plans = await session.rpc('province.plans.list', {});
      const plan = plans.find((p) => String(p.id) === which || p.key === which);
      if (!plan) throw new InputError(`Máy chủ không có kế hoạch "${which}". / No such plan on the server.`);
      const units = await session.rpc('province.status', { planId: plan.id });
      const rows = units.map((u) => ({
        unitCode: u.unitCode,
        unitName: u.unitName,
        status: u.status,
        version: u.version,
        before: u.totals?.before.dong ?? null,
        after: u.totals?.after.dong ?? null,
        saving: u.totals?.saving.dong ?? null,
        reductionPct: u.totals?.reductionPct ?? null,
      }));
      if (bool(args, 'json'))
        out(JSON.stringify({ planId: plan.id, planKey: plan.key, title: plan.title, units: rows }));
      else
        for (const r of rows)
          out(`${r.unitCode}\t${r.status}\t${r.before ?? '—'}\t${r.after ?? '—'}\t${r.saving ?? '—'}`);
    } catch (err) {
      asInput(err);
    }
  },
};
