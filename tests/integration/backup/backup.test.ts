import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../db/backup';
import { startAutoBackup } from '../../../electron/backend/backup/service';
import type { BackendOptions } from '../../../electron/backend/session';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir('tinhgon-backup-');

async function demo(dir = tmp(), o: Partial<BackendOptions> = {}) {
  const t = testBackend(dir, o);
  const [unit] = await t.call('units.list', {});
  const row = (await t.call('inventory.list', { unitId: unit!.id, search: '1.001193' })).rows[0]!;
  const rename = (name: string) =>
    t.call('procedures.updateField', {
      unitId: unit!.id,
      procedureId: row.procedureId,
      field: 'name',
      value: name,
    });
  const currentName = async () =>
    (await t.call('procedures.get', { unitId: unit!.id, procedureId: row.procedureId })).name;
  return { ...t, dir, rename, currentName };
}

describe('backups through the contract', () => {
  it('creates a checked single-file copy in <dataDir>/backups and lists it with time, size and reason', async () => {
    const { call, backend, dir } = await demo();
    const entry = await call('backups.create', {});
    expect(entry.reason).toBe('manual');
    const file = join(dir, 'backups', entry.name);
    const header = readFileSync(file).subarray(0, 20);
    expect([header[18], header[19]]).toEqual([1, 1]); // DELETE mode: one self-contained file (no -wal needed)
    expect(checkCopy(file)).toMatchObject({ ok: true, quickCheck: 'ok' });
    const copy = new Database(file, { readonly: true });
    const live = backend.ctx.db;
    const count = (db: Database.Database) =>
      (db.prepare('SELECT count(*) AS n FROM procedures').get() as { n: number }).n;
    expect(count(copy)).toBe(count(live));
    copy.close();
    const { backups } = await call('backups.list', {});
    expect(backups).toEqual([entry]);
    expect(entry.size).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'backups')).filter((n) => n.includes('.tmp'))).toEqual([]);
    backend.close();
  });

  it('restores a backup, and the restore itself is undoable through the safety backup it takes first', async () => {
    const t = await demo();
    const original = await t.currentName();
    const before = await t.call('backups.create', {});
    await t.rename('Tên sau khi sửa — Đắk Lắk');
    const { openId } = await t.call('app.info', {});
    expect((await t.call('history.list', {})).undo).toHaveLength(1);
    const result = await t.call('backups.restore', { name: before.name });
    expect(result.restored.name).toBe(before.name);
    // Another database under the same name: the screens start afresh (new openId) and the edit history of the
    // replaced rows is gone (undoing it would write over the restored ones).
    expect((await t.call('app.info', {})).openId).not.toBe(openId);
    expect(await t.call('history.list', {})).toEqual({ undo: [], redo: [] });
    expect(result.safetyBackup.reason).toBe('restore');
    expect(await t.currentName()).toBe(original);
    expect((await t.call('app.info', {})).readOnly).toBe(false);
    // Undo the restore: the safety backup holds the edit.
    await t.call('backups.restore', { name: result.safetyBackup.name });
    expect(await t.currentName()).toBe('Tên sau khi sửa — Đắk Lắk');
    expect(t.backend.ctx.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(existsSync(`${t.file}.restore.tmp`)).toBe(false);
    t.backend.close();
  });

  it('refuses unknown names, paths and damaged backups without touching the data', async () => {
    const t = await demo();
    const good = await t.call('backups.create', {});
    await t.rename('Giữ nguyên');
    await expect(
      t.call('backups.restore', { name: 'khong-co-20261126-150405-123-auto.sqlite' }),
    ).rejects.toMatchObject({
      code: 'BACKUP_NOT_FOUND',
    });
    await expect(t.call('backups.restore', { name: '../test.sqlite' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    const file = join(t.dir, 'backups', good.name);
    const bytes = readFileSync(file);
    bytes.fill(0x55, 4096, 8192); // one damaged page
    writeFileSync(file, bytes);
    const error = await t.call('backups.restore', { name: good.name }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BACKUP_DAMAGED' });
    expect((error as Error).message).toMatch(/không bị thay đổi/);
    expect(await t.currentName()).toBe('Giữ nguyên');
    t.backend.close();
  });

  it('applies configurable retention after each backup', async () => {
    const t = await demo();
    expect(await t.call('backups.settings', {})).toEqual({
      keepToday: 3,
      keepPerDay: 1,
      maxTotal: 10,
      autoMinutes: 15,
    });
    expect(await t.call('backups.settings', { keepToday: 2 })).toMatchObject({ keepToday: 2, maxTotal: 10 });
    for (let i = 0; i < 4; i++) await t.call('backups.create', {});
    const { backups, settings } = await t.call('backups.list', {});
    expect(settings.keepToday).toBe(2);
    expect(backups).toHaveLength(2);
    await expect(t.call('backups.settings', { maxTotal: 0 })).rejects.toMatchObject({ code: 'VALIDATION' });
    t.backend.close();
  });

  it('backs up automatically only when there were edits since the last backup', async () => {
    const t = await demo();
    const auto = startAutoBackup(t.backend.ctx, 0);
    expect(auto.tick()).toBeNull();
    auto.markDirty();
    expect(auto.tick()?.reason).toBe('auto');
    expect(auto.tick()).toBeNull();
    t.backend.close();
  });

  it('follows the autoMinutes setting: due that long after the last backup, never when 0', async () => {
    const t = await demo();
    const auto = startAutoBackup(t.backend.ctx, undefined);
    const start = Date.now();
    auto.markDirty();
    expect(auto.tick(start + 14 * 60_000)).toBeNull(); // default 15 minutes
    expect(auto.tick(start + 15 * 60_000)?.reason).toBe('auto');
    await t.call('backups.settings', { autoMinutes: 0 });
    auto.markDirty();
    expect(auto.tick(start + 120 * 60_000)).toBeNull();
    auto.stop();
    t.backend.close();
  });

  it('marks the session dirty on a saved edit, and its timer takes the automatic backup', async () => {
    const t = await demo(tmp(), { autoBackupMs: 50 });
    await t.rename('Sửa để sao lưu');
    await expect
      .poll(async () => (await t.call('backups.list', {})).backups.map((b) => b.reason), { timeout: 10_000 })
      .toContain('auto');
    t.backend.close();
  });
});
