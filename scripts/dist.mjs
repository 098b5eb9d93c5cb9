#!/usr/bin/env node
/**
 * `npm run dist [-- --win | --linux | --mac …]`: the installers of electron-builder.config.mjs for this OS (or
 * the ones named). It needs Electron's binary for the target (node_modules/electron/dist after
 * `npm run electron:fetch`, electron-builder's download cache, or Electron's servers) and the Electron build of
 * SQLite (`npm run native:electron`). Where either cannot be had it says so in one line (Vietnamese, English)
 * and exits 1; nothing is half-built. .github/workflows/release.yml runs it on real Windows, macOS and Linux.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

function stop(vi, en) {
  console.error(`TinhGọn: ${vi} / ${en}`);
  process.exit(1);
}

const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

/** A local Electron for this machine (the unpacked one `npm run electron:fetch` installs), if any. */
function localElectronDist() {
  const dir = join(root, 'node_modules', 'electron', 'dist');
  const pathTxt = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathTxt)) return null;
  return existsSync(join(dir, readFileSync(pathTxt, 'utf8').trim())) ? dir : null;
}

/** electron-builder's (@electron/get's) download cache already holds this version's zip for this machine. */
function cachedZip() {
  const cache =
    process.env.ELECTRON_CACHE ??
    (process.platform === 'win32'
      ? join(process.env.LOCALAPPDATA ?? homedir(), 'electron', 'Cache')
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Caches', 'electron')
        : join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'electron'));
  const zip = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;
  // @electron/get keeps each download in a folder named after its URL's hash.
  if (!existsSync(cache)) return false;
  return readdirSync(cache, { withFileTypes: true }).some(
    (d) => d.isDirectory() && existsSync(join(cache, d.name, zip)),
  );
}

async function electronServersReachable() {
  const mirror = process.env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/download/';
  try {
    const res = await fetch(`${mirror}v${electronVersion}/SHASUMS256.txt`, {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
    return res.status < 400;
  } catch {
    return false;
  }
}

const local = localElectronDist();
if (!local && !cachedZip() && !(await electronServersReachable()))
  stop(
    `không tải được Electron ${electronVersion} (máy này không kết nối được máy chủ của Electron) nên không đóng gói bộ cài; hãy chạy trên máy có Internet hoặc dùng quy trình phát hành trên CI`,
    `cannot fetch Electron ${electronVersion} (this machine cannot reach Electron's servers), so no installer was built; run it where the internet is reachable, or use the release workflow`,
  );

const info = join(root, 'native', 'electron', 'build-info.json');
const built = existsSync(info) ? JSON.parse(readFileSync(info, 'utf8')) : null;
if (
  !built ||
  built.electron !== electronVersion ||
  !existsSync(join(root, 'native', 'electron', 'better_sqlite3.node'))
)
  stop(
    `chưa có SQLite cho Electron ${electronVersion}: hãy chạy "npm run native:electron" trước`,
    `no SQLite build for Electron ${electronVersion} yet: run "npm run native:electron" first`,
  );

// Only once both can be had: build out/ (when sources changed), then package it.
const build = spawnSync(process.execPath, [join(root, 'scripts', 'ensure-build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const builder = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'electron-builder', 'cli.js'),
    '--config',
    'electron-builder.config.mjs',
    '--publish',
    'never',
    // The Electron already here (for this OS) saves a download; other targets are fetched by electron-builder.
    ...(local && args.length === 0 ? [`-c.electronDist=${local}`] : []),
    ...args,
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(builder.status ?? 1);
