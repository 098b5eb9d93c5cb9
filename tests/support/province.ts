/**
 * The province scenario for the tests: a real PostgreSQL cluster, the built province server
 * (out/main/server.js) as a child process, and commune databases (the demo inventory renamed to a commune)
 * that receive the province's plan, review the worked example and approve it, as officers would in the app.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ProvinceSession } from '../../electron/backend/submission/province-client';
import type { DirectCall } from '../../electron/backend/direct-client';
import type { Backend } from '../../electron/backend/session';
import {
  workedExampleDerivation,
  WORKED_EXAMPLE_PROCEDURE_CODE,
} from '../../electron/shared/cost/worked-example';
import { testBackend } from './backend';
import type { PgCluster } from './pg-cluster';

export const root = resolve(__dirname, '../..');
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

export interface Commune {
  backend: Backend;
  call: DirectCall;
  unitId: number;
  spec: CommuneSpec;
}

/** A commune's database: the demo inventory, renamed to the commune (its code as the province knows it). */
export async function communeDb(dir: string, spec: CommuneSpec): Promise<Commune> {
  const { backend, call } = testBackend(dir);
  const [unit] = await call('units.list', {});
  await call('units.update', { id: unit!.id, values: { code: spec.code, name: spec.name, level: 'XA' } });
  return { backend, call, unitId: unit!.id, spec };
}

/** The plan's campaign in a commune's database (after it received the plan). */
export async function planCampaign(c: Commune): Promise<number> {
  const state = await c.call('submission.state', { unitId: c.unitId });
  const linked = state.campaigns.find((k) => k.planKey !== null);
  if (!linked) throw new Error('no province plan received');
  return linked.campaignId;
}

/**
 * Reviews the worked example (1.001612) in the plan's campaign with `population` dossiers a year, submits it
 * and has the manager approve it (demo PIN), as the Rà soát screen does.
 */
export async function reviewWorkedExample(
  c: Commune,
  campaignId: number,
  population: number,
  o: { approve?: boolean } = {},
): Promise<number> {
  const detail = await c.call('campaigns.get', { campaignId });
  const item = detail.items.find((i) => i.code === WORKED_EXAMPLE_PROCEDURE_CODE)!;
  const cccd = c.backend.ctx.db
    .prepare(
      `SELECT c.id FROM components c JOIN component_groups g ON g.id = c.group_id
       WHERE g.procedure_id = (SELECT id FROM procedures WHERE code = ?) AND c.name LIKE '%Căn cước%'
       ORDER BY c.id LIMIT 1`,
    )
    .pluck()
    .get(WORKED_EXAMPLE_PROCEDURE_CODE) as number;
  const { before, marks, overrides } = workedExampleDerivation(cccd);
  const activity = (a: (typeof before)[number], scenario: 'BEFORE' | 'AFTER') => ({
    itemId: item.id,
    scenario,
    ord: a.ord,
    name: a.name,
    hours: a.hoursMilli / 1000,
    serviceCost: a.serviceCost,
    otherCost: a.otherCost,
    fee: a.fee,
    linkedKind: a.linkedKind,
    linkedId: a.linkedId,
  });
  for (const a of before) await c.call('cost.saveActivity', activity(a, 'BEFORE'));
  for (const a of overrides) await c.call('cost.saveActivity', activity(a, 'AFTER'));
  for (const m of marks)
    await c.call('review.setMark', {
      itemId: item.id,
      targetKind: m.targetKind,
      targetId: m.targetId,
      action: m.action,
      proposedValue: 'Khai thác Cơ sở dữ liệu quốc gia về dân cư',
      reason: 'NQ 66.7/2025/NQ-CP: thay thành phần hồ sơ bằng khai thác dữ liệu',
      legalArticle: 'Điều 88',
      legalDocument: 'Nghị định số 168/2025/NĐ-CP',
      legalAuthority: 'Chính phủ',
    });
  await c.call('campaigns.updateItem', { itemId: item.id, population });
  if (o.approve ?? true) await approve(c, item.id);
  return item.id;
}

export async function approve(c: Commune, itemId: number): Promise<void> {
  await c.call('review.transition', { itemId, action: 'submit' });
  const { profiles } = await c.call('profiles.list', {});
  const manager = profiles.find((p) => p.role === 'manager')!;
  const officer = profiles.find((p) => p.role === 'officer')!;
  await c.call('profiles.switch', { profileId: manager.id, pin: '1234' });
  await c.call('review.transition', { itemId, action: 'approve', pin: '1234' });
  await c.call('profiles.switch', { profileId: officer.id });
}

/** Rows of a table in the province database (to check what was, or was not, stored). */
export function count(cluster: PgCluster, db: string, table: string, where = 'true'): number {
  return Number(cluster.psql(db, `SELECT count(*) FROM ${table} WHERE ${where}`)[0]);
}
