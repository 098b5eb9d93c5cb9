import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir();

async function demoItem(dir: string, code: string) {
  const t = testBackend(dir);
  const [unit] = await t.call('units.list', {});
  const [campaign] = await t.call('campaigns.list', { unitId: unit!.id });
  const { rows } = await t.call('inventory.list', { unitId: unit!.id });
  const procedureId = rows.find((r) => r.code === code)!.procedureId;
  await t.call('campaigns.addItems', { campaignId: campaign!.id, procedureIds: [procedureId] });
  const item = (await t.call('campaigns.get', { campaignId: campaign!.id })).items.find(
    (i) => i.code === code,
  )!;
  return { ...t, unit: unit!, item };
}

const audit = (db: Database, field: string) =>
  db
    .prepare('SELECT old_value AS o, new_value AS n FROM audit_log WHERE field = ? ORDER BY id')
    .all(field) as { o: string | null; n: string | null }[];

describe('per-channel variants of the quy trình nội bộ reach the citizen steps of their channel', () => {
  it('1.001612: the online office step says the process is shared; once Trực tuyến has its own variant, marking it cuts the online days only (undo, audit)', async () => {
    const { backend, call, unit, item } = await demoItem(tmp(), '1.001612');
    const target = { unitId: unit.id, procedureId: item.procedureId };
    const v0 = await call('review.get', { itemId: item.id });
    // Step 7: "Trường hợp đăng ký qua mạng thông tin điện tử — Trường hợp hồ sơ đủ điều kiện cấp đăng ký hộ kinh
    // doanh, Cơ quan đăng ký kinh doanh cấp xã thực hiện cấp đăng ký…" (the office signs, online only).
    const online = v0.citizenSteps.findLast(
      (s) => s.kind === 'OFFICE' && s.channels.join() === 'TRUC_TUYEN',
    )!;
    expect(online.ord).toBe(7);
    const mark = (itemId: number) =>
      call('review.setMark', {
        itemId,
        targetKind: 'STEP',
        targetId: online.stepId,
        action: 'REMOVE',
        reason: 'Hệ thống tự cấp',
      });
    const shared = (await mark(item.id)).citizenSteps.find((s) => s.stepId === online.stepId)!;
    expect(shared.reason).toMatchObject({
      code: 'SHARED_PROCESS',
      channels: ['TRUC_TUYEN'],
      costChannel: 'TRUC_TIEP',
    });
    await call('review.deleteMark', { itemId: item.id, markId: shared.markId! });

    // The record editor gives Trực tuyến a variant of its own (a copy of the steps) and keeps the other for the rest.
    const { processes } = await call('process.get', target);
    const p = processes[0]!;
    const steps = p.steps.map((s) => ({ work: s.work, responsible: s.responsible, time: s.timeText }));
    const saved = await call('process.save', {
      ...target,
      processes: [
        {
          id: p.id,
          name: p.name,
          channels: ['TRUC_TIEP', 'BUU_CHINH'],
          steps: p.steps.map((s, i) => ({ id: s.id, ...steps[i]! })),
        },
        { name: 'Trực tuyến', channels: ['TRUC_TUYEN'], steps },
      ],
    });
    expect(saved.processes.map((x) => x.channels)).toEqual([['TRUC_TIEP', 'BUU_CHINH'], ['TRUC_TUYEN']]);
    expect(saved.channels.find((c) => c.method === 'TRUC_TUYEN')!.processId).toBe(saved.processes[1]!.id);
    const [row] = audit(backend.ctx.db, 'internalProcess').slice(-1);
    expect(JSON.parse(row!.n!)).toEqual([
      { name: p.name, channels: ['TRUC_TIEP', 'BUU_CHINH'], steps: p.steps.length },
      { name: 'Trực tuyến', channels: ['TRUC_TUYEN'], steps: p.steps.length },
    ]);

    const before = await call('review.get', { itemId: item.id });
    const days = (v: typeof before, m: string) => v.channelDays.find((c) => c.method === m)!.daysAfter;
    const after = await mark(item.id);
    const o = after.citizenSteps.find((s) => s.stepId === online.stepId)!;
    expect(o.reason).toBeNull();
    expect(o.effect!.officeHoursMilli).toBeGreaterThan(0);
    expect(days(after, 'TRUC_TUYEN')).toBeLessThan(days(before, 'TRUC_TUYEN')!);
    expect(days(after, 'TRUC_TIEP')).toBe(days(before, 'TRUC_TIEP'));
    await call('review.deleteMark', { itemId: item.id, markId: o.markId! });

    // Undo the save: one process for every channel again.
    await call('history.undo', {});
    expect((await call('process.get', target)).processes.map((x) => x.channels)).toEqual([p.channels]);
    backend.close();
  });

  it('a step the guess got wrong: set its kind (one undo step, audited) and the mark on it changes the cost', async () => {
    const { backend, call, item } = await demoItem(tmp(), '1.001612');
    const v0 = await call('review.get', { itemId: item.id });
    // A note ("Lưu ý…" or a provision) that in this office in fact means one more trip: Đến cơ quan theo yêu cầu.
    const note = v0.citizenSteps.find((s) => s.kind === 'NOTE') ?? v0.citizenSteps.at(-1)!;
    const v1 = await call('review.setStepKind', {
      itemId: item.id,
      stepId: note.stepId,
      kind: 'VISIT',
      channels: [],
    });
    const cls = v1.citizenSteps.find((s) => s.stepId === note.stepId)!;
    expect([cls.kind, cls.guessed]).toEqual(['VISIT', false]);
    expect(v1.cost!.before.perYear.exact).not.toBe(v0.cost!.before.perYear.exact); // the trip counts before too
    const [row] = audit(backend.ctx.db, `steps[${cls.ord}].costKind`);
    expect(JSON.parse(row!.n!)).toEqual({ kind: 'VISIT', channels: [] });

    const marked = await call('review.setMark', {
      itemId: item.id,
      targetKind: 'STEP',
      targetId: note.stepId,
      action: 'REMOVE',
      reason: 'Không yêu cầu đến lại',
    });
    expect(marked.cost!.after.perYear.exact).not.toBe(v1.cost!.after.perYear.exact);
    expect(marked.citizenSteps.find((s) => s.stepId === note.stepId)!.effect!.hoursMilli).toBeGreaterThan(0);
    await call('review.deleteMark', { itemId: item.id, markId: marked.marks.at(-1)!.id });

    await call('history.undo', {});
    const back = (await call('review.get', { itemId: item.id })).citizenSteps.find(
      (s) => s.stepId === note.stepId,
    )!;
    expect([back.kind, back.guessed]).toEqual([note.kind, true]);
    backend.close();
  });

  it('a channel time with no unit ("3", the portal’s hộ tịch figures) counts as working days and says so', async () => {
    const { backend, call, item } = await demoItem(tmp(), '1.000094');
    const v = await call('review.get', { itemId: item.id });
    const direct = v.channelDays.find((c) => c.method === 'TRUC_TIEP')!;
    expect(direct).toMatchObject({
      legalDays: 3,
      legalUnit: 'WORKING_DAY',
      legalUnitAssumed: true,
      daysBefore: 3,
    });
    backend.close();
  });
});
