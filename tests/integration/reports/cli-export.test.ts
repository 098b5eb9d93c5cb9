/**
 * `npm run cli -- export`: the built CLI writes each report from a fresh demo database (whose own review
 * campaign carries the worked example of domain.md §2.4), prints {file, rows, sheets}, and refuses bad input
 * with exit 1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportId } from '../../../electron/shared/contract/reports';
import { findRows, readWorkbook, rowValues } from '../../support/xlsx-reader';
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
    expect(rowValues(summary, total).filter((v) => typeof v === 'number')).toEqual([
      243_285_900, 76_874_850, 166_411_050, 68.4,
    ]);
  }, 120_000);

  it('takes the period, filters and the decision an appendix belongs to, and prints them under the title', () => {
    const dir = tmp();
    const db = join(dir, 'demo.sqlite');
    expect(run(['demo', '--db', db]).status).toBe(0);
    const out = join(dir, 'inventory.xlsx');
    const res = run([
      'export',
      'inventory',
      '--db',
      db,
      '--out',
      out,
      '--period',
      'quarter:2026-1',
      '--codes',
      '1.001612,1.001193',
      '--appendix',
      '12/QĐ-UBND|2026-03-05|Chủ tịch Ủy ban nhân dân xã Minh Họa',
    ]);
    expect(res.status, res.stderr).toBe(0);
    const s = readWorkbook(out).sheets[0]!;
    const texts = Object.values(s.cells).map((c) => c.cv);
    expect(texts).toContain('Kỳ báo cáo: quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/03/2026)');
    expect(texts).toContain('Phạm vi: chỉ gồm mã TTHC 1.001612, 1.001193');
    expect(texts).toContain(
      '(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 03 năm 2026 của Chủ tịch Ủy ban nhân dân xã Minh Họa)',
    );
    expect(texts).toContain('(Tổng số: 2 thủ tục hành chính)');
    expect(texts).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const bad = run(['export', 'inventory', '--db', db, '--out', out, '--period', 'quarter:2026-7']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Kỳ báo cáo không hợp lệ/);
    const future = run(['export', 'inventory', '--db', db, '--out', out, '--as-of', '2999-01-01']);
    expect(future.status).toBe(1);
    expect(future.stderr).toMatch(/Kỳ báo cáo không hợp lệ \(01\/01\/2999\)/);
    const notAppendix = run(['export', 'cost', '--db', db, '--out', out, '--appendix', '1/QĐ|2026-01-01|x']);
    expect(notAppendix.status).toBe(1);
    expect(notAppendix.stderr).toMatch(/không in kèm theo quyết định/);
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
