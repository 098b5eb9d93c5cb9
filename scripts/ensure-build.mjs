// Builds out/ with electron-vite when any source is newer than the last build (so `npm start`, `npm run cli`
// and the E2E tests always run current code, and a second run costs nothing).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'out', '.build-stamp');
const sources = ['electron', 'renderer', 'db', 'electron.vite.config.ts', 'package.json'];

function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    max = Math.max(max, newest(join(path, name)));
  }
  return max;
}

const latest = Math.max(
  ...sources
    .map((s) => join(root, s))
    .filter(existsSync)
    .map(newest),
);
if (!existsSync(stamp) || statSync(stamp).mtimeMs < latest || process.argv.includes('--force')) {
  process.stderr.write('TinhGọn: đang biên dịch / building…\n');
  // Build beside out/ and swap it in, so an app or test already running from out/ never loads half a build.
  const scratch = `out.build-${process.pid}`;
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', TINHGON_OUT_DIR: scratch },
    },
  );
  if (r.status !== 0) {
    rmSync(join(root, scratch), { recursive: true, force: true });
    process.stderr.write('TinhGọn: biên dịch thất bại / build failed\n');
    process.exit(r.status ?? 1);
  }
  writeFileSync(join(root, scratch, '.build-stamp'), new Date().toISOString());
  const old = join(root, `out.old-${process.pid}`);
  if (existsSync(join(root, 'out'))) renameSync(join(root, 'out'), old);
  renameSync(join(root, scratch), join(root, 'out'));
  rmSync(old, { recursive: true, force: true });
}
