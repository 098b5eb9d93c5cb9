/**
 * Applies a planned decision to the unit's inventory in ONE undoable step (history kind 'decision'): new records
 * created (or the shared national record attached), amended ones get a new version (the old one kept whole in
 * procedure_versions, edited in place so review marks keep their targets), repealed ones get valid_to = the
 * effective date (never deleted), and each gets a lifecycle event naming the decision.
 */
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../../db/queries/audit';
import { insertEvent, type EventInsert } from '../../../db/queries/decisions';
import { getProcedureDetail } from '../../../db/queries/procedure-read';
import { attachToUnit, insertProcedure } from '../../../db/queries/procedure-write';
import { refreshSearchText } from '../../../db/queries/search-text';
import type { ApplyPlan, DecisionDetail, DecisionItemRow } from '../../shared/contract/decisions';
import { baseCode, cleanCode } from '../../shared/decisions/appendix-table';
import { emptyRecord, ProcedureRecord, type Fee, type LegalBasis } from '../../shared/domain';
import { parseTime } from '../../shared/dvcqg/channels';
import { DEFAULT_UNIT_FIELDS } from '../../shared/dvcqg/record-parser';
import { parseFee } from '../../shared/text/parse-vn';
import type { BackendContext } from '../context';
import type { Tracker } from '../inventory/history';
import { snapshotOf } from '../review/implement';
import { componentOf, stepOf, withContent, writeContent } from './apply-content';
import { legalCodeOf } from './plan';

const LEVEL_LABELS = { TINH: ['Cấp tỉnh'], CHUNG: ['Cấp tỉnh', 'Cấp xã'], XA: ['Cấp xã'] } as const;

/** The first number + unit of a free-text time ("03 ngày làm việc, kể từ …" → 3 WORKING_DAY). */
function timeOf(text: string) {
  const t = parseTime(text.replace(/^[^\d]*/, ''));
  return { timeValue: t.value, timeUnit: t.unit, timeText: text.slice(0, 2000) };
}

function feeOf(text: string): Fee | null {
  if (!text.trim()) return null;
  const r = parseFee(text.slice(0, 4000));
  return r.ok
    ? r.fee
    : { kind: 'KHAC', amount: null, setBy: null, currency: 'VND', perUnit: '', text: text.slice(0, 4000) };
}

export function legalBasesOf(text: string): LegalBasis[] {
  return text
    .split(/\n|;\s*(?=-|Nghị định|Luật|Thông tư|Quyết định)/u)
    .map((l) => l.replace(/^[-–•+\s]+/, '').trim())
    .filter(Boolean)
    .slice(0, 200)
    .map((line) => ({
      code: legalCodeOf(line).slice(0, 200),
      name: line.slice(0, 4000),
      issuer: '',
      issuedDate: '',
      effectiveDate: '',
    }));
}

/** A new record from a row of the "mới ban hành" list: Phần I's columns, and Phần II's content when it gives it. */
export function recordOfItem(row: DecisionItemRow, d: DecisionDetail): ProcedureRecord {
  const it = withContent(row);
  const r = emptyRecord(baseCode(it.code) || cleanCode(it.code), it.name.slice(0, 2000), `QĐ ${d.number}`);
  r.field = it.field.slice(0, 500);
  r.levels = [...LEVEL_LABELS[it.level]];
  r.executingAgencies = it.agency.slice(0, 4000);
  r.receivingAddress = it.placeText.slice(0, 4000);
  r.issuingAgency = d.issuer.slice(0, 500);
  r.decisionNo = d.number.slice(0, 100);
  r.decisionDate = d.signedDate;
  const fee = feeOf(it.feeText);
  if (it.timeText.trim() || fee)
    r.channels = [{ method: 'TRUC_TIEP', ...timeOf(it.timeText), description: '', fees: fee ? [fee] : [] }];
  r.legalBases = legalBasesOf(it.legalText);
  const c = row.content;
  if (c) {
    r.steps = c.steps.map((text) => ({
      ...stepOf(text),
      actor: '',
      durationValue: null,
      durationUnit: 'UNSPECIFIED',
    }));
    if (c.components.length)
      r.componentGroups = [{ heading: '', components: c.components.map((x) => componentOf(x)) }];
    if (c.result) r.results = [{ name: c.result.slice(0, 2000), code: '' }];
  }
  return ProcedureRecord.parse(r);
}

/** An amendment in place: the old text kept as a version, Phần I columns written over, version + 1. */
function amend(
  db: Database,
  t: Tracker,
  unitId: number,
  pid: number,
  it: DecisionItemRow,
  d: DecisionDetail,
) {
  const now = new Date().toISOString();
  t.touch(pid);
  const before = getProcedureDetail(db, unitId, pid)!;
  const v = db
    .prepare(
      'INSERT INTO procedure_versions (procedure_id, version, snapshot_json, decision_no, decision_date, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(pid, before.version, JSON.stringify(snapshotOf(before)), d.number, d.signedDate, now);
  t.inserted('procedure_versions', Number(v.lastInsertRowid));
  const pick = (given: string, old: string) => (given.trim() ? given : old);
  db.prepare(
    `UPDATE procedures SET name = ?, field = ?, executing_agencies = ?, receiving_address = ?, decision_no = ?,
       decision_date = ?, status = 'AMENDED', version = version + 1, updated_at = ? WHERE id = ?`,
  ).run(
    pick(it.name, before.name).slice(0, 2000),
    pick(it.field, before.field),
    pick(it.agency, before.executingAgencies),
    pick(it.placeText, before.receivingAddress),
    d.number,
    d.signedDate,
    now,
    pid,
  );
  if (it.timeText.trim()) {
    const time = timeOf(it.timeText);
    if (before.channels.length)
      db.prepare(
        'UPDATE channels SET time_value = ?, time_unit = ?, time_text = ? WHERE procedure_id = ?',
      ).run(time.timeValue, time.timeUnit, time.timeText, pid);
    else
      db.prepare(
        "INSERT INTO channels (procedure_id, ord, method, time_value, time_unit, time_text) VALUES (?, 1, 'TRUC_TIEP', ?, ?, ?)",
      ).run(pid, time.timeValue, time.timeUnit, time.timeText);
  }
  const fee = feeOf(it.feeText);
  if (fee) {
    const channels = db
      .prepare('SELECT id FROM channels WHERE procedure_id = ?')
      .pluck()
      .all(pid) as number[];
    for (const ch of channels) {
      // The national rate is edited in place (review marks on a fee keep their target); a unit's local rate stays.
      const first = db
        .prepare('SELECT id FROM fees WHERE channel_id = ? AND unit_id IS NULL ORDER BY ord LIMIT 1')
        .get(ch) as { id: number } | undefined;
      const values = [fee.kind, fee.amount, fee.setBy, fee.currency, fee.perUnit, fee.text];
      if (first)
        db.prepare(
          'UPDATE fees SET kind = ?, amount = ?, set_by = ?, currency = ?, per_unit = ?, text = ? WHERE id = ?',
        ).run(...values, first.id);
      else
        db.prepare(
          'INSERT INTO fees (channel_id, unit_id, ord, kind, amount, set_by, currency, per_unit, text) VALUES (?, NULL, 1, ?, ?, ?, ?, ?, ?)',
        ).run(ch, ...values);
    }
  }
  if (it.legalText.trim()) {
    const known = new Set(before.legalBases.map((l) => l.code).filter(Boolean));
    const fresh = legalBasesOf(it.legalText).filter((l) => !l.code || !known.has(l.code));
    const ord = before.legalBases.length;
    fresh.forEach((l, i) =>
      db
        .prepare(
          'INSERT INTO legal_bases (procedure_id, ord, code, name, issuer, issued_date, effective_date) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(pid, ord + i + 1, l.code, l.name, l.issuer, l.issuedDate, l.effectiveDate),
    );
  }
  refreshSearchText(db, pid);
}

function repeal(db: Database, t: Tracker, unitId: number, pid: number, effective: string) {
  t.touch(pid);
  db.prepare(
    'UPDATE unit_procedures SET valid_to = ?, updated_at = ? WHERE unit_id = ? AND procedure_id = ?',
  ).run(effective, new Date().toISOString(), unitId, pid);
}

/** Creates or attaches the record of a new row; returns its id. */
function publish(
  db: Database,
  t: Tracker,
  unitId: number,
  it: DecisionItemRow,
  d: DecisionDetail,
  shared: number | null,
) {
  let pid = shared;
  if (pid === null) {
    pid = insertProcedure(db, recordOfItem(it, d));
    t.created(pid);
  } else t.touch(pid);
  if (!db.prepare('SELECT 1 FROM unit_procedures WHERE unit_id = ? AND procedure_id = ?').get(unitId, pid))
    attachToUnit(db, unitId, pid, DEFAULT_UNIT_FIELDS);
  db.prepare(
    'UPDATE unit_procedures SET valid_from = ?, valid_to = NULL, deleted_at = NULL WHERE unit_id = ? AND procedure_id = ?',
  ).run(d.effectiveDate, unitId, pid);
  return pid;
}

/** Runs inside track(): every row of the plan, then the decision marked applied. */
export function applyPlan(ctx: BackendContext, t: Tracker, d: DecisionDetail, plan: ApplyPlan): void {
  const db = ctx.db;
  const now = new Date().toISOString();
  const batchId = randomUUID();
  const event = (
    e: Omit<EventInsert, 'unitId' | 'decisionId' | 'decisionNo' | 'decisionDate' | 'effectiveDate'>,
  ) =>
    t.inserted(
      'procedure_events',
      insertEvent(
        db,
        {
          ...e,
          unitId: d.unitId,
          decisionId: d.id,
          decisionNo: d.number,
          decisionDate: d.signedDate,
          effectiveDate: d.effectiveDate,
        },
        now,
      ),
    );
  plan.rows.forEach((row, i) => {
    const it = d.items[i]!;
    let pid: number | null = null;
    if (row.action === 'create' || row.action === 'attach' || row.action === 'already') {
      pid = row.action === 'already' ? row.procedureId! : publish(db, t, d.unitId, it, d, row.procedureId);
      event({
        procedureId: pid,
        kind: 'PUBLISHED',
        note: row.action === 'already' ? 'đã có trong danh mục' : '',
      });
    } else if (row.action === 'amend') {
      pid = row.procedureId!;
      amend(db, t, d.unitId, pid, withContent(it), d);
      if (it.content) writeContent(db, pid, it.content);
      refreshSearchText(db, pid);
      event({ procedureId: pid, kind: 'AMENDED', note: it.legalText.slice(0, 500) });
    } else if (row.action === 'repeal') {
      pid = row.procedureId!;
      repeal(db, t, d.unitId, pid, d.effectiveDate);
      event({ procedureId: pid, kind: 'ABOLISHED', note: it.legalText.slice(0, 500) });
    } else if (row.action === 'replace') {
      const shared = db.prepare('SELECT id FROM procedures WHERE code = ?').get(baseCode(it.code)) as
        { id: number } | undefined;
      pid = publish(db, t, d.unitId, it, d, shared?.id ?? null);
      repeal(db, t, d.unitId, row.procedureId!, d.effectiveDate);
      event({ procedureId: row.procedureId!, kind: 'REPLACED', note: `thay thế bởi ${cleanCode(it.code)}` });
      event({ procedureId: pid, kind: 'PUBLISHED', note: `thay thế ${it.replacesCode}` });
    } else return;
    t.row('decision_items', it.id);
    db.prepare('UPDATE decision_items SET procedure_id = ? WHERE id = ?').run(pid, it.id);
    appendAudit(db, {
      actor: ctx.actor(),
      action: 'decision',
      entity: 'procedure',
      entityId: pid,
      procedureId: pid,
      unitId: d.unitId,
      field: row.action,
      oldValue: null,
      newValue: d.number,
      batchId,
    });
  });
  t.row('decisions', d.id);
  db.prepare('UPDATE decisions SET applied_at = ?, updated_at = ? WHERE id = ?').run(now, now, d.id);
}
