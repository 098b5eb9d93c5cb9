/**
 * Turns each measurement into a figure with its floor and target (issue 8's table). A figure whose
 * measurement throws is reported with value null and the error in its note, and the run goes on.
 */
import { join } from 'node:path';
import type { EditResult } from './figures/edit';
import type { CostResult } from './figures/cost';
import type { OpenResult } from './figures/open';
import type { AppExcelResult } from './figures/app-excel';
import type { UiResult } from './figures/ui';
import type { BenchData } from './generate/write-data';
import { runProbe } from './probe';
import { makeMetric, median, percentile, type Metric } from './report';

export interface MetricContext {
  entry: string;
  root: string;
  dir: string;
  data: BenchData;
  quick: boolean;
  only: string[] | null;
  log: (s: string) => void;
}

const r0 = (x: number) => x.toFixed(0);

async function safely(name: string, unit: string, log: (s: string) => void, fn: () => Promise<Metric[]>): Promise<Metric[]> {
  try {
    return await fn();
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] ?? '' : String(err);
    log(`  ${name}: error: ${msg}`);
    return [makeMetric({ name, value: null, unit, target: {}, note: `error: ${msg}` })];
  }
}

async function editFigure(c: MetricContext): Promise<Metric[]> {
  const samples = c.quick ? 100 : 200;
  const { value: r, peakRssMiB } = await runProbe<EditResult>(c.entry, 'edit', { data: c.data, samples });
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
  const { value: r, peakRssMiB } = await runProbe<CostResult>(c.entry, 'cost', { sizes, runs: 7 });
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

async function openFigure(c: MetricContext): Promise<Metric[]> {
  const { value: r, peakRssMiB } = await runProbe<OpenResult>(c.entry, 'open', { dbFile: c.data.dbFile, runs: 3 });
  const part = r.appParts[Math.floor(r.appParts.length / 2)];
  c.log(`  open: ${r.appMs.map(r0).join(', ')} ms (bare ${r.floorMs.map(r0).join(', ')} ms), quick_check ${r.quickCheck}`);
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

async function importFigures(c: MetricContext): Promise<Metric[]> {
  const { sofficeAvailable, measureLibreOffice } = await import('./figures/libreoffice');
  const reader = await runProbe<{ ms: number; result: { rows: number } }>(c.entry, 'import-reader', { xlsx: c.data.listXlsx });
  c.log(`  import floor: exceljs reader ${r0(reader.value.ms)} ms, ${reader.value.result.rows} rows, ${r0(reader.peakRssMiB)} MiB`);
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
  const app = await runProbe<AppExcelResult>(c.entry, 'import-app', { data: c.data });
  const pending = 'pending' in app.value ? app.value.pending : null;
  const value = 'ms' in app.value ? app.value.ms : null;
  const rows = `${reader.value.result.rows - 2}-row list workbook`;
  return [
    makeMetric({
      name: `import ${rows} vs exceljs reader`,
      value,
      unit: 'ms',
      floor: reader.value.ms,
      target: { maxRatio: 1.5, maxPeakRssMiB: 400 },
      peakRssMiB: value === null ? null : app.peakRssMiB,
      note: pending
        ? `pending: ${pending}; floor = exceljs streaming WorkbookReader reading every cell (peak ${r0(reader.peakRssMiB)} MiB)`
        : `floor = exceljs streaming WorkbookReader reading every cell (peak ${r0(reader.peakRssMiB)} MiB)${'detail' in app.value && app.value.detail ? `; ${app.value.detail}` : ''}`,
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
  const writer = await runProbe<{ ms: number; result: { rows: number } }>(c.entry, 'export-writer', { data: c.data, out: join(c.dir, 'floor-export.xlsx') });
  c.log(`  export floor: exceljs writer ${r0(writer.value.ms)} ms, ${writer.value.result.rows} rows, ${r0(writer.peakRssMiB)} MiB`);
  const app = await runProbe<AppExcelResult>(c.entry, 'export-app', { data: c.data, out: join(c.dir, 'app-export.xlsx') });
  const pending = 'pending' in app.value ? app.value.pending : null;
  const value = 'ms' in app.value ? app.value.ms : null;
  return [
    makeMetric({
      name: `export national inventory report (${writer.value.result.rows} rows)`,
      value,
      unit: 'ms',
      floor: writer.value.ms,
      target: { maxRatio: 1.3, maxPeakRssMiB: 300 },
      peakRssMiB: value === null ? null : app.peakRssMiB,
      note: `${pending ? `pending: ${pending}; ` : ''}floor = exceljs streaming WorkbookWriter, same rows and cell styles, one SELECT, no app logic (peak ${r0(writer.peakRssMiB)} MiB)${!pending && 'detail' in app.value && app.value.detail ? `; ${app.value.detail}` : ''}`,
    }),
  ];
}

async function uiFigures(c: MetricContext): Promise<{ metrics: Metric[]; chromium: string | null }> {
  const { measureUi } = await import('./figures/ui');
  const r: UiResult = await measureUi({
    hostJs: join(c.root, 'out', 'main', 'node-host.js'),
    dir: c.dir,
    dbFile: c.data.dbFile,
    coldRuns: c.quick ? 2 : 3,
    keystrokes: c.quick ? 15 : 40,
    log: c.log,
  });
  const totals = r.cold.map((x) => x.hostStartMs + x.gridReadyMs);
  const mid = r.cold[totals.indexOf(median(totals))];
  const peaks = r.cold.map((x) => x.hostPeakRssMiB ?? 0);
  return {
    chromium: r.chromium,
    metrics: [
      makeMetric({
        name: `search keystroke → rendered rows, p95 (${c.data.procedures} procedures)`,
        value: r.searchMs.length ? percentile(r.searchMs, 95) : null,
        unit: 'ms',
        target: { max: 50 },
        peakRssMiB: r.searchHostPeakRssMiB,
        note: `${r.searchMs.length} keystrokes, p50 ${r.searchMs.length ? r0(median(r.searchMs)) : '—'} ms, end = ${r.searchMethod === 'mark' ? 'first tinhgon:search-rendered mark after the keystroke' : 'first frame after the row count changed (no tinhgon:search-rendered mark yet)'}; ${r.searchSkipped} keystrokes changed nothing visible and were skipped; RSS = node-host VmHWM`,
      }),
      makeMetric({
        name: 'cold start → grid interactive',
        value: median(totals),
        unit: 'ms',
        target: { max: 2000 },
        peakRssMiB: Math.max(...peaks) || null,
        note: `median of ${r.cold.length}: node-host spawn → serving ${r0(mid?.hostStartMs ?? 0)} ms + navigation → grid-ready ${r0(mid?.gridReadyMs ?? 0)} ms (boot mark ${r0(mid?.bootMs ?? 0)}, rows mark ${r0(mid?.rowsMs ?? 0)}); Chromium ${r.chromium}; RSS = node-host VmHWM`,
      }),
    ],
  };
}

export const FIGURES = ['edit', 'cost', 'open', 'import', 'export', 'ui'] as const;

export async function collectMetrics(c: MetricContext): Promise<{ metrics: Metric[]; chromium: string | null }> {
  const want = (f: string) => c.only === null || c.only.includes(f);
  const metrics: Metric[] = [];
  let chromium: string | null = null;
  if (want('edit')) metrics.push(...(await safely('cell edit → committed, p95', 'ms', c.log, () => editFigure(c))));
  if (want('cost')) metrics.push(...(await safely('cost recompute', 'ms', c.log, () => costFigure(c))));
  if (want('open')) metrics.push(...(await safely('open + migrate + quick_check', 'ms', c.log, () => openFigure(c))));
  if (want('import')) metrics.push(...(await safely('import list workbook', 'ms', c.log, () => importFigures(c))));
  if (want('export')) metrics.push(...(await safely('export national inventory report', 'ms', c.log, () => exportFigure(c))));
  if (want('ui'))
    metrics.push(
      ...(await safely('browser figures (search, cold start)', 'ms', c.log, async () => {
        const r = await uiFigures(c);
        chromium = r.chromium;
        return r.metrics;
      })),
    );
  return { metrics, chromium };
}
