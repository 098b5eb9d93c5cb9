/**
 * The throw-away cluster `.ci/run` starts for the tests (.ci/test-pg): on 127.0.0.1 only, owned by the
 * postgres user, a password required; each test file gets its own database in it and drops it; stopping
 * removes everything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase, pgSkipReason } from '../../support/pg-cluster';
import { root } from '../../support/province-server';

const skip = pgSkipReason('shared test cluster', { ownCluster: true });
const script = join(root, '.ci/test-pg');

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

describe.skipIf(skip)('the shared test cluster of .ci/run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tinhgon-ci-pg-test-'));
  let url = '';
  afterAll(() => void spawnSync(script, ['stop', dir]));

  it('starts on 127.0.0.1 as the postgres user, with a password', async () => {
    const started = spawnSync(script, ['start', dir], { encoding: 'utf8' });
    expect(started.stderr).toBe('');
    expect(started.status).toBe(0);
    url = started.stdout.trim();
    expect(url).toMatch(/^postgres:\/\/postgres:[0-9a-f]{32}@127\.0\.0\.1:\d+\/postgres$/);
    expect(await query(url, 'SHOW listen_addresses')).toEqual([{ listen_addresses: '127.0.0.1' }]);
    if (process.getuid?.() === 0) {
      const postgresUid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout);
      expect(statSync(join(dir, 'data')).uid).toBe(postgresUid);
    }
    const wrong = new URL(url);
    wrong.password = 'not-the-password';
    await expect(query(wrong.toString(), 'SELECT 1')).rejects.toThrow(/password authentication failed/);
  });

  it('gives each test file its own database and drops it, open connections and all', async () => {
    const first = await openTestDatabase('file one', url);
    const second = await openTestDatabase('file two', url);
    expect(first.url).not.toBe(second.url);
    first.psql('CREATE TABLE rows_of_one (n int); INSERT INTO rows_of_one VALUES (1)');
    expect(second.psql("SELECT count(*) FROM pg_tables WHERE tablename = 'rows_of_one'")).toEqual(['0']);
    const held = new pg.Client({ connectionString: first.url });
    await held.connect(); // a server's pool still connected when the file ends
    held.on('error', () => undefined);
    first.drop();
    second.drop();
    const left = await query(url, "SELECT datname FROM pg_database WHERE datname LIKE 't_file_%'");
    expect(left).toEqual([]);
    await held.end().catch(() => undefined);
  });

  it('stops and deletes its folder', async () => {
    expect(spawnSync(script, ['stop', dir]).status).toBe(0);
    expect(existsSync(dir)).toBe(false);
    await expect(query(url, 'SELECT 1')).rejects.toThrow();
  });
});
