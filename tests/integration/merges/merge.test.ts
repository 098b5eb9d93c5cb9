import { describe, expect, it } from 'vitest';
import type { ApiCallError } from '../../../electron/backend/direct-client';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir();

async function demo() {
  const t = testBackend(tmp());
  const units = await t.call('units.list', {});
  const a = units.find((u) => u.code === 'DEMO-XA')!;
  const b = units.find((u) => u.code === 'DEMO-XA-2')!;
  const request = {
    sourceIds: [a.id, b.id],
    name: 'UBND xã Minh họa Mới',
    code: 'XA-MOI',
    validFrom: '2025-07-01',
  };
  return { ...t, a, b, request };
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as ApiCallError,
  );

describe('merging the two demo communes', () => {
  it('previews the union, the summed dossiers and every conflict; commits only once all are resolved', async () => {
    const t = await demo();
    const preview = await t.call('merges.preview', t.request);
    expect(preview.procedures).toBe(t.a.procedureCount);
    expect(preview.shared).toBe(t.b.procedureCount);
    const keys = preview.conflicts.map((c) => c.key).sort();
    expect(keys).toEqual(['1.001193:review', '1.004222:onlineLevel', '2.000815:onlineLevel']);
    const review = preview.conflicts.find((c) => c.field === 'review')!;
    expect(review.options.map((o) => o.text)).toEqual([
      expect.stringMatching(/^UBND xã Minh họa \(dữ liệu mẫu\): Cán bộ, chưa rà soát, 0 đề xuất/),
      expect.stringMatching(
        /^UBND xã Minh họa 2 \(dữ liệu mẫu\): Cán bộ tư pháp xã 2, đang rà soát, 1 đề xuất, 2 ngày/,
      ),
    ]);

    const dropped = await failure(t.call('merges.commit', { ...t.request, resolutions: {} }));
    expect(dropped?.code).toBe('MERGE_DROPS_REVIEWS');
    expect(dropped?.message).toMatch(/bỏ 1 rà soát đang mở \(1\.001193\)/);
    const open = await failure(
      t.call('merges.commit', { ...t.request, resolutions: { '1.001193:review': 'DEMO-XA-2' } }),
    );
    expect(open?.code).toBe('MERGE_UNRESOLVED');
    expect((await t.call('units.list', {})).map((u) => u.code)).toEqual(['DEMO-XA', 'DEMO-XA-2']);

    const sumBefore = t.backend.ctx.db
      .prepare(
        "SELECT sum(dossiers_per_year) FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id WHERE p.code = '1.001193'",
      )
      .pluck()
      .get() as number;
    const done = await t.call('merges.commit', {
      ...t.request,
      resolutions: {
        '1.001193:review': 'DEMO-XA-2',
        '1.004222:onlineLevel': 'DEMO-XA',
        '2.000815:onlineLevel': 'DEMO-XA-2',
      },
    });
    expect(done).toMatchObject({
      procedures: t.a.procedureCount,
      unit: { code: 'XA-MOI', validFrom: '2025-07-01' },
    });
    expect(done.reviewsCarried).toBe(6);
    const rows = (await t.call('inventory.list', { unitId: done.unit.id })).rows;
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('1.001193')!.dossiersPerYear).toBe(sumBefore);
    expect(byCode.get('1.001612')!.dossiersPerYear).toBe(600);
    expect(byCode.get('1.004222')!.onlineLevel).toBe('FULL');
    expect(byCode.get('2.000815')!.onlineLevel).toBe('PARTIAL');
    const [campaign] = await t.call('campaigns.list', { unitId: done.unit.id });
    const detail = await t.call('campaigns.get', { campaignId: campaign!.id });
    const birth = detail.items.find((i) => i.code === '1.001193')!;
    expect(birth).toMatchObject({ reviewer: 'Cán bộ tư pháp xã 2', status: 'IN_PROGRESS', markCount: 1 });
    expect(detail.items.find((i) => i.code === '1.001612')!.markCount).toBeGreaterThan(0);

    const units = await t.call('units.list', {});
    expect(units.find((u) => u.code === 'DEMO-XA')).toMatchObject({
      validTo: '2025-06-30',
      replacedBy: ['XA-MOI'],
    });
    // The old communes are read-only and keep their history.
    const locked = await failure(
      t.call('procedures.updateField', {
        unitId: t.a.id,
        procedureId: rows[0]!.procedureId,
        field: 'dossiersPerYear',
        value: 5,
      }),
    );
    expect(locked?.code).toBe('UNIT_READ_ONLY');
    expect(locked?.message).toMatch(/đã được sáp nhập vào UBND xã Minh họa Mới từ ngày 01\/07\/2025/);
    expect((await t.call('inventory.list', { unitId: t.a.id })).total).toBe(t.a.procedureCount);

    const undo = await t.call('history.undo', {});
    expect(undo.moved).toMatchObject({ kind: 'merge', code: 'XA-MOI' });
    const after = await t.call('units.list', {});
    expect(after.map((u) => u.code)).toEqual(['DEMO-XA', 'DEMO-XA-2']);
    expect(after[0]).toMatchObject({ validTo: null, replacedBy: [] });
    await t.call('history.redo', {});
    expect((await t.call('units.list', {})).map((u) => u.code)).toEqual(['DEMO-XA', 'DEMO-XA-2', 'XA-MOI']);
    t.backend.close();
  });

  it('refuses a merge into itself, of units at different levels, or of a unit twice; nothing written', async () => {
    const t = await demo();
    const self = await failure(t.call('merges.preview', { ...t.request, code: 'DEMO-XA' }));
    expect(self?.code).toBe('MERGE_INTO_ITSELF');
    const province = await t.call('units.create', { name: 'UBND tỉnh Minh họa', level: 'TINH' });
    const levels = await failure(t.call('merges.commit', { ...t.request, sourceIds: [t.a.id, province.id] }));
    expect(levels?.code).toBe('MERGE_LEVELS');
    expect(levels?.message).toMatch(/cùng cấp/);
    const twice = await failure(t.call('merges.preview', { ...t.request, sourceIds: [t.a.id, t.a.id] }));
    expect(twice?.code).toBe('MERGE_SAME_UNIT_TWICE');
    expect((await t.call('units.list', {})).map((u) => u.code)).toEqual([
      'DEMO-XA',
      'DEMO-XA-2',
      province.code,
    ]);
    t.backend.close();
  });

  it('reports for a date before the merge are of the old communes, after it of the new one', async () => {
    const t = await demo();
    const resolutions = {
      '1.001193:review': 'DEMO-XA-2',
      '1.004222:onlineLevel': 'DEMO-XA',
      '2.000815:onlineLevel': 'DEMO-XA',
    };
    const { unit } = await t.call('merges.commit', { ...t.request, resolutions });
    const preview = (unitId: number, asOf: string) =>
      t.call('reports.preview', {
        report: 'inventory',
        unitId,
        limit: 5,
        filters: { fields: [], codes: [] },
        period: { kind: 'asOf' as const, date: asOf },
      });
    const early = await failure(preview(unit.id, '2025-06-15'));
    expect(early?.message).toBe(
      'Ngày 15/06/2025, UBND xã Minh họa Mới không có hiệu lực (sáp nhập). Báo cáo cho ngày đó lập theo: UBND xã Minh họa (dữ liệu mẫu), UBND xã Minh họa 2 (dữ liệu mẫu).',
    );
    expect((await preview(t.b.id, '2025-06-15')).totalRows).toBe(t.b.procedureCount);
    const late = await failure(preview(t.b.id, '2025-07-02'));
    expect(late?.message).toMatch(/Báo cáo cho ngày đó lập theo: UBND xã Minh họa Mới\.$/);
    expect((await preview(unit.id, '2025-07-02')).totalRows).toBe(t.a.procedureCount);
    t.backend.close();
  });
});
