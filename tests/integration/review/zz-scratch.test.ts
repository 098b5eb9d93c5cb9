import { it } from 'vitest';
import { testBackend } from '/work/wt/p14b-process/tests/support/backend';
import { mkdtempSync } from 'node:fs';

it('scratch', async () => {
  const { backend, call } = testBackend(mkdtempSync('/tmp/p14b/scr-'));
  const [unit] = await call('units.list', {});
  const [camp] = await call('campaigns.list', { unitId: unit!.id });
  const detail = await call('campaigns.get', { campaignId: camp!.id });
  for (const item of detail.items) {
    const v = await call('review.get', { itemId: item.id });
    console.log(item.code, v.cost?.saving.dong, v.item.daysBefore, v.item.daysAfter, v.costProblem);
    for (const s of v.record.steps) {
      const after = await call('review.setMark', { itemId: item.id, targetKind: 'STEP', targetId: s.id, action: 'REMOVE', reason: 'thử' });
      const o = after.citizenSteps.find((c) => c.stepId === s.id)!;
      console.log('  ', o.ord, o.kind, o.channels.join(','), JSON.stringify(o.effect), JSON.stringify(o.reason), after.cost?.saving.dong, after.item.daysAfter);
      const m = after.marks.find((x) => x.targetKind === 'STEP' && x.targetId === s.id)!;
      await call('review.deleteMark', { itemId: item.id, markId: m.id });
    }
  }
  backend.close();
}, 120000);
