import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DbError } from '../../../db/errors';
import { copyFileAtomic } from '../../../electron/main/files/atomic-copy';
import { inspectDatabase, isForeignDatabase } from '../../../electron/main/files/database-candidate';
import { describeFileError } from '../../../electron/main/files/file-errors';
import { safeFileName, staysInside } from '../../../electron/main/files/safe-file-name';
import { saveAsPreflight, saveDatabaseAs } from '../../../electron/main/files/save-database-as';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tinhgon-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('§2.6 file names built from data', () => {
  test('NFC, forbidden characters and control characters removed, extension kept', () => {
    const decomposed = 'Báo cáo: TTHC cấp xã?'.normalize('NFD') + '.xlsx';
    const name = safeFileName(decomposed);
    expect(name).toBe('Báo cáo TTHC cấp xã.xlsx');
    expect(name).toBe(name.normalize('NFC'));
    expect(safeFileName('a/b\\c*d"e<f>g|h\u0007i.xlsx')).toBe('a b c d e f g h i.xlsx');
  });
  test('Windows reserved names, trailing dots/spaces, empty names and length', () => {
    expect(safeFileName('CON.xlsx')).toBe('CON_.xlsx');
    expect(safeFileName('lpt1')).toBe('lpt1_');
    expect(safeFileName('báo cáo. . ')).toBe('báo cáo');
    expect(safeFileName('???')).toBe('TinhGon');
    expect(safeFileName('???.xlsx')).toBe('TinhGon.xlsx');
    const long = safeFileName('Thủ tục '.repeat(40) + '.xlsx');
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long.endsWith('.xlsx')).toBe(true);
  });
  test('a sanitised name stays directly inside the chosen folder', () => {
    for (const raw of ['../../etc/passwd', '..\\..\\win.ini', 'C:\\x.xlsx', '/abs/x', '..']) {
      expect(staysInside(dir, safeFileName(raw)), raw).toBe(true);
    }
    expect(staysInside(dir, '../x')).toBe(false);
  });
});

describe('§2.6 atomic writes', () => {
  test('copyFileAtomic replaces the target and leaves no temp file', () => {
    const src = join(dir, 'src.xlsx');
    const dst = join(dir, 'dst.xlsx');
    writeFileSync(src, 'new');
    writeFileSync(dst, 'old');
    copyFileAtomic(src, dst);
    expect(readFileSync(dst, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['dst.xlsx', 'src.xlsx']);
  });
  test('a failed copy leaves the target as it was and no temp file', () => {
    const dst = join(dir, 'dst.xlsx');
    writeFileSync(dst, 'old');
    expect(() => copyFileAtomic(join(dir, 'missing.xlsx'), dst)).toThrow();
    expect(readFileSync(dst, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['dst.xlsx']);
  });
});

function walDatabase(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0'); // keep rows in the WAL: a plain file copy would miss them
  db.exec("CREATE TABLE t(x TEXT); INSERT INTO t VALUES ('Hộ tịch'), ('Đất đai');");
  db.pragma('user_version = 1');
  return db;
}

describe('Lưu thành… (VACUUM INTO a temp file, then rename)', () => {
  test('the copy holds everything, including rows still in the WAL, and the original is untouched', () => {
    const current = join(dir, 'tinhgon.sqlite');
    const db = walDatabase(current);
    const before = readFileSync(current);
    const target = join(dir, 'bản sao.sqlite');
    expect(saveDatabaseAs(db, current, target)).toEqual({ ok: true });
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('SELECT x FROM t ORDER BY x').pluck().all()).toEqual(['Hộ tịch', 'Đất đai']);
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
    expect(readFileSync(current).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    db.close();
  });

  test('an existing target file is replaced whole', () => {
    const current = join(dir, 'a.sqlite');
    const db = walDatabase(current);
    const target = join(dir, 'b.sqlite');
    writeFileSync(target, 'old contents');
    expect(saveDatabaseAs(db, current, target).ok).toBe(true);
    expect(readFileSync(target).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    db.close();
  });

  test('refuses the open database itself and a target with a -wal file next to it', () => {
    const current = join(dir, 'a.sqlite');
    const db = walDatabase(current);
    expect(saveDatabaseAs(db, current, current)).toEqual({ ok: false, reason: 'same-file' });
    const busy = join(dir, 'busy.sqlite');
    writeFileSync(busy, '');
    writeFileSync(`${busy}-wal`, 'x');
    expect(saveDatabaseAs(db, current, busy)).toEqual({ ok: false, reason: 'target-in-use' });
    expect(readFileSync(busy, 'utf8')).toBe('');
    expect(saveAsPreflight('/d/a.sqlite', '/d/b.sqlite', () => false)).toEqual({ ok: true });
    db.close();
  });

  test('a failed VACUUM INTO leaves no temp file', () => {
    const current = join(dir, 'a.sqlite');
    const db = walDatabase(current);
    expect(() => saveDatabaseAs(db, current, join(dir, 'no-such-folder', 'x.sqlite'))).toThrow();
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
    db.close();
  });
});

describe('Mở…: what is refused before switching, and the message shown', () => {
  test("another program's SQLite database is foreign; ours and empty ones are not", () => {
    const foreign = new Database(join(dir, 'other.db'));
    foreign.exec('CREATE TABLE moz_places(id INTEGER)');
    expect(isForeignDatabase(inspectDatabase(foreign))).toBe(true);
    foreign.close();
    const ours = walDatabase(join(dir, 'ours.sqlite'));
    expect(isForeignDatabase(inspectDatabase(ours))).toBe(false);
    ours.close();
    const empty = new Database(join(dir, 'empty.sqlite'));
    expect(isForeignDatabase(inspectDatabase(empty))).toBe(false);
    empty.close();
  });

  test('DbError codes become the Vietnamese catalogue message naming the file (not its folder)', () => {
    const file = join(dir, 'hồ sơ.sqlite');
    const newer = describeFileError(
      new DbError('DB_FROM_NEWER_VERSION', file, { version: 9, supported: 1 }),
      file,
      'vi',
    );
    expect(newer.code).toBe('DB_FROM_NEWER_VERSION');
    expect(newer.message).toBe(
      'Tệp dữ liệu "hồ sơ.sqlite" được tạo bởi phiên bản TinhGọn mới hơn (lược đồ 9, phiên bản này hỗ trợ đến 1). Hãy cập nhật TinhGọn; tệp không bị thay đổi.',
    );
    expect(describeFileError(new DbError('DB_NOT_A_DATABASE', file), file, 'vi').message).toMatch(
      /^Tệp "hồ sơ\.sqlite" không phải là cơ sở dữ liệu TinhGọn/,
    );
    expect(describeFileError({ code: 'SQLITE_BUSY' }, file, 'vi').code).toBe('DB_LOCKED');
    expect(describeFileError({ code: 'ENOSPC' }, file, 'vi').code).toBe('DB_DISK_FULL');
    expect(describeFileError({ code: 'EBUSY' }, file, 'vi').message).toMatch(
      /đang mở trong chương trình khác/,
    );
    expect(describeFileError(new Error('?'), file, 'vi')).toEqual({
      code: 'INTERNAL',
      message: 'Đã xảy ra lỗi không mong muốn. Dữ liệu không bị thay đổi.',
    });
    expect(describeFileError(new DbError('DB_LOCKED', file), file, 'en').message).toMatch(
      /in use by another program/,
    );
  });
});
