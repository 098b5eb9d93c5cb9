import { describe, expect, it } from 'vitest';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir();

/** domain.md §2.4 worked example, as the demo database ships it, read through the contract. */
describe('the demo review campaign holds the worked example', () => {
  it('computes 405,477 → 128,125 đ/hồ sơ, 243,285,900 → 76,874,850 đ/năm, 68.40 %, 3 → 2 days', async () => {
    const { backend, call } = testBackend(tmp());
    const [unit] = await call('units.list', {});
    const campaigns = await call('campaigns.list', { unitId: unit!.id });
    expect(campaigns).toHaveLength(1);
    const detail = await call('campaigns.get', { campaignId: campaigns[0]!.id });
    const item = detail.items.find((i) => i.code === '1.001612')!;
    expect(item.status).toBe('IN_PROGRESS');

    const view = await call('review.get', { itemId: item.id });
    const cost = view.cost!;
    expect(view.hourlyIncome?.hourlyIncome).toBe(28409);
    expect(cost.before.perDossier).toEqual({ dong: 405477, exact: '405476.5' });
    expect(cost.after.perDossier).toEqual({ dong: 128125, exact: '128124.75' });
    expect(cost.before.perYear.dong).toBe(243285900);
    expect(cost.after.perYear.dong).toBe(76874850);
    expect(cost.saving.dong).toBe(166411050);
    expect(cost.reductionPct).toBe('68.40');
    expect(view.item.daysBefore).toBe(3);
    expect(view.item.daysAfter).toBe(2);

    // The CCCD copy is marked "replace by data", and that mark is what removes the certification activity.
    const cccd = view.record.components.find((c) => c.name.includes('Căn cước'))!;
    const mark = view.marks.find((m) => m.targetKind === 'COMPONENT' && m.targetId === cccd.id)!;
    expect(mark.action).toBe('REPLACE_BY_DATA');
    expect(view.removed).toEqual([
      expect.objectContaining({ ord: 3, markId: mark.id, action: 'REPLACE_BY_DATA' }),
    ]);
    expect(view.overridden.map((o) => o.ord)).toEqual([1, 2, 4, 5]);

    // Campaign counters (§2.6) are Σ over the items with a cost: here exactly the example.
    expect(detail.counters.costBefore.dong).toBe(243285900);
    expect(detail.counters.saving.dong).toBe(166411050);
    expect(detail.counters.reductionPct).toBe('68.40');
    expect(detail.counters.componentsCut).toBe(1);
    expect(detail.counters.proposalsByAction.REPLACE_BY_DATA).toBe(1);
    expect(detail.counters.daysCut).toBe(1); // only reviewed procedures count: 3 → 2
    expect(detail.counters.daysPct).toBe('33.33');

    const byCode = await call('cost.byCode', { unitId: unit!.id, code: '1.001612' });
    expect(byCode.cost.saving.dong).toBe(166411050);
    backend.close();
  });

  it('undoing the mark brings the certification cost back (live recompute), the published record untouched', async () => {
    const { backend, call } = testBackend(tmp());
    const [unit] = await call('units.list', {});
    const [campaign] = await call('campaigns.list', { unitId: unit!.id });
    const item = (await call('campaigns.get', { campaignId: campaign!.id })).items.find(
      (i) => i.code === '1.001612',
    )!;
    const view = await call('review.get', { itemId: item.id });
    const recordBefore = await call('procedures.get', { unitId: unit!.id, procedureId: item.procedureId });
    const mark = view.marks.find((m) => m.action === 'REPLACE_BY_DATA')!;
    const after = await call('review.deleteMark', { itemId: item.id, markId: mark.id });
    // Activity 3 (1.5 h × 28,409 + 4,000) comes back into "after": 128,124.75 + 46,613.5.
    expect(after.cost!.after.perDossier.exact).toBe('174738.25');
    expect(after.removed).toEqual([]);
    const again = await call('review.setMark', {
      itemId: item.id,
      targetKind: 'COMPONENT',
      targetId: mark.targetId,
      action: 'REPLACE_BY_DATA',
      reason: 'Dữ liệu dân cư',
    });
    expect(again.cost!.reductionPct).toBe('68.40');
    expect(await call('procedures.get', { unitId: unit!.id, procedureId: item.procedureId })).toEqual(
      recordBefore,
    );
    backend.close();
  });
});
