import { getProcedureDetail } from '../../../db/queries/procedure-read';
import { listCostParams } from '../../../db/queries/review-cost';
import type { reviewContract } from '../../shared/contract/review';
import { ApiFailure } from '../api-failure';
import { costByCode } from './cost-by-code';
import { listDefaults, setDefaults } from './defaults-edit';
import { refreeze } from './frozen-cost';
import { requireManager } from './profiles';
import type { BackendContext } from '../context';
import type { HandlersFor } from '../handler-types';
import { addItems, campaignDetail, campaignSummaries, createCampaign } from './campaigns';
import { removeActivity, saveActivity, setCostParams } from './cost-edit';
import { snapshotOf } from './implement';
import { removeMark, saveAnswers, setMark, updateItemSettings } from './marks';
import { setStepKindOfItem } from './step-kinds';
import { createProfile, profilesOverview, switchProfile } from './profiles';
import { recordChanges, type RecordSnapshot } from './record-diff';
import { transition } from './transitions';
import { settleOutdated } from './outdated';
import { buildView, requireItem } from './view';
import './messages';

/** Old versions of a record, each compared with the version that followed it (the live record for the last). */
function versions(ctx: BackendContext, procedureId: number) {
  const db = ctx.db;
  const rows = db
    .prepare(
      `SELECT version, snapshot_json AS s, decision_no AS decisionNo, decision_date AS decisionDate, created_at AS createdAt
       FROM procedure_versions WHERE procedure_id = ? ORDER BY version`,
    )
    .all(procedureId) as {
    version: number;
    s: string;
    decisionNo: string;
    decisionDate: string;
    createdAt: string;
  }[];
  const unit = db
    .prepare('SELECT unit_id AS u FROM unit_procedures WHERE procedure_id = ? LIMIT 1')
    .get(procedureId) as { u: number } | undefined;
  const live = unit ? getProcedureDetail(db, unit.u, procedureId) : undefined;
  const snaps = rows.map((r) => JSON.parse(r.s) as RecordSnapshot);
  const next = (i: number): RecordSnapshot | undefined =>
    snaps[i + 1] ?? (live ? snapshotOf(live) : undefined);
  return rows.map(({ s: _s, ...r }, i) => {
    const after = next(i);
    const before = snaps[i];
    return { ...r, changes: before && after ? recordChanges(before, after) : [] };
  });
}

export const reviewHandlers: HandlersFor<typeof reviewContract> = {
  'profiles.list': (_input, ctx) => profilesOverview(ctx),
  'profiles.create': (input, ctx) => createProfile(ctx, input),
  'profiles.switch': (input, ctx) => {
    switchProfile(ctx, input.profileId, input.pin);
    return { ok: true };
  },

  'cost.listParams': (_input, ctx) => listCostParams(ctx.db),
  'cost.setParams': (input, ctx) => setCostParams(ctx, input),
  'cost.saveActivity': (input, ctx) => {
    saveActivity(ctx, input);
    return buildView(ctx, input.itemId);
  },
  'cost.deleteActivity': (input, ctx) => {
    removeActivity(ctx, input.itemId, input.id);
    return buildView(ctx, input.itemId);
  },
  'cost.byCode': (input, ctx) => costByCode(ctx, input.unitId, input.code),
  'cost.listDefaults': (input, ctx) => listDefaults(ctx, input.unitId),
  'cost.setDefaults': (input, ctx) => setDefaults(ctx, input),
  'review.recompute': (input, ctx) => {
    const item = requireItem(ctx.db, input.itemId);
    if (item.status !== 'APPROVED' && item.status !== 'IMPLEMENTED')
      throw new ApiFailure('REVIEW_NOT_APPROVED');
    const manager = requireManager(ctx, input.pin, 'tính lại theo tham số mới');
    refreeze(ctx, item, manager.name);
    return buildView(ctx, input.itemId);
  },

  'campaigns.list': (input, ctx) => campaignSummaries(ctx, input.unitId),
  'campaigns.create': (input, ctx) => createCampaign(ctx, input),
  'campaigns.get': (input, ctx) => campaignDetail(ctx, input.campaignId),
  'campaigns.addItems': (input, ctx) => addItems(ctx, input.campaignId, input.procedureIds),
  'campaigns.updateItem': (input, ctx) => {
    updateItemSettings(ctx, input);
    return buildView(ctx, input.itemId);
  },

  'review.get': (input, ctx) => buildView(ctx, input.itemId),
  'review.setMark': (input, ctx) => {
    setMark(ctx, input);
    return buildView(ctx, input.itemId);
  },
  'review.deleteMark': (input, ctx) => {
    removeMark(ctx, input.itemId, input.markId);
    return buildView(ctx, input.itemId);
  },
  'review.setStepKind': (input, ctx) => {
    setStepKindOfItem(ctx, input);
    return buildView(ctx, input.itemId);
  },
  'review.saveAnswers': (input, ctx) => {
    saveAnswers(ctx, input.itemId, input.answers);
    return buildView(ctx, input.itemId);
  },
  'review.transition': (input, ctx) => {
    transition(ctx, input);
    return buildView(ctx, input.itemId);
  },
  'review.settleOutdated': (input, ctx) => {
    const item = requireItem(ctx.db, input.itemId);
    if (item.status === 'IMPLEMENTED')
      throw new ApiFailure('REVIEW_BAD_TRANSITION', {
        action: input.redo ? 'rà soát lại' : 'xác nhận',
        status: 'Đã thực thi',
      });
    settleOutdated(ctx, input.itemId, input.redo);
    return buildView(ctx, input.itemId);
  },
  'review.versions': (input, ctx) => versions(ctx, input.procedureId),
};
