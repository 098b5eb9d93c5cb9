/**
 * Turns each measurement into a figure with its floor and target (issue 8's table). A figure whose
 * measurement throws is reported with value null and the error in its note, and the run goes on.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EditResult } from './figures/edit';
import type { CostResult } from './figures/cost';
import type { MarkResult } from './figures/mark';
import type { OpenResult } from './figures/open';
import type { AppExcelResult } from './figures/app-excel';
import type { UiResult } from './figures/ui';
import type { BenchData } from './generate/write-data';
import { runProbe, type ProbeOutcome } from './probe';
import { formatProfiles, summariseDir, type ThreadProfile } from './profile';
import { makeMetric, median, percentile, type Metric } from './report';

export interface MetricContext {
  entry: string;
  root: string;
  dir: string;
  data: BenchData;
  quick: boolean;
  only: string[] | null;
  log: (s: string) => void;
  /** With --profile: every probe runs under --cpu-prof and its summary lands here. */
  profiles: Record<string, ThreadProfile[]> | null;
}

/** The function each probe's clock runs in (profile.ts keeps only samples inside it). */
const MEASURED: Record<string, string | null> = {
  edit: 'dispatch',
  cost: 'recomputeAll',
  mark: 'measureMarks',
  open: 'measureOpen',
  'import-reader': 'readWithExceljs',
  'import-app': 'importWithApp',
  'export-writer': 'writeWithExceljs',
  'export-app': null,
};

let profileRuns = 0;

function probe<T>(c: MetricContext, name: string, input: unknown): Promise<ProbeOutcome<T>> {
  if (!c.profiles) return runProbe<T>(c.entry, name, input);
  // One folder per run of a probe: rounds must not be summarised together.
  const dir = join(c.dir, 'profiles', `${name}-${++profileRuns}`);
  return runProbe<T>(c.entry, name, input, { cpuProfileDir: dir }).then((out) => {
    const threads = summariseDir(dir, MEASURED[name] ?? null);
    if (c.profiles) c.profiles[name] = threads; // the last round's
    c.log(formatProfiles(name, threads));
    return out;
  });
}

const r0 = (x: number) => x.toFixed(0);

async function safely(
  name: string,
  unit: string,
  log: (s: string) => void,
  fn: () => Promise<Metric[]>,
): Promise<Metric[]> {
  try {
    return await fn();
  } catch (err) {
    const msg = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
    log(`  ${name}: error: ${msg}`);
    return [makeMetric({ name, value: null, unit, target: {}, note: `error: ${msg}` })];
  }
}

async function editFigure(c: MetricContext): Promise<Metric[]> {
  const samples = c.quick ? 100 : 200;
  const { value: r, peakRssMiB } = await probe<EditResult>(c, 'edit', { data: c.data, samples });
  c.log(`  edit: p50 ${median(r.appMs).toFixed(2)} ms (floor ${median(r.floorMs).toFixed(2)} ms)`);
  return [
    makeMetric({
      name: 'cell edit → committed, p95',
      value: percentile(r.appMs, 95),
      unit: 'ms',
      floor: percentile(r.floorMs, 95),
      target: { max: 20 },
      peakRssMiB,
      note: `${r.appMs.length} edits via procedures.updateField (WAL, synchronous=FULL), p50 ${median(r.appMs).toFixed(2)} ms vs bare UPDATE p50 ${median(r.floorMs).toFixed(2)} ms${r.failures ? `; ${r.failures} refused` : ''}`,
    }),
  ];
}

async function costFigure(c: MetricContext): Promise<Metric[]> {
  const sizes = { procedures: c.data.procedures, stepsPerProcedure: 10, componentsPerProcedure: 10 };
  const { value: r, peakRssMiB } = await probe<CostResult>(c, 'cost', { sizes, runs: 7 });
  c.log(`  cost: runs ${r.runsMs.map(r0).join(', ')} ms`);
  return [
    makeMetric({
      name: `cost recompute, ${r.procedures} procedures`,
      value: median(r.runsMs.slice(1)),
      unit: 'ms',
      target: { max: 200 },
      peakRssMiB,
      note: `median of ${r.runsMs.length - 1} warm runs (first run ${r0(r.runsMs[0] ?? 0)} ms); ${r.activities} activities, before+derive after+after+compare each, then aggregate`,
    }),
  ];
}

async function markFigure(c: MetricContext): Promise<Metric[]> {
  const { value: r, peakRssMiB } = await probe<MarkResult>(c, 'mark', { samples: c.quick ? 100 : 300 });
  c.log(`  mark: p50 ${median(r.appMs).toFixed(2)} ms (model alone ${median(r.floorMs).toFixed(2)} ms)`);
  return [
    makeMetric({
      name: 'mark → recomputed before/after, p95',
      value: percentile(r.appMs, 95),
      unit: 'ms',
      floor: percentile(r.floorMs, 95),
      target: { max: 16 },
      peakRssMiB,
      note: `${r.appMs.length} review.setMark on a procedure with ${r.steps} internal steps, ${r.citizenSteps} citizen steps and ${r.components} documents (durable write: transaction + audit, synchronous=FULL) returning the whole recomputed view; floor = the model alone (load + compute), p50 ${median(r.appMs).toFixed(2)} vs ${median(r.floorMs).toFixed(2)} ms`,
    }),
    makeMetric({
      name: 'recomputed before/after view (review.get), p95',
      value: percentile(r.viewMs, 95),
      unit: 'ms',
      floor: percentile(r.floorMs, 95),
      target: { max: 16 },
      peakRssMiB,
      note: `the same procedure's whole view right after each mark, without the write; p50 ${median(r.viewMs).toFixed(2)} ms`,
    }),
  ];
}

async function openFigure(c: MetricContext): Promise<Metric[]> {
  const { value: r, peakRssMiB } = await probe<OpenResult>(c, 'open', { dbFile: c.data.dbFile, runs: 3 });
  const part = r.appParts[Math.floor(r.appParts.length / 2)];
  c.log(
    `  open: ${r.appMs.map(r0).join(', ')} ms (bare ${r.floorMs.map(r0).join(', ')} ms), quick_check ${r.quickCheck}`,
  );
  return [
    makeMetric({
      name: 'open + migrate + quick_check',
      value: median(r.appMs),
      unit: 'ms',
      floor: median(r.floorMs),
      target: { max: 1000 },
      peakRssMiB,
      note: `median of ${r.appMs.length} warm-cache runs; open ${r0(part?.openMs ?? 0)} ms + quick_check ${r0(part?.checkMs ?? 0)} ms; floor = bare better-sqlite3 open + quick_check; result "${r.quickCheck}"`,
    }),
  ];
}

type Timed = { ms: number; cpuMs?: number; result: { rows: number } };

interface Paired {
  floor: { ms: number; rows: number; peakRssMiB: number; cpuMs: number | null };
  app: { ms: number; peakRssMiB: number; detail: string; cpuMs: number | null } | { pending: string };
}

/**
 * Floor and app back to back, `rounds` times, alternating (the machine is shared: alternating puts both under
 * the same noise). Times are medians, peaks the highest seen.
 */
async function paired(
  c: MetricContext,
  floorName: string,
  floorInput: unknown,
  appName: string,
  appInput: unknown,
): Promise<Paired> {
  const rounds = c.quick ? 2 : 3;
  const floors: ProbeOutcome<Timed>[] = [];
  const apps: ProbeOutcome<AppExcelResult>[] = [];
  for (let i = 0; i < rounds; i++) {
    floors.push(await probe<Timed>(c, floorName, floorInput));
    const app = await probe<AppExcelResult>(c, appName, appInput);
    if ('pending' in app.value) return { floor: summariseFloor(floors), app: { pending: app.value.pending } };
    apps.push(app);
    c.log(`  ${floorName} ${r0(floors[i]?.value.ms ?? 0)} ms / ${appName} ${r0(app.value.ms)} ms`);
  }
  const times = apps.map((a) => ('ms' in a.value ? a.value.ms : 0));
  const mid = apps[times.indexOf(median(times))]?.value;
  const cpus = apps.flatMap((a) =>
    'cpuMs' in a.value && a.value.cpuMs !== undefined ? [a.value.cpuMs] : [],
  );
  return {
    floor: summariseFloor(floors),
    app: {
      ms: median(times),
      peakRssMiB: Math.max(...apps.map((a) => a.peakRssMiB)),
      detail: mid && 'detail' in mid ? (mid.detail ?? '') : '',
      cpuMs: cpus.length ? median(cpus) : null,
    },
  };
}

function summariseFloor(floors: ProbeOutcome<Timed>[]): Paired['floor'] {
  return {
    ms: median(floors.map((f) => f.value.ms)),
    rows: floors[0]?.value.result.rows ?? 0,
    peakRssMiB: Math.max(...floors.map((f) => f.peakRssMiB)),
    cpuMs: floors.every((f) => f.value.cpuMs !== undefined)
      ? median(floors.map((f) => f.value.cpuMs ?? 0))
      : null,
  };
}

/** CPU time beside wall time: the app spreads an import or an export over two threads, the floor uses one. */
function cpuNote(p: Paired): string {
  if ('pending' in p.app || p.app.cpuMs === null || p.floor.cpuMs === null) return '';
  return `; CPU time, all threads (medians): app ${r0(p.app.cpuMs)} ms, floor ${r0(p.floor.cpuMs)} ms`;
}

async function importFigures(c: MetricContext): Promise<Metric[]> {
  const { sofficeAvailable, measureLibreOffice } = await import('./figures/libreoffice');
  let lo: { ms: number; peak: number | null } | null = null;
  let loNote = 'LibreOffice (soffice) not installed';
  if (sofficeAvailable()) {
    const runs = await measureLibreOffice(c.data.listXlsx, c.dir, c.quick ? 1 : 2);
    const ok = runs.filter((x) => x.ok);
    if (ok.length) {
      lo = { ms: median(ok.map((x) => x.ms)), peak: ok[0]?.peakRssMiB ?? null };
      loNote = `soffice --headless --convert-to csv, cold start each run, median of ${ok.length}; soffice.bin peak ≈ ${lo.peak ? r0(lo.peak) : '?'} MiB`;
    } else loNote = 'soffice failed to convert the workbook';
    c.log(`  import peer: LibreOffice ${lo ? r0(lo.ms) : '—'} ms`);
  }
  const pair = await paired(c, 'import-reader', { xlsx: c.data.listXlsx }, 'import-app', { data: c.data });
  const reader = pair.floor;
  const pending = 'pending' in pair.app ? pair.app.pending : null;
  const value = 'ms' in pair.app ? pair.app.ms : null;
  const rounds = c.quick ? 2 : 3;
  const floorNote = `floor = exceljs streaming WorkbookReader reading every cell, peak ${r0(reader.peakRssMiB)} MiB; medians of ${rounds} alternating rounds`;
  const rows = `${reader.rows - 2}-row list workbook`;
  return [
    makeMetric({
      name: `import ${rows} vs exceljs reader`,
      value,
      unit: 'ms',
      floor: reader.ms,
      target: { maxRatio: 1.5, maxPeakRssMiB: 400 },
      peakRssMiB: 'ms' in pair.app ? pair.app.peakRssMiB : null,
      note: pending
        ? `pending: ${pending}; ${floorNote}`
        : `${floorNote}; ${'detail' in pair.app ? pair.app.detail : ''}${cpuNote(pair)}`,
    }),
    makeMetric({
      name: `import ${rows} vs LibreOffice`,
      value,
      unit: 'ms',
      floor: lo?.ms ?? null,
      target: { ratioBelow: 1 },
      note: pending ? `pending: ${pending}; ${loNote}` : loNote,
    }),
  ];
}

async function exportFigure(c: MetricContext): Promise<Metric[]> {
  const pair = await paired(
    c,
    'export-writer',
    { data: c.data, out: join(c.dir, 'floor-export.xlsx') },
    'export-app',
    { data: c.data, out: join(c.dir, 'app-export.xlsx') },
  );
  const pending = 'pending' in pair.app ? pair.app.pending : null;
  const floorNote = `floor = exceljs streaming WorkbookWriter, same cells, styles, merges and row-height attributes, texts formatted in one SELECT, no app logic, peak ${r0(pair.floor.peakRssMiB)} MiB; medians of ${c.quick ? 2 : 3} alternating rounds`;
  return [
    makeMetric({
      name: `export national inventory report (${pair.floor.rows} rows)`,
      value: 'ms' in pair.app ? pair.app.ms : null,
      unit: 'ms',
      floor: pair.floor.ms,
      target: { maxRatio: 1.3, maxPeakRssMiB: 300 },
      peakRssMiB: 'ms' in pair.app ? pair.app.peakRssMiB : null,
      note: pending
        ? `pending: ${pending}; ${floorNote}`
        : `${floorNote}; ${'detail' in pair.app ? pair.app.detail : ''}${cpuNote(pair)}`,
    }),
  ];
}

async function uiFigures(c: MetricContext): Promise<{ metrics: Metric[]; chromium: string | null }> {
  const { measureUi, SEARCH_QUERIES } = await import('./figures/ui');
  const { buildFloorPage, serveFloor } = await import('./figures/ui-floor');
  const { coldStartMetric, searchMetric } = await import('./figures/ui-metrics');
  // The floor page and its rows, ready before any clock starts.
  const floorDir = join(c.dir, 'floor-page');
  mkdirSync(floorDir, { recursive: true });
  await buildFloorPage(c.root, floorDir);
  const written = await probe<{ rows: number; firstPage: number; plannedValues: number }>(c, 'floor-data', {
    data: c.data,
    outDir: join(floorDir, 'bench-floor'),
    queries: SEARCH_QUERIES,
  });
  c.log(
    `  floor page: ${written.value.rows} rows, first page ${written.value.firstPage}, ${written.value.plannedValues} typed values planned`,
  );
  const server = await serveFloor(floorDir);
  let r: UiResult;
  try {
    r = await measureUi({
      hostJs: join(c.root, 'out', 'main', 'node-host.js'),
      dir: c.dir,
      dbFile: c.data.dbFile,
      coldRuns: c.quick ? 2 : 3,
      keystrokes: c.quick ? 15 : 40,
      log: c.log,
      cpuProfileDir: c.profiles ? join(c.dir, 'profiles', 'node-host') : undefined,
      floorUrl: `${server.url}bench-floor/index.html`,
    });
  } finally {
    await server.close();
  }
  if (c.profiles) {
    const threads = summariseDir(join(c.dir, 'profiles', 'node-host'), null);
    c.profiles['node-host'] = threads;
    c.log(formatProfiles('node-host (first cold start, whole process)', threads));
    const renderer = summariseDir(join(c.dir, 'profiles', 'node-host-renderer'), null);
    c.profiles['renderer'] = renderer;
    c.log(formatProfiles('renderer (Chromium main thread)', renderer));
    const floor = summariseDir(join(c.dir, 'profiles', 'node-host-floor'), null);
    c.profiles['renderer-floor'] = floor;
    c.log(formatProfiles('floor page renderer (Chromium main thread)', floor));
  }
  return {
    chromium: r.chromium,
    metrics: [searchMetric(r, c.data.procedures), coldStartMetric(r)],
  };
}

export const FIGURES = ['edit', 'cost', 'mark', 'open', 'import', 'export', 'ui', 'province'] as const;

export async function collectMetrics(
  c: MetricContext,
): Promise<{ metrics: Metric[]; chromium: string | null }> {
  const want = (f: string) => c.only === null || c.only.includes(f);
  const metrics: Metric[] = [];
  let chromium: string | null = null;
  if (want('edit'))
    metrics.push(...(await safely('cell edit → committed, p95', 'ms', c.log, () => editFigure(c))));
  if (want('cost')) metrics.push(...(await safely('cost recompute', 'ms', c.log, () => costFigure(c))));
  if (want('mark'))
    metrics.push(...(await safely('mark → recomputed before/after, p95', 'ms', c.log, () => markFigure(c))));
  if (want('open'))
    metrics.push(...(await safely('open + migrate + quick_check', 'ms', c.log, () => openFigure(c))));
  if (want('import'))
    metrics.push(...(await safely('import list workbook', 'ms', c.log, () => importFigures(c))));
  if (want('export'))
    metrics.push(...(await safely('export national inventory report', 'ms', c.log, () => exportFigure(c))));
  if (want('ui'))
    metrics.push(
      ...(await safely('browser figures (search, cold start)', 'ms', c.log, async () => {
        const r = await uiFigures(c);
        chromium = r.chromium;
        return r.metrics;
      })),
    );
  if (want('province')) {
    const { provinceFigures } = await import('./province-metrics');
    metrics.push(...(await safely('province consolidation', 'ms', c.log, () => provinceFigures(c))));
  }
  return { metrics, chromium };
}
