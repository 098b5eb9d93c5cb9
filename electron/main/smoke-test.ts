import type { BrowserWindow } from 'electron';
import type { Backend } from '../backend/session';
import { quickCheck } from '../../db/integrity';

/**
 * `TinhGọn --smoke-test` (the release workflow runs it on every installer it builds): the packaged app starts on
 * a fresh data folder, opens and checks its database (the Electron build of SQLite loads, migrations run, the demo
 * is seeded, quick_check passes), loads the renderer from the asar archive with its preload bridge, prints one
 * line and quits: exit 0 when all of that held, 1 otherwise (with the reason).
 */
export interface SmokeResult {
  ok: boolean;
  checks: Record<string, string | number | boolean>;
  problem?: string;
}

export async function runSmokeTest(
  backend: Backend,
  window: BrowserWindow,
  timeoutMs = 60_000,
): Promise<SmokeResult> {
  const checks: SmokeResult['checks'] = {};
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs).unref(),
  );
  try {
    await Promise.race([timeout, smoke(backend, window, checks)]);
    return { ok: true, checks };
  } catch (err) {
    return { ok: false, checks, problem: err instanceof Error ? err.message : String(err) };
  }
}

async function smoke(backend: Backend, window: BrowserWindow, checks: SmokeResult['checks']): Promise<void> {
  checks.quickCheck = quickCheck(backend.ctx.db);
  if (checks.quickCheck !== 'ok') throw new Error(`quick_check: ${checks.quickCheck}`);
  const units = await backend.dispatch('units.list', {});
  if (!units.ok) throw new Error(`units.list: ${units.error.message}`);
  checks.units = (units.value as unknown[]).length;
  const web = window.webContents;
  if (web.isLoading()) await new Promise<void>((resolve) => web.once('did-finish-load', () => resolve()));
  checks.url = web.getURL();
  checks.bridge = (await web.executeJavaScript('typeof window.tinhgon?.invoke')) === 'function';
  if (!checks.bridge) throw new Error('the preload bridge is missing in the renderer');
  // The renderer asks the backend for its first screen through the bridge: wait until it has painted something.
  for (let i = 0; i < 100; i++) {
    checks.painted = (await web.executeJavaScript(
      "document.querySelector('#root')?.childElementCount ?? 0",
    )) as number;
    if (checks.painted > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the renderer painted nothing');
}

/** The one line the workflow reads. */
export function smokeLine(r: SmokeResult): string {
  return `TinhGọn smoke test: ${r.ok ? 'ok' : `FAILED (${r.problem})`} ${JSON.stringify(r.checks)}`;
}
