import { it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPgCluster } from '../../../electron/tools/pg-cluster';
import { writeProvincePackages } from '../../../electron/tools/bench/generate/packages';
import { freshDatabase } from '../../../electron/tools/bench/figures/province';
import { consolidate } from '../../../electron/server/consolidate';
import { createDownloadHost } from '../../../electron/node-host/server';
import { overlappingProposals, totalsBy, unitStatus } from '../../../db/pg/queries/consolidated';

it('perf', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'perf-'));
  const cluster = await startPgCluster({ durable: true });
  const data = writeProvincePackages(dir, { units: 100, procedures: 400, reviewedShare: 0.1 });
  const input = { pgUrl: cluster.url('postgres'), database: 'keep', data, workDir: dir };
  const pool = await freshDatabase(input);
  const times = new Map<string, number>();
  const orig = pool.connect.bind(pool);
  // time every statement by its first words
  (pool as any).connect = async () => {
    const c = await orig();
    if (!(c as any).__wrapped) {
      const q = c.query.bind(c);
      (c as any).query = async (...a: any[]) => { const t = performance.now(); try { return await q(...a); } finally { const k = String(a[0]).replace(/\s+/g, ' ').slice(0, 50); times.set(k, (times.get(k) ?? 0) + performance.now() - t); } };
      (c as any).__wrapped = true;
    }
    return c;
  };
  const oq = pool.query.bind(pool);
  (pool as any).query = async (...a: any[]) => { const t = performance.now(); try { return await (oq as any)(...a); } finally { const k = 'POOL ' + String(a[0]).replace(/\s+/g, ' ').slice(0, 45); times.set(k, (times.get(k) ?? 0) + performance.now() - t); } };
  const ctx = { pg: pool, provinceName: 'x', downloads: createDownloadHost(), workDir: dir, log: console.log };
  const caller = { accountId: 1, name: 'b', role: 'officer' as const, unitCode: null, remote: '', locale: 'vi' as const };
  const t0 = performance.now();
  for (const f of data.files.slice(0, 40)) await consolidate(ctx, readFileSync(f), 'x', caller);
  console.log('total 40', (performance.now() - t0).toFixed(0));
  console.log([...times.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v.toFixed(0).padStart(6)} ${k}`).join('\n'));
  for (const f of data.files.slice(40)) await consolidate(ctx, readFileSync(f), 'x', caller);
  for (const [name, fn] of [['status', () => unitStatus(pool, 1)], ['all', () => totalsBy(pool, 1, 'all')], ['field', () => totalsBy(pool, 1, 'field')], ['unit', () => totalsBy(pool, 1, 'unit')], ['overlaps', () => overlappingProposals(pool, 1)]] as const) {
    const ts: number[] = [];
    for (let i = 0; i < 5; i++) { const t = performance.now(); await (fn as any)(); ts.push(performance.now() - t); }
    console.log(name, ts.map((x) => x.toFixed(0)).join(' '));
  }
  await pool.end();
  cluster.destroy();
}, 900_000);
