import { describe, expect, it } from 'vitest';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir();

describe('saved grid views', () => {
  it('saves, overwrites by name, sets one default, lists and deletes', async () => {
    const { call, backend } = testBackend(tmp());
    const [unit] = await call('units.list', {});
    const unitId = unit!.id;
    const a = await call('views.save', {
      unitId,
      name: 'Theo lĩnh vực',
      state: '{"app":{"groupBy":"field"}}',
      isDefault: true,
    });
    await call('views.save', { unitId, name: 'Gọn', state: '{"grid":{}}' });
    const again = await call('views.save', {
      unitId,
      name: 'Theo lĩnh vực',
      state: '{"app":{"groupBy":"agency"}}',
    });
    expect(again.id).toBe(a.id);
    expect(again.isDefault).toBe(true);
    let views = await call('views.list', { unitId });
    expect(views.map((v) => v.name)).toEqual(['Gọn', 'Theo lĩnh vực']);
    const gon = views.find((v) => v.name === 'Gọn')!;
    await call('views.setDefault', { unitId, id: gon.id });
    views = await call('views.list', { unitId });
    expect(views.filter((v) => v.isDefault).map((v) => v.name)).toEqual(['Gọn']);
    await call('views.delete', { unitId, id: gon.id });
    expect((await call('views.list', { unitId })).map((v) => v.state)).toEqual([
      '{"app":{"groupBy":"agency"}}',
    ]);
    await expect(call('views.delete', { unitId, id: gon.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    backend.close();
  });
});

describe('group counts in SQL', () => {
  it('counts per lĩnh vực add up to the total and follow the search', async () => {
    const { call, backend } = testBackend(tmp());
    const [unit] = await call('units.list', {});
    const { total } = await call('inventory.list', { unitId: unit!.id });
    const groups = await call('inventory.groups', { unitId: unit!.id, by: 'field' });
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(total);
    expect(groups.length).toBeGreaterThan(1);
    const searched = await call('inventory.groups', {
      unitId: unit!.id,
      by: 'onlineLevel',
      search: 'khai sinh',
    });
    const found = await call('inventory.list', { unitId: unit!.id, search: 'khai sinh' });
    expect(searched.reduce((n, g) => n + g.count, 0)).toBe(found.total);
    backend.close();
  });
});

describe('units master data', () => {
  it('creates a unit under a parent with validity dates and successors; refuses cycles and reversed dates', async () => {
    const { call, backend } = testBackend(tmp());
    const [commune] = await call('units.list', {});
    const unitAudit = async () => (await call('audit.list', {})).filter((a) => a.entity === 'unit').length;
    const auditBefore = await unitAudit();
    const province = await call('units.create', { name: 'Tỉnh Thử Nghiệm', level: 'TINH' });
    expect(province.code).toBe('TINH-THU-NGHIEM');
    const old = await call('units.create', {
      name: 'Huyện Cũ',
      level: 'HUYEN_LEGACY',
      parentId: province.id,
      validFrom: '2010-01-01',
      validTo: '2025-06-30',
      replacedBy: [commune!.code],
    });
    expect(old).toMatchObject({ parentId: province.id, validTo: '2025-06-30', replacedBy: [commune!.code] });
    await expect(
      call('units.update', {
        id: province.id,
        values: { name: 'Tỉnh Thử Nghiệm', level: 'TINH', parentId: old.id },
      }),
    ).rejects.toMatchObject({ code: 'UNIT_INVALID' });
    await expect(
      call('units.create', { name: 'X', level: 'XA', validFrom: '2025-01-02', validTo: '2025-01-01' }),
    ).rejects.toMatchObject({ code: 'UNIT_INVALID' });
    const renamed = await call('units.update', {
      id: commune!.id,
      values: { name: 'Xã Mẫu (đổi tên)', level: 'XA', parentId: province.id },
    });
    expect(renamed).toMatchObject({ name: 'Xã Mẫu (đổi tên)', parentId: province.id, code: commune!.code });
    expect((await unitAudit()) - auditBefore).toBe(3);
    backend.close();
  });
});

describe('search ids and refreshing touched rows', () => {
  it('returns the ids matching only step/document text and lists only the given procedures', async () => {
    const { call, backend } = testBackend(tmp());
    const [unit] = await call('units.list', {});
    const unitId = unit!.id;
    const all = await call('inventory.list', { unitId });
    const { text } = await call('inventory.search', { unitId, search: 'khai sinh' });
    const listed = await call('inventory.list', { unitId, search: 'khai sinh' });
    // The list ranks them last, after every row its columns match.
    expect(text.length).toBeGreaterThan(0);
    expect(
      listed.rows
        .slice(-text.length)
        .map((r) => r.id)
        .sort(),
    ).toEqual([...text].sort());
    const two = all.rows.slice(3, 5).map((r) => r.procedureId);
    expect(
      (await call('inventory.list', { unitId, procedureIds: two })).rows.map((r) => r.procedureId).sort(),
    ).toEqual([...two].sort());
    backend.close();
  });
});
