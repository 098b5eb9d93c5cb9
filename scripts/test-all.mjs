// `npm test`: unit + integration (vitest), then browser E2E (Playwright + Debian Chromium against the built app),
// then the desktop E2E (skips with a printed reason where the Electron binary is absent). Ends with one line:
// "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function run(label, cmd, args, env = {}) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// 1. vitest
const vitestJson = join(results, 'vitest.json');
const vStatus = run('unit + integration (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestJson}`,
]);
const v = readJson(vitestJson);
if (v) {
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests;
  totals.skipped += v.numPendingTests + (v.numTodoTests ?? 0);
}
if (vStatus !== 0 && (!v || v.numFailedTests === 0)) broken = true;

// 2. build once for the E2E suites
if (run('build', process.execPath, [join(root, 'scripts/ensure-build.mjs')]) !== 0) broken = true;

// 3. Playwright suites
for (const [label, config, file] of [
  ['browser E2E (Chromium)', 'tests/e2e-web/playwright.config.ts', 'e2e-web.json'],
  ['desktop E2E (Electron)', 'tests/e2e-electron/playwright.config.ts', 'e2e-electron.json'],
]) {
  if (broken || !existsSync(join(root, config))) continue;
  const out = join(results, file);
  const status = run(label, bin('playwright'), ['test', '-c', config, '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
  });
  const p = readJson(out);
  if (p?.stats) {
    totals.passed += p.stats.expected + (p.stats.flaky ?? 0);
    totals.failed += p.stats.unexpected;
    totals.skipped += p.stats.skipped;
  }
  if (status !== 0 && (!p || p.stats.unexpected === 0)) broken = true;
}

if (broken) totals.failed += totals.failed === 0 ? 1 : 0;
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(totals.failed > 0 || broken ? 1 : 0);
