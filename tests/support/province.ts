/**
 * The province scenario's communes for the tests: commune databases (the demo inventory renamed to a commune)
 * that receive the province's plan, review the worked example and approve it, as officers would in the app.
 * The server side is in province-server.ts (re-exported here).
 */
import type { DirectCall } from '../../electron/backend/direct-client';
import type { Backend } from '../../electron/backend/session';
import {
  workedExampleDerivation,
  WORKED_EXAMPLE_PROCEDURE_CODE,
} from '../../electron/shared/cost/worked-example';
import { testBackend } from './backend';
import type { CommuneSpec } from './province-server';

export * from './province-server';

export interface Commune {
  backend: Backend;
  call: DirectCall;
  unitId: number;
  spec: CommuneSpec;
}

/** A commune's database: the demo inventory, renamed to the commune (its code as the province knows it). */
export async function communeDb(dir: string, spec: CommuneSpec): Promise<Commune> {
  const { backend, call } = testBackend(dir);
  const [unit] = await call('units.list', {});
  await call('units.update', { id: unit!.id, values: { code: spec.code, name: spec.name, level: 'XA' } });
  return { backend, call, unitId: unit!.id, spec };
}

/** The plan's campaign in a commune's database (after it received the plan). */
export async function planCampaign(c: Commune): Promise<number> {
  const state = await c.call('submission.state', { unitId: c.unitId });
  const linked = state.campaigns.find((k) => k.planKey !== null);
  if (!linked) throw new Error('no province plan received');
  return linked.campaignId;
}

/**
 * Reviews the worked example (1.001612) in the plan's campaign with `population` dossiers a year, submits it
 * and has the manager approve it (demo PIN), as the Rà soát screen does.
 */
export async function reviewWorkedExample(
  c: Commune,
  campaignId: number,
  population: number,
  o: { approve?: boolean } = {},
): Promise<number> {
  const detail = await c.call('campaigns.get', { campaignId });
  const item = detail.items.find((i) => i.code === WORKED_EXAMPLE_PROCEDURE_CODE)!;
  const cccd = c.backend.ctx.db
    .prepare(
      `SELECT c.id FROM components c JOIN component_groups g ON g.id = c.group_id
       WHERE g.procedure_id = (SELECT id FROM procedures WHERE code = ?) AND c.name LIKE '%Căn cước%'
       ORDER BY c.id LIMIT 1`,
    )
    .pluck()
    .get(WORKED_EXAMPLE_PROCEDURE_CODE) as number;
  const { before, marks, overrides } = workedExampleDerivation(cccd);
  const activity = (a: (typeof before)[number], scenario: 'BEFORE' | 'AFTER') => ({
    itemId: item.id,
    scenario,
    ord: a.ord,
    name: a.name,
    hours: a.hoursMilli / 1000,
    serviceCost: a.serviceCost,
    otherCost: a.otherCost,
    fee: a.fee,
    linkedKind: a.linkedKind,
    linkedId: a.linkedId,
  });
  for (const a of before) await c.call('cost.saveActivity', activity(a, 'BEFORE'));
  for (const a of overrides) await c.call('cost.saveActivity', activity(a, 'AFTER'));
  for (const m of marks)
    await c.call('review.setMark', {
      itemId: item.id,
      targetKind: m.targetKind,
      targetId: m.targetId,
      action: m.action,
      proposedValue: 'Khai thác Cơ sở dữ liệu quốc gia về dân cư',
      reason: 'NQ 66.7/2025/NQ-CP: thay thành phần hồ sơ bằng khai thác dữ liệu',
      legalArticle: 'Điều 88',
      legalDocument: 'Nghị định số 168/2025/NĐ-CP',
      legalAuthority: 'Chính phủ',
    });
  await c.call('campaigns.updateItem', { itemId: item.id, population });
  if (o.approve ?? true) await approve(c, item.id);
  return item.id;
}

export async function approve(c: Commune, itemId: number): Promise<void> {
  await c.call('review.transition', { itemId, action: 'submit' });
  const { profiles } = await c.call('profiles.list', {});
  const manager = profiles.find((p) => p.role === 'manager')!;
  const officer = profiles.find((p) => p.role === 'officer')!;
  await c.call('profiles.switch', { profileId: manager.id, pin: '1234' });
  await c.call('review.transition', { itemId, action: 'approve', pin: '1234' });
  await c.call('profiles.switch', { profileId: officer.id });
}
