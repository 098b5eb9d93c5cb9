/**
 * A shared office PC: the data TinhGọn creates is its owner's alone. Folders 0700, files 0600 (database, its
 * WAL and shared-memory files, backups, exports, state.json), whatever the process umask (vitest runs with the
 * usual 022, under which files would be 0644 and readable by every account). POSIX only: Windows keeps the data
 * folder in the user's own profile, closed by its ACLs.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { HostServices } from '../../../electron/backend/context';
import type { ExportProgress } from '../../../electron/shared/contract/reports';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const temp = useTempDir('tinhgon-modes-');
const modeOf = (path: string) => statSync(path).mode & 0o777;
const posix = process.platform !== 'win32';

/** Everything the app makes in a fresh data folder: the database with edits, a backup, an export, state.json. */
async function fillDataFolder(dataDir: string) {
  const host: HostServices = {
    deliverFile: () => Promise.resolve({ kind: 'download', url: '/download/x' }),
  };
  const { backend, call } = testBackend(dataDir, {
    mode: 'browser',
    host,
    remember: true,
    dbFile: join(dataDir, 'tinhgon.sqlite'),
  });
  const [unit] = await call('units.list', {});
  const backup = await call('backups.create', {});
  const { jobId, fileName } = await call('reports.export', { report: 'inventory', unitId: unit!.id });
  let progress: ExportProgress | undefined;
  for (let i = 0; i < 600 && progress?.state !== 'done'; i++) {
    progress = await call('reports.progress', { jobId });
    if (progress.state === 'failed') throw new Error(progress.error ?? 'export failed');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    backend,
    backupFile: join(dataDir, 'backups', backup.name),
    exportFile: join(dataDir, 'exports', fileName),
  };
}

describe.skipIf(!posix)('files and folders are created for their owner only', () => {
  test('data folder 0700; database, -wal, -shm, backup, export and state.json 0600', async () => {
    const root = temp();
    chmodSync(root, 0o755);
    const dataDir = join(root, 'config', 'TinhGon'); // created by the app, parents included
    const { backend, backupFile, exportFile } = await fillDataFolder(dataDir);
    try {
      const db = join(dataDir, 'tinhgon.sqlite');
      expect(existsSync(`${db}-wal`) && existsSync(`${db}-shm`)).toBe(true);
      const modes = Object.fromEntries(
        [
          ['data folder', dataDir],
          ['its parent, created with it', join(root, 'config')],
          ['backups/', join(dataDir, 'backups')],
          ['exports/', join(dataDir, 'exports')],
          ['database', db],
          ['-wal', `${db}-wal`],
          ['-shm', `${db}-shm`],
          ['backup', backupFile],
          ['export', exportFile],
          ['state.json', join(dataDir, 'state.json')],
        ].map(([what, path]) => [what, modeOf(path!).toString(8)]),
      );
      expect(modes).toEqual({
        'data folder': '700',
        'its parent, created with it': '700',
        'backups/': '700',
        'exports/': '700',
        database: '600',
        '-wal': '600',
        '-shm': '600',
        backup: '600',
        export: '600',
        'state.json': '600',
      });
    } finally {
      backend.close();
    }
  }, 60_000);

  test('an app data folder left open by an older version is closed; a folder the CLI was pointed at is not', () => {
    const old = join(temp(), 'TinhGon');
    mkdirSync(old, { mode: 0o755 });
    chmodSync(old, 0o755);
    testBackend(old, { mode: 'browser' }).backend.close();
    expect(modeOf(old).toString(8)).toBe('700');

    const documents = temp();
    chmodSync(documents, 0o755);
    testBackend(documents, { mode: 'cli' }).backend.close();
    expect(modeOf(documents).toString(8)).toBe('755'); // the user's own folder: theirs to share
    expect(modeOf(join(documents, 'test.sqlite')).toString(8)).toBe('600'); // the file TinhGọn made is not
  });

  // A real second account, not just the mode bits: run as root (CI, this machine), `nobody` tries to read.
  const canSwitchUser =
    posix && process.getuid?.() === 0 && spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status === 0;
  test.skipIf(!canSwitchUser)(
    'another local account (nobody) can read none of it',
    async () => {
      const root = temp();
      chmodSync(root, 0o755); // the way to the data folder is open; the data folder itself must not be
      const dataDir = join(root, 'TinhGon');
      const { backend, backupFile, exportFile } = await fillDataFolder(dataDir);
      try {
        const targets = [
          dataDir,
          join(dataDir, 'tinhgon.sqlite'),
          join(dataDir, 'tinhgon.sqlite-wal'),
          backupFile,
          exportFile,
          join(dataDir, 'state.json'),
        ];
        const probe = spawnSync(
          'runuser',
          [
            '-u',
            'nobody',
            '--',
            process.execPath,
            '-e',
            `const fs = require('fs');
           for (const p of JSON.parse(process.argv[1])) {
             try { fs.statSync(p).isDirectory() ? fs.readdirSync(p) : fs.readFileSync(p); console.log('READ ' + p); }
             catch (e) { console.log(e.code + ' ' + p); }
           }`,
            JSON.stringify(targets),
          ],
          { encoding: 'utf8' },
        );
        const lines = probe.stdout.trim().split('\n');
        expect(lines).toHaveLength(targets.length);
        for (const line of lines) expect(line).toMatch(/^EACCES /);
        expect(readdirSync(dataDir)).toContain('tinhgon.sqlite'); // …while the owner reads it all
      } finally {
        backend.close();
      }
    },
    60_000,
  );
});
