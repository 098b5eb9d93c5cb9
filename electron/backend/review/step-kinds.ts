/**
 * `review.setStepKind`: the officer corrects what a citizen step costs (its kind and channels, steps.cost_kind of
 * 0004) where the guess from its text is wrong. It is a record edit, not a mark: one undo step in the app-wide
 * history, one audit row, refused once the plan item is submitted, approved or implemented.
 */
import { appendAudit } from '../../../db/queries/audit';
import { setStepKind, stepKinds } from '../../../db/queries/step-kinds';
import type { StepKind } from '../../shared/cost/step-class';
import type { ChannelMethod } from '../../shared/domain';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import { track } from '../inventory/history';
import { requireEditable } from './marks';

export function setStepKindOfItem(
  ctx: BackendContext,
  input: { itemId: number; stepId: number; kind: StepKind | null; channels: ChannelMethod[] },
): void {
  const db = ctx.db;
  const item = requireEditable(db, input.itemId);
  const step = db
    .prepare('SELECT ord FROM steps WHERE id = ? AND procedure_id = ?')
    .get(input.stepId, item.procedureId) as { ord: number } | undefined;
  if (!step) throw new ApiFailure('REVIEW_TARGET_NOT_IN_PROCEDURE');
  const old = stepKinds(db, item.procedureId).get(input.stepId) ?? null;
  track(ctx, { kind: 'section', unitId: item.unitId, withParts: true }, (t) => {
    t.touch(item.procedureId);
    setStepKind(db, input.stepId, input.kind, input.channels);
    appendAudit(db, {
      actor: ctx.actor(),
      action: 'update',
      entity: 'step',
      entityId: input.stepId,
      procedureId: item.procedureId,
      unitId: item.unitId,
      field: `steps[${step.ord}].costKind`,
      oldValue: old && { kind: old.costKind, channels: old.costChannels },
      newValue: input.kind && { kind: input.kind, channels: input.channels },
    });
  });
}
