/**
 * `npm run cli -- export`: the built CLI writes each report from a fresh demo database (whose own review
 * campaign carries the worked example of domain.md §2.4), prints {file, rows, sheets}, and refuses bad input
 * with exit 1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportId } from '../../../electron/shared/contract/reports';
import { findRows, readWorkbook } from '../../support/xlsx-reader';
import { useTempDir } from '../../support/temp';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'out/main/cli.js');
const tmp = useTempDir('tinhgon-cli-export-');

function run(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
}

describe('cli export', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts/ensure-build.mjs')], { cwd: root, stdio: 'ignore' });
  }, 240_000);

  it('writes every report of the demo database and prints {file, rows, sheets}', () => {
    const dir = tmp();
    const db = join(dir, 'demo.sqlite');
    expect(run(['demo', '--db', db]).status).toBe(0);
    for (const report of ReportId.options) {
      const out = join(dir, `${report}.xlsx`);
      const res = run(['export', report, '--db', db, '--out', out, '--unit', 'DEMO-XA', '--json']);
      expect(res.status, res.stderr).toBe(0);
      const json = JSON.parse(res.stdout) as { file: string; rows: number; sheets: string[] };
      expect(json.file).toBe(out);
      expect(json.rows).toBeGreaterThan(0);
      expect(readWorkbook(out).sheets.map((s) => s.name)).toEqual(json.sheets);
    }
    // The demo campaign's plan reproduces the worked example in its summary.
    const summary = readWorkbook(join(dir, 'plan.xlsx')).sheets[1]!;
    const total = findRows(summary, (v) => v === 'TỔNG CỘNG')[0]!;
    expect(summary.cells[`G${total}`]!.cv).toBe(243_285_900);
    expect(summary.cells[`H${total}`]!.cv).toBe(76_874_850);
    expect(summary.cells[`I${total}`]!.cv).toBe(166_411_050);
    expect(summary.cells[`J${total}`]!.cv).toBe(68.4);
  }, 120_000);

  it('refuses an unknown report, a missing folder and a bad campaign with exit 1', () => {
    const dir = tmp();
    const db = join(dir, 'demo.sqlite');
    run(['demo', '--db', db]);
    const unknown = run(['export', 'nope', '--db', db, '--out', join(dir, 'a.xlsx')]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/Báo cáo không tồn tại/);
    expect(run(['export', 'inventory', '--db', db, '--out', join(dir, 'missing', 'a.xlsx')]).status).toBe(1);
    const campaign = run(['export', 'plan', '--db', db, '--out', join(dir, 'p.xlsx'), '--campaign', '999']);
    expect(campaign.status).toBe(1);
    expect(campaign.stderr).toMatch(/Không tìm thấy đợt rà soát số 999/);
    expect(run(['export', '--db', db]).status).toBe(2);
  });
});
