/**
 * Element marks, review-form answers and per-item settings. Every edit is refused on a locked item
 * (submitted, approved, implemented); a first edit moves "chưa rà soát"/"trả lại" to "đang rà soát".
 * Marks never touch the published record (that only happens in implement.ts).
 */
import type { Database } from 'better-sqlite3';
import { appendAudit } from '../../../db/queries/audit';
import { updateItem, type ItemPatch, type ItemRow } from '../../../db/queries/review-campaigns';
import {
  deleteMark,
  listMarks,
  rememberReason,
  upsertMark,
  upsertAnswer,
  type AnswerRecord,
} from '../../../db/queries/review-marks';
import type { MarkInput } from '../../shared/contract/review';
import {
  CopyRequirement,
  REVIEW_STATUS_VI,
  type MarkTargetKind,
  type ReviewStatus,
} from '../../shared/domain';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import { parseStepTime } from '../../shared/cost/step-time';
import { costFailure } from './cost-edit';
import { LOCKED_STATUSES, requireItem } from './view';
import './messages';
import type { z } from 'zod';

type MarkFields = z.output<typeof MarkInput>;

const ACTION_VI = {
  KEEP: 'giữ nguyên',
  REMOVE: 'bãi bỏ',
  SIMPLIFY: 'sửa đổi',
  MERGE: 'gộp',
  REPLACE_BY_DATA: 'thay bằng khai thác dữ liệu',
} as const;

/** A status inside a sentence ("… đang ở trạng thái đã đề xuất"). */
export const statusInSentence = (status: ReviewStatus): string => REVIEW_STATUS_VI[status].toLowerCase();

/** The item must be editable; returns it. */
export function requireEditable(db: Database, itemId: number): ItemRow {
  const item = requireItem(db, itemId);
  if (LOCKED_STATUSES.includes(item.status))
    throw new ApiFailure('REVIEW_LOCKED', { status: statusInSentence(item.status) });
  return item;
}

/** Inside a transaction: the first edit starts the review (audited like every transition). */
export function touchItem(ctx: BackendContext, item: ItemRow): void {
  if (item.status !== 'NOT_STARTED' && item.status !== 'RETURNED') return;
  updateItem(ctx.db, item.id, { status: 'IN_PROGRESS' });
  auditStatusChange(ctx.db, ctx.actor(), item, 'IN_PROGRESS');
}

/** The audit row of a campaign item's status change (`newValue`: the status, or it with the transition's details). */
export function auditStatusChange(
  db: Database,
  actor: string,
  item: Pick<ItemRow, 'id' | 'procedureId' | 'unitId' | 'status'>,
  newValue: unknown,
  at?: string,
): void {
  appendAudit(
    db,
    {
      actor,
      action: 'transition',
      entity: 'campaign_item',
      entityId: item.id,
      procedureId: item.procedureId,
      unitId: item.unitId,
      field: 'status',
      oldValue: item.status,
      newValue,
    },
    at,
  );
}

const TARGET_SQL: Record<Exclude<MarkTargetKind, 'PROCEDURE' | 'CONDITION'>, string> = {
  STEP: 'SELECT 1 FROM steps WHERE id = ? AND procedure_id = ?',
  COMPONENT:
    'SELECT 1 FROM components c JOIN component_groups g ON g.id = c.group_id WHERE c.id = ? AND g.procedure_id = ?',
  COMPONENT_COPY_REQ:
    'SELECT 1 FROM components c JOIN component_groups g ON g.id = c.group_id WHERE c.id = ? AND g.procedure_id = ?',
  COMPONENT_QTY:
    'SELECT 1 FROM components c JOIN component_groups g ON g.id = c.group_id WHERE c.id = ? AND g.procedure_id = ?',
  CHANNEL_TIME: 'SELECT 1 FROM channels WHERE id = ? AND procedure_id = ?',
  FEE: 'SELECT 1 FROM fees f JOIN channels c ON c.id = f.channel_id WHERE f.id = ? AND c.procedure_id = ?',
  INTERNAL_STEP: `SELECT 1 FROM internal_steps s JOIN internal_processes p ON p.id = s.process_id
    WHERE s.id = ? AND p.procedure_id = ? AND p.unit_id = @unit`,
  SUBMIT_TRIP: 'SELECT 1 FROM channels WHERE id = ? AND procedure_id = ?',
  RESULT_TRIP: 'SELECT 1 FROM channels WHERE id = ? AND procedure_id = ?',
};

function belongs(db: Database, kind: MarkTargetKind, id: number | null, item: ItemRow): boolean {
  if (kind === 'PROCEDURE' || kind === 'CONDITION') return true;
  if (id === null) return false;
  const sql = TARGET_SQL[kind];
  const args: unknown[] = sql.includes('@unit')
    ? [id, item.procedureId, { unit: item.unitId }]
    : [id, item.procedureId];
  return !!db.prepare(sql).get(...args);
}

/** Two internal steps of the same process (a merge joins steps of one process only). */
function sameProcess(db: Database, a: number, b: number): boolean {
  return !!db
    .prepare(
      'SELECT 1 FROM internal_steps x JOIN internal_steps y ON y.process_id = x.process_id WHERE x.id = ? AND y.id = ?',
    )
    .get(a, b);
}

function checkProposedValue(m: MarkFields): void {
  if (m.action !== 'SIMPLIFY') return;
  const v = m.proposedValue.trim();
  const bad = (hint: string) => new ApiFailure('REVIEW_PROPOSED_VALUE_REQUIRED', { hint });
  if (!v) throw bad('nội dung mới / the new text');
  if (m.targetKind === 'COMPONENT_COPY_REQ' && !CopyRequirement.safeParse(v).success)
    throw bad(CopyRequirement.options.join(', '));
  if ((m.targetKind === 'COMPONENT_QTY' || m.targetKind === 'FEE') && !/^\d[\d.]*$/.test(v))
    throw bad('số nguyên ≥ 0 / a whole number ≥ 0');
  if (m.targetKind === 'CHANNEL_TIME' && !(Number.parseFloat(v.replace(',', '.')) >= 0))
    throw bad('số ngày ≥ 0 / days ≥ 0');
  if (m.targetKind === 'INTERNAL_STEP') {
    const t = parseStepTime(v, 'proposedValue', 'WORKING_DAY');
    if (!t.ok) throw costFailure(t.errors);
  }
  if ((m.targetKind === 'SUBMIT_TRIP' || m.targetKind === 'RESULT_TRIP') && !/^\d+([.,]\d{1,3})?$/.test(v))
    throw bad('số giờ ≥ 0 (đi lại, chờ đợi) / hours ≥ 0 (travel, waiting)');
}

export function setMark(ctx: BackendContext, m: MarkFields): void {
  const db = ctx.db;
  const item = requireEditable(db, m.itemId);
  const targetId = m.targetKind === 'PROCEDURE' || m.targetKind === 'CONDITION' ? null : m.targetId;
  if (!belongs(db, m.targetKind, targetId, item))
    throw new ApiFailure(
      m.targetKind === 'INTERNAL_STEP' ? 'REVIEW_STEP_GONE' : 'REVIEW_TARGET_NOT_IN_PROCEDURE',
    );
  if (m.action !== 'KEEP' && !m.reason.trim())
    throw new ApiFailure('REVIEW_REASON_REQUIRED', { action: ACTION_VI[m.action] });
  checkProposedValue(m);
  let mergeIntoId: number | null = null;
  if (m.action === 'MERGE') {
    const kind =
      m.targetKind === 'STEP' || m.targetKind === 'COMPONENT' || m.targetKind === 'INTERNAL_STEP'
        ? m.targetKind
        : null;
    if (
      !kind ||
      m.mergeIntoId === null ||
      m.mergeIntoId === targetId ||
      !belongs(db, kind, m.mergeIntoId, item) ||
      (kind === 'INTERNAL_STEP' && !sameProcess(db, targetId!, m.mergeIntoId))
    )
      throw new ApiFailure('REVIEW_MERGE_TARGET');
    mergeIntoId = m.mergeIntoId;
  }
  db.transaction(() => {
    const fields = { ...m, targetId, mergeIntoId, reason: m.reason.trim() };
    const id = upsertMark(db, fields);
    rememberReason(db, fields.reason);
    touchItem(ctx, item);
    appendAudit(db, {
      actor: ctx.actor(),
      action: 'mark',
      entity: 'review_mark',
      entityId: id,
      procedureId: item.procedureId,
      unitId: item.unitId,
      field: `${m.targetKind}:${targetId ?? ''}`,
      newValue: fields,
    });
  })();
}

export function removeMark(ctx: BackendContext, itemId: number, markId: number): void {
  const db = ctx.db;
  const item = requireEditable(db, itemId);
  const mark = listMarks(db, itemId).find((m) => m.id === markId);
  if (!mark) throw new ApiFailure('NOT_FOUND', { what: `đề xuất #${markId}` });
  db.transaction(() => {
    deleteMark(db, itemId, markId);
    rememberReason(db, mark.reason);
    touchItem(ctx, item);
    appendAudit(db, {
      actor: ctx.actor(),
      action: 'delete',
      entity: 'review_mark',
      entityId: markId,
      procedureId: item.procedureId,
      unitId: item.unitId,
      oldValue: mark,
    });
  })();
}

export function saveAnswers(ctx: BackendContext, itemId: number, answers: readonly AnswerRecord[]): void {
  const db = ctx.db;
  const item = requireEditable(db, itemId);
  db.transaction(() => {
    for (const a of answers) upsertAnswer(db, itemId, a);
    touchItem(ctx, item);
    appendAudit(db, {
      actor: ctx.actor(),
      action: 'update',
      entity: 'review_answers',
      entityId: itemId,
      procedureId: item.procedureId,
      unitId: item.unitId,
      newValue: answers.map((a) => a.questionKey),
    });
  })();
}

export function updateItemSettings(
  ctx: BackendContext,
  input: {
    itemId: number;
    reviewer?: string | undefined;
    deadline?: string | null | undefined;
    population?: number | null | undefined;
    frequency?: number | undefined;
    daysAfter?: number | null | undefined;
  },
): void {
  const db = ctx.db;
  const item = requireItem(db, input.itemId);
  const costChange =
    input.population !== undefined || input.frequency !== undefined || input.daysAfter !== undefined;
  if (costChange && LOCKED_STATUSES.includes(item.status))
    throw new ApiFailure('REVIEW_LOCKED', { status: statusInSentence(item.status) });
  if (input.population !== undefined && input.population !== null && input.population < 1)
    throw new ApiFailure('REVIEW_POPULATION_INVALID', { value: input.population });
  if (input.frequency !== undefined && input.frequency < 1)
    throw new ApiFailure('REVIEW_FREQUENCY_INVALID', { value: input.frequency });
  if (input.daysAfter !== undefined && input.daysAfter !== null && !(input.daysAfter >= 0))
    throw new ApiFailure('REVIEW_DAYS_INVALID', { value: input.daysAfter });
  const patch: ItemPatch = {};
  if (input.reviewer !== undefined) patch.reviewer = input.reviewer;
  if (input.deadline !== undefined) patch.deadline = input.deadline;
  if (input.population !== undefined) patch.population = input.population;
  if (input.frequency !== undefined) patch.frequency = input.frequency;
  if (input.daysAfter !== undefined) patch.daysAfter = input.daysAfter;
  db.transaction(() => {
    updateItem(db, item.id, patch);
    appendAudit(db, {
      actor: ctx.actor(),
      action: 'update',
      entity: 'campaign_item',
      entityId: item.id,
      procedureId: item.procedureId,
      unitId: item.unitId,
      newValue: patch,
    });
  })();
}
