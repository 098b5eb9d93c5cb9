import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, parseArgs } from '../../../electron/tools/cli/cli-kit';
import { decisionCommand } from '../../../electron/tools/cli/commands/decision';
import { sha256 } from '../../fixtures/import/helpers';
import { testBackend } from '../../support/backend';
import { appendixRows, appendixWorkbook, mixedDecisionRows } from '../../support/decision-appendix';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir('tinhgon-decision-cli-');

async function run(argv: string[]): Promise<string[]> {
  const lines: string[] = [];
  await decisionCommand.run(parseArgs(argv), (l) => lines.push(l));
  return lines;
}

function demoDb(dir: string) {
  const t = testBackend(dir);
  t.backend.close();
  return t.file;
}

describe('CLI: decision apply', () => {
  it('--dry-run shows the plan and writes nothing; then applies after a backup', async () => {
    const dir = tmp();
    const db = demoDb(dir);
    const xlsx = join(dir, 'phu-luc.xlsx');
    writeFileSync(xlsx, await appendixWorkbook(mixedDecisionRows()));
    const before = sha256(db);
    const dry = JSON.parse((await run(['apply', xlsx, '--db', db, '--dry-run', '--json']))[0]!);
    expect(dry).toMatchObject({
      committed: false,
      decision: { number: '2637/QĐ-UBND', signedDate: '2025-11-16', effectiveDate: '2025-11-16' },
      summary: { create: 1, amend: 6, repeal: 1, error: 0 },
    });
    expect(sha256(db)).toBe(before);
    const done = JSON.parse(
      (await run(['apply', xlsx, '--db', db, '--effective', '01/12/2025', '--json']))[0]!,
    );
    expect(done).toMatchObject({ committed: true, summary: { create: 1, amend: 6, repeal: 1 } });
    expect(done.backupName).toMatch(/\.sqlite$/);
    const t = testBackend(dir);
    const [unit] = await t.call('units.list', {});
    const decision = (await t.call('decisions.list', { unitId: unit!.id })).find(
      (d) => d.number === '2637/QĐ-UBND',
    );
    expect(decision).toMatchObject({ number: '2637/QĐ-UBND', effectiveDate: '2025-12-01' });
    expect(decision!.appliedAt).not.toBeNull();
    t.backend.close();
  });

  it('refuses a decision that repeals and amends procedures the unit does not have; the file is unchanged', async () => {
    const dir = tmp();
    const db = demoDb(dir);
    const xlsx = join(dir, '2637.xlsx');
    writeFileSync(xlsx, await appendixWorkbook(appendixRows('2637', 'FILE ĐƯỢC ĐÍNH KÈM')));
    const err = await run(['apply', xlsx, '--db', db]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/Không áp dụng quyết định 2637\/QĐ-UBND: 6 dòng không hợp lệ/);
    const t = testBackend(dir);
    const [unit] = await t.call('units.list', {});
    // Only the demo's own recorded decision: the refused one is not kept.
    expect((await t.call('decisions.list', { unitId: unit!.id })).map((d) => d.number)).toEqual([
      '01/2025/QĐ-MH (minh họa)',
    ]);
    t.backend.close();
  });
});
