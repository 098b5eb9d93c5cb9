/**
 * The province figures of `npm run bench` (docs/PERFORMANCE.md): consolidation of every commune's package vs
 * PostgreSQL COPY of the same rows (alternating rounds, medians), and the dashboard queries' p95. PostgreSQL is
 * TINHGON_BENCH_PG (a server the bench may create databases on) or a throw-away cluster of the local binaries
 * with PostgreSQL's default durability; without either, the figures are reported pending with the reason.
 */
import { join } from 'node:path';
import { findPgBin, pgUnavailableReason, startPgCluster, type PgCluster } from '../pg-cluster';
import type { ProvinceProbeInput, ProvinceRun } from './figures/province';
import { PROVINCE_QUICK_SIZES, PROVINCE_SIZES, type ProvinceBenchData } from './generate/packages';
import type { MetricContext } from './metrics';
import { runProbe } from './probe';
import { makeMetric, median, percentile, type Metric } from './report';

const r0 = (x: number) => x.toFixed(0);

export async function provinceFigures(c: MetricContext): Promise<Metric[]> {
  const sizes = c.quick ? PROVINCE_QUICK_SIZES : PROVINCE_SIZES;
  const name = `consolidate ${sizes.units} unit packages (≈ ${sizes.procedures} procedures each) vs PostgreSQL COPY`;
  let cluster: PgCluster | null = null;
  let pgUrl = process.env['TINHGON_BENCH_PG'] ?? null;
  const why = pgUrl ? null : findPgBin() ? pgUnavailableReason() : 'PostgreSQL binaries not found';
  if (!pgUrl && why)
    return [makeMetric({ name, value: null, unit: 'ms', target: { maxRatio: 2 }, note: `pending: ${why}` })];
  try {
    if (!pgUrl) {
      cluster = await startPgCluster({ durable: true });
      pgUrl = cluster.url('postgres');
    }
    const gen = await runProbe<ProvinceBenchData>(c.entry, 'province-packages', { dir: c.dir, sizes });
    const data = gen.value;
    c.log(
      `  province: ${data.units.length} packages, ${data.procedures} procedures, ${data.items} reviewed items, ` +
        `${(data.bytes / 2 ** 20).toFixed(1)} MiB gzip`,
    );
    const input = (database: string): ProvinceProbeInput => ({
      pgUrl: pgUrl!,
      database,
      data,
      workDir: join(c.dir, 'province-server'),
      dashboardRuns: c.quick ? 15 : 30,
    });
    const floors: ProvinceRun[] = [];
    const apps: { run: ProvinceRun; peak: number }[] = [];
    for (let round = 0; round < (c.quick ? 2 : 3); round++) {
      floors.push(
        (await runProbe<ProvinceRun>(c.entry, 'province-copy', input(`tg_bench_copy_${process.pid}`))).value,
      );
      const app = await runProbe<ProvinceRun>(
        c.entry,
        'province-consolidate',
        input(`tg_bench_app_${process.pid}`),
      );
      apps.push({ run: app.value, peak: app.peakRssMiB });
      c.log(`  province: COPY ${r0(floors[round]!.ms)} ms / consolidate ${r0(app.value.ms)} ms`);
    }
    const appMs = median(apps.map((a) => a.run.ms));
    const floorMs = median(floors.map((f) => f.ms));
    const dashboard = apps.flatMap((a) => a.run.dashboardMs ?? []);
    const where = cluster ? 'a throw-away PostgreSQL cluster (default durability)' : 'TINHGON_BENCH_PG';
    return [
      makeMetric({
        name,
        value: appMs,
        unit: 'ms',
        floor: floorMs,
        target: { maxRatio: 2 },
        peakRssMiB: Math.max(...apps.map((a) => a.peak)),
        note:
          `${data.items} reviewed items and ${data.procedures} inventory rows (${(data.bytes / 2 ** 20).toFixed(1)} MiB of packages); ` +
          `app = the server's consolidate() per package (gunzip, SHA-256, schema, one transaction each), ` +
          `floor = COPY of the same rows into the same tables, decoded before the clock, one transaction; ` +
          `medians of ${apps.length} alternating rounds on ${where}; app CPU ${r0(median(apps.map((a) => a.run.cpuMs)))} ms in Node`,
      }),
      makeMetric({
        name: `province dashboard queries, p95 (${data.units.length} units, ${data.items} items)`,
        value: dashboard.length ? percentile(dashboard, 95) : null,
        unit: 'ms',
        target: { max: 200 },
        note:
          `${dashboard.length} loads of the Tiếp nhận, Tổng hợp and Đề xuất trùng screens' queries (status, Σ total/lĩnh vực/unit, Đề xuất trùng's first page and its top procedure side by side), ` +
          `p50 ${dashboard.length ? r0(median(dashboard)) : '—'} ms, once PostgreSQL has analysed the new rows (autovacuum does within a minute); ` +
          `the first load right after the packages arrived took ${apps.map((a) => r0(a.run.firstLoadMs ?? 0)).join(' / ')} ms`,
      }),
    ];
  } finally {
    cluster?.destroy();
  }
}
