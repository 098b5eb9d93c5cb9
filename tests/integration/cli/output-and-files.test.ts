import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError, parseArgs } from '../../../electron/tools/cli/cli-kit';
import { importCommand } from '../../../electron/tools/cli/commands/import';
import { BTP, BXD, sha256 } from '../../fixtures/import/helpers';
import { useTempDir } from '../../support/temp';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'out/main/cli.js');
const tmp = useTempDir('tinhgon-cli-out-');

const runSync = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });

/** The CLI as a script runs it: stdout read through a pipe until the child exits. */
function runPiped(args: string[]): Promise<{ status: number | null; stdout: Buffer; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout: Buffer.concat(out), stderr }));
  });
}

describe('the built CLI: whole output through a pipe, JSON errors, files checked before reading', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts/ensure-build.mjs')], { cwd: root, stdio: 'ignore' });
  }, 240_000);

  it('list --json of a large inventory arrives whole through a pipe (more than 64 KiB) with exit 0', async () => {
    const db = join(tmp(), 'lon.sqlite');
    expect(runSync(['init', '--db', db, '--unit-name', 'UBND xã Lớn']).status).toBe(0);
    expect(runSync(['import', BXD, '--db', db]).status).toBe(0);
    expect(runSync(['import', BTP, '--db', db]).status).toBe(0);
    const res = await runPiped(['list', '--db', db, '--json']);
    expect(res.status).toBe(0);
    expect(res.stdout.length).toBeGreaterThan(200 * 1024);
    const rows = JSON.parse(res.stdout.toString('utf8')) as { code: string }[];
    expect(rows).toHaveLength(525 + 271);
  }, 120_000);

  it('with --json every refusal is JSON on stdout too, with the exit code', () => {
    const dir = tmp();
    const db = join(dir, 'xa.sqlite');
    expect(runSync(['init', '--db', db, '--unit-name', 'UBND xã A']).status).toBe(0);
    const folder = join(dir, 'thu-muc.xlsx');
    mkdirSync(folder);
    const cases: [string[], number, string][] = [
      [['import', folder, '--db', db, '--json'], 1, 'NOT_A_FILE'],
      [['list', '--db', dir, '--json'], 1, 'NOT_A_FILE'],
      [['list', '--db', join(dir, 'khong-co.sqlite'), '--json'], 1, 'DB_NOT_FOUND'],
      [['import', '--db', db, '--json'], 2, 'USAGE'],
      [['list', '--db', db, '--json', '--nope'], 2, 'USAGE'],
    ];
    for (const [args, exit, code] of cases) {
      const res = runSync(args);
      expect(res.status, args.join(' ')).toBe(exit);
      expect(JSON.parse(res.stdout), args.join(' ')).toMatchObject({
        ok: false,
        error: { code, message: expect.any(String) as string },
        exitCode: exit,
      });
      expect(res.stderr.trim().split('\n')[0]!.length).toBeLessThan(300);
    }
  });

  it('a folder, a FIFO and a symlink to /dev/zero are refused at once, without reading', () => {
    const dir = tmp();
    const db = join(dir, 'xa.sqlite');
    expect(runSync(['init', '--db', db, '--unit-name', 'UBND xã A']).status).toBe(0);
    const before = sha256(db);
    const fifo = join(dir, 'ong.xlsx');
    execFileSync('mkfifo', [fifo]);
    const zero = join(dir, 'khong-het.xlsx');
    symlinkSync('/dev/zero', zero);
    const folder = join(dir, 'thu-muc.xlsx');
    mkdirSync(folder);
    for (const [file, kind] of [
      [fifo, /ống dẫn \(FIFO\)/],
      [zero, /thiết bị/],
      [folder, /thư mục/],
    ] as const) {
      const res = runSync(['import', file, '--db', db]); // a FIFO read would block until the 30 s timeout
      expect(res.error, file).toBeUndefined();
      expect(res.status, file).toBe(1);
      expect(res.stderr, file).toMatch(kind);
      expect(res.stderr, file).toMatch(/không phải tệp thông thường/);
    }
    const fifoDb = join(dir, 'ong.sqlite');
    execFileSync('mkfifo', [fifoDb]);
    expect(runSync(['list', '--db', fifoDb]).status).toBe(1);
    expect(sha256(db)).toBe(before);
  });

  it('a sparse 1.5 GB file is refused by its size, before any of it is read', async () => {
    const dir = tmp();
    const db = join(dir, 'xa.sqlite');
    expect(runSync(['init', '--db', db, '--unit-name', 'UBND xã A']).status).toBe(0);
    const huge = join(dir, 'lon.xlsx');
    writeFileSync(huge, '');
    truncateSync(huge, 1536 * 1024 * 1024);
    const rssBefore = process.resourceUsage().maxRSS;
    const err = await Promise.resolve()
      .then(() => importCommand.run(parseArgs([huge, '--db', db]), () => undefined))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('FILE_TOO_BIG');
    expect((err as Error).message).toMatch(/quá lớn \(1536\.0 MB, giới hạn 30\.0 MB\)/);
    // maxRSS is in KiB: reading the file would have added 1.5 GB to this process's peak.
    expect(process.resourceUsage().maxRSS - rssBefore).toBeLessThan(100 * 1024);
  });
});
