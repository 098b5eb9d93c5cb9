import { describe, expect, it } from 'vitest';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir();
const LEGAL = { legalArticle: 'Điều 1', legalDocument: 'Nghị định minh họa', legalAuthority: 'Chính phủ' };

async function campaignOf(codes: string[]) {
  const t = testBackend(tmp());
  const [unit] = await t.call('units.list', {});
  const ids: number[] = [];
  for (const code of codes)
    ids.push((await t.call('inventory.list', { unitId: unit!.id, search: code })).rows[0]!.procedureId);
  const detail = await t.call('campaigns.create', {
    unitId: unit!.id,
    year: 2027,
    title: 'Thử nghiệm',
    procedureIds: ids,
  });
  const items = codes.map((code) => detail.items.find((i) => i.code === code)!);
  return { ...t, unit: unit!, campaignId: detail.campaign.id, items };
}

describe('campaign totals', () => {
  it('are Σ savings / Σ before, not the mean of the percentages', async () => {
    const { call, backend, campaignId, items } = await campaignOf(['1.001193', '1.004873']);
    const [a, b] = items as [(typeof items)[number], (typeof items)[number]];
    // A: 10 h → 5 h (50 %), 420 dossiers; B: 1 h → 0.9 h (10 %), 380 dossiers. Mean of % would be 30.00.
    await call('cost.saveActivity', {
      itemId: a.id,
      scenario: 'BEFORE',
      ord: 1,
      name: 'Chuẩn bị',
      hours: 10,
    });
    const va = await call('cost.saveActivity', {
      itemId: a.id,
      scenario: 'AFTER',
      ord: 1,
      name: 'Chuẩn bị (trực tuyến)',
      hours: '5',
    });
    expect(va.cost!.reductionPct).toBe('50.00');
    await call('cost.saveActivity', { itemId: b.id, scenario: 'BEFORE', ord: 1, name: 'Chuẩn bị', hours: 1 });
    const vb = await call('cost.saveActivity', {
      itemId: b.id,
      scenario: 'AFTER',
      ord: 1,
      name: 'Chuẩn bị',
      hours: '0,9',
    });
    expect(vb.cost!.reductionPct).toBe('10.00');
    const { counters } = await call('campaigns.get', { campaignId });
    // (5 × 420 + 0.1 × 380) / (10 × 420 + 1 × 380) = 2138 / 4580 = 46.68 %
    expect(counters.reductionPct).toBe('46.68');
    expect(counters.saving.dong).toBe(28409 * 2138);
    backend.close();
  });

  it('uses the population override and refuses a merge into nothing', async () => {
    const { call, backend, items } = await campaignOf(['1.001193']);
    const item = items[0]!;
    await call('cost.saveActivity', {
      itemId: item.id,
      scenario: 'BEFORE',
      ord: 1,
      name: 'Đi lại',
      hours: 1,
      otherCost: 20000,
    });
    const v = await call('campaigns.updateItem', { itemId: item.id, population: 10, frequency: 2 });
    expect(v.cost!.before.perYear.dong).toBe((28409 + 20000) * 20);
    const step = v.record.steps[0]!;
    const res = await backend.dispatch('review.setMark', {
      itemId: item.id,
      targetKind: 'STEP',
      targetId: step.id,
      action: 'MERGE',
      reason: 'Trùng',
    });
    expect(!res.ok && res.error.code).toBe('REVIEW_MERGE_TARGET');
    backend.close();
  });
});

describe('implementing applies each kind of mark to the record', () => {
  it('removes a step and a document, changes a copy requirement and a fee; the old version is kept', async () => {
    const { call, backend, unit, items } = await campaignOf(['1.013225']);
    const item = items[0]!;
    const view = await call('review.get', { itemId: item.id });
    const [step1, step2] = view.record.steps as [
      (typeof view.record.steps)[number],
      (typeof view.record.steps)[number],
    ];
    const [doc1, doc2] = view.record.components as [
      (typeof view.record.components)[number],
      (typeof view.record.components)[number],
    ];
    const fee = view.record.channels.flatMap((c) => c.fees)[0]!;
    await call('review.setMark', {
      itemId: item.id,
      targetKind: 'STEP',
      targetId: step2.id,
      action: 'MERGE',
      mergeIntoId: step1.id,
      reason: 'Gộp bước',
      ...LEGAL,
    });
    await call('review.setMark', {
      itemId: item.id,
      targetKind: 'COMPONENT',
      targetId: doc1.id,
      action: 'REMOVE',
      reason: 'Không cần thiết',
      ...LEGAL,
    });
    await call('review.setMark', {
      itemId: item.id,
      targetKind: 'COMPONENT_COPY_REQ',
      targetId: doc2.id,
      action: 'SIMPLIFY',
      proposedValue: 'ELECTRONIC',
      reason: 'Bản điện tử',
      ...LEGAL,
    });
    await call('review.setMark', {
      itemId: item.id,
      targetKind: 'FEE',
      targetId: fee.id,
      action: 'SIMPLIFY',
      proposedValue: '1.000',
      reason: 'Giảm phí',
      ...LEGAL,
    });
    const bad = await backend.dispatch('review.setMark', {
      itemId: item.id,
      targetKind: 'COMPONENT_COPY_REQ',
      targetId: doc2.id,
      action: 'SIMPLIFY',
      proposedValue: 'bản photo',
      reason: 'x',
    });
    expect(!bad.ok && bad.error.code).toBe('REVIEW_PROPOSED_VALUE_REQUIRED');

    const untouched = await call('procedures.get', { unitId: unit.id, procedureId: item.procedureId });
    expect(untouched.version).toBe(1); // marks alone never alter the published record

    await call('review.transition', { itemId: item.id, action: 'submit' });
    await call('profiles.switch', {
      profileId: (await call('profiles.list', {})).profiles.find((p) => p.role === 'manager')!.id,
      pin: '1234',
    });
    await call('review.transition', { itemId: item.id, action: 'approve', pin: '1234' });
    const done = await call('review.transition', {
      itemId: item.id,
      action: 'implement',
      pin: '1234',
      decisionNo: '9/QĐ-UBND',
      decisionDate: '2027-03-01',
    });

    const record = await call('procedures.get', { unitId: unit.id, procedureId: item.procedureId });
    expect(record.version).toBe(2);
    expect(record.steps.map((s) => s.id)).not.toContain(step2.id);
    const comps = record.componentGroups.flatMap((g) => g.components);
    expect(comps.map((c) => c.id)).not.toContain(doc1.id);
    expect(comps.find((c) => c.id === doc2.id)!.copyRequirement).toBe('ELECTRONIC');
    expect(record.channels.flatMap((c) => c.fees).find((f) => f.id === fee.id)!.amount).toBe(1000);
    // The review view still shows the record the marks were made on, with the diff to the new version.
    expect(done.record.steps.map((s) => s.id)).toContain(step2.id);
    expect(
      done.changes
        .filter((c) => c.kind === 'removed')
        .map((c) => c.part)
        .sort(),
    ).toEqual(['component', 'step']);
    const snapshot = backend.ctx.db
      .prepare('SELECT version, decision_no AS no FROM procedure_versions WHERE procedure_id = ?')
      .all(item.procedureId);
    expect(snapshot).toEqual([{ version: 1, no: '9/QĐ-UBND' }]);
    backend.close();
  });
});
