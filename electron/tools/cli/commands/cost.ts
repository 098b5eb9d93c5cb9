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

/**
 * `cost <code>`: the compliance cost of any procedure before/after simplification: from the unit's latest
 * review plan that covers it (its marks and overrides; frozen figures once approved), else the activities its
 * record implies with no marks. Money in whole đồng as shown (half-up), reductionPct a number with 2 decimals;
 * days from the internal steps where recorded; each activity says whether it is a default or an override.
 */
const ORIGIN = { DEFAULT: 'default', OVERRIDE: 'override', ADDED: 'added', HAND: 'hand' } as const;

export const costCommand: CliCommand = {
  name: 'cost',
  usage: 'cost <code> --db FILE [--unit CODE] [--json]',
  flags: ['db', 'unit', 'json'],
  async run(args, out) {
    const code = args.positional[0];
    if (!code) throw new UsageError('Thiếu mã TTHC / missing procedure code');
    const { backend, call } = openExisting(requiredFlag(args, 'db'));
    try {
      const unit = await resolveUnit(call, flag(args, 'unit'));
      let r;
      try {
        r = await call('cost.byCode', { unitId: unit.id, code });
      } catch (err) {
        if (err instanceof ApiCallError) throw new InputError(err.message);
        throw err;
      }
      const c = r.cost;
      const result = {
        code: r.code,
        before: { perDossier: c.before.perDossier.dong, perYear: c.before.perYear.dong },
        after: { perDossier: c.after.perDossier.dong, perYear: c.after.perYear.dong },
        saving: c.saving.dong,
        reductionPct: c.reductionPct === null ? null : Number(c.reductionPct),
        daysBefore: r.daysBefore,
        daysAfter: r.daysAfter,
        itemId: r.itemId,
        mode: r.mode,
        frozen: r.frozen,
        activities: (['before', 'after'] as const).flatMap((scenario) =>
          r.activities[scenario].map((a) => ({
            scenario,
            key: a.key,
            name: a.name,
            hours: a.hoursMilli / 1000,
            otherCost: a.otherCost,
            serviceCost: a.serviceCost,
            fee: a.fee,
            origin: ORIGIN[a.origin],
          })),
        ),
      };
      if (bool(args, 'json')) {
        out(JSON.stringify(result));
        return;
      }
      const n = (x: number) => x.toLocaleString('vi-VN');
      out(`${r.code} ${r.name} (${unit.name})`);
      out(`Trước: ${n(result.before.perDossier)} đ/hồ sơ; ${n(result.before.perYear)} đ/năm`);
      out(`Sau:   ${n(result.after.perDossier)} đ/hồ sơ; ${n(result.after.perYear)} đ/năm`);
      out(`Tiết kiệm: ${n(result.saving)} đ/năm (${c.reductionPct ?? '—'} %)`);
      out(`Thời hạn giải quyết: ${result.daysBefore ?? '—'} → ${result.daysAfter ?? '—'} ngày`);
      if (r.itemId === null)
        out('(Không có trong kế hoạch rà soát: hoạt động suy ra từ hồ sơ TTHC, chưa có đề xuất.)');
      if (r.frozen) out('(Số liệu đã chốt khi phê duyệt.)');
      for (const a of result.activities)
        out(
          `  ${a.scenario === 'before' ? 'Trước' : 'Sau  '} | ${a.origin.padEnd(9)} | ${a.name.slice(0, 70)} | ${a.hours} giờ | ${n(a.otherCost + a.serviceCost)} đ | phí ${n(a.fee)} đ`,
        );
    } finally {
      backend.close();
    }
  },
};
