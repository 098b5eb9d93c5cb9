/**
 * Fault drills of issue 19, on a real PostgreSQL and the built server and CLI: the server killed (-9) in the
 * middle of an upload and of a consolidation, PostgreSQL restarted in the middle, a lossy link, a lost answer,
 * and (as root) a link cut between network namespaces. Each time the unit's `submit` keeps retrying, the
 * package ends up stored exactly once, and nothing half-consolidated is ever visible.
 */
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSubmission } from '../../../electron/backend/submission/build-package';
import { databaseIn, freePort, pgSkipReason, startPgCluster, type PgCluster } from '../../support/pg-cluster';
import {
  ADMIN,
  communeDb,
  count,
  planCampaign,
  reviewWorkedExample,
  root,
  session,
  setUpProvince,
  startServer,
  unitAccount,
  unitPassword,
  type RunningServer,
} from '../../support/province';
import { startProxy } from '../../support/tcp-proxy';

// These drills stop and restart PostgreSQL itself: always a private cluster, never the shared one of .ci/run.
const skip = pgSkipReason('province faults tests', { ownCluster: true });

const cli = join(root, 'out/main/cli.js');
const UNITS = ['UPLOAD', 'CONSOLIDATE', 'PGRESTART', 'LOSSY', 'NOANSWER', 'LINKCUT'].map((k) => ({
  code: `XA-${k}`,
  name: `UBND xã Diễn tập ${k.toLowerCase()}`,
}));
/** A throttling forwarder run inside the namespace (plain JS): `node slow-link.cjs HOST PORT BYTES_PER_SECOND`. */
const SLOW_LINK = `const net = require('node:net');
const [host, port, rate] = process.argv.slice(2);
const server = net.createServer((client) => {
  const target = net.connect(Number(port), host);
  const end = () => { client.destroy(); target.destroy(); };
  for (const s of [client, target]) { s.on('error', end); s.on('close', end); }
  target.pipe(client);
  client.on('data', async (chunk) => {
    client.pause();
    for (let i = 0; i < chunk.length; i += 512) {
      if (target.destroyed) return;
      target.write(chunk.subarray(i, i + 512));
      await new Promise((r) => setTimeout(r, (512 / Number(rate)) * 1000));
    }
    client.resume();
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, test: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** `submit` as a child process (it runs until acknowledged); its exit code and output. */
function submit(file: string, url: string, code: string, extra: string[] = [], netns?: string) {
  const args = [
    cli,
    'submit',
    file,
    '--server',
    url,
    '--user',
    unitAccount(code),
    '--json',
    '--timeout',
    '4',
    ...extra,
  ];
  const [cmd, argv] = netns
    ? ['ip', ['netns', 'exec', netns, process.execPath, ...args]]
    : [process.execPath, args];
  const child = spawn(cmd, argv, {
    env: { ...process.env, TINHGON_PASSWORD: unitPassword(code) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise<{ status: number | null; ack: { outcome: string; version: number }; stderr: string }>(
    (r) => child.on('exit', (status) => r({ status, ack: stdout ? JSON.parse(stdout) : null, stderr })),
  );
}

describe.skipIf(skip)('province fault drills', () => {
  let cluster: PgCluster;
  let server: RunningServer;
  let port: number;
  const files: Record<string, string> = {};
  const sizes: Record<string, number> = {};
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'tinhgon-faults-'));
    dirs.push(d);
    return d;
  };
  const serve = async (env: Record<string, string> = {}) => {
    server = await startServer(cluster.url('tinhgon'), dir(), env, ['--port', String(port)]);
  };
  const restart = async (env: Record<string, string> = {}) => {
    await server.stop();
    await serve(env);
  };
  /**
   * The unit's package is there once, whole: one submission, all its items and procedures, its sums per lĩnh vực
   * (the dashboard's) covering those items, one audit entry.
   */
  const storedOnce = (code: string) => {
    const of = `submission_id IN (SELECT id FROM submissions WHERE unit_code = '${code}')`;
    expect(count(databaseIn(cluster, 'tinhgon'), 'submissions', `unit_code = '${code}'`)).toBe(1);
    expect(count(databaseIn(cluster, 'tinhgon'), 'submission_items', of)).toBe(5);
    expect(count(databaseIn(cluster, 'tinhgon'), 'submission_procedures', of)).toBe(54);
    expect(cluster.psql('tinhgon', `SELECT sum(items) FROM submission_field_totals WHERE ${of}`)).toEqual([
      '5',
    ]);
    expect(
      count(
        databaseIn(cluster, 'tinhgon'),
        'audit_log',
        `action = 'submission.stored' AND entity_key LIKE '${code}/%'`,
      ),
    ).toBe(1);
  };
  const nothingOf = (code: string) =>
    expect(count(databaseIn(cluster, 'tinhgon'), 'submissions', `unit_code = '${code}'`)).toBe(0);

  beforeAll(async () => {
    execFileSync(process.execPath, [join(root, 'scripts/ensure-build.mjs')], { cwd: root, stdio: 'ignore' });
    cluster = await startPgCluster();
    cluster.createDatabase('tinhgon');
    port = await freePort();
    server = await startServer(cluster.url('tinhgon'), dir(), { TINHGON_ADMIN_PASSWORD: ADMIN.password }, [
      '--init-admin',
      ADMIN.name,
      '--port',
      String(port),
    ]);
    await setUpProvince(session(server.url, ADMIN), UNITS);
    for (const u of UNITS) {
      const c = await communeDb(dir(), u);
      await c.call('submission.receiveFromServer', {
        serverUrl: server.url,
        user: unitAccount(u.code),
        password: unitPassword(u.code),
      });
      await reviewWorkedExample(c, await planCampaign(c), 600);
      const { bytes } = buildSubmission(c.backend.ctx.db, await planCampaign(c));
      c.backend.close();
      files[u.code] = join(dir(), `${u.code}.tinhgon`);
      sizes[u.code] = bytes.length;
      writeFileSync(files[u.code]!, bytes);
    }
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    cluster?.destroy();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('server killed (-9) in the middle of an upload: the retry stores it once', async () => {
    const code = UNITS[0]!.code;
    const proxy = await startProxy({ targetPort: port, bytesPerSecond: sizes[code]! / 4 });
    const sent = submit(files[code]!, `http://127.0.0.1:${proxy.port}`, code, ['--timeout', '10']);
    await until('a third of the upload', () => proxy.upstreamBytes() > sizes[code]! / 3);
    server.child.kill('SIGKILL');
    await server.stop();
    nothingOf(code);
    await sleep(1000);
    await serve();
    const r = await sent;
    await proxy.close();
    expect(r.status, r.stderr).toBe(0);
    expect(r.ack).toMatchObject({ outcome: 'stored', version: 1 });
    expect(r.stderr).toMatch(/thử lại/);
    storedOnce(code);
  }, 180_000);

  it('server killed (-9) in the middle of a consolidation: nothing half-stored, the retry stores it once', async () => {
    const code = UNITS[1]!.code;
    await restart({ TINHGON_DRILL_CONSOLIDATE_PAUSE_MS: '5000' });
    const sent = submit(files[code]!, server.url, code, ['--timeout', '15']);
    await until('the consolidation', () => server.output().includes(`drill: consolidating ${code}`));
    // Its rows are written but not committed: invisible, then gone with the process.
    server.child.kill('SIGKILL');
    await server.stop();
    nothingOf(code);
    for (const table of ['submission_items', 'submission_procedures', 'submission_field_totals'])
      expect(
        count(databaseIn(cluster, 'tinhgon'), table, 'submission_id NOT IN (SELECT id FROM submissions)'),
      ).toBe(0);
    await serve();
    const r = await sent;
    expect(r.status, r.stderr).toBe(0);
    expect(r.ack).toMatchObject({ outcome: 'stored', version: 1 });
    storedOnce(code);
  }, 180_000);

  it('PostgreSQL restarted in the middle of a consolidation: the server answers "later", the retry stores it once', async () => {
    const code = UNITS[2]!.code;
    await restart({ TINHGON_DRILL_CONSOLIDATE_PAUSE_MS: '3000' });
    const sent = submit(files[code]!, server.url, code, ['--timeout', '15']);
    await until('the consolidation', () => server.output().includes(`drill: consolidating ${code}`));
    cluster.restart('fast');
    const r = await Promise.race([
      sent,
      sleep(60_000).then(() => ({ status: -1, ack: null, stderr: 'TIMEOUT' })),
    ]);
    if (r.status !== 0) console.log(server.output(), cluster.log().slice(-3000));
    expect(r.status, r.stderr).toBe(0);
    expect(r.ack).toMatchObject({ outcome: 'stored', version: 1 });
    expect(r.stderr).toMatch(/tạm thời không truy cập được|thử lại/);
    expect(server.child.exitCode).toBeNull(); // the server lived through it
    storedOnce(code);
    await restart();
  }, 180_000);

  it('a lossy link (connections reset mid-upload) and a lost answer: stored once, acknowledged', async () => {
    const lossy = UNITS[3]!.code;
    const cut = await startProxy({
      targetPort: port,
      latencyMs: 20,
      cutAfter: (n) => (n < 2 ? Math.floor(sizes[lossy]! / 2) : null),
    });
    const r1 = await submit(files[lossy]!, `http://127.0.0.1:${cut.port}`, lossy);
    await cut.close();
    expect(r1.status, r1.stderr).toBe(0);
    expect(r1.ack, r1.stderr + server.output().slice(-3000)).toMatchObject({ outcome: 'stored', version: 1 });
    expect(cut.connections()).toBeGreaterThanOrEqual(3);
    storedOnce(lossy);

    // The server stores it but its answer is lost: the retry is told it was already received.
    const quiet = UNITS[4]!.code;
    const lose = await startProxy({
      targetPort: port,
      loseAnswerAfter: (n) => (n <= 1 ? sizes[quiet]! : null),
    });
    const r2 = await submit(files[quiet]!, `http://127.0.0.1:${lose.port}`, quiet);
    await lose.close();
    expect(r2.status, r2.stderr).toBe(0);
    expect(r2.ack).toMatchObject({ outcome: 'duplicate', version: 1 });
    storedOnce(quiet);
  }, 180_000);

  it('the link cut mid-upload between network namespaces (root only): the retry stores it once', async (ctx) => {
    const code = UNITS[5]!.code;
    const id = `tg${process.pid % 100000}`;
    const ns = `${id}ns`;
    const [hostIf, nsIf] = [`${id}a`, `${id}b`];
    const ip = (...args: string[]) => spawnSync('ip', args, { encoding: 'utf8' });
    if (process.getuid?.() !== 0) return ctx.skip('network namespaces need root');
    if (ip('netns', 'add', ns).status !== 0) return ctx.skip('`ip netns add` is not permitted here');
    const subnet = `10.${200 + (process.pid % 50)}.${process.pid % 250}`;
    try {
      for (const args of [
        ['link', 'add', hostIf, 'type', 'veth', 'peer', 'name', nsIf],
        ['link', 'set', nsIf, 'netns', ns],
        ['addr', 'add', `${subnet}.1/30`, 'dev', hostIf],
        ['link', 'set', hostIf, 'up'],
        ['netns', 'exec', ns, 'ip', 'addr', 'add', `${subnet}.2/30`, 'dev', nsIf],
        ['netns', 'exec', ns, 'ip', 'link', 'set', nsIf, 'up'],
        ['netns', 'exec', ns, 'ip', 'link', 'set', 'lo', 'up'],
      ])
        expect(ip(...args).stderr).toBe('');
      // The province's side of the veth (unthrottled) counts what reaches the server.
      const gateway = await startProxy({ targetPort: port, listenHost: `${subnet}.1` });
      // The commune's slow link sits before the veth, in the namespace: a 3 s upload. Attempts are given up
      // after 5 s and the link stays down 8 s: the cut attempt dies, a later one succeeds.
      const slow = join(dir(), 'slow-link.cjs');
      writeFileSync(slow, SLOW_LINK);
      const link = spawn(
        'ip',
        [
          'netns',
          'exec',
          ns,
          process.execPath,
          slow,
          `${subnet}.1`,
          String(gateway.port),
          String(Math.ceil(sizes[code]! / 3)),
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const linkPort = await new Promise<number>((r) =>
        link.stdout.once('data', (d: Buffer) => r(Number(String(d).trim()))),
      );
      const sent = submit(files[code]!, `http://127.0.0.1:${linkPort}`, code, ['--timeout', '5'], ns);
      await until('a third of the upload', () => gateway.upstreamBytes() > sizes[code]! / 3);
      expect(ip('link', 'set', hostIf, 'down').status).toBe(0);
      const atCut = gateway.upstreamBytes();
      await sleep(8000);
      expect(gateway.upstreamBytes()).toBe(atCut); // nothing crossed the cut link
      nothingOf(code);
      expect(ip('link', 'set', hostIf, 'up').status).toBe(0);
      const r = await sent;
      link.kill();
      await gateway.close();
      expect(r.status, r.stderr).toBe(0);
      // Bytes the cut attempt had queued may still arrive once the link is back: then that attempt stored it
      // and the retry hears "already received". Either way: once.
      expect(['stored', 'duplicate']).toContain(r.ack.outcome);
      expect(r.ack.version).toBe(1);
      expect(r.stderr).toMatch(/thử lại/);
      storedOnce(code);
    } finally {
      ip('netns', 'del', ns);
      ip('link', 'del', hostIf);
    }
  }, 180_000);
});
