import fc from 'fast-check';
import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fuzzCases, fuzzDispatcher } from '../../../electron/tools/drill/fuzz';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const root = resolve(__dirname, '../../..');
const tmp = useTempDir('tinhgon-drill-fuzz-');

describe('the drill fuzz: several seeds, failures that can be replayed', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts/ensure-build.mjs')], { cwd: root, stdio: 'ignore' });
  }, 240_000);

  it('backups.settings with a key present but undefined (as IPC can send it) changes nothing', async () => {
    const { backend, call } = testBackend(tmp());
    const db = backend.ctx.db;
    const settings = await call('backups.settings', {});
    const changes = () => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const before = changes();
    // The two cases the full drill reported as fuzzCrashes: 2 (INTERNAL, and the setting erased).
    for (const input of [{ keepToday: undefined }, { maxTotal: undefined }])
      expect(await backend.dispatch('backups.settings', input)).toEqual({ ok: true, value: settings });
    expect(changes()).toBe(before);
    expect(await backend.dispatch('backups.settings', { keepToday: 5, maxTotal: undefined })).toEqual({
      ok: true,
      value: { ...settings, keepToday: 5 },
    });
    backend.close();
  });

  it('each failure names its seed, its case index and its input; the same seed gives the same case again', async () => {
    const { backend } = testBackend(tmp(), { log: () => undefined });
    const real = backend.dispatch.bind(backend);
    // A planted fault: every call of one method answers INTERNAL.
    (backend as { dispatch: typeof backend.dispatch }).dispatch = (method, input) =>
      method === 'units.list'
        ? Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: 'x' } })
        : real(method, input);
    const result = await fuzzDispatcher(backend, 400, [7, 8]);
    backend.close();
    expect(result).toMatchObject({ seeds: [7, 8], cases: 800 });
    expect(result.internalErrors).toBeGreaterThan(0);
    for (const f of result.failures) {
      expect(f).toMatchObject({ what: 'INTERNAL', method: '"units.list"' });
      expect([7, 8]).toContain(f.seed);
      expect(f.replay).toBe(`seed ${f.seed} case ${f.case}`);
      const [method, input] = fuzzCases(f.seed, f.case + 1)[f.case]!;
      expect(method).toBe('units.list');
      expect(fc.stringify(input).slice(0, 500)).toBe(f.input);
    }
  });

  it('`npm run drill -- --json` fuzzes three seeds and says which; --replay runs one case again', () => {
    const drill = join(root, 'out/main/drill.js');
    const res = spawnSync(
      process.execPath,
      [drill, '--kills', '0', '--fuzz', '300', '--seed', '41', '--json'],
      {
        encoding: 'utf8',
      },
    );
    expect(res.status, res.stderr).toBe(0);
    const summary = JSON.parse(res.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      fuzzSeeds: [41, 42, 43],
      fuzzCases: 900,
      fuzzCrashes: 0,
      fuzzFailures: [],
    });
    const again = spawnSync(process.execPath, [drill, '--fuzz', '300', '--replay', '42:17'], {
      encoding: 'utf8',
    });
    expect(again.status, again.stderr).toBe(0);
    const [method] = fuzzCases(42, 18)[17]!;
    expect(JSON.parse(again.stdout)).toMatchObject({
      seed: 42,
      case: 17,
      method,
      envelope: expect.anything() as unknown,
    });
  }, 120_000);
});
