import { describe, expect, it } from 'vitest';
import type { ApiCallError } from '../../../electron/backend/direct-client';
import type { ProcessRow } from '../../../electron/shared/contract/process';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir();

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as ApiCallError,
  );

/** The demo's two communes; the second also carries `codes` (same unit fields, no dossiers of its own). */
async function demo(codes: string[]) {
  const t = testBackend(tmp());
  const units = await t.call('units.list', {});
  const a = units.find((u) => u.code === 'DEMO-XA')!;
  const b = units.find((u) => u.code === 'DEMO-XA-2')!;
  const db = t.backend.ctx.db;
  const pid = (code: string) =>
    db.prepare('SELECT id FROM procedures WHERE code = ?').pluck().get(code) as number;
  for (const code of codes)
    db.prepare(
      `INSERT INTO unit_procedures (unit_id, procedure_id, online_level, legacy_level, one_stop, has_internal_process,
         dossiers_per_year, note, created_at, updated_at)
       SELECT ?, procedure_id, online_level, legacy_level, one_stop, 0, NULL, '', created_at, updated_at
       FROM unit_procedures WHERE unit_id = ? AND procedure_id = ?`,
    ).run(b.id, a.id, pid(code));
  const request = {
    sourceIds: [a.id, b.id],
    name: 'UBND xã Minh họa Mới',
    code: 'XA-MOI',
    validFrom: '2025-07-01',
  };
  const demoResolutions = {
    '1.001193:review': 'DEMO-XA-2',
    '1.004222:onlineLevel': 'DEMO-XA',
    '2.000815:onlineLevel': 'DEMO-XA-2',
    // XA's own fee rates for 1.001612 (XA-2 charges the national ones).
    ...(codes.includes('1.001612')
      ? Object.fromEntries(
          ['TRUC_TIEP', 'BUU_CHINH', 'TRUC_TUYEN'].map((m) => [`1.001612:fee:${m}`, 'DEMO-XA']),
        )
      : {}),
  };
  const processOf = async (unitId: number, code: string) =>
    (await t.call('process.get', { unitId, procedureId: pid(code) })).processes;
  /** Saves on XA-2 the given processes as a new copy (steps re-entered by their published time). */
  const saveOnB = (code: string, processes: ProcessRow[]) =>
    t.call('process.save', {
      unitId: b.id,
      procedureId: pid(code),
      processes: processes.map((p) => ({
        name: p.name,
        channels: p.channels,
        source: 'QĐ của xã Minh họa 2',
        statedTotal: p.statedTotal,
        steps: p.steps.map((s) => ({
          work: s.work,
          responsible: s.responsible,
          time: s.timeText,
          result: s.result,
        })),
      })),
    });
  const content = (ps: ProcessRow[]) =>
    ps.map((p) => ({ name: p.name, steps: p.steps.map((s) => [s.work, s.responsible, s.timeText]) }));
  return { ...t, a, b, db, pid, request, demoResolutions, processOf, saveOnB, content };
}

describe('merging communes carries their quy trình nội bộ, cost defaults and frozen figures', () => {
  it('identical processes are carried silently; an approved review keeps its figures to the đồng; undo restores', async () => {
    const t = await demo(['1.001612']);
    const original = await t.processOf(t.a.id, '1.001612');
    await t.saveOnB('1.001612', original);
    // Approve XA's review of 1.001612: the approval freezes the figures.
    const [campaign] = await t.call('campaigns.list', { unitId: t.a.id });
    const item = (await t.call('campaigns.get', { campaignId: campaign!.id })).items.find(
      (i) => i.code === '1.001612',
    )!;
    await t.call('review.transition', { itemId: item.id, action: 'submit' });
    const manager = (await t.call('profiles.list', {})).profiles.find((p) => p.role === 'manager')!;
    await t.call('profiles.switch', { profileId: manager.id, pin: '1234' });
    await t.call('review.transition', { itemId: item.id, action: 'approve', pin: '1234' });

    const preview = await t.call('merges.preview', t.request);
    expect(preview.conflicts.map((c) => c.key).sort()).toEqual(Object.keys(t.demoResolutions).sort());
    // Every process of XA (1.001612 the same on both, the others recorded by XA alone) is carried.
    expect(preview.processesCarried).toBe(15);
    const done = await t.call('merges.commit', { ...t.request, resolutions: t.demoResolutions });
    expect(t.content(await t.processOf(done.unit.id, '1.001612'))).toEqual(t.content(original));
    expect(t.content(await t.processOf(done.unit.id, '1.002755'))).toEqual(
      t.content(await t.processOf(t.a.id, '1.002755')),
    );
    const flag = t.db
      .prepare('SELECT has_internal_process FROM unit_procedures WHERE unit_id = ? AND procedure_id = ?')
      .pluck();
    expect(flag.get(done.unit.id, t.pid('1.001612'))).toBe(1);
    expect(await t.call('cost.listDefaults', { unitId: done.unit.id })).toEqual(
      await t.call('cost.listDefaults', { unitId: t.a.id }),
    );

    const [carriedCampaign] = await t.call('campaigns.list', { unitId: done.unit.id });
    const carried = (await t.call('campaigns.get', { campaignId: carriedCampaign!.id })).items.find(
      (i) => i.code === '1.001612',
    )!;
    expect(carried.status).toBe('APPROVED');
    const view = await t.call('review.get', { itemId: carried.id });
    expect(view.cost!.before.perYear.dong).toBe(243_285_900);
    expect(view.cost!.after.perYear.dong).toBe(76_874_850);
    expect([view.item.daysBefore, view.item.daysAfter]).toEqual([3, 2]);
    expect(view.frozen).toMatchObject({ hourlyIncome: 28409, newer: null });
    // The marks on internal steps point at the new unit's copy of the steps.
    const newSteps = new Set(
      (await t.processOf(done.unit.id, '1.001612')).flatMap((p) => p.steps.map((s) => s.id)),
    );
    const stepMarks = view.marks.filter((m) => m.targetKind === 'INTERNAL_STEP');
    expect(stepMarks).toHaveLength(3);
    for (const m of stepMarks) expect(newSteps.has(m.targetId!)).toBe(true);

    const count = (sql: string) => t.db.prepare(sql).pluck().get(done.unit.id) as number;
    await t.call('history.undo', {});
    expect(count('SELECT count(*) FROM internal_processes WHERE unit_id = ?')).toBe(0);
    expect(count('SELECT count(*) FROM cost_defaults WHERE unit_id = ?')).toBe(0);
    expect(t.db.prepare('SELECT count(*) FROM frozen_costs').pluck().get()).toBe(1);
    await t.call('history.redo', {});
    expect(t.content(await t.processOf(done.unit.id, '1.001612'))).toEqual(t.content(original));
    expect(t.db.prepare('SELECT count(*) FROM frozen_costs').pluck().get()).toBe(2);
    t.backend.close();
  });

  it('different processes are a conflict the officer resolves by choosing one unit’s; nothing written until then', async () => {
    const t = await demo(['1.001612']);
    const xa = await t.processOf(t.a.id, '1.001612');
    const changed = xa.map((p) => ({
      ...p,
      steps: p.steps.map((s, i) => (i === 2 ? { ...s, timeText: '01 ngày làm việc' } : s)),
    }));
    await t.saveOnB('1.001612', changed);
    const xa2755 = await t.processOf(t.a.id, '1.002755');
    await t.saveOnB(
      '1.002755',
      xa2755.map((p) => ({ ...p, steps: p.steps.slice(1) })),
    );

    const preview = await t.call('merges.preview', t.request);
    const conflict = preview.conflicts.find((c) => c.key === '1.001612:internalProcess')!;
    expect(conflict.label).toBe('Quy trình nội bộ');
    expect(conflict.options.map((o) => o.text)).toEqual([
      'UBND xã Minh họa (dữ liệu mẫu): 7 bước, tổng 3 ngày làm việc',
      'UBND xã Minh họa 2 (dữ liệu mẫu): 7 bước, tổng 2,5 ngày làm việc',
    ]);
    expect(conflict.options[1]!.detail![2]).toMatch(
      /^3\. Thẩm định hồ sơ.* — Công chức Phòng Kinh tế — 01 ngày làm việc$/,
    );
    expect(preview.conflicts.map((c) => c.key)).toContain('1.002755:internalProcess');

    const open = await failure(t.call('merges.commit', { ...t.request, resolutions: t.demoResolutions }));
    expect(open?.code).toBe('MERGE_UNRESOLVED');
    // XA's open review marks XA's internal steps: keeping XA-2's process would lose them.
    const lost = await failure(
      t.call('merges.commit', {
        ...t.request,
        resolutions: {
          ...t.demoResolutions,
          '1.001612:internalProcess': 'DEMO-XA-2',
          '1.002755:internalProcess': 'DEMO-XA-2',
        },
      }),
    );
    expect(lost?.code).toBe('MERGE_PROCESS_MARKS');
    expect(lost?.message).toMatch(
      /^Rà soát 1\.001612 của UBND xã Minh họa \(dữ liệu mẫu\) đánh dấu các bước/,
    );
    expect((await t.call('units.list', {})).map((u) => u.code)).toEqual(['DEMO-XA', 'DEMO-XA-2']);

    const done = await t.call('merges.commit', {
      ...t.request,
      resolutions: {
        ...t.demoResolutions,
        '1.001612:internalProcess': 'DEMO-XA',
        '1.002755:internalProcess': 'DEMO-XA-2',
      },
    });
    expect(t.content(await t.processOf(done.unit.id, '1.001612'))).toEqual(t.content(xa));
    const kept2755 = await t.processOf(done.unit.id, '1.002755');
    expect(t.content(kept2755)).toEqual(t.content(await t.processOf(t.b.id, '1.002755')));
    expect(kept2755[0]!.steps).toHaveLength(xa2755[0]!.steps.length - 1);
    t.backend.close();
  });

  it('different cost defaults are one conflict of the whole unit; the chosen unit’s dated rows are carried', async () => {
    const t = await demo([]);
    await t.call('cost.setDefaults', {
      unitId: t.b.id,
      validFrom: '2025-03-01',
      values: { tripCost: 50_000 },
      note: 'Xã 2: đường xa',
    });
    const preview = await t.call('merges.preview', t.request);
    const conflict = preview.conflicts.find((c) => c.key === 'costDefaults')!;
    expect(conflict.options.map((o) => o.text)).toEqual([
      'UBND xã Minh họa (dữ liệu mẫu): từ 01/01/2025',
      'UBND xã Minh họa 2 (dữ liệu mẫu): từ 01/03/2025',
    ]);
    const done = await t.call('merges.commit', {
      ...t.request,
      resolutions: { ...t.demoResolutions, costDefaults: 'DEMO-XA-2' },
    });
    const carried = await t.call('cost.listDefaults', { unitId: done.unit.id });
    expect(carried.map((d) => [d.validFrom, d.tripCost])).toEqual([['2025-03-01', 50_000]]);
    t.backend.close();
  });
});
