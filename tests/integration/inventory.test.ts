import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/queries/audit';
import { testBackend } from '../support/backend';
import { useTempDir } from '../support/temp';

const tmp = useTempDir();

async function demo() {
  const t = testBackend(tmp());
  const [unit] = await t.call('units.list', {});
  return { ...t, unit: unit! };
}

describe('inventory through the contract', () => {
  it('opens a new database on the demo inventory: ≥ 40 real commune procedures, marked demo', async () => {
    const { call, unit, backend } = await demo();
    const info = await call('app.info', {});
    expect(info.isDemo).toBe(true);
    expect(unit.isDemo).toBe(true);
    expect(unit.level).toBe('XA');
    const { rows, total } = await call('inventory.list', { unitId: unit.id });
    expect(total).toBeGreaterThanOrEqual(40);
    expect(rows).toHaveLength(total);
    const hkd = rows.find((r) => r.code === '1.001612');
    expect(hkd?.name).toMatch(/hộ kinh doanh/i);
    expect(rows.filter((r) => r.stepCount > 0 && r.componentCount > 0).length).toBeGreaterThanOrEqual(7);
    for (const r of rows) expect(r.code).toMatch(/^\d\.\d{6}(\.\w+)*$/);
    backend.close();
  });

  it('searches accent- and case-insensitively, đ = d, and by partial code', async () => {
    const { call, unit, backend } = await demo();
    const byName = await call('inventory.list', { unitId: unit.id, search: 'dang ky khai sinh' });
    expect(byName.rows.some((r) => r.name.normalize('NFC').includes('đăng ký khai sinh'))).toBe(true);
    const withMarks = await call('inventory.list', { unitId: unit.id, search: 'ĐĂNG KÝ KHAI SINH' });
    expect(withMarks.rows.map((r) => r.id)).toEqual(byName.rows.map((r) => r.id));
    const byCode = await call('inventory.list', { unitId: unit.id, search: '1.0011' });
    expect(byCode.rows.some((r) => r.code === '1.001193')).toBe(true);
    expect(byCode.rows.every((r) => r.code.includes('1.0011') || r.name.length > 0)).toBe(true);
    const none = await call('inventory.list', { unitId: unit.id, search: 'zzzz khong co' });
    expect(none.total).toBe(0);
    backend.close();
  });

  it('saves a cell edit at once, audits it, and the value survives reopening the file', async () => {
    const dir = tmp();
    const first = testBackend(dir);
    const [unit] = await first.call('units.list', {});
    const row = (await first.call('inventory.list', { unitId: unit!.id, search: '1.001193' })).rows[0]!;
    const updated = await first.call('procedures.updateField', {
      unitId: unit!.id,
      procedureId: row.procedureId,
      field: 'name',
      value: 'Thủ tục đăng ký khai sinh (bản chỉnh Quỳnh Hương)',
    });
    expect(updated.name).toBe('Thủ tục đăng ký khai sinh (bản chỉnh Quỳnh Hương)');
    const audit = listAudit(first.backend.ctx.db, { procedureId: row.procedureId });
    expect(audit[0]).toMatchObject({
      field: 'name',
      oldValue: row.name,
      newValue: 'Thủ tục đăng ký khai sinh (bản chỉnh Quỳnh Hương)',
    });
    first.backend.close();
    const second = testBackend(dir);
    const again = (await second.call('inventory.list', { unitId: unit!.id, search: 'quynh huong' })).rows;
    expect(again.map((r) => r.procedureId)).toEqual([row.procedureId]);
    second.backend.close();
  });

  it('normalises NFD input to NFC before saving', async () => {
    const { call, unit, backend } = await demo();
    const row = (await call('inventory.list', { unitId: unit.id })).rows[0]!;
    const nfd = 'Thủ tục thử nghiệm'.normalize('NFD');
    const updated = await call('procedures.updateField', {
      unitId: unit.id,
      procedureId: row.procedureId,
      field: 'name',
      value: nfd,
    });
    expect(updated.name).toBe('Thủ tục thử nghiệm'.normalize('NFC'));
    backend.close();
  });

  it('refuses an invalid code, a duplicate code and an empty name with a reason; nothing changes', async () => {
    const { call, unit, backend } = await demo();
    const [a, b] = (await call('inventory.list', { unitId: unit.id })).rows;
    const auditCount = () => listAudit(backend.ctx.db).length;
    const before = auditCount();
    await expect(
      call('procedures.updateField', {
        unitId: unit.id,
        procedureId: a!.procedureId,
        field: 'code',
        value: '1.0012',
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_CODE',
      message: expect.stringMatching(/d\.dddddd/) as string,
    });
    await expect(
      call('procedures.updateField', {
        unitId: unit.id,
        procedureId: a!.procedureId,
        field: 'code',
        value: b!.code,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      call('procedures.updateField', {
        unitId: unit.id,
        procedureId: a!.procedureId,
        field: 'name',
        value: '   ',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_VALUE' });
    await expect(
      call('procedures.updateField', {
        unitId: unit.id,
        procedureId: a!.procedureId,
        field: 'dossiersPerYear',
        value: -3,
      }),
    ).rejects.toMatchObject({ code: 'INVALID_VALUE' });
    for (const huge of [4.4e204, 1e16, 1.5])
      await expect(
        call('procedures.updateField', {
          unitId: unit.id,
          procedureId: a!.procedureId,
          field: 'dossiersPerYear',
          value: huge,
        }),
      ).rejects.toMatchObject({ code: 'INVALID_VALUE' });
    const still = (await call('inventory.list', { unitId: unit.id })).rows[0]!;
    expect(still.code).toBe(a!.code);
    expect(still.name).toBe(a!.name);
    expect(auditCount()).toBe(before);
    backend.close();
  });

  it('accepts Excel habits: "toàn trình", "1.234" dossiers', async () => {
    const { call, unit, backend } = await demo();
    const row = (await call('inventory.list', { unitId: unit.id })).rows[0]!;
    const a = await call('procedures.updateField', {
      unitId: unit.id,
      procedureId: row.procedureId,
      field: 'onlineLevel',
      value: 'Toàn trình',
    });
    expect(a.onlineLevel).toBe('FULL');
    const b = await call('procedures.updateField', {
      unitId: unit.id,
      procedureId: row.procedureId,
      field: 'dossiersPerYear',
      value: '1.234',
    });
    expect(b.dossiersPerYear).toBe(1234);
    backend.close();
  });

  it('returns the full record with channels, fees, steps and dossier components', async () => {
    const { call, unit, backend } = await demo();
    const row = (await call('inventory.list', { unitId: unit.id, search: '1.001612' })).rows[0]!;
    const d = await call('procedures.get', { unitId: unit.id, procedureId: row.procedureId });
    expect(d.code).toBe('1.001612');
    expect(d.channels.length).toBeGreaterThanOrEqual(2);
    expect(d.steps.length).toBeGreaterThan(0);
    expect(d.componentGroups.flatMap((g) => g.components).length).toBeGreaterThan(1);
    expect(d.unitFields.dossiersPerYear).toBe(600);
    await expect(call('procedures.get', { unitId: unit.id, procedureId: 999999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    backend.close();
  });
});
