/**
 * The province server for the tests, without the unit backend (so Playwright specs can use it too): the built
 * server (out/main/server.js) as a child process against a throw-away PostgreSQL, its accounts, and the
 * province's side of the scenario (units, accounts, the catalog from the fixture JSONL, the plan).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProvinceSession } from '../../electron/backend/submission/province-client';
import { WORKED_EXAMPLE_PROCEDURE_CODE } from '../../electron/shared/cost/worked-example';
import type { TestDatabase } from './pg-cluster';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const ADMIN = { name: 'quantri', password: 'mat-khau-quan-tri' };
export const OFFICER = { name: 'canbo.tinh', password: 'mat-khau-can-bo' };
export const unitPassword = (code: string) => `mk-${code.toLowerCase()}-2026`;
export const unitAccount = (code: string) => `gui.${code.toLowerCase()}`;

/** The plan's procedures: the worked example and four more of the demo inventory (all in the fixture catalog). */
export const PLAN_CODES = [WORKED_EXAMPLE_PROCEDURE_CODE, '1.001193', '1.004873', '1.013225', '2.001035'];

export interface RunningServer {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts out/main/server.js on a free port against `pgUrl`; resolves once it prints its URL. */
export function startServer(
  pgUrl: string,
  workDir: string,
  env: Record<string, string> = {},
  extra: string[] = [],
) {
  return new Promise<RunningServer>((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(root, 'out/main/server.js'),
        '--pg',
        pgUrl,
        '--port',
        '0',
        '--host',
        '127.0.0.1',
        '--work-dir',
        workDir,
        ...extra,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
    );
    let out = '';
    const timer = setTimeout(() => reject(new Error('server did not start: ' + out)), 60_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePromise({
          url: m[1]!.replace(/\/$/, ''),
          child,
          output: () => out,
          stop: (signal = 'SIGTERM') =>
            new Promise<void>((r) => {
              if (child.exitCode !== null || child.signalCode !== null) return r();
              child.once('exit', () => r());
              child.kill(signal);
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited ${code}: ${out}`));
    });
  });
}

export function session(url: string, who: { name: string; password: string }) {
  return new ProvinceSession({ serverUrl: url, user: who.name, password: who.password });
}

export interface CommuneSpec {
  code: string;
  name: string;
}

/** The province's side: units, their submitting accounts, an officer, the catalog (fixture JSONL), the plan. */
export async function setUpProvince(admin: ProvinceSession, communes: readonly CommuneSpec[]) {
  for (const c of communes) {
    await admin.rpc('province.units.save', { code: c.code, name: c.name, level: 'XA' });
    await admin.rpc('province.accounts.create', {
      name: unitAccount(c.code),
      role: 'unit',
      unitCode: c.code,
      password: unitPassword(c.code),
    });
  }
  await admin.rpc('province.accounts.create', { ...OFFICER, role: 'officer', unitCode: null });
  const jsonl = readFileSync(join(root, 'tests/fixtures/public-data/dvcqg-tthc-cap-xa-2026.jsonl'));
  await admin.rpc('province.catalog.load', {
    fileName: 'dvcqg-tthc-cap-xa-2026.jsonl',
    dataBase64: jsonl.toString('base64'),
  });
  return admin.rpc('province.plans.publish', {
    year: 2026,
    title: 'Kế hoạch rà soát, đánh giá TTHC năm 2026 của tỉnh',
    deadline: '2026-11-30',
    unitCodes: communes.map((c) => c.code),
    codes: PLAN_CODES,
  });
}

/** Rows of a table in the province database (to check what was, or was not, stored). */
export function count(db: TestDatabase, table: string, where = 'true'): number {
  return Number(db.psql(`SELECT count(*) FROM ${table} WHERE ${where}`)[0]);
}
