import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';
import { emptyBackend, sha256 } from '../../fixtures/import/helpers';
import { nothingToImport } from '../../fixtures/import/hostile-workbooks';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'out/main/cli.js');
const temp = useTempDir('tinhgon-import-none-');

describe('an import that imports nothing says "0 thủ tục được nhập" and writes nothing', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts/ensure-build.mjs')], { cwd: root, stdio: 'ignore' });
  }, 240_000);

  it.each(nothingToImport)(
    'CLI, %s: exit 1, committed false, no backup, database bytes unchanged',
    async (_l, make) => {
      const dir = temp();
      const { backend, file } = emptyBackend(dir);
      backend.close();
      const before = sha256(file);
      const xlsx = join(dir, 'rong.xlsx');
      writeFileSync(xlsx, await make());
      for (const extra of [['--json'], ['--json', '--dry-run'], []]) {
        const res = spawnSync(process.execPath, [cli, 'import', xlsx, '--db', file, ...extra], {
          encoding: 'utf8',
        });
        expect(res.status, extra.join(' ')).toBe(1);
        if (extra.includes('--json')) {
          const answer = JSON.parse(res.stdout) as Record<string, unknown>;
          expect(answer).toMatchObject({ committed: false, created: 0, updated: 0, imported: 0 });
          if (!extra.includes('--dry-run'))
            expect(answer.message).toMatch(/^0 thủ tục được nhập từ "rong\.xlsx"/);
        } else expect(res.stdout).toMatch(/^0 thủ tục được nhập từ "rong\.xlsx" vào Xã Thử/);
      }
      expect(sha256(file)).toBe(before);
      expect(existsSync(file + '-wal')).toBe(false);
      expect(existsSync(join(dir, 'backups'))).toBe(false);
    },
  );

  it('wizard: committing a file whose rows are all rejected answers committed false and writes nothing', async () => {
    const dir = temp();
    const first = testBackend(dir);
    first.backend.close();
    const before = sha256(first.file);
    const { backend, call } = testBackend(dir);
    try {
      const unit = (await call('units.list', {}))[0]!;
      const bytes = await nothingToImport[0]![1]();
      const { token } = await call('import.upload', {
        fileName: 'rong.xlsx',
        dataBase64: bytes.toString('base64'),
      });
      const { plans } = await call('import.inspect', { token });
      const dry = await call('import.dryRun', { token, unitId: unit.id, plans });
      expect(dry.summary).toMatchObject({ total: 500, new: 0, rejected: 500 });
      expect(await call('import.commit', { token, accept: [] })).toEqual({
        committed: false,
        created: 0,
        updated: 0,
        unchanged: 0,
        conflicts: 0,
        rejected: 500,
        backupName: null,
        excluded: 0,
      });
    } finally {
      backend.close();
    }
    expect(sha256(first.file)).toBe(before);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });
});
