/**
 * Browser-mode figures, measured in Debian Chromium driven by Playwright, from the performance marks the app
 * emits (`tinhgon:boot`, `tinhgon:inventory-rows`, `tinhgon:grid-ready`, `tinhgon:search-rendered`,
 * `tinhgon:open-checked`), each beside its floor: the same grid on a static page (ui-floor.ts), run alternately.
 * - Cold start: a fresh `node-host` on the national database (spawn → serving) plus, in a fresh browser
 *   context, navigation start → `tinhgon:grid-ready` (AG Grid's firstDataRendered). Floor: navigation → the same
 *   mark on the static page, its first rows from a JSON file.
 * - Search: keydown in the search box → rows rendered. With `tinhgon:search-rendered` the mark is the end;
 *   without it, the end is the first animation frame after the row-count text changes (a MutationObserver
 *   installed in the page). Keystrokes that do not change the count cannot be seen that way and are skipped.
 *   Floor: the same keystrokes, query by query after the app's, into the static page's grid, handed the rows.
 * Host peak memory: VmHWM of the node-host process from /proc, read just before it is stopped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ColdRun {
  hostStartMs: number;
  bootMs: number | null;
  rowsMs: number | null;
  gridReadyMs: number;
  hostPeakRssMiB: number | null;
}

export interface UiResult {
  chromium: string;
  cold: ColdRun[];
  /** The floor's cold starts: navigation → grid-ready on the static page (empty without a floor). */
  floorColdMs: number[];
  searchMs: number[];
  /** The floor's keystrokes, the same ones (empty without a floor). */
  floorSearchMs: number[];
  searchSkipped: number;
  searchMethod: 'mark' | 'mutation';
  searchHostPeakRssMiB: number | null;
}

interface Host {
  child: ChildProcess;
  url: string;
  startMs: number;
}

function startHost(hostJs: string, dataDir: string, dbFile: string, cpuProfileDir?: string): Promise<Host> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const prof = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
    const child = spawn(
      process.execPath,
      [...prof, hostJs, '--port', '0', '--data-dir', dataDir, '--db', dbFile],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    const timer = setTimeout(() => reject(new Error(`node-host did not start: ${out}`)), 60_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      // The printed one-time sign-in link (electron/node-host/browser-login.ts); each host is opened once.
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?k=[0-9a-f]+/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[0], startMs: performance.now() - t });
      }
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`node-host exited ${code}: ${out}`));
    });
  });
}

/** CPU time (user + system, clock ticks) a process has used so far, from /proc; null when unreadable. */
function cpuTicks(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * Waits until the node-host uses no CPU for 0.3 s (at most 10 s): the app's backend search for a query, started
 * 120 ms after a keystroke, must not run while the floor page types.
 */
async function hostIdle(pid: number | undefined): Promise<void> {
  let last = cpuTicks(pid);
  let quiet = 0;
  for (let waited = 0; last !== null && quiet < 3 && waited < 10_000; waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
    const now = cpuTicks(pid);
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}

export function vmHwmMiB(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function stopHost(h: Host): Promise<number | null> {
  const peak = vmHwmMiB(h.child.pid);
  return new Promise((resolve) => {
    h.child.removeAllListeners('exit');
    if (h.child.exitCode !== null) return resolve(peak);
    h.child.once('exit', () => resolve(peak));
    h.child.kill('SIGTERM');
  });
}

// Minimal structural types: playwright is loaded at run time (a dev dependency, never bundled). Page code is
// passed as strings: it runs in Chromium, not here, and this file is type-checked without the DOM library.
interface Page {
  goto(url: string): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  keyboard: { press(key: string): Promise<void>; insertText(text: string): Promise<void> };
  click(selector: string): Promise<void>;
}
interface CdpSession {
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
}
interface Context {
  newPage(): Promise<Page>;
  newCDPSession(page: Page): Promise<CdpSession>;
  close(): Promise<void>;
}
interface Browser {
  version(): string;
  newContext(o: { viewport: { width: number; height: number } }): Promise<Context>;
  close(): Promise<void>;
}

/**
 * Polls a page expression (CDP evaluation is not subject to the app's CSP, which forbids eval and so
 * Playwright's string waitForFunction). The polling interval does not bias figures: timestamps are taken in
 * the page.
 */
async function waitFor(page: Page, expression: string, timeoutMs: number): Promise<boolean> {
  const end = performance.now() + timeoutMs;
  while (performance.now() < end) {
    if (await page.evaluate(expression)) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
}

async function launchChromium(): Promise<Browser> {
  const specifier = '@playwright/test';
  const pw = (await import(/* @vite-ignore */ specifier)) as {
    chromium: { launch(o: { executablePath: string; args: string[] }): Promise<Browser> };
  };
  return pw.chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}

/** Chromium's own sampling profiler over CDP (same .cpuprofile format as node --cpu-prof). */
async function startRendererProfile(ctx: Context, page: Page): Promise<CdpSession> {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return cdp;
}

async function stopRendererProfile(cdp: CdpSession, dir: string, name: string): Promise<void> {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
}

const VIEWPORT = { width: 1600, height: 900 };

const MARKS_JS = `['tinhgon:boot', 'tinhgon:inventory-rows', 'tinhgon:grid-ready'].map((n) => {
  const e = performance.getEntriesByName(n);
  return e.length ? e[0].startTime : null;
})`;

async function coldRun(
  browser: Browser,
  hostJs: string,
  dir: string,
  dbFile: string,
  i: number,
  cpuProfileDir?: string,
): Promise<{ run: ColdRun; page: Page; ctx: Context; host: Host }> {
  const dataDir = mkdtempSync(join(dir, `ui-${i}-`));
  const profile = i === 0 ? cpuProfileDir : undefined;
  const host = await startHost(hostJs, dataDir, dbFile, profile);
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  const page = await ctx.newPage();
  const cdp = profile ? await startRendererProfile(ctx, page) : null;
  // The start page is Tổng quan; the hash opens the inventory grid directly, as a reload on that screen does.
  await page.goto(`${host.url}#inventory`);
  if (!(await waitFor(page, `performance.getEntriesByName('tinhgon:grid-ready').length > 0`, 120_000)))
    throw new Error('the grid never became ready (no tinhgon:grid-ready mark within 120 s)');
  const marks = (await page.evaluate(MARKS_JS)) as (number | null)[];
  if (cdp && profile) await stopRendererProfile(cdp, `${profile}-renderer`, 'cold-start');
  const run: ColdRun = {
    hostStartMs: host.startMs,
    bootMs: marks[0] ?? null,
    rowsMs: marks[1] ?? null,
    gridReadyMs: marks[2] ?? 0,
    hostPeakRssMiB: null,
  };
  return { run, page, ctx, host };
}

export const SEARCH_QUERIES = [
  'khai sinh',
  'hộ kinh doanh',
  'chứng thực',
  'đất đai',
  'cư trú',
  'nuôi con nuôi',
  'xây dựng',
  'hòa giải',
];

/** keydown time, and the first frame after the row count changed (a timer after requestAnimationFrame). */
const PROBE_JS = `(() => {
  const b = (window.__bench = { kd: 0, painted: 0 });
  const count = document.querySelector('[data-testid="row-count"]');
  const input = document.querySelector('input[type="search"]');
  if (!input) throw new Error('search box not found');
  // The floor page has no row count: it always marks.
  if (count) new MutationObserver(() => {
    requestAnimationFrame(() => setTimeout(() => (b.painted = performance.now()), 0));
  }).observe(count, { subtree: true, childList: true, characterData: true });
  // The first of keydown/beforeinput: Vietnamese letters arrive as text input without a keydown.
  const start = () => { if (!b.kd) b.kd = performance.now(); };
  input.addEventListener('keydown', start, true);
  input.addEventListener('beforeinput', start, true);
})()`;

/** The first search-rendered mark after the keystroke: the first rows the user sees (later marks follow when
 * the backend's wider match arrives; the figure is the first response, the note says so). */
const FIRST_MARK_JS = `(() => {
  const kd = window.__bench.kd;
  const m = performance.getEntriesByName('tinhgon:search-rendered').find((e) => e.startTime > kd);
  return m ? m.startTime : 0;
})()`;
const DONE_JS = `window.__bench.kd > 0 && (${FIRST_MARK_JS} > 0 || window.__bench.painted > window.__bench.kd)`;
const LATENCY_JS = `(() => {
  const first = ${FIRST_MARK_JS};
  const b = window.__bench;
  return first > 0 ? { ms: first - b.kd, method: 'mark' } : { ms: b.painted - b.kd, method: 'mutation' };
})()`;

/** One keystroke: resolves with its latency, or null when nothing visible changed within `timeoutMs`. */
async function keystroke(
  page: Page,
  key: string,
  timeoutMs: number,
): Promise<{ ms: number | null; method: 'mark' | 'mutation' }> {
  await page.evaluate('window.__bench.kd = 0');
  if (/^[\x20-\x7e]$/.test(key) || key.length > 1) await page.keyboard.press(key);
  else await page.keyboard.insertText(key);
  if (!(await waitFor(page, DONE_JS, timeoutMs))) return { ms: null, method: 'mutation' };
  return (await page.evaluate(LATENCY_JS)) as { ms: number; method: 'mark' | 'mutation' };
}

/** Types `chars` into the page's search box one by one (spaces unmeasured); the latencies, null when unseen. */
async function typeQuery(
  page: Page,
  chars: string,
): Promise<{ ms: (number | null)[]; method: 'mark' | 'mutation' }> {
  const ms: (number | null)[] = [];
  let method: 'mark' | 'mutation' = 'mutation';
  for (const ch of chars) {
    if (ch === ' ') {
      await page.keyboard.press('Space');
      continue;
    }
    const r = await keystroke(page, ch, 1500);
    ms.push(r.ms);
    if (r.ms !== null) method = r.method;
  }
  await page.keyboard.press('Control+A');
  await keystroke(page, 'Backspace', 5000); // back to the full list; not a sample
  // Let this page go quiet (the app asks its backend 120 ms after a keystroke) before the other page types.
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  return { ms, method };
}

const SETTLE_MS = 500;

const GRID_SIZE_JS = `(() => {
  const r = document.querySelector('.inventory .grid').getBoundingClientRect();
  return { w: Math.round(r.width), h: Math.round(r.height) };
})()`;

/** The floor page in a fresh context, ready: its grid drew its first rows. */
async function openFloor(
  browser: Browser,
  url: string,
): Promise<{ page: Page; ctx: Context; readyMs: number }> {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  const page = await ctx.newPage();
  await page.goto(url);
  if (!(await waitFor(page, `performance.getEntriesByName('tinhgon:grid-ready').length > 0`, 120_000)))
    throw new Error('the floor page never drew its grid (no tinhgon:grid-ready mark within 120 s)');
  const readyMs = (await page.evaluate(
    `performance.getEntriesByName('tinhgon:grid-ready')[0].startTime`,
  )) as number;
  return { page, ctx, readyMs };
}

export async function measureUi(o: {
  hostJs: string;
  dir: string;
  dbFile: string;
  coldRuns: number;
  keystrokes: number;
  log: (s: string) => void;
  /** Profile the first cold start's node-host (--cpu-prof; written when it exits) and, in `<dir>-renderer`,
   * the renderer during that cold start and during the search keystrokes (CDP Profiler). */
  cpuProfileDir?: string | undefined;
  /** The floor page's address (ui-floor.ts serveFloor + bench-floor/index.html); null: no floor. */
  floorUrl: string | null;
}): Promise<UiResult> {
  const browser = await launchChromium();
  const cold: ColdRun[] = [];
  const floorColdMs: number[] = [];
  const searchMs: number[] = [];
  const floorSearchMs: number[] = [];
  let skipped = 0;
  let method: 'mark' | 'mutation' = 'mutation';
  let searchPeak: number | null = null;
  let size: { w: number; h: number } | null = null;
  const floorAt = (mode: 'cold' | 'search') =>
    `${o.floorUrl}?mode=${mode}&w=${size?.w ?? 1200}&h=${size?.h ?? 600}`;
  try {
    for (let i = 0; i < o.coldRuns; i++) {
      const { run, page, ctx, host } = await coldRun(browser, o.hostJs, o.dir, o.dbFile, i, o.cpuProfileDir);
      size ??= (await page.evaluate(GRID_SIZE_JS)) as { w: number; h: number };
      let floorNote = '';
      if (o.floorUrl) {
        const floor = await openFloor(browser, floorAt('cold'));
        await floor.ctx.close();
        floorColdMs.push(floor.readyMs);
        floorNote = `; floor page ${floor.readyMs.toFixed(0)} ms`;
      }
      o.log(
        `  cold start ${i + 1}/${o.coldRuns}: host ${run.hostStartMs.toFixed(0)} ms + grid-ready ${run.gridReadyMs.toFixed(0)} ms${floorNote}`,
      );
      if (i === o.coldRuns - 1) {
        // Keystrokes in steady state: a large database's integrity check runs once, right after the first
        // screen (backup/open-check.ts), and would otherwise share the CPU with the first keystrokes.
        await waitFor(page, `performance.getEntriesByName('tinhgon:open-checked').length > 0`, 60_000);
        const floor = o.floorUrl ? await openFloor(browser, floorAt('search')) : null;
        await new Promise((r) => setTimeout(r, 1000)); // the floor page's 10,000 rows parsed and settled
        if (floor) {
          const drawn = `document.querySelectorAll('.ag-row').length`;
          o.log(
            `  grid ${size.w}×${size.h} px: ${String(await page.evaluate(drawn))} row elements in the app, ${String(await floor.page.evaluate(drawn))} on the floor page`,
          );
        }
        for (const p of floor ? [page, floor.page] : [page]) {
          await p.evaluate(PROBE_JS);
          await p.click('input[type="search"]');
        }
        const cdp = o.cpuProfileDir ? await startRendererProfile(ctx, page) : null;
        const floorCdp = o.cpuProfileDir && floor ? await startRendererProfile(floor.ctx, floor.page) : null;
        let q = 0;
        while (searchMs.length + skipped < o.keystrokes && q < SEARCH_QUERIES.length * 3) {
          const query = SEARCH_QUERIES[q++ % SEARCH_QUERIES.length] ?? 'a';
          // No more letters than the figure still needs, the same ones on both pages.
          let letters = o.keystrokes - searchMs.length - skipped;
          let end = 0;
          while (end < query.length && letters > 0) if (query[end++] !== ' ') letters--;
          const typed = query.slice(0, end);
          const app = await typeQuery(page, typed);
          for (const ms of app.ms)
            if (ms === null) skipped++;
            else searchMs.push(ms);
          method = app.method;
          await hostIdle(host.child.pid);
          if (floor)
            for (const ms of (await typeQuery(floor.page, typed)).ms) if (ms !== null) floorSearchMs.push(ms);
        }
        if (cdp && o.cpuProfileDir) await stopRendererProfile(cdp, `${o.cpuProfileDir}-renderer`, 'search');
        if (floorCdp && o.cpuProfileDir)
          await stopRendererProfile(floorCdp, `${o.cpuProfileDir}-floor`, 'search-floor');
        await floor?.ctx.close();
        o.log(
          `  search: ${searchMs.length} keystrokes measured (${searchMs.map((x) => x.toFixed(0)).join(' ')} ms), ${skipped} without a visible change`,
        );
        if (floor) o.log(`  search floor: ${floorSearchMs.map((x) => x.toFixed(0)).join(' ')} ms`);
      }
      await ctx.close();
      run.hostPeakRssMiB = await stopHost(host);
      if (i === o.coldRuns - 1) searchPeak = run.hostPeakRssMiB;
      cold.push(run);
    }
    return {
      chromium: browser.version(),
      cold,
      floorColdMs,
      searchMs,
      floorSearchMs,
      searchSkipped: skipped,
      searchMethod: method,
      searchHostPeakRssMiB: searchPeak,
    };
  } finally {
    await browser.close();
  }
}
