import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hasElectronBinary, REPO_ROOT, SKIP_REASON } from './electron-binary';

/**
 * Desktop E2E: launches the built app (out/main/index.js, via package.json "main") with Playwright's
 * `_electron`. Runs only where the Electron binary is installed; elsewhere every test skips with SKIP_REASON,
 * printed here too so the reason shows in any reporter's output.
 */
const isRunner = process.env.TEST_WORKER_INDEX === undefined; // the config is loaded by the runner and by each worker
if (!isRunner) {
  // printed once, by the runner
} else if (!hasElectronBinary()) console.log(`[e2e-electron] ${SKIP_REASON}`);
else if (!existsSync(join(REPO_ROOT, 'out', 'main', 'index.js')))
  console.log('[e2e-electron] out/main/index.js missing: run `npx electron-vite build` first');

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  workers: 1, // one Electron at a time: each test starts its own app with its own data folder
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  outputDir: join(REPO_ROOT, 'test-results', 'e2e-electron'),
});
