import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import { useTempDir } from '../../support/temp';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'out/main/cli.js');
const tmp = useTempDir('tinhgon-cli-');

function run(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
}

describe('cli init / demo / list / check (the built CLI, as `npm run cli` runs it)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts/ensure-build.mjs')], { cwd: root, stdio: 'ignore' });
  }, 240_000);

  it('demo then list --json returns the demo inventory; search is accent-free', () => {
    const db = join(tmp(), 'demo.sqlite');
    expect(run(['demo', '--db', db]).status).toBe(0);
    const all = run(['list', '--db', db, '--json']);
    expect(all.status).toBe(0);
    const rows = JSON.parse(all.stdout) as {
      code: string;
      name: string;
      field: string;
      agencies: string;
      unit: string;
    }[];
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.find((r) => r.code === '1.001612')).toMatchObject({
      unit: 'DEMO-XA',
      field: expect.any(String) as string,
    });
    for (const r of rows)
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['code', 'name', 'field', 'agencies', 'unit']));
    const found = JSON.parse(
      run(['list', '--db', db, '--json', '--search', 'chung thuc ban sao']).stdout,
    ) as { code: string }[];
    expect(found.map((r) => r.code)).toContain('2.000815');
    // Ranked as the app ranks: the exact name first; "tu" never matches the "tục" of "Thủ tục".
    const listed = (query: string) =>
      (JSON.parse(run(['list', '--db', db, '--json', '--search', query]).stdout) as { code: string }[]).map(
        (r) => r.code,
      );
    expect(listed('dang ky khai sinh')[0]).toBe('1.001193');
    expect(listed('khai tu')[0]).toBe('1.000656');
    expect(listed('khai tu')).not.toContain('1.001193');
    const check = run(['check', '--db', db, '--json']);
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({
      ok: true,
      integrity: 'ok',
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
  });

  it('init makes an empty database with one unit of the given level', () => {
    const db = join(tmp(), 'xa.sqlite');
    const res = run(['init', '--db', db, '--unit-name', 'UBND xã Tân Phú', '--unit-level', 'xa', '--json']);
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({
      ok: true,
      unit: { name: 'UBND xã Tân Phú', level: 'XA' },
    });
    expect(JSON.parse(run(['list', '--db', db, '--json']).stdout)).toEqual([]);
  });

  it('bad input exits 1 with one line and writes nothing; usage errors exit 2', () => {
    const dir = tmp();
    const existing = join(dir, 'keep.sqlite');
    writeFileSync(existing, 'not a database');
    const refused = run(['demo', '--db', existing]);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(existing, 'utf8')).toBe('not a database');
    const notDb = run(['list', '--db', existing]);
    expect(notDb.status).toBe(1);
    expect(notDb.stderr).toMatch(/không phải là cơ sở dữ liệu TinhGọn/);
    expect(run(['list', '--db', join(dir, 'missing.sqlite')]).status).toBe(1);
    expect(
      run(['init', '--db', join(dir, 'x.sqlite'), '--unit-name', 'X', '--unit-level', 'quan']).status,
    ).toBe(2);
    expect(run(['list']).status).toBe(2);
    expect(run(['nope']).status).toBe(2);
  });
});
