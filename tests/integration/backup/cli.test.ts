import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../db/backup';
import { InputError, parseArgs } from '../../../electron/tools/cli/cli-kit';
import { backupCommand, restoreCommand } from '../../../electron/tools/cli/commands/backup';
import { testBackend } from '../../support/backend';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir('tinhgon-cli-backup-');

async function run(cmd: typeof backupCommand, argv: string[]): Promise<string[]> {
  const lines: string[] = [];
  await cmd.run(parseArgs(argv), (l) => lines.push(l));
  return lines;
}

function nameOf(file: string, code = '1.001193'): string {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT name FROM procedures WHERE code = ?').get(code) as { name: string }).name;
  } finally {
    db.close();
  }
}

function rename(file: string, name: string, code = '1.001193'): void {
  const db = new Database(file);
  db.prepare('UPDATE procedures SET name = ? WHERE code = ?').run(name, code);
  db.close();
}

async function demoFile(dir: string): Promise<string> {
  const t = testBackend(dir);
  await t.call('app.info', {});
  t.backend.close();
  return t.file;
}

describe('npm run cli -- backup / restore', () => {
  it('backup writes a checked single-file copy and refuses to overwrite', async () => {
    const dir = tmp();
    const file = await demoFile(dir);
    const copy = join(dir, 'gui-tinh.sqlite');
    const [line] = await run(backupCommand, ['--db', file, '--out', copy, '--json']);
    expect(JSON.parse(line!)).toMatchObject({
      ok: true,
      quickCheck: 'ok',
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
    const header = readFileSync(copy).subarray(0, 20);
    expect([header[18], header[19]]).toEqual([1, 1]);
    expect(existsSync(`${copy}-wal`)).toBe(false);
    expect(nameOf(copy)).toBe(nameOf(file));
    const before = readFileSync(copy);
    await expect(run(backupCommand, ['--db', file, '--out', copy])).rejects.toThrow(InputError);
    expect(readFileSync(copy).equals(before)).toBe(true);
  });

  it('restore checks the copy, backs up the current file first, and swaps in the copy', async () => {
    const dir = tmp();
    const file = await demoFile(dir);
    const original = nameOf(file);
    const copy = join(dir, 'ban-sao.sqlite');
    await run(backupCommand, ['--db', file, '--out', copy]);
    rename(file, 'Đã sửa sau khi sao lưu');
    const [line] = await run(restoreCommand, ['--db', file, '--from', copy, '--json']);
    const result = JSON.parse(line!) as { safetyBackup: string };
    expect(nameOf(file)).toBe(original);
    expect(nameOf(result.safetyBackup)).toBe('Đã sửa sau khi sao lưu');
    expect(result.safetyBackup).toMatch(/-restore\.sqlite$/);
    expect(checkCopy(file).ok).toBe(true);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('restore refuses a damaged copy or one from a newer version and leaves the database as it was', async () => {
    const dir = tmp();
    const file = await demoFile(dir);
    const copy = join(dir, 'ban-sao.sqlite');
    await run(backupCommand, ['--db', file, '--out', copy]);
    rename(file, 'Phải giữ nguyên');

    const newer = join(dir, 'moi-hon.sqlite');
    await run(backupCommand, ['--db', file, '--out', newer]);
    const n = new Database(newer);
    n.pragma('user_version = 99');
    n.close();
    await expect(run(restoreCommand, ['--db', file, '--from', newer])).rejects.toThrow(
      /phiên bản TinhGọn mới hơn/,
    );

    const bytes = readFileSync(copy);
    bytes.fill(0x3c, 4096 * 3, 4096 * 5);
    writeFileSync(copy, bytes);
    await expect(run(restoreCommand, ['--db', file, '--from', copy])).rejects.toThrow(/bị hỏng/);
    expect(nameOf(file)).toBe('Phải giữ nguyên');
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('restore refuses while another program has the database open with unsaved WAL, changing nothing', async () => {
    const dir = tmp();
    const file = await demoFile(dir);
    const copy = join(dir, 'ban-sao.sqlite');
    await run(backupCommand, ['--db', file, '--out', copy]);
    const holder = new Database(file);
    holder.pragma('wal_autocheckpoint = 0');
    holder.prepare('UPDATE procedures SET name = ? WHERE code = ?').run('Đang mở ở nơi khác', '1.001193');
    await expect(run(restoreCommand, ['--db', file, '--from', copy])).rejects.toThrow(
      /đang được một chương trình khác sử dụng/,
    );
    expect(
      (holder.prepare('SELECT name FROM procedures WHERE code = ?').get('1.001193') as { name: string }).name,
    ).toBe('Đang mở ở nơi khác');
    expect(holder.pragma('quick_check', { simple: true })).toBe('ok');
    holder.close();
    expect(nameOf(file)).toBe('Đang mở ở nơi khác');
  });
});
