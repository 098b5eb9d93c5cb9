/**
 * One writer per database (db/write-lock.ts): two instances on one file (two `npm start`, the app and the CLI,
 * two accounts) never both write. The second opener reads only and is told who writes, where and since when; a
 * lock left by a killed process is recovered; retention never deletes a backup of the writer from a reader.
 * The instances are real processes (tests/support/session-child.ts), as on an office PC.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { lockFileOf } from '../../../db/write-lock';
import { InputError, openForWriting, parseArgs } from '../../../electron/tools/cli/cli-kit';
import { listCommand } from '../../../electron/tools/cli/commands/list';
import { restoreCommand } from '../../../electron/tools/cli/commands/backup';
import { testBackend } from '../../support/backend';
import { buildScript } from '../../support/build-script';
import { useTempDir } from '../../support/temp';

const temp = useTempDir('tinhgon-one-writer-');
const root = resolve(__dirname, '../../..');
const children: ChildProcessWithoutNullStreams[] = [];
let childScript = '';
beforeAll(async () => {
  childScript = await buildScript('tests/support/session-child.ts', 'session-child');
}, 120_000);
afterAll(() => rmSync(resolve(childScript, '../../..'), { recursive: true, force: true }));
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

interface Opened {
  ready: true;
  pid: number;
  readOnly: boolean;
  notice: { kind: string; user?: string; host?: string; since?: string; app?: string } | null;
}
interface Instance {
  child: ChildProcessWithoutNullStreams;
  opened: Opened;
  call(
    method: string,
    input: unknown,
  ): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  quit(): Promise<void>;
}

/** Starts a backend process on `db` and waits for its first line. */
async function startInstance(db: string, dataDir: string): Promise<Instance> {
  const child = spawn(process.execPath, [childScript, db, dataDir], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const lines = createInterface({ input: child.stdout });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  const next = () =>
    new Promise<string>((ok, fail) => {
      waiting.push(ok);
      child.once('exit', (code) => fail(new Error(`instance exited ${code}: ${err}`)));
    });
  const opened = JSON.parse(await next()) as Opened;
  return {
    child,
    opened,
    async call(method, input) {
      const answer = next();
      child.stdin.write(`${JSON.stringify({ method, input })}\n`);
      return JSON.parse(await answer) as Awaited<ReturnType<Instance['call']>>;
    },
    quit: () =>
      new Promise((ok) => {
        child.once('exit', () => ok());
        child.stdin.end();
      }),
  };
}

/** A demo database made and closed (nobody holds it). */
async function demoDb(dir: string): Promise<string> {
  const t = testBackend(dir, { dbFile: join(dir, 'tinhgon.sqlite') });
  await t.call('app.info', {});
  t.backend.close();
  return t.file;
}

async function procedureOf(i: Instance, code = '1.001193') {
  const units = (await i.call('units.list', {})).value as { id: number }[];
  const list = (await i.call('inventory.list', { unitId: units[0]!.id, search: code })).value as {
    rows: { procedureId: number; name: string }[];
  };
  return { unitId: units[0]!.id, ...list.rows[0]! };
}

const rename = (i: Instance, p: { unitId: number; procedureId: number }, value: string) =>
  i.call('procedures.updateField', { unitId: p.unitId, procedureId: p.procedureId, field: 'name', value });

describe('one writer per database', () => {
  test('two processes on one file: the first writes; the second reads only, names the first, writes nothing', async () => {
    const dir = temp();
    const db = await demoDb(dir);
    const first = await startInstance(db, dir);
    expect(first.opened).toMatchObject({ readOnly: false, notice: null });
    const second = await startInstance(db, dir);
    expect(second.opened.readOnly).toBe(true);
    expect(second.opened.notice).toMatchObject({
      kind: 'lockedBy',
      user: userInfo().username,
      host: hostname(),
      app: 'browser',
    });
    expect(Date.now() - Date.parse(second.opened.notice!.since!)).toBeLessThan(60_000);

    const p = await procedureOf(second);
    const refused = await rename(second, p, 'Sửa từ nơi thứ hai');
    expect(refused.ok).toBe(false);
    expect(refused.error!.code).toBe('DB_HELD_BY');
    expect(refused.error!.message).toContain(
      `đang được ${userInfo().username} (máy ${hostname()}) mở để sửa từ`,
    );
    expect(refused.error!.message.length).toBeLessThan(300);

    expect((await rename(first, p, 'Sửa từ nơi thứ nhất')).ok).toBe(true);
    expect((await procedureOf(second)).name).toBe('Sửa từ nơi thứ nhất'); // the reader sees the writer's edits
    await second.quit();
    await first.quit();
    expect(existsSync(lockFileOf(db))).toBe(false); // a clean exit leaves no lock

    const third = await startInstance(db, dir);
    expect(third.opened).toMatchObject({ readOnly: false, notice: null });
    expect((await procedureOf(third)).name).toBe('Sửa từ nơi thứ nhất');
    await third.quit();
  }, 60_000);

  test('a lock left by a killed process (kill -9) is recovered: the next opener writes', async () => {
    const dir = temp();
    const db = await demoDb(dir);
    const crashed = await startInstance(db, dir);
    await new Promise<void>((ok) => {
      crashed.child.once('exit', () => ok());
      crashed.child.kill('SIGKILL');
    });
    const left = JSON.parse(readFileSync(lockFileOf(db), 'utf8')) as { pid: number };
    expect(left.pid).toBe(crashed.opened.pid);

    const next = await startInstance(db, dir);
    expect(next.opened).toMatchObject({ readOnly: false, notice: null });
    expect((await rename(next, await procedureOf(next), 'Sau sự cố')).ok).toBe(true);
    expect((JSON.parse(readFileSync(lockFileOf(db), 'utf8')) as { pid: number }).pid).toBe(next.opened.pid);
    await next.quit();
  }, 60_000);

  test('after a crash, of three instances starting together exactly one writes', async () => {
    const dir = temp();
    const db = await demoDb(dir);
    writeFileSync(
      lockFileOf(db),
      JSON.stringify({
        user: 'x',
        host: hostname(),
        pid: 2147483646,
        since: new Date().toISOString(),
        app: 'browser',
      }),
    );
    const started = await Promise.all([1, 2, 3].map(() => startInstance(db, dir)));
    expect(started.filter((s) => !s.opened.readOnly)).toHaveLength(1);
    await Promise.all(started.map((s) => s.quit()));
  }, 60_000);

  test('a lock from another machine (a shared folder) is respected, even with no such process here', () => {
    const dir = temp();
    const db = join(dir, 'test.sqlite');
    testBackend(dir).backend.close();
    const since = '2026-12-01T01:15:00.000Z';
    writeFileSync(
      lockFileOf(db),
      JSON.stringify({ user: 'ngoc.lan', host: 'MAY-MOT-CUA', pid: 2147483646, since, app: 'electron' }),
    );
    const t = testBackend(dir);
    try {
      expect(t.backend.ctx.db.readonly).toBe(true);
      expect(readFileSync(lockFileOf(db), 'utf8')).toContain('MAY-MOT-CUA');
    } finally {
      t.backend.close();
    }
    expect(readFileSync(lockFileOf(db), 'utf8')).toContain('MAY-MOT-CUA'); // not ours: never removed
  });

  test('a session reopening its own file (open the same database again) keeps writing it', () => {
    const dir = temp();
    const t = testBackend(dir);
    try {
      t.backend.ctx.switchDatabase(t.file);
      expect(t.backend.ctx.db.readonly).toBe(false);
      expect(JSON.parse(readFileSync(lockFileOf(t.file), 'utf8'))).toMatchObject({ pid: process.pid });
    } finally {
      t.backend.close();
    }
    expect(existsSync(lockFileOf(t.file))).toBe(false);
  });

  test('a reader never deletes a backup the writer just made (retention belongs to the writer)', async () => {
    const dir = temp();
    const db = await demoDb(dir);
    const writer = await startInstance(db, dir);
    expect((await writer.call('backups.settings', { keepToday: 1, maxTotal: 1 })).ok).toBe(true);
    const made = (await writer.call('backups.create', {})).value as { name: string };
    const reader = await startInstance(db, dir);
    const copy = await reader.call('backups.create', {}); // a reader may still take a copy…
    expect(copy.ok).toBe(true);
    const names = readdirSync(join(dir, 'backups'));
    expect(names).toContain(made.name); // …but retention (1 kept) did not remove the writer's
    expect(names).toHaveLength(2);
    await reader.quit();
    await writer.quit();
  }, 60_000);

  test('the CLI: a command that writes names the app that holds the file and changes nothing; reading works', async () => {
    const dir = temp();
    const db = await demoDb(dir);
    const app = await startInstance(db, dir);
    const started = Date.now();
    const refusal = await openForWriting(db).then(
      () => null,
      (err: unknown) => err,
    );
    expect(refusal).toBeInstanceOf(InputError);
    expect((refusal as Error).message).toContain(`đang được ${userInfo().username} (máy ${hostname()})`);
    expect(Date.now() - started).toBeLessThan(5000); // an app is not waited for
    await expect(restoreCommand.run(parseArgs(['--db', db, '--from', db]), () => undefined)).rejects.toThrow(
      /mở để sửa/,
    );
    const listed: string[] = [];
    await listCommand.run(parseArgs(['--db', db, '--json']), (l) => listed.push(l));
    expect((JSON.parse(listed[0]!) as unknown[]).length).toBeGreaterThan(50);
    await app.quit();
  }, 60_000);

  test('the CLI waits a short while for another CLI job on the file, then writes', async () => {
    const dir = temp();
    const db = await demoDb(dir);
    const lock = lockFileOf(db);
    const job = {
      user: 'x',
      host: hostname(),
      pid: process.ppid,
      since: new Date().toISOString(),
      app: 'cli',
    };
    writeFileSync(lock, JSON.stringify(job));
    setTimeout(() => rmSync(lock, { force: true }), 600); // the other job finishes and lets go
    const started = Date.now();
    const { backend } = await openForWriting(db, 5000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(backend.ctx.db.readonly).toBe(false);
    backend.close();
  });
});
