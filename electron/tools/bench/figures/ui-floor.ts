/**
 * The floor of the two browser figures: the app's inventory grid on a static page (renderer/bench-floor/), with the
 * rows the app shows handed to it from JSON files and no backend or app logic (docs/PERFORMANCE.md).
 * - `floorSearchPlan`: for each value the bench types, the rows the app shows first, in its order: the rows whose
 *   columns match, ranked (electron/shared/text/search.ts), computed here once so the page only looks them up.
 * - `writeFloorData` (a probe): the rows as the app loads them (inventory.list, 1,000 at a time) and the plan.
 * - `buildFloorPage`: Vite builds the page from the app's sources with the settings electron-vite gives the app's
 *   renderer (not minified), into the run's folder; `serveFloor` serves that folder on 127.0.0.1.
 */
import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { InventoryRow } from '../../../shared/contract/inventory';
import { columnTier, compareMatches, foldColumns, parseSearch } from '../../../shared/text/search';

/** Every value the search box holds while `queries` are typed one character at a time. */
export function typedValues(queries: readonly string[]): string[] {
  const values = new Set<string>();
  for (const q of queries) for (let i = 1; i <= q.length; i++) values.add(q.slice(0, i));
  return [...values];
}

/**
 * For each typed value, the ids of the rows the app's grid shows at once (their own columns match), best first:
 * what a keystroke hands the floor's grid. Values without words (a lone space) are left out: the grid shows
 * every row for them, as the app does.
 */
export function floorSearchPlan(
  rows: readonly InventoryRow[],
  values: readonly string[],
): Record<string, number[]> {
  const columns = rows.map((r) => foldColumns(r));
  const plan: Record<string, number[]> = {};
  for (const value of values) {
    const q = parseSearch(value);
    if (!q.words.length) continue;
    const found: { id: number; tier: number; code: string; name: string }[] = [];
    rows.forEach((r, i) => {
      const tier = columnTier(columns[i]!, q);
      if (tier !== null) found.push({ id: r.id, tier, code: r.code, name: r.name });
    });
    plan[value] = found.sort(compareMatches).map((m) => m.id);
  }
  return plan;
}

/** The app's first page of rows (first-page.json), every row (rows.json) and the search plan (plan.json). */
export async function writeFloorData(o: {
  dbFile: string;
  unitId: number;
  outDir: string;
  queries: readonly string[];
}): Promise<{ rows: number; firstPage: number; plannedValues: number }> {
  const { connect } = await import('../../../../db/connection');
  const { listInventory } = await import('../../../../db/queries/inventory-read');
  const db = connect(o.dbFile, { readonly: true });
  try {
    const rows: InventoryRow[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = listInventory(db, { unitId: o.unitId, offset, limit: 1000 });
      rows.push(...page.rows);
      if (rows.length >= page.total || page.rows.length === 0) break;
    }
    const firstPage = rows.slice(0, 1000);
    const plan = floorSearchPlan(rows, typedValues(o.queries));
    writeFileSync(join(o.outDir, 'rows.json'), JSON.stringify(rows));
    writeFileSync(join(o.outDir, 'first-page.json'), JSON.stringify(firstPage));
    writeFileSync(join(o.outDir, 'plan.json'), JSON.stringify(plan));
    return { rows: rows.length, firstPage: firstPage.length, plannedValues: Object.keys(plan).length };
  } finally {
    db.close();
  }
}

/** Builds renderer/bench-floor/ into `outDir` (≈ 5–10 s). Vite is a dev dependency, loaded at run time. */
export async function buildFloorPage(root: string, outDir: string): Promise<void> {
  const vite = 'vite';
  const plugin = '@vitejs/plugin-react';
  const { build } = (await import(/* @vite-ignore */ vite)) as {
    build: (config: Record<string, unknown>) => Promise<unknown>;
  };
  const react = ((await import(/* @vite-ignore */ plugin)) as { default: () => unknown }).default;
  await build({
    root: join(root, 'renderer'),
    configFile: false,
    logLevel: 'error',
    base: './',
    plugins: [react()],
    // As electron-vite builds the app's renderer: not minified, no module-preload polyfill.
    build: {
      outDir,
      emptyOutDir: false,
      minify: false,
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      rollupOptions: { input: join(root, 'renderer', 'bench-floor', 'index.html') },
    },
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Serves `dir` read-only on a free loopback port (the floor page and its JSON). */
export function serveFloor(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')));
    let size = -1;
    try {
      if (path.startsWith(dir + sep)) size = statSync(path).size;
    } catch {
      size = -1;
    }
    if (size < 0) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-length': size,
    });
    createReadStream(path).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
