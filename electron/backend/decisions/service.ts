/** Recording, previewing and applying publication decisions for one unit. */
import { basename } from 'node:path';
import {
  findDecisionByNumber,
  getDecision,
  insertDecision,
  replaceDecisionItems,
  updateDecisionHead,
} from '../../../db/queries/decisions';
import { listUnits } from '../../../db/queries/units';
import type { ApplyPlan, DecisionDetail, DecisionHead, DecisionItem } from '../../shared/contract/decisions';
import { formatDateVi } from '../../shared/text/format';
import { ApiFailure } from '../api-failure';
import { backupDatabase } from '../backup';
import type { BackendContext } from '../context';
import { track } from '../inventory/history';
import { requireWritableUnit } from '../units/read-only';
import { applyPlan } from './apply';
import './messages';
import { planDecision } from './plan';

export function requireDecision(ctx: BackendContext, id: number): DecisionDetail {
  const d = getDecision(ctx.db, id);
  if (!d) throw new ApiFailure('DECISION_NOT_FOUND', { id });
  return d;
}

export function saveDecision(
  ctx: BackendContext,
  unitId: number,
  decisionId: number | undefined,
  head: DecisionHead,
  items: readonly DecisionItem[],
): DecisionDetail {
  const db = ctx.db;
  requireWritableUnit(ctx, unitId);
  if (head.effectiveDate < head.signedDate)
    throw new ApiFailure('DECISION_DATES', {
      effective: formatDateVi(head.effectiveDate),
      signed: formatDateVi(head.signedDate),
    });
  if (decisionId !== undefined) {
    const old = requireDecision(ctx, decisionId);
    if (old.appliedAt) throw new ApiFailure('DECISION_APPLIED', { number: old.number });
  }
  const same = findDecisionByNumber(db, unitId, head.number);
  if (same !== undefined && same !== decisionId)
    throw new ApiFailure('DECISION_DUPLICATE', { number: head.number });
  const now = new Date().toISOString();
  const id = db
    .transaction(() => {
      const newId = decisionId ?? insertDecision(db, unitId, head, now);
      if (decisionId !== undefined) updateDecisionHead(db, decisionId, head, now);
      replaceDecisionItems(db, newId, items);
      return newId;
    })
    .immediate();
  return requireDecision(ctx, id);
}

export function deleteDecision(ctx: BackendContext, id: number): void {
  const d = requireDecision(ctx, id);
  if (d.appliedAt) throw new ApiFailure('DECISION_APPLIED', { number: d.number });
  ctx.db.prepare('DELETE FROM decisions WHERE id = ?').run(id);
}

function unitLevel(ctx: BackendContext, unitId: number): string {
  return listUnits(ctx.db).find((u) => u.id === unitId)?.level ?? 'XA';
}

export function previewDecision(ctx: BackendContext, id: number): ApplyPlan {
  const d = requireDecision(ctx, id);
  return planDecision(ctx.db, d, unitLevel(ctx, d.unitId), ctx.locale);
}

/** Planned again at apply time (the inventory may have changed since the preview); refused whole on any error. */
export function applyDecision(ctx: BackendContext, id: number): ApplyPlan {
  const d = requireDecision(ctx, id);
  requireWritableUnit(ctx, d.unitId);
  if (d.appliedAt) throw new ApiFailure('DECISION_APPLIED', { number: d.number });
  if (!d.items.length) throw new ApiFailure('DECISION_NO_ITEMS', { number: d.number });
  const plan = planDecision(ctx.db, d, unitLevel(ctx, d.unitId), ctx.locale);
  if (plan.errors.length)
    throw new ApiFailure('DECISION_REFUSED', {
      number: d.number,
      count: plan.errors.length,
      first: plan.errors[0]!.slice(0, 200),
    });
  const backup = backupDatabase(ctx.db, ctx.dataDir, 'bulk');
  track(
    ctx,
    { kind: 'decision', unitId: d.unitId, withParts: true, label: d.number, count: d.items.length },
    (t) => applyPlan(ctx, t, d, plan),
  );
  return { ...plan, backupName: basename(backup.file) };
}
