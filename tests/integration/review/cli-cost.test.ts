import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/temp';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'out/main/cli.js');
const tmp = useTempDir();

function run(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
}

describe('cli cost', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts/ensure-build.mjs')], { cwd: root, stdio: 'ignore' });
  }, 240_000);

  it('prints the worked example of the demo database as JSON', () => {
    const db = join(tmp(), 'demo.sqlite');
    expect(run(['demo', '--db', db]).status).toBe(0);
    const res = run(['cost', '1.001612', '--db', db, '--unit', 'DEMO-XA', '--json']);
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({
      code: '1.001612',
      before: { perDossier: 405477, perYear: 243285900 },
      after: { perDossier: 128125, perYear: 76874850 },
      saving: 166411050,
      reductionPct: 68.4,
      daysBefore: 3,
      daysAfter: 2,
    });
  });

  it('says which activities are defaults and which overrides', () => {
    const db = join(tmp(), 'demo.sqlite');
    run(['demo', '--db', db]);
    const r = JSON.parse(run(['cost', '1.001612', '--db', db, '--json']).stdout) as {
      mode: string;
      activities: { scenario: string; key: string; origin: string; fee: number }[];
    };
    expect(r.mode).toBe('DERIVED');
    const info = (scenario: string) => r.activities.find((a) => a.scenario === scenario && a.key === 'INFO')!;
    expect([info('before').origin, info('after').origin]).toEqual(['default', 'override']);
    expect(r.activities.filter((a) => a.key === 'FEES').map((a) => a.fee)).toEqual([100000, 50000]);
  });

  it('costs every procedure, in a plan or not; exit 1 for an unknown code, exit 2 without a code', () => {
    const db = join(tmp(), 'demo.sqlite');
    run(['demo', '--db', db]);
    // 2.000815 is in no review plan: its activities follow from its record, before = after.
    const free = run(['cost', '2.000815', '--db', db, '--json']);
    expect(free.status).toBe(0);
    const r = JSON.parse(free.stdout) as {
      itemId: number | null;
      before: { perYear: number };
      saving: number;
    };
    expect(r.itemId).toBeNull();
    expect(r.before.perYear).toBeGreaterThan(0);
    expect(r.saving).toBe(0);
    // Days come from the internal steps where the unit recorded them (3.000527: QĐ 2682 Vĩnh Long, 03 ngày).
    expect(JSON.parse(run(['cost', '3.000527', '--db', db, '--json']).stdout)).toMatchObject({
      daysBefore: 3,
    });
    const missing = run(['cost', '9.999999', '--db', db, '--json']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/9\.999999/);
    expect(run(['cost', '--db', db]).status).toBe(2);
  });
});
