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
    expect(JSON.parse(res.stdout)).toEqual({
      code: '1.001612',
      before: { perDossier: 405477, perYear: 243285900 },
      after: { perDossier: 128125, perYear: 76874850 },
      saving: 166411050,
      reductionPct: 68.4,
      daysBefore: 3,
      daysAfter: 2,
    });
  });

  it('explains, with exit 1, a procedure that has no cost yet, and exit 2 without a code', () => {
    const db = join(tmp(), 'demo.sqlite');
    run(['demo', '--db', db]);
    const missing = run(['cost', '1.001193', '--db', db, '--json']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/chưa có hoạt động tính chi phí/);
    expect(run(['cost', '--db', db]).status).toBe(2);
  });
});
