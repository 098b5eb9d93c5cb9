import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDir } from '../../support/temp';

const root = resolve(__dirname, '../../..');
const temp = useTempDir('tinhgon-dist-');
const localElectron = existsSync(join(root, 'node_modules', 'electron', 'path.txt'));

describe("npm run dist where Electron's binary cannot be had", () => {
  // Electron's servers made unreachable (a closed loopback port) and an empty download cache: what this machine
  // is anyway, made the same on every machine.
  test.skipIf(localElectron)(
    'says so in one line (vi, en), exits 1, with no stack trace, and builds nothing',
    () => {
      const run = spawnSync(process.execPath, [join(root, 'scripts', 'dist.mjs')], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', ELECTRON_CACHE: temp() },
        timeout: 60_000,
      });
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^TinhGọn: không tải được Electron \d+\.\d+\.\d+ .* \/ cannot fetch Electron /,
      );
      expect(run.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
      expect(run.stdout).toBe('');
      expect(existsSync(join(root, 'dist'))).toBe(false);
    },
  );
});
