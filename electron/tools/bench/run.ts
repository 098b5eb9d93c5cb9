/**
 * The benchmark run: generate the data set in a temporary folder, measure every figure beside its floor,
 * print the table (or one JSON object with --json), and keep the result in bench/results/<date>.json.
 * Everything a figure measures runs in a child process (probe.ts) or a separate host, never in this one.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NATIONAL_SIZES, QUICK_SIZES } from './generate/records';
import type { BenchData, GenerateTimings } from './generate/write-data';
import { collectMetrics } from './metrics';
import { runProbe } from './probe';
import { formatTable, type BenchReport } from './report';

export interface RunOptions {
  quick: boolean;
  json: boolean;
  keep: boolean;
  profile: boolean;
  only: string[] | null;
}

export function parseRunArgs(argv: readonly string[]): RunOptions {
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').split(',').filter(Boolean) : null;
  return {
    quick: argv.includes('--quick'),
    json: argv.includes('--json'),
    keep: argv.includes('--keep'),
    profile: argv.includes('--profile'),
    only,
  };
}

const log = (s: string) => process.stderr.write(s + '\n');

function versionOf(cmd: string, args: string[]): string | null {
  try {
    return (
      execFileSync(cmd, args, { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'ignore'] })
        .trim()
        .split('\n')[0] ?? null
    );
  } catch {
    return null;
  }
}

export async function runBench(o: RunOptions): Promise<void> {
  const entry = fileURLToPath(import.meta.url);
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const sizes = o.quick ? QUICK_SIZES : NATIONAL_SIZES;
  const dir = mkdtempSync(join(tmpdir(), 'tinhgon-bench-'));
  const startedAt = new Date().toISOString();
  const loadBefore = loadavg()[0] ?? 0;
  log(`TinhGọn bench (${o.quick ? 'quick, 1/10' : 'national'}): ${sizes.procedures} procedures → ${dir}`);
  try {
    const t = performance.now();
    const gen = await runProbe<{ data: BenchData; timings: GenerateTimings }>(entry, 'generate', {
      dir,
      sizes,
    });
    const data = gen.value.data;
    const dbMiB = statSync(data.dbFile).size / 2 ** 20;
    log(
      `  data: ${data.procedures} procedures, ${data.steps} steps, ${data.components} components; ` +
        `insert ${gen.value.timings.insertMs.toFixed(0)} ms, workbooks ${gen.value.timings.workbooksMs.toFixed(0)} ms, ` +
        `database ${dbMiB.toFixed(1)} MiB (${((performance.now() - t) / 1000).toFixed(1)} s)`,
    );
    const profiles = o.profile ? {} : null;
    const { metrics, chromium } = await collectMetrics({
      entry,
      root,
      dir,
      data,
      quick: o.quick,
      only: o.only,
      log,
      profiles,
    });
    const report: BenchReport & Record<string, unknown> = {
      metrics,
      quick: o.quick,
      ...(profiles ? { profiles } : {}),
      startedAt,
      data: {
        ...sizes,
        rows: { procedures: data.procedures, steps: data.steps, components: data.components },
        dbMiB,
        generate: gen.value.timings,
      },
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? '',
        memGiB: totalmem() / 2 ** 30,
        // The machine is shared: the 1-minute load average before and after says how noisy the run was.
        loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
        node: process.version,
        chromium,
        libreoffice: versionOf('soffice', ['--version']),
        commit: versionOf('git', ['-C', root, 'rev-parse', '--short', 'HEAD']),
      },
    };
    const table = formatTable(metrics);
    if (o.json) {
      log(table);
      process.stdout.write(JSON.stringify(report) + '\n');
    } else process.stdout.write(table + '\n');
    const resultsDir = join(root, 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    // A partial or profiled run gets its own name so it never replaces the day's full result.
    const suffix = `${o.quick ? '-quick' : ''}${o.only ? '-partial' : ''}${o.profile ? '-profile' : ''}`;
    const file = join(resultsDir, `${startedAt.slice(0, 10)}${suffix}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
    log(`results: ${file}`);
  } finally {
    if (o.keep) log(`kept: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
