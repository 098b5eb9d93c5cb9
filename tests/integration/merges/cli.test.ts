import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, parseArgs } from '../../../electron/tools/cli/cli-kit';
import { unitsCommand } from '../../../electron/tools/cli/commands/units';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir('tinhgon-merge-cli-');

async function run(argv: string[]): Promise<string[]> {
  const lines: string[] = [];
  await unitsCommand.run(parseArgs(argv), (l) => lines.push(l));
  return lines;
}

const base = (db: string) => [
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
];

describe('CLI: units merge', () => {
  it('lists conflicts and commits nothing without a resolution file; merges with one', async () => {
    const dir = tmp();
    const t = testBackend(dir);
    t.backend.close();
    const refused = await run([...base(t.file), '--json']).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as Error).message).toMatch(/Còn 3 xung đột chưa chọn/);
    const listed = JSON.parse((await run([...base(t.file), '--dry-run', '--json']))[0]!);
    expect(listed).toMatchObject({
      committed: false,
      unresolved: expect.arrayContaining(['1.001193:review']),
    });
    const file = join(dir, 'chon.json');
    writeFileSync(
      file,
      JSON.stringify({ resolutions: { '1.001193:review': 'DEMO-XA-2' }, default: 'DEMO-XA' }),
    );
    const done = JSON.parse((await run([...base(t.file), '--resolutions', file, '--json']))[0]!);
    expect(done).toMatchObject({ committed: true, unit: { code: 'XA-MOI' }, conflicts: 3 });
    const again = testBackend(dir);
    const units = await again.call('units.list', {});
    expect(units.map((u) => [u.code, u.replacedBy])).toEqual([
      ['DEMO-XA', ['XA-MOI']],
      ['DEMO-XA-2', ['XA-MOI']],
      ['XA-MOI', []],
    ]);
    again.backend.close();
  });

  it('refuses a resolution file that names a unit without that value', async () => {
    const dir = tmp();
    const t = testBackend(dir);
    t.backend.close();
    const file = join(dir, 'sai.json');
    writeFileSync(
      file,
      JSON.stringify({ resolutions: { '1.001193:review': 'XA-KHAC' }, default: 'DEMO-XA' }),
    );
    const err = await run([...base(t.file), '--resolutions', file]).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(
      /Lựa chọn "1\.001193:review" không hợp lệ: đơn vị XA-KHAC không có giá trị này/,
    );
  });
});
