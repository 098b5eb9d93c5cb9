/**
 * The workflow of one procedure under review (domain.md §2.2):
 *   chưa rà soát / đang rà soát / trả lại --submit (officer)--> đã đề xuất
 *   đã đề xuất --approve (manager + PIN)--> đã phê duyệt (marks locked)
 *   đã đề xuất --return (manager + PIN, comment)--> trả lại
 *   đã phê duyệt --implement (manager + PIN, decision no. + date)--> đã thực thi (new record version)
 * Every transition is audited; a refused one changes nothing (except the persisted PIN failure counter).
 */
import { updateItem, type ItemPatch } from '../../../db/queries/review-campaigns';
import { listMarks } from '../../../db/queries/review-marks';
import type { TransitionAction } from '../../shared/contract/review';
import type { ReviewStatus } from '../../shared/domain';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import { freezeItem } from './frozen-cost';
import { implementMarks } from './implement';
import { markNames } from './mark-names';
import { auditStatusChange, statusInSentence } from './marks';
import { requireManager } from './profiles';
import { requireItem } from './view';
import './messages';

const FROM: Record<TransitionAction, readonly ReviewStatus[]> = {
  submit: ['NOT_STARTED', 'IN_PROGRESS', 'RETURNED'],
  approve: ['PROPOSED'],
  return: ['PROPOSED'],
  implement: ['APPROVED'],
};
const TO: Record<TransitionAction, ReviewStatus> = {
  submit: 'PROPOSED',
  approve: 'APPROVED',
  return: 'RETURNED',
  implement: 'IMPLEMENTED',
};
const ACTION_VI: Record<TransitionAction, string> = {
  submit: 'gửi đề xuất',
  approve: 'phê duyệt',
  return: 'trả lại',
  implement: 'thực thi',
};

export interface TransitionInput {
  itemId: number;
  action: TransitionAction;
  pin?: string | undefined;
  comment: string;
  decisionNo: string;
  decisionDate?: string | undefined;
}

export function transition(ctx: BackendContext, input: TransitionInput): void {
  const db = ctx.db;
  const item = requireItem(db, input.itemId);
  if (!FROM[input.action].includes(item.status))
    throw new ApiFailure('REVIEW_BAD_TRANSITION', {
      action: ACTION_VI[input.action],
      status: statusInSentence(item.status),
    });
  const marks = listMarks(db, item.id);

  // Content checks first, so a manager does not spend a PIN attempt on an incomplete request.
  if (input.action === 'submit') {
    if (marks.length === 0) throw new ApiFailure('REVIEW_NO_MARKS');
    const incomplete = marks.filter(
      (m) =>
        m.action !== 'KEEP' &&
        (!m.reason.trim() || !m.legalArticle.trim() || !m.legalDocument.trim() || !m.legalAuthority.trim()),
    );
    if (incomplete.length > 0) {
      const names = markNames(db, incomplete);
      throw new ApiFailure('REVIEW_SUBMIT_INCOMPLETE', {
        count: incomplete.length,
        listVi: names.vi,
        listEn: names.en,
      });
    }
  }
  if (input.action === 'return' && !input.comment.trim()) throw new ApiFailure('REVIEW_COMMENT_REQUIRED');
  if (input.action === 'implement' && (!input.decisionNo.trim() || !input.decisionDate))
    throw new ApiFailure('REVIEW_DECISION_REQUIRED');

  const manager = input.action === 'submit' ? null : requireManager(ctx, input.pin, ACTION_VI[input.action]);
  const actor = manager?.name ?? ctx.actor();
  const now = new Date().toISOString();
  const patch: ItemPatch = { status: TO[input.action] };
  if (input.action === 'approve')
    Object.assign(patch, { approvedBy: actor, approvedAt: now, returnComment: '' });
  if (input.action === 'return') patch.returnComment = input.comment.trim();
  if (input.action === 'implement')
    Object.assign(patch, {
      implementedDecisionNo: input.decisionNo.trim(),
      implementedDecisionDate: input.decisionDate ?? null,
    });

  db.transaction(() => {
    let versions: { oldVersion: number; newVersion: number } | null = null;
    if (input.action === 'implement')
      versions = implementMarks(db, {
        unitId: item.unitId,
        procedureId: item.procedureId,
        marks,
        decisionNo: input.decisionNo.trim(),
        decisionDate: input.decisionDate ?? '',
        now,
      });
    // Approval freezes the parameters and figures it was given (reports reproduce them forever).
    const frozen = input.action === 'approve' ? freezeItem(db, item, actor, now, ctx.locale) : null;
    updateItem(db, item.id, patch, now);
    auditStatusChange(
      db,
      actor,
      item,
      {
        status: TO[input.action],
        ...(input.comment.trim() ? { comment: input.comment.trim() } : {}),
        ...(versions ? { decisionNo: input.decisionNo.trim(), ...versions } : {}),
        ...(frozen ? { frozen } : {}),
      },
      now,
    );
  })();
}
