import { basename } from 'node:path';
import { ApiCallError } from '../../../backend/direct-client';
import { planDecision } from '../../../backend/decisions/plan';
import type { ApplyPlan, DecisionDetail } from '../../../shared/contract/decisions';
import { renderError } from '../../../shared/errors';
import { parseDateVi } from '../../../shared/text/format';
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

const dateFlag = (args: Parameters<CliCommand['run']>[0], name: string): string | undefined => {
  const v = flag(args, name);
  if (v === undefined) return undefined;
  const iso = parseDateVi(v);
  if (!iso) throw new UsageError(`--${name}: ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd / a date`);
  return iso;
};

function printPlan(out: (s: string) => void, plan: ApplyPlan): void {
  const s = plan.summary;
  out(
    `${s.create + s.attach} mới, ${s.amend} sửa đổi (phiên bản mới), ${s.replace} thay thế, ${s.repeal} bãi bỏ, ` +
      `${s.already} đã có, ${s.skip} không thuộc cấp của đơn vị, ${s.error} dòng lỗi.`,
  );
  for (const r of plan.rows.filter((x) => x.action === 'amend'))
    for (const d of r.diffs) out(`  ${r.code} ${d.label}: "${d.old}" → "${d.new}"`);
  for (const e of plan.errors.slice(0, 50)) out(`  ${e}`);
}

/**
 * `decision apply <file.xlsx>`: reads a publication decision's appendix workbook (Phần I lists by meaning),
 * records the decision and applies it to the unit's inventory after a backup; `--dry-run` only shows the plan.
 * The number, date and issuer come from the "(Kèm theo Quyết định số …)" line unless given.
 */
export const decisionCommand: CliCommand = {
  name: 'decision',
  usage:
    'decision apply <file.xlsx> --db FILE [--unit CODE] [--number SỐ] [--date DD/MM/YYYY] [--effective DD/MM/YYYY] [--issuer TEXT] [--signer TEXT] [--dry-run] [--json]',
  flags: ['db', 'unit', 'number', 'date', 'effective', 'issuer', 'signer', 'dry-run', 'json'],
  async run(args, out) {
    const [verb, file] = args.positional;
    if (verb !== 'apply' || !file) throw new UsageError('Cách dùng: decision apply <file.xlsx> --db FILE');
    const bytes = readInputWorkbook(file);
    // A dry run only reads; applying waits for, or names, another writer of the database.
    const dbFile = requiredFlag(args, 'db');
    const { backend, call } = bool(args, 'dry-run') ? openExisting(dbFile) : await openForWriting(dbFile);
    const json = bool(args, 'json');
    try {
      const unit = await resolveUnit(call, flag(args, 'unit'));
      const parsed = await call('decisions.parseFile', {
        fileName: basename(file),
        dataBase64: bytes.toString('base64'),
      });
      const number = flag(args, 'number') ?? parsed.head.number;
      const signedDate = dateFlag(args, 'date') ?? parsed.head.signedDate;
      if (!number || !signedDate)
        throw new InputError(
          `Tệp "${basename(file)}" không ghi số và ngày quyết định ("Kèm theo Quyết định số … ngày …"): dùng --number và --date.`,
        );
      if (!parsed.items.length)
        throw new InputError(`Tệp "${basename(file)}": ${parsed.problems[0]?.message ?? ''}`);
      const head = {
        number,
        signedDate,
        effectiveDate: dateFlag(args, 'effective') ?? signedDate,
        issuer: flag(args, 'issuer') ?? parsed.head.issuer,
        signer: flag(args, 'signer') ?? '',
        title: parsed.head.title.slice(0, 2000),
        source: basename(file),
      };
      const items = parsed.items.map(({ sheet: _s, row: _r, ...it }) => it);
      // Planned before anything is saved: a refused decision leaves the database file byte for byte as it was.
      const draft: DecisionDetail = {
        ...head,
        id: 0,
        unitId: unit.id,
        appliedAt: null,
        counts: { NEW: 0, AMENDED: 0, REPLACED: 0, ABOLISHED: 0 },
        items: items.map((it) => ({ ...it, id: 0, procedureId: null })),
      };
      const draftPlan = planDecision(backend.ctx.db, draft, unit.level, 'vi');
      if (bool(args, 'dry-run')) {
        const answer = { committed: false, decision: head, ...draftPlan, problems: parsed.problems };
        // One JSON document on stdout either way: a refusal carries the plan as its answer.
        if (draftPlan.errors.length) throw new InputError(draftPlan.errors[0]!, 'DECISION_INVALID', answer);
        if (json) out(JSON.stringify(answer));
        else {
          out(`Kiểm tra thử quyết định ${number} → ${unit.name}:`);
          printPlan(out, draftPlan);
        }
        return;
      }
      if (draftPlan.errors.length) {
        const message = renderError('DECISION_REFUSED', {
          number,
          count: draftPlan.errors.length,
          first: draftPlan.errors[0]!.slice(0, 200),
        });
        throw new InputError(message, 'DECISION_REFUSED', {
          committed: false,
          refused: 'DECISION_REFUSED',
          message,
        });
      }
      const saved = await call('decisions.save', { unitId: unit.id, head, items });
      let plan: ApplyPlan;
      try {
        plan = await call('decisions.apply', { decisionId: saved.id });
      } catch (err) {
        // Refused: the decision is not kept either, so the database is as it was.
        await call('decisions.delete', { decisionId: saved.id });
        if (err instanceof ApiCallError) {
          throw new InputError(err.message, err.code, {
            committed: false,
            refused: err.code,
            message: err.message,
          });
        }
        throw err;
      }
      if (json) out(JSON.stringify({ committed: true, decisionId: saved.id, decision: head, ...plan }));
      else {
        out(`Đã áp dụng quyết định ${number} → ${unit.name}:`);
        printPlan(out, plan);
        out(`Bản sao lưu trước khi áp dụng: ${plan.backupName}`);
      }
    } finally {
      backend.close();
    }
  },
};
