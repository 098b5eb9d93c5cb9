import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../../support/backend';
import { damagePages, hash } from '../../support/damage-file';
import { demoWithBackup } from '../../support/damaged-database';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir('tinhgon-deferred-');
// Every file counts as large here; the fallback start is far away, so the test decides when the check runs.
const large = { deferCheckAboveBytes: 0, deferredCheckDelayMs: 60_000 };
const damagedFiles = (dir: string) => readdirSync(dir).filter((n) => n.includes('.damaged-'));

describe('integrity check of a large database, after the first screen', () => {
  it('opens without checking, serves reads, then checks in a worker and reports a sound file', async () => {
    const dir = tmp();
    testBackend(dir).backend.close();
    const errors: unknown[] = [];
    const t = testBackend(dir, { ...large, log: (e) => errors.push(e) });
    const units = await t.call('units.list', {});
    expect(units.length).toBeGreaterThan(0);
    expect(await t.call('backups.openCheck', {})).toEqual({ deferred: true, ok: true, notice: null });
    expect(errors).toEqual([]); // the worker thread ran the check (a failed worker is logged, then checked inline)
    t.backend.close();
  });

  it('small files are checked at open, before anything is served', async () => {
    const dir = tmp();
    const t = testBackend(dir, { deferredCheckDelayMs: 60_000 });
    expect(await t.call('backups.openCheck', {})).toEqual({ deferred: false, ok: true, notice: null });
    t.backend.close();
  });

  it('a damaged file found late is set aside untouched and the newest good backup replaces it', async () => {
    const dir = tmp();
    const { file, backup, unitId, procedureId } = await demoWithBackup(dir);
    damagePages(file);
    const damagedHash = hash(file);
    const t = testBackend(dir, large);
    expect(damagedFiles(dir)).toHaveLength(0); // opened as it is: the check has not run yet
    const r = await t.call('backups.openCheck', {});
    expect(r).toMatchObject({
      deferred: true,
      ok: false,
      notice: { kind: 'recovered', restoredFrom: backup.name },
    });
    const kept = damagedFiles(dir).filter((n) => !n.endsWith('-wal') && !n.endsWith('-shm'));
    expect(kept).toHaveLength(1);
    expect(hash(join(dir, kept[0]!))).toBe(damagedHash);
    expect((await t.call('procedures.get', { unitId, procedureId })).name).toBe('Có trong bản sao lưu');
    expect((await t.call('backups.list', {})).notice).toEqual(r.notice);
    expect(t.backend.ctx.db.pragma('quick_check', { simple: true })).toBe('ok');
    t.backend.close();
  });

  it('a write arriving before the check waits for it, so it never lands on the damaged file', async () => {
    const dir = tmp();
    const { file, unitId, procedureId } = await demoWithBackup(dir);
    damagePages(file);
    const damagedHash = hash(file);
    const t = testBackend(dir, large);
    await t.call('procedures.updateField', { unitId, procedureId, field: 'name', value: 'Sửa sau khi mở' });
    const kept = damagedFiles(dir).filter((n) => !n.endsWith('-wal') && !n.endsWith('-shm'));
    expect(hash(join(dir, kept[0]!))).toBe(damagedHash);
    expect((await t.call('procedures.get', { unitId, procedureId })).name).toBe('Sửa sau khi mở');
    expect(t.backend.ctx.db.pragma('quick_check', { simple: true })).toBe('ok');
    t.backend.close();
  });

  it('with no good backup the damaged file is reopened read-only, never written, and the notice says why', async () => {
    const dir = tmp();
    const first = testBackend(dir);
    const [unit] = await first.call('units.list', {});
    const row = (await first.call('inventory.list', { unitId: unit!.id, search: '1.001193' })).rows[0]!;
    first.backend.close();
    damagePages(first.file);
    const before = hash(first.file);
    const t = testBackend(dir, large);
    const r = await t.call('backups.openCheck', {});
    expect(r).toEqual({ deferred: true, ok: false, notice: { kind: 'readOnly', reason: 'DB_CORRUPT' } });
    expect(t.backend.ctx.db.readonly).toBe(true);
    expect((await t.call('backups.list', {})).readOnly).toBe(true);
    const write = await t.backend.dispatch('procedures.updateField', {
      unitId: unit!.id,
      procedureId: row.procedureId,
      field: 'name',
      value: 'Không được ghi',
    });
    expect(write.ok).toBe(false);
    t.backend.close();
    expect(hash(first.file)).toBe(before);
    expect(damagedFiles(dir)).toHaveLength(0);
  });

  it('starts by itself when no screen asks for it', async () => {
    const dir = tmp();
    const { file } = await demoWithBackup(dir);
    damagePages(file);
    const t = testBackend(dir, { deferCheckAboveBytes: 0, deferredCheckDelayMs: 0 });
    await expect.poll(() => damagedFiles(dir).length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect((await t.call('backups.openCheck', {})).notice).toMatchObject({ kind: 'recovered' });
    t.backend.close();
  });

  it('switching to another database drops the old check: the file left behind is not touched', async () => {
    const dir = tmp();
    const { file } = await demoWithBackup(dir);
    damagePages(file);
    const before = hash(file);
    const otherDir = tmp();
    const other = testBackend(otherDir);
    other.backend.close();
    const t = testBackend(dir, large);
    t.backend.ctx.switchDatabase(other.file);
    expect(await t.call('backups.openCheck', {})).toEqual({ deferred: true, ok: true, notice: null });
    expect(hash(file)).toBe(before);
    expect(damagedFiles(dir)).toHaveLength(0);
    t.backend.close();
  });
});
