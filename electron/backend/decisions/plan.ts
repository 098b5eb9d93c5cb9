/**
 * What applying a decision would do to one unit's inventory, row by row (the preview), and the refusals of bad
 * input (a repeal or an amendment of a procedure the unit does not have, a decision older than the record's
 * current text, a new procedure without a code). Reads only.
 */
import type { Database } from 'better-sqlite3';
import { currentVersionDate } from '../../../db/queries/decisions';
import type {
  ApplyPlan,
  ApplyPlanRow,
  DecisionDetail,
  DecisionItemRow,
  DecisionLevel,
  PlanAction,
} from '../../shared/contract/decisions';
import type { FieldDiff } from '../../shared/contract/import';
import { baseCode, cleanCode } from '../../shared/decisions/appendix-table';
import type { Locale } from '../../shared/errors';
import { renderError } from '../../shared/errors';
import { fold } from '../../shared/text/fold';
import { formatDateVi } from '../../shared/text/format';
import { contentDiffs, HELD_CONTENT_SQL, withContent, type HeldContent } from './apply-content';
import './messages';

export interface HeldProcedure extends HeldContent {
  procedureId: number;
  code: string;
  name: string;
  field: string;
  executingAgencies: string;
  receivingAddress: string;
  timeText: string;
  feeText: string;
  legalCodes: string;
}

/** The unit's current (not trashed, not repealed) procedures, found by national code and by folded name. */
export function heldProcedures(db: Database, unitId: number) {
  const rows = db
    .prepare(
      `SELECT p.id AS procedureId, p.code, p.name, p.field, p.executing_agencies AS executingAgencies,
              p.receiving_address AS receivingAddress,
              coalesce((SELECT group_concat(c.time_text, ' | ') FROM channels c WHERE c.procedure_id = p.id), '')
                AS timeText,
              coalesce((SELECT group_concat(f.text, ' | ') FROM fees f JOIN channels c ON c.id = f.channel_id
                        WHERE c.procedure_id = p.id AND f.unit_id IS NULL), '') AS feeText,
              coalesce((SELECT group_concat(l.code, ' | ') FROM legal_bases l WHERE l.procedure_id = p.id), '')
                AS legalCodes, ${HELD_CONTENT_SQL}
       FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id
       WHERE up.unit_id = ? AND up.deleted_at IS NULL
         AND (up.valid_to IS NULL OR up.valid_to > date('now', 'localtime'))`,
    )
    .all(unitId) as HeldProcedure[];
  const byCode = new Map<string, HeldProcedure>();
  const byName = new Map<string, HeldProcedure>();
  for (const r of rows) {
    byCode.set(r.code, r);
    const base = baseCode(r.code);
    if (base && !byCode.has(base)) byCode.set(base, r);
    byName.set(fold(r.name), r);
  }
  return {
    find(code: string, name: string): HeldProcedure | undefined {
      const c = cleanCode(code);
      if (c) return byCode.get(c) ?? byCode.get(baseCode(c));
      return byName.get(fold(name));
    },
  };
}

/** Which level groups of a decision reach a unit of this level. */
export function levelApplies(unitLevel: string, level: DecisionLevel): boolean {
  if (unitLevel === 'XA') return level !== 'TINH';
  if (unitLevel === 'TINH') return level !== 'XA';
  return true;
}

const LABELS: Record<string, Record<Locale, string>> = {
  name: { vi: 'Tên thủ tục', en: 'Name' },
  field: { vi: 'Lĩnh vực', en: 'Field' },
  executingAgencies: { vi: 'Cơ quan thực hiện', en: 'Executing agency' },
  receivingAddress: { vi: 'Địa điểm thực hiện', en: 'Place' },
  time: { vi: 'Thời hạn giải quyết', en: 'Processing time' },
  fee: { vi: 'Phí, lệ phí', en: 'Fees' },
  legal: { vi: 'Căn cứ pháp lý (thêm)', en: 'Legal basis (added)' },
};

const short = (s: string, n = 300) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** Field by field, what an amendment row changes in the record as the unit holds it. */
export function amendDiffs(held: HeldProcedure, row: DecisionItemRow, locale: Locale): FieldDiff[] {
  const it = withContent(row);
  const out: FieldDiff[] = [];
  const add = (field: string, old: string, now: string) => {
    if (now.trim() && fold(now) !== fold(old))
      out.push({ field, label: LABELS[field]![locale], old: short(old), new: short(now) });
  };
  add('name', held.name, it.name);
  add('field', held.field, it.field);
  add('executingAgencies', held.executingAgencies, it.agency);
  add('receivingAddress', held.receivingAddress, it.placeText);
  add('time', held.timeText, it.timeText);
  add('fee', held.feeText, it.feeText);
  if (it.change === 'AMENDED' && it.legalText.trim() && !held.legalCodes.includes(legalCodeOf(it.legalText)))
    out.push({ field: 'legal', label: LABELS.legal![locale], old: '', new: short(it.legalText) });
  return [...out, ...contentDiffs(held, row.content, locale)];
}

/** The số ký hiệu in a legal text ("Nghị định số 280/2025/NĐ-CP ngày …" → "280/2025/NĐ-CP"). */
export function legalCodeOf(text: string): string {
  return /\d+\/\d{4}\/[\p{L}\d-]+/u.exec(text)?.[0] ?? '';
}

function olderThanRecord(
  db: Database,
  d: DecisionDetail,
  procedureId: number,
  code: string,
  locale: Locale,
): string | null {
  const current = currentVersionDate(db, procedureId);
  if (!current.date || d.signedDate >= current.date) return null;
  return renderError(
    'DECISION_OLDER_THAN_RECORD',
    {
      number: d.number,
      date: formatDateVi(d.signedDate),
      code,
      current: current.no || '—',
      currentDate: formatDateVi(current.date),
    },
    locale,
  );
}

export function planDecision(db: Database, d: DecisionDetail, unitLevel: string, locale: Locale): ApplyPlan {
  const held = heldProcedures(db, d.unitId);
  const shared = db.prepare('SELECT id FROM procedures WHERE code = ?');
  const rows: ApplyPlanRow[] = d.items.map((it, i) => {
    const code = cleanCode(it.code);
    const row = (action: PlanAction, procedureId: number | null, message: string | null = null) => ({
      ord: i + 1,
      change: it.change,
      level: it.level,
      code: code || it.code,
      name: it.name,
      action,
      procedureId,
      diffs: [] as FieldDiff[],
      message,
    });
    const err = (key: string, extra: Record<string, string> = {}) =>
      row(
        'error',
        null,
        renderError(key, { row: i + 1, code: code || '—', name: short(it.name, 80), ...extra }, locale),
      );
    if (!levelApplies(unitLevel, it.level))
      return row('skip', null, renderError('DECISION_OTHER_LEVEL', {}, locale));
    if (it.change === 'NEW' || (it.change === 'REPLACED' && it.replacesCode)) {
      if (!baseCode(code)) return err('DECISION_NEW_WITHOUT_CODE');
      const mine = held.find(code, '');
      if (it.change === 'REPLACED') {
        const old = held.find(it.replacesCode, '');
        if (!old) return err('DECISION_REPLACES_UNKNOWN', { replaced: it.replacesCode });
        const stale = olderThanRecord(db, d, old.procedureId, old.code, locale);
        if (stale) return row('error', old.procedureId, stale);
        return row('replace', old.procedureId);
      }
      if (mine) return row('already', mine.procedureId);
      const existing = (shared.get(baseCode(code)) ?? shared.get(code)) as { id: number } | undefined;
      return existing ? row('attach', existing.id) : row('create', null);
    }
    const mine = held.find(code, it.name);
    if (!mine) return err(it.change === 'ABOLISHED' ? 'DECISION_REPEALS_UNKNOWN' : 'DECISION_AMENDS_UNKNOWN');
    const stale = olderThanRecord(db, d, mine.procedureId, mine.code, locale);
    if (stale) return row('error', mine.procedureId, stale);
    if (it.change === 'ABOLISHED') return row('repeal', mine.procedureId);
    return { ...row('amend', mine.procedureId), diffs: amendDiffs(mine, it, locale) };
  });
  const summary = Object.fromEntries(
    (['create', 'attach', 'amend', 'replace', 'repeal', 'already', 'skip', 'error'] as const).map((a) => [
      a,
      rows.filter((r) => r.action === a).length,
    ]),
  ) as ApplyPlan['summary'];
  return { rows, summary, errors: rows.filter((r) => r.action === 'error').map((r) => r.message!) };
}
