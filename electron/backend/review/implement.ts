/**
 * "Đã thực thi": the approved marks become the new version of the published record. The old version is kept
 * whole in procedure_versions (as JSON, with element ids so the diff and the review view can still show it);
 * the live record is edited in place so the ids of kept elements do not change. Runs inside the caller's
 * transaction.
 */
import type { Database } from 'better-sqlite3';
import { getProcedureDetail } from '../../../db/queries/procedure-read';
import type { MarkRecord } from '../../../db/queries/review-marks';
import { refreshSearchText } from '../../../db/queries/search-text';
import type { ProcedureDetail } from '../../shared/contract/inventory';
import { listProcesses } from '../../../db/queries/internal-process';
import { applyStepMarks, processForChannel } from '../../shared/cost/internal-process';
import { formatMilli, HOURS_PER_WORKING_DAY, parseStepTime } from '../../shared/cost/step-time';
import { CopyRequirement, type ChannelMethod } from '../../shared/domain';

const num = (s: string) => Number.parseFloat(s.replace(/\./g, '').replace(',', '.'));
const days = (s: string) => Number.parseFloat(s.replace(',', '.'));

/** Applies one mark; marks on elements that no longer exist are skipped (nothing to change). */
function applyMark(db: Database, procedureId: number, m: MarkRecord): void {
  const id = m.targetId;
  const removes = m.action === 'REMOVE' || m.action === 'MERGE';
  switch (m.targetKind) {
    case 'STEP':
      if (removes || m.action === 'REPLACE_BY_DATA')
        db.prepare('DELETE FROM steps WHERE id = ? AND procedure_id = ?').run(id, procedureId);
      else if (m.action === 'SIMPLIFY')
        db.prepare('UPDATE steps SET text = ? WHERE id = ? AND procedure_id = ?').run(
          m.proposedValue,
          id,
          procedureId,
        );
      return;
    case 'COMPONENT':
      if (removes) db.prepare('DELETE FROM components WHERE id = ?').run(id);
      else if (m.action === 'REPLACE_BY_DATA')
        db.prepare(
          "UPDATE components SET copy_requirement = 'DATA_LOOKUP', original_qty = 0, copy_qty = 0 WHERE id = ?",
        ).run(id);
      else if (m.action === 'SIMPLIFY')
        db.prepare('UPDATE components SET name = ? WHERE id = ?').run(m.proposedValue, id);
      return;
    case 'COMPONENT_COPY_REQ': {
      const req = CopyRequirement.safeParse(m.proposedValue);
      if (m.action === 'SIMPLIFY' && req.success)
        db.prepare('UPDATE components SET copy_requirement = ? WHERE id = ?').run(req.data, id);
      if (m.action === 'REMOVE')
        db.prepare("UPDATE components SET copy_requirement = 'PLAIN_COPY' WHERE id = ?").run(id);
      return;
    }
    case 'COMPONENT_QTY': {
      const qty = Math.trunc(num(m.proposedValue));
      if (m.action === 'SIMPLIFY' && Number.isFinite(qty) && qty >= 0)
        db.prepare(
          'UPDATE components SET copy_qty = CASE WHEN copy_qty > 0 THEN ? ELSE copy_qty END, original_qty = CASE WHEN copy_qty > 0 THEN original_qty ELSE ? END WHERE id = ?',
        ).run(qty, qty, id);
      return;
    }
    case 'CHANNEL_TIME': {
      const d = days(m.proposedValue);
      if (m.action === 'SIMPLIFY' && Number.isFinite(d) && d >= 0)
        db.prepare('UPDATE channels SET time_value = ?, time_text = ? WHERE id = ? AND procedure_id = ?').run(
          d,
          m.proposedValue,
          id,
          procedureId,
        );
      return;
    }
    case 'FEE': {
      const amount = m.action === 'REMOVE' ? 0 : Math.trunc(num(m.proposedValue));
      if ((m.action === 'REMOVE' || m.action === 'SIMPLIFY') && Number.isFinite(amount) && amount >= 0)
        db.prepare('UPDATE fees SET amount = ? WHERE id = ?').run(amount, id);
      return;
    }
    case 'CONDITION':
      if (m.action === 'REMOVE')
        db.prepare("UPDATE procedures SET conditions = '' WHERE id = ?").run(procedureId);
      if (m.action === 'SIMPLIFY')
        db.prepare('UPDATE procedures SET conditions = ? WHERE id = ?').run(m.proposedValue, procedureId);
      return;
    case 'INTERNAL_STEP': {
      // The unit's internal process follows the plan: removed and merged steps go, shortened ones take the new time.
      if (removes || m.action === 'REPLACE_BY_DATA')
        db.prepare('DELETE FROM internal_steps WHERE id = ?').run(id);
      const t = m.action === 'SIMPLIFY' ? parseStepTime(m.proposedValue, 'time', 'WORKING_DAY') : null;
      if (t?.ok)
        db.prepare('UPDATE internal_steps SET time_unit = ?, time_milli = ?, time_text = ? WHERE id = ?').run(
          t.value.unit,
          t.value.milli,
          m.proposedValue,
          id,
        );
      return;
    }
    case 'PROCEDURE':
    case 'SUBMIT_TRIP':
    case 'RESULT_TRIP':
      return; // the status below; trips are how the applicant uses the channels, not part of the record
  }
}

/**
 * After the internal steps were cut, a channel in working days whose days come from the process and that no
 * CHANNEL_TIME mark changed takes the new sum as its thời hạn giải quyết (the 3 → 2 days the plan proposed).
 */
function channelTimesFromProcess(
  db: Database,
  unitId: number,
  procedureId: number,
  marks: readonly MarkRecord[],
) {
  if (!marks.some((m) => m.targetKind === 'INTERNAL_STEP' && m.action !== 'KEEP')) return;
  const processes = applyStepMarks(listProcesses(db, unitId, procedureId), []).processes;
  const channels = db
    .prepare(
      'SELECT id, method, time_value AS timeValue, time_unit AS timeUnit FROM channels WHERE procedure_id = ?',
    )
    .all(procedureId) as { id: number; method: ChannelMethod; timeValue: number | null; timeUnit: string }[];
  for (const c of channels) {
    const p = processForChannel(processes, c.method);
    if (
      !p ||
      c.timeUnit !== 'WORKING_DAY' ||
      marks.some((m) => m.targetKind === 'CHANNEL_TIME' && m.targetId === c.id)
    )
      continue;
    const days = p.hoursAfterMilli / 1000 / HOURS_PER_WORKING_DAY;
    db.prepare('UPDATE channels SET time_value = ?, time_text = ? WHERE id = ?').run(
      days,
      `${formatMilli(Math.round(days * 1000))} Ngày làm việc`,
      c.id,
    );
  }
}

export function snapshotOf(
  d: ProcedureDetail,
): Omit<ProcedureDetail, 'unitFields' | 'unitProcedureId' | 'unitId'> {
  const { unitFields: _u, unitProcedureId: _p, unitId: _i, ...record } = d;
  return record;
}

export function implementMarks(
  db: Database,
  o: {
    unitId: number;
    procedureId: number;
    marks: readonly MarkRecord[];
    decisionNo: string;
    decisionDate: string;
    now: string;
  },
): { oldVersion: number; newVersion: number } {
  const before = getProcedureDetail(db, o.unitId, o.procedureId);
  if (!before) throw new Error(`procedure ${o.procedureId} not in unit ${o.unitId}`);
  db.prepare(
    'INSERT INTO procedure_versions (procedure_id, version, snapshot_json, decision_no, decision_date, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    o.procedureId,
    before.version,
    JSON.stringify(snapshotOf(before)),
    o.decisionNo,
    o.decisionDate,
    o.now,
  );
  for (const m of o.marks) if (m.action !== 'KEEP') applyMark(db, o.procedureId, m);
  channelTimesFromProcess(db, o.unitId, o.procedureId, o.marks);
  const abolished = o.marks.some((m) => m.targetKind === 'PROCEDURE' && m.action === 'REMOVE');
  const newVersion = before.version + 1;
  db.prepare('UPDATE procedures SET version = ?, status = ?, updated_at = ? WHERE id = ?').run(
    newVersion,
    abolished ? 'ABOLISHED' : 'AMENDED',
    o.now,
    o.procedureId,
  );
  db.prepare(
    'INSERT INTO procedure_events (unit_id, procedure_id, kind, decision_no, decision_date, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    o.unitId,
    o.procedureId,
    abolished ? 'ABOLISHED' : 'AMENDED',
    o.decisionNo,
    o.decisionDate,
    'Thực thi phương án đơn giản hóa',
    o.now,
  );
  refreshSearchText(db, o.procedureId);
  return { oldVersion: before.version, newVersion };
}

/** The snapshot kept when this item was implemented (the record its marks refer to). */
export function implementedSnapshot(
  db: Database,
  procedureId: number,
  decisionNo: string | null,
): ProcedureDetail | null {
  if (decisionNo === null) return null;
  const row = db
    .prepare(
      'SELECT snapshot_json AS s FROM procedure_versions WHERE procedure_id = ? AND decision_no = ? ORDER BY version DESC LIMIT 1',
    )
    .get(procedureId, decisionNo) as { s: string } | undefined;
  return row ? (JSON.parse(row.s) as ProcedureDetail) : null;
}
