import { test as base, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningApp {
  /** The app's address without a secret (what the address bar shows once signed in). */
  url: string;
  /** The one-time sign-in link the host printed last (each use makes the host print a new one). */
  loginUrl: string;
  /** The host process's id (a second account's view of it: /proc). */
  hostPid: number;
  dataDir: string;
  dbFile: string;
  /**
   * Stop and start the host on the same data (a "reload the app" that also restarts the backend); `whileStopped`
   * runs between the two (e.g. damage the file), `args` are extra host arguments for the new start.
   */
  restart(o?: { whileStopped?: () => void; args?: string[] }): Promise<void>;
}

export interface StartedHost {
  child: ChildProcess;
  /** The address without a secret. */
  url: string;
  /** The newest one-time link the host printed. */
  loginUrl: string;
  /** Everything the host printed so far (stdout and stderr). */
  output(): string;
}

const LINK = /(http:\/\/127\.0\.0\.1:\d+\/)\?k=[0-9a-f]+/g;

/** Starts `out/main/node-host.js` on a free loopback port and resolves once it printed its sign-in link. */
export function startHost(dataDir: string, extraArgs: string[] = []): Promise<StartedHost> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [join(root, 'out/main/node-host.js'), '--port', '0', '--data-dir', dataDir, ...extraArgs],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let started: StartedHost | undefined;
    const timer = setTimeout(() => reject(new Error('host did not start: ' + out)), 20_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const links = [...out.matchAll(LINK)];
      const last = links.at(-1);
      if (!last) return;
      if (started) {
        started.loginUrl = last[0];
        return;
      }
      clearTimeout(timer);
      started = { child, url: last[1]!, loginUrl: last[0], output: () => out };
      resolvePromise(started);
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
  });
}

/** Stops a host started with startHost (SIGTERM, then SIGKILL after 8 s). */
export function stopHost(child: ChildProcess): Promise<void> {
  return new Promise((r) => {
    if (child.exitCode !== null) return r();
    const hard = setTimeout(() => child.kill('SIGKILL'), 8000);
    child.once('exit', () => {
      clearTimeout(hard);
      r();
    });
    child.kill('SIGTERM');
  });
}

/** `app`: a fresh data folder with the demo database and a running host; `page` is already on the app. */
export const test = base.extend<{ app: RunningApp }>({
  // auto: every test gets a running app and an opened page, even one that never names `app`.
  app: [
    async ({ page }, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'tinhgon-e2e-'));
      let host = await startHost(dataDir);
      const app: RunningApp = {
        get url() {
          return host.url;
        },
        get loginUrl() {
          return host.loginUrl;
        },
        get hostPid() {
          return host.child.pid ?? 0;
        },
        dataDir,
        dbFile: join(dataDir, 'tinhgon.sqlite'),
        async restart(o = {}) {
          await stopHost(host.child);
          o.whileStopped?.();
          host = await startHost(dataDir, o.args);
        },
      };
      // Page errors and failed requests are printed, so a blank page explains itself in the test output.
      page.on('pageerror', (err) => console.error(`[page error] ${err.message}`));
      page.on('response', (res) => {
        if (res.status() >= 400 && !res.url().endsWith('/rpc'))
          console.error(`[http ${res.status()}] ${res.url()}`);
      });
      // Most specs work on the inventory; the start page itself (Tổng quan) is covered in foundation.spec.ts.
      await page.goto(app.loginUrl + '#inventory');
      await use(app);
      await stopHost(host.child);
      rmSync(dataDir, { recursive: true, force: true });
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';

/** Waits until the inventory grid shows rows. */
export async function waitForGrid(page: Page): Promise<void> {
  await page.locator('.ag-row[row-index="0"]').first().waitFor();
}

/** The grid cell at a displayed row index and column id (pinned columns render in their own container). */
export function gridCell(page: Page, rowIndex: number, colId: string) {
  return page.locator(`.ag-row[row-index="${rowIndex}"] .ag-cell[col-id="${colId}"]`).first();
}
