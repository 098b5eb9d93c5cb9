import { describe, expect, it } from 'vitest';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir();

async function hkdItem(call: ReturnType<typeof testBackend>['call']) {
  const [unit] = await call('units.list', {});
  const campaigns = await call('campaigns.list', { unitId: unit!.id });
  const detail = await call('campaigns.get', { campaignId: campaigns[0]!.id });
  const item = detail.items.find((i) => i.code === '1.001612')!;
  return { unit: unit!, detail, item, view: await call('review.get', { itemId: item.id }) };
}

/** domain.md §2.4 worked example, as the demo database ships it, read through the contract. */
describe('the demo review campaign holds the worked example', () => {
  it('computes 405,477 → 128,125 đ/hồ sơ, 243,285,900 → 76,874,850 đ/năm, 68.40 %, 3 → 2 days from the record, its marks and its internal steps', async () => {
    const { backend, call } = testBackend(tmp());
    const { unit, detail, item, view } = await hkdItem(call);
    expect(item.status).toBe('IN_PROGRESS');
    const cost = view.cost!;
    expect(view.mode).toBe('DERIVED');
    expect(view.hourlyIncome?.hourlyIncome).toBe(28409);
    expect(cost.before.perDossier).toEqual({ dong: 405477, exact: '405476.5' });
    expect(cost.after.perDossier).toEqual({ dong: 128125, exact: '128124.75' });
    expect(cost.before.perYear.dong).toBe(243285900);
    expect(cost.after.perYear.dong).toBe(76874850);
    expect(cost.saving.dong).toBe(166411050);
    expect(cost.reductionPct).toBe('68.40');
    expect(view.item.daysBefore).toBe(3);
    expect(view.item.daysAfter).toBe(2);

    // The fee is read from the record's channels (the unit's local rates), not typed into the plan.
    const record = await call('procedures.get', { unitId: unit.id, procedureId: item.procedureId });
    const fee = (m: string) => record.channels.find((c) => c.method === m)!.fees[0]!.amount;
    expect(view.costRows.before.find((r) => r.key === 'FEES')).toMatchObject({
      fee: fee('TRUC_TIEP'),
      origin: 'DEFAULT',
    });
    expect(view.costRows.after.find((r) => r.key === 'FEES')).toMatchObject({
      fee: fee('TRUC_TUYEN'),
      channelMethod: 'TRUC_TUYEN',
    });
    // Defaults and overrides are told apart.
    expect(view.costRows.before.filter((r) => r.origin === 'OVERRIDE').map((r) => r.key)).toHaveLength(1);
    expect(view.costRows.after.find((r) => r.key === 'INFO')!.origin).toBe('OVERRIDE');

    // The 3 → 2 days are the internal steps after the marks: 24 h → 16 h.
    const p = view.processes[0]!;
    expect([p.hoursBeforeMilli, p.hoursAfterMilli]).toEqual([24000, 16000]);
    expect(p.steps.map((s) => s.fate)).toEqual([
      'KEPT',
      'MERGED',
      'SHORTENED',
      'REMOVED',
      'KEPT',
      'KEPT',
      'KEPT',
    ]);
    expect(
      view.channelDays.every((c) => c.daysBefore === 3 && c.daysAfter === 2 && c.problems.length === 0),
    ).toBe(true);

    expect(detail.counters.costBefore.dong).toBeGreaterThanOrEqual(243285900);
    const byCode = await call('cost.byCode', { unitId: unit.id, code: '1.001612' });
    expect(byCode.cost.saving.dong).toBe(166411050);
    expect([byCode.daysBefore, byCode.daysAfter]).toEqual([3, 2]);
    backend.close();
  });

  it('a mark on an internal step changes the days, a mark on a document the cost, at once; the record stays', async () => {
    const { backend, call } = testBackend(tmp());
    const { unit, item, view } = await hkdItem(call);
    const recordBefore = await call('procedures.get', { unitId: unit.id, procedureId: item.procedureId });
    const sign = view.processes[0]!.steps[4]!; // Lãnh đạo UBND ký: 0,5 ngày
    const shorter = await call('review.setMark', {
      itemId: item.id,
      targetKind: 'INTERNAL_STEP',
      targetId: sign.id,
      action: 'REMOVE',
      reason: 'Ký số trên Hệ thống trong ngày',
    });
    expect(shorter.item.daysAfter).toBe(1.5);
    expect(shorter.cost!.after.perDossier.exact).toBe('128124.75'); // days are not applicant cost

    const form = view.record.components.find((c) => c.name.startsWith('Giấy đề nghị'))!;
    const cut = await call('review.setMark', {
      itemId: item.id,
      targetKind: 'COMPONENT',
      targetId: form.id,
      action: 'REPLACE_BY_DATA',
      reason: 'Khai trên Cổng',
    });
    // One hour of 28.409 đ leaves the after scenario.
    expect(cut.cost!.after.perDossier.exact).toBe('99715.75');
    const mark = cut.marks.find((m) => m.targetKind === 'COMPONENT' && m.targetId === form.id)!;
    const back = await call('review.deleteMark', { itemId: item.id, markId: mark.id });
    expect(back.cost!.after.perDossier.exact).toBe('128124.75');
    expect(await call('procedures.get', { unitId: unit.id, procedureId: item.procedureId })).toEqual(
      recordBefore,
    );
    backend.close();
  });
});
