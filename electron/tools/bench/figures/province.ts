/**
 * The province figures (issue 19): consolidating every commune's package into PostgreSQL with the server's own
 * code (electron/server/consolidate.ts: gunzip, hash, schema, the transaction) against a floor of PostgreSQL
 * COPY of the same rows into the same tables, and the p95 of the province dashboard's queries over the result.
 * Each runs in a child process on a fresh database of the same cluster.
 */
import { readFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { upsertProvinceUnit } from '../../../../db/pg/queries/accounts';
import {
  overlappingProcedures,
  overlapUnits,
  totalsBy,
  unitStatus,
} from '../../../../db/pg/queries/consolidated';
import { insertPlan, insertPlanItems } from '../../../../db/pg/queries/plans';
import { migratePg } from '../../../../db/pg/migrate';
import { decodeSubmission } from '../../../backend/submission/package-file';
import { createDownloadHost } from '../../../node-host/server';
import { consolidate } from '../../../server/consolidate';
import type { ServerContext } from '../../../server/context';
import type { ProvinceBenchData } from '../generate/packages';
import { OVERLAPS_PAGE } from '../../../shared/contract/province';

export interface ProvinceProbeInput {
  pgUrl: string;
  database: string;
  data: ProvinceBenchData;
  workDir: string;
  dashboardRuns?: number;
}

export interface ProvinceRun {
  ms: number;
  cpuMs: number;
  rows: number;
  dashboardMs?: number[];
  /** One load of the dashboard right after the packages arrived, before PostgreSQL has statistics on them. */
  firstLoadMs?: number;
}

function urlOf(base: string, database: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A fresh database with the server's schema, the units and a plan assigning them every procedure. */
export async function freshDatabase(i: ProvinceProbeInput): Promise<pg.Pool> {
  const admin = new pg.Client({ connectionString: i.pgUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${i.database}"`);
  await admin.query(`CREATE DATABASE "${i.database}"`);
  await admin.end();
  const pool = new pg.Pool({ connectionString: urlOf(i.pgUrl, i.database), max: 4 });
  pool.on('error', () => undefined);
  await migratePg(pool);
  for (const u of i.data.units) await upsertProvinceUnit(pool, { ...u, level: 'XA' });
  const planId = await insertPlan(pool, {
    key: i.data.planKey,
    year: 2026,
    title: 'Kế hoạch (đo)',
    deadline: null,
  });
  const first = decodeSubmission(readFileSync(i.data.files[0]!));
  await insertPlanItems(
    pool,
    planId,
    i.data.units.map((u) => u.code),
    first.content.inventory.map((p) => p.code),
    null,
  );
  return pool;
}

async function dropDatabase(i: ProvinceProbeInput, pool: pg.Pool): Promise<void> {
  await pool.end();
  const admin = new pg.Client({ connectionString: i.pgUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${i.database}"`);
  await admin.end();
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The app: every package through consolidate(), one after another, as uploads arrive; then the dashboard. */
export async function consolidateWithServer(i: ProvinceProbeInput): Promise<ProvinceRun> {
  const pool = await freshDatabase(i);
  const ctx: ServerContext = {
    pg: pool,
    provinceName: 'UBND tỉnh Mô phỏng',
    downloads: createDownloadHost(),
    workDir: i.workDir,
    log: () => undefined,
  };
  const caller = {
    accountId: 1,
    name: 'bench',
    role: 'officer' as const,
    unitCode: null,
    remote: '',
    locale: 'vi' as const,
  };
  const packages = i.data.files.map((f) => readFileSync(f));
  const c0 = cpuMs();
  const t0 = performance.now();
  for (const [n, bytes] of packages.entries()) {
    const ack = await consolidate(ctx, bytes, `goi-${n}.tinhgon`, caller);
    if (ack.outcome !== 'stored') throw new Error(`package ${n}: ${ack.outcome}`);
  }
  const ms = performance.now() - t0;
  const cpu = cpuMs() - c0;
  const load = async () => {
    const t = performance.now();
    await unitStatus(pool, 1);
    await Promise.all([totalsBy(pool, 1, 'all'), totalsBy(pool, 1, 'field'), totalsBy(pool, 1, 'unit')]);
    // Đề xuất trùng opens on its first page and the side-by-side of the procedure at its top.
    const overlaps = await overlappingProcedures(pool, 1, { offset: 0, limit: OVERLAPS_PAGE });
    if (overlaps.rows[0]) await overlapUnits(pool, 1, overlaps.rows[0].code);
    return performance.now() - t;
  };
  const firstLoadMs = await load();
  // What autovacuum does within a minute of a load (autovacuum_naptime): the steady state officers work in.
  await pool.query('ANALYZE');
  const dashboardMs: number[] = [];
  for (let r = 0; r < (i.dashboardRuns ?? 30); r++) dashboardMs.push(await load());
  const rows = Number(
    (await pool.query<{ n: string }>('SELECT count(*) AS n FROM submission_items')).rows[0]!.n,
  );
  await dropDatabase(i, pool);
  return { ms, cpuMs: cpu, rows, dashboardMs, firstLoadMs };
}

/** COPY text: tab-separated, \N for null, backslash escapes (PostgreSQL's text format). */
function field(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (Buffer.isBuffer(v)) return '\\\\x' + v.toString('hex');
  const s =
    typeof v === 'string'
      ? v
      : typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : JSON.stringify(v);
  return s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
const line = (values: unknown[]) => values.map(field).join('\t') + '\n';

/** The floor: the same rows, already decoded, written by COPY into the same tables in one transaction. */
export async function copyFloor(i: ProvinceProbeInput): Promise<ProvinceRun> {
  const pool = await freshDatabase(i);
  const subs: string[] = [];
  const procs: string[] = [];
  const items: string[] = [];
  i.data.files.forEach((f, n) => {
    const bytes = readFileSync(f);
    const d = decodeSubmission(bytes);
    const id = n + 1;
    const m = d.manifest;
    subs.push(line([id, 1, m.unitCode, 1, d.contentHash, d.dataHash, m, bytes, m.createdAt, 'bench', true]));
    for (const p of d.content.inventory)
      procs.push(
        line([
          id,
          p.code,
          p.name,
          p.field,
          p.levels,
          p.onlineLevel,
          p.oneStop,
          p.hasInternalProcess,
          p.dossiersPerYear,
        ]),
      );
    for (const it of d.content.items)
      items.push(
        line([
          id,
          it.code,
          it.name,
          it.field,
          it.status,
          it.kind,
          it.figures?.beforePerYearMilli ?? null,
          it.figures?.afterPerYearMilli ?? null,
          it.daysBefore,
          it.daysAfter,
          it,
        ]),
      );
  });
  const client = await pool.connect();
  const copy = (sql: string, lines: string[]) => pipeline(Readable.from(lines), client.query(copyFrom(sql)));
  const c0 = cpuMs();
  const t0 = performance.now();
  await client.query('BEGIN');
  await copy(
    `COPY submissions (id, plan_id, unit_code, version, content_hash, data_hash, manifest, package, created_at,
       received_by, is_current) FROM STDIN`,
    subs,
  );
  await copy(
    `COPY submission_procedures (submission_id, code, name, field, levels, online_level, one_stop,
       has_internal_process, dossiers_per_year) FROM STDIN`,
    procs,
  );
  await copy(
    `COPY submission_items (submission_id, code, name, field, status, kind, before_milli, after_milli,
       days_before, days_after, result) FROM STDIN`,
    items,
  );
  await client.query('COMMIT');
  const ms = performance.now() - t0;
  const cpu = cpuMs() - c0;
  client.release();
  await dropDatabase(i, pool);
  return { ms, cpuMs: cpu, rows: items.length };
}
