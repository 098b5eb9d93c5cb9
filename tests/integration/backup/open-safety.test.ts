import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DbError } from '../../../db/errors';
import { openDatabase } from '../../../db/open';
import { testBackend } from '../../support/backend';
import { damagePages, hash } from '../../support/damage-file';
import { demoWithBackup } from '../../support/damaged-database';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir('tinhgon-open-');
describe('integrity on open', () => {
  it('keeps a damaged database aside, says so, and opens the newest backup that passes quick_check', async () => {
    const dir = tmp();
    const { file, backup, unitId, procedureId } = await demoWithBackup(dir);
    damagePages(file);
    const damagedHash = hash(file);
    const t = testBackend(dir);
    const { notice } = await t.call('backups.list', {});
    expect(notice).toMatchObject({ kind: 'recovered', restoredFrom: backup.name });
    const kept = join(dir, notice?.kind === 'recovered' ? notice.damagedName : '');
    expect(hash(kept)).toBe(damagedHash); // the damaged file is never written over
    expect(readdirSync(dir).filter((n) => n.includes('.damaged-'))).toHaveLength(1);
    expect((await t.call('procedures.get', { unitId, procedureId })).name).toBe('Có trong bản sao lưu');
    expect(t.backend.ctx.db.pragma('quick_check', { simple: true })).toBe('ok');
    t.backend.close();
  });

  it('without a good backup, refuses with DB_CORRUPT and leaves the file byte-identical', () => {
    const dir = tmp();
    const t = testBackend(dir);
    t.backend.close();
    damagePages(t.file);
    const before = hash(t.file);
    expect(() => testBackend(dir)).toThrow(expect.objectContaining({ code: 'DB_CORRUPT' }) as Error);
    expect(hash(t.file)).toBe(before);
    expect(readdirSync(dir).some((n) => n.includes('.damaged-'))).toBe(false);
  });

  it('the CLI only reports: it never renames or restores', async () => {
    const dir = tmp();
    const { file } = await demoWithBackup(dir);
    damagePages(file);
    const before = hash(file);
    expect(() => testBackend(dir, { mode: 'cli' })).toThrow(
      expect.objectContaining({ code: 'DB_CORRUPT' }) as Error,
    );
    expect(hash(file)).toBe(before);
  });

  it('never treats a foreign file as a damaged database', () => {
    const dir = tmp();
    const file = join(dir, 'test.sqlite');
    writeFileSync(file, 'PK\u0003\u0004 this is a workbook, not a database');
    expect(() => testBackend(dir)).toThrow(expect.objectContaining({ code: 'DB_NOT_A_DATABASE' }) as Error);
    expect(readFileSync(file, 'utf8')).toContain('workbook');
  });

  it('removes half-written copies left by a killed backup or restore, so the next start is clean', async () => {
    const dir = tmp();
    const t = testBackend(dir);
    await t.call('backups.create', {});
    t.backend.close();
    // Left by a process that is gone (no process has this id)…
    writeFileSync(join(dir, 'backups', 'test-20261126-150405-123-auto.sqlite.2147483646.tmp'), 'half');
    writeFileSync(`${t.file}.restore.tmp`, 'half');
    // …and one still being written by a live process (another instance, on another database of this folder).
    const live = `other-20261126-150405-123-auto.sqlite.${process.ppid}.tmp`;
    writeFileSync(join(dir, 'backups', live), 'being written');
    const again = testBackend(dir);
    expect(readdirSync(join(dir, 'backups')).filter((n) => n.endsWith('.tmp'))).toEqual([live]);
    expect(existsSync(`${t.file}.restore.tmp`)).toBe(false);
    expect((await again.call('backups.list', {})).backups).toHaveLength(1);
    again.backend.close();
  });

  it('refuses a database on a network share before touching it', () => {
    const dir = tmp();
    for (const dbFile of ['//may-chu/chia-se/tinhgon.sqlite', '\\\\may-chu\\chia-se\\tinhgon.sqlite'])
      expect(() => testBackend(dir, { dbFile })).toThrow(
        expect.objectContaining({ code: 'DB_NETWORK_PATH' }) as Error,
      );
  });

  it('a database in a folder that does not exist gives DB_UNREADABLE (not a raw TypeError)', () => {
    const dir = tmp();
    expect(() => testBackend(dir, { dbFile: join(dir, 'khong-co', 'tinhgon.sqlite') })).toThrow(
      expect.objectContaining({ code: 'DB_UNREADABLE' }) as Error,
    );
  });

  it('a database locked by another process gives DB_LOCKED, not a crash', () => {
    const dir = tmp();
    const file = join(dir, 'locked.sqlite');
    const holder = new Database(file);
    holder.exec('CREATE TABLE t (x); PRAGMA journal_mode = DELETE;');
    holder.exec('BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);');
    let error: unknown;
    try {
      openDatabase(file, { busyTimeoutMs: 50 }).close();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DbError);
    expect(error).toMatchObject({ code: 'DB_LOCKED' });
    holder.exec('ROLLBACK');
    holder.close();
    expect(statSync(file).size).toBeGreaterThan(0);
  });
});
