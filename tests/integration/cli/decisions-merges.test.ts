import ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../fixtures/import/helpers';
import { appendixRows, appendixWorkbook, mixedDecisionRows } from '../../support/decision-appendix';
import { newerList } from '../../support/national-list';
import { QTNB, qtnbTable } from '../../support/qtnb-table';
import { useTempDir } from '../../support/temp';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'out/main/cli.js');
const tmp = useTempDir('tinhgon-cli-dm-');

function run(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
}

function demo(): { dir: string; db: string } {
  const dir = tmp();
  const db = join(dir, 'demo.sqlite');
  expect(run(['demo', '--db', db]).status).toBe(0);
  return { dir, db };
}

const mergeArgs = (db: string) => [
  'units',
  'merge',
  '--into',
  'UBND xã Minh họa Mới',
  '--code',
  'XA-MOI',
  '--from',
  'DEMO-XA,DEMO-XA-2',
  '--valid-from',
  '2025-07-01',
  '--db',
  db,
  '--json',
];

describe('the built CLI: decision apply, compare, units merge (as `npm run cli` runs them)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts/ensure-build.mjs')], { cwd: root, stdio: 'ignore' });
  }, 240_000);

  it('decision apply: --dry-run writes nothing; a real decision applies; one with unknown codes exits 1', async () => {
    const { dir, db } = demo();
    const xlsx = join(dir, 'phu-luc-2637.xlsx');
    writeFileSync(xlsx, await appendixWorkbook(mixedDecisionRows()));
    const before = sha256(db);
    const dry = run(['decision', 'apply', xlsx, '--db', db, '--dry-run', '--json']);
    expect(dry.status).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({
      committed: false,
      summary: { create: 1, amend: 6, repeal: 1, error: 0 },
    });
    expect(sha256(db)).toBe(before);
    const done = run(['decision', 'apply', xlsx, '--db', db, '--json']);
    expect(done.status).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ committed: true, decision: { number: '2637/QĐ-UBND' } });

    const other = demo();
    const whole = join(other.dir, '2637.xlsx');
    writeFileSync(whole, await appendixWorkbook(appendixRows('2637', 'FILE ĐƯỢC ĐÍNH KÈM')));
    const untouched = sha256(other.db);
    const refused = run(['decision', 'apply', whole, '--db', other.db]);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/Không áp dụng quyết định 2637\/QĐ-UBND: 6 dòng không hợp lệ/);
    expect(sha256(other.db)).toBe(untouched);
  });

  it('compare: new / changed / gone as JSON; the database file is unchanged', async () => {
    const { dir, db } = demo();
    const list = join(dir, 'BTP-moi.xlsx');
    writeFileSync(list, Buffer.from(await newerList(), 'base64'));
    const before = sha256(db);
    const res = run(['compare', list, '--db', db, '--json']);
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout) as {
      summary: Record<string, number>;
      rows: { code: string; status: string }[];
    };
    expect(out.summary).toMatchObject({ gone: 1, rejected: 0 });
    expect(out.rows.find((r) => r.code === '2.001019')!.status).toBe('changed');
    expect(sha256(db)).toBe(before);
  });

  it('units merge: a different internal process is a conflict; the resolution file chooses one unit’s', async () => {
    const { dir, db } = demo();
    // DEMO-XA-2 records its own process of 1.002755 (the published Vĩnh Long table), unlike DEMO-XA's.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Quy trình').addRows(qtnbTable(QTNB.vinhLong));
    const table = join(dir, 'qtnb.xlsx');
    await wb.xlsx.writeFile(table);
    const imported = run([
      'process',
      'import',
      table,
      '1.002755',
      '--db',
      db,
      '--unit',
      'DEMO-XA-2',
      '--json',
    ]);
    expect(imported.status).toBe(0);

    const before = sha256(db);
    const open = run(mergeArgs(db));
    expect(open.status).toBe(1);
    const listed = JSON.parse(open.stdout) as {
      error: { message: string };
      answer?: { unresolved: string[] };
    };
    expect(JSON.stringify(listed)).toContain('1.002755:internalProcess');
    expect(sha256(db)).toBe(before);

    const file = join(dir, 'chon.json');
    writeFileSync(
      file,
      JSON.stringify({
        resolutions: { '1.001193:review': 'DEMO-XA-2', '1.002755:internalProcess': 'DEMO-XA-2' },
        default: 'DEMO-XA',
      }),
    );
    const done = run([...mergeArgs(db), '--resolutions', file]);
    expect(done.status).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ committed: true, unit: { code: 'XA-MOI' } });
    const steps = (unit: string) => {
      const res = run(['process', '1.002755', '--db', db, '--unit', unit, '--json']);
      expect(res.status).toBe(0);
      const s = JSON.parse(res.stdout) as { processes: { steps: { work: string; timeText: string }[] }[] };
      return s.processes.map((p) => p.steps.map((x) => [x.work, x.timeText]));
    };
    expect(steps('XA-MOI')).toEqual(steps('DEMO-XA-2'));
    expect(steps('XA-MOI')).not.toEqual(steps('DEMO-XA'));
  });
});
