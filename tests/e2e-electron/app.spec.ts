import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronExecutable, hasElectronBinary, REPO_ROOT, SKIP_REASON } from './electron-binary';

/**
 * The desktop shell on a real Electron: the window opens on the demo inventory, the preload bridge works, the
 * renderer has no Node, navigation and new windows are blocked, the CSP header is served, the menu is
 * Vietnamese. Each test gets a fresh data folder (TINHGON_DATA_DIR), so the demo database is created anew.
 */
/** The renderer's window as these tests see it (this tsconfig has no DOM lib; `globalThis` is `window` there). */
interface RendererWindow {
  tinhgon: { invoke(method: string, input: unknown): Promise<unknown>; onMenu: unknown };
  location: { href: string };
  open(url: string): unknown;
}

interface Running {
  app: ElectronApplication;
  page: Page;
  dataDir: string;
}

let running: Running | null = null;

async function launchApp(): Promise<Running> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tinhgon-e2e-electron-'));
  const executablePath = electronExecutable();
  const app = await electron.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [REPO_ROOT], // package.json "main" → out/main/index.js
    cwd: REPO_ROOT,
    env: { ...process.env, TINHGON_DATA_DIR: dataDir, TINHGON_DB: '' },
  });
  app.on('console', (msg) => {
    if (msg.type() === 'error') console.log('[main]', msg.text());
  });
  const page = await app.firstWindow();
  page.on('pageerror', (err) => console.log('[renderer]', err.message));
  running = { app, page, dataDir };
  return running;
}

test.afterEach(async () => {
  if (!running) return;
  await running.app.close();
  rmSync(running.dataDir, { recursive: true, force: true });
  running = null;
});

test('the window opens on the demo inventory from app://tinhgon', async () => {
  test.skip(!hasElectronBinary(), SKIP_REASON);
  const { app, page, dataDir } = await launchApp();
  await expect(page).toHaveURL(/^app:\/\/tinhgon\/index\.html/);
  await expect(page.getByTestId('row-count')).toBeVisible();
  await expect(page.getByTestId('row-count')).toHaveText(/[1-9]/);
  expect(existsSync(join(dataDir, 'tinhgon.sqlite'))).toBe(true);
  const win = await app.browserWindow(page);
  const state = await win.evaluate((w: { isVisible(): boolean; webContents: { isCrashed(): boolean } }) => ({
    visible: w.isVisible(),
    crashed: w.webContents.isCrashed(),
  }));
  expect(state).toEqual({ visible: true, crashed: false });
});

test('window.tinhgon.invoke reaches the backend over the one IPC channel', async () => {
  test.skip(!hasElectronBinary(), SKIP_REASON);
  const { page } = await launchApp();
  const keys = await page.evaluate(() =>
    Object.keys((globalThis as unknown as RendererWindow).tinhgon).sort(),
  );
  expect(keys).toEqual(['invoke', 'onMenu']);
  const info = await page.evaluate(() =>
    (globalThis as unknown as RendererWindow).tinhgon.invoke('app.info', {}),
  );
  expect(info).toMatchObject({ ok: true, value: { mode: 'electron', isDemo: true } });
  const unknown = await page.evaluate(() =>
    (globalThis as unknown as RendererWindow).tinhgon.invoke('fs.readFile', { path: '/etc/passwd' }),
  );
  expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
});

test('the renderer has no Node: require, process, module and Buffer are undefined', async () => {
  test.skip(!hasElectronBinary(), SKIP_REASON);
  const { page } = await launchApp();
  const types = await page.evaluate(() => {
    const w = globalThis as unknown as Record<string, unknown>;
    return [typeof w.require, typeof w.process, typeof w.module, typeof w.Buffer, typeof w.ipcRenderer];
  });
  expect(types).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
});

test('navigation away from the app and new windows are blocked', async () => {
  test.skip(!hasElectronBinary(), SKIP_REASON);
  const { app, page } = await launchApp();
  await expect(page.getByTestId('row-count')).toBeVisible();
  await app.evaluate(({ BrowserWindow }) => {
    const g = globalThis as unknown as { navAttempts: string[] };
    g.navAttempts = [];
    BrowserWindow.getAllWindows()[0]?.webContents.on('will-navigate', (_e, url) => g.navAttempts.push(url));
  });
  await page.evaluate(() => {
    (globalThis as unknown as RendererWindow).location.href = 'https://example.com/';
  });
  await expect
    .poll(() => app.evaluate(() => (globalThis as unknown as { navAttempts: string[] }).navAttempts))
    .toContain('https://example.com/');
  await expect(page).toHaveURL(/^app:\/\/tinhgon\//);
  await expect(page.getByTestId('row-count')).toBeVisible();
  expect(
    await page.evaluate(
      () => (globalThis as unknown as RendererWindow).open('https://evil.example/') === null,
    ),
  ).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('app:// responses carry the CSP header; the menu is Vietnamese', async () => {
  test.skip(!hasElectronBinary(), SKIP_REASON);
  const { app, page } = await launchApp();
  const csp = await page.evaluate(() =>
    fetch('app://tinhgon/index.html').then((r) => r.headers.get('content-security-policy')),
  );
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  const menus = await app.evaluate(({ Menu }) =>
    (Menu.getApplicationMenu()?.items ?? []).map((i) => i.label.replace(/&/g, '')),
  );
  expect(menus).toEqual(['Tệp', 'Sửa', 'Thủ tục', 'Xem', 'Trợ giúp']);
});
