import Database from 'better-sqlite3';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DbError } from '../../db/errors';
import { migrate } from '../../db/migrate';
import { migrations, LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { quickCheck } from '../../db/integrity';
import { describeSchema } from '../../db/schema-describe';
import { useTempDir } from '../support/temp';

const tmp = useTempDir();
const SNAPSHOT = join(__dirname, '../../db/schema-snapshot.json');

describe('migrations', () => {
  it('are numbered 1..n without gaps and each applies in order to a new file', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    const file = join(tmp(), 'new.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(quickCheck(db)).toBe('ok');
    db.close();
  });

  it('is idempotent: reopening applies nothing and keeps data', () => {
    const file = join(tmp(), 'again.sqlite');
    const a = openDatabase(file);
    a.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run();
    a.close();
    const b = openDatabase(file);
    expect(b.prepare("SELECT value FROM settings WHERE key = 'x'").get()).toEqual({ value: '1' });
    b.close();
  });

  it('refuses a database from a newer version and leaves the file byte-identical', () => {
    const file = join(tmp(), 'future.sqlite');
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = readFileSync(file);
    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DbError);
    expect((error as DbError).code).toBe('DB_FROM_NEWER_VERSION');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database without touching it', () => {
    const file = join(tmp(), 'notes.sqlite');
    writeFileSync(file, 'Đây không phải cơ sở dữ liệu\n'.repeat(100));
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: 'DB_NOT_A_DATABASE' }) as Error);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(file + '-wal')).toBe(false);
  });

  it('refuses a list with a gap', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, ':memory:', [{ version: 2, name: '0002_x.sql', sql: '' }])).toThrow(
      expect.objectContaining({ code: 'DB_MIGRATION_GAP' }) as Error,
    );
  });

  it('rolls back a failing migration completely (version and tables)', () => {
    const db = new Database(':memory:');
    const bad = [
      { version: 1, name: '0001_a.sql', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: '0002_b.sql', sql: 'CREATE TABLE b (x INTEGER); INSERT INTO nope VALUES (1);' },
    ];
    expect(() => migrate(db, ':memory:', bad)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
  });

  it('matches the committed schema snapshot (db/schema-snapshot.json)', () => {
    const db = openDatabase(join(tmp(), 'snap.sqlite'));
    const actual = describeSchema(db);
    db.close();
    if (process.env.UPDATE_SCHEMA_SNAPSHOT) writeFileSync(SNAPSHOT, JSON.stringify(actual, null, 2) + '\n');
    const expected = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as unknown;
    expect(actual).toEqual(expected);
  });
});
