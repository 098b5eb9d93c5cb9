#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI into native/electron/better_sqlite3.node, for the desktop app
 * (electron/main passes that path as `nativeBinding`). The Node build in node_modules — the one vitest and the
 * browser-mode host use — is left untouched: the package is copied to a temp folder and rebuilt there.
 *
 *   npm run native:electron [-- --target 39.5.0] [--arch x64]
 *
 * Needs: network access to https://electronjs.org/headers (node-gyp downloads Electron's headers once and
 * caches them in ~/.electron-gyp), Python 3 and a C++ toolchain (Visual Studio Build Tools on Windows,
 * Xcode CLT on macOS, build-essential on Linux).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST_URL = 'https://electronjs.org/headers';
const OUT_DIR = join(ROOT, 'native', 'electron');
const require = createRequire(join(ROOT, 'package.json'));

function fail(message) {
  console.error(`\n[native:electron] ${message}\n`);
  process.exit(1);
}

function argValue(flag) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(flag);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function sha256(file) {
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null;
}

/** node-gyp: the project's copy if any, the one npm runs scripts with, or the one bundled with npm. */
function findNodeGyp() {
  const candidates = [];
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not a direct dependency; fall through to npm's copy
  }
  if (process.env.npm_config_node_gyp) candidates.push(process.env.npm_config_node_gyp);
  const nodeDir = dirname(process.execPath);
  candidates.push(
    join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  );
  return candidates.find((c) => c && existsSync(c)) ?? null;
}

/** Headers already in node-gyp's cache need no download (node-gyp writes installVersion when complete). */
function headersCached(devdir, target) {
  return existsSync(join(devdir, target, 'installVersion'));
}

async function assertHeadersReachable(target) {
  const url = `${DIST_URL}/v${target}/SHASUMS256.txt`;
  let res;
  try {
    res = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(20_000) });
  } catch (err) {
    fail(
      `Không tải được header của Electron ${target} từ ${DIST_URL} (${err?.cause?.code ?? err?.name ?? err}).\n` +
        `Cannot download Electron ${target} headers from ${DIST_URL}: this machine has no access to it.\n` +
        'Run this script on a machine with internet access (or behind a proxy set in HTTPS_PROXY); the result,\n' +
        'native/electron/better_sqlite3.node, can then be copied here. Nothing was changed.',
    );
  }
  if (!res.ok)
    fail(
      `${url} answered HTTP ${res.status}: is ${target} a released Electron version? Nothing was changed.`,
    );
}

async function main() {
  const electronPkg = join(ROOT, 'node_modules', 'electron', 'package.json');
  const sqlitePkgDir = join(ROOT, 'node_modules', 'better-sqlite3');
  if (!existsSync(electronPkg)) fail('node_modules/electron is missing: run `npm install` first.');
  if (!existsSync(join(sqlitePkgDir, 'package.json')))
    fail('node_modules/better-sqlite3 is missing: run `npm install` first.');

  const target = argValue('--target') ?? process.env.ELECTRON_VERSION ?? readJson(electronPkg).version;
  const arch = argValue('--arch') ?? process.env.npm_config_arch ?? process.arch;
  const sqliteVersion = readJson(join(sqlitePkgDir, 'package.json')).version;
  const devdir = process.env.ELECTRON_GYP_DIR ?? join(homedir(), '.electron-gyp');
  const nodeGyp = findNodeGyp();
  if (!nodeGyp)
    fail('node-gyp not found (it ships with npm). Install it with `npm i -g node-gyp` and retry.');

  console.log(
    `[native:electron] better-sqlite3 ${sqliteVersion} for Electron ${target} (${process.platform}-${arch})`,
  );
  // Node's fetch ignores proxy variables while node-gyp honours them: behind a proxy, let node-gyp try.
  const proxied = Boolean(process.env.HTTPS_PROXY ?? process.env.https_proxy);
  if (!headersCached(devdir, target) && !proxied) await assertHeadersReachable(target);

  const nodeBuild = join(sqlitePkgDir, 'build', 'Release', 'better_sqlite3.node');
  const nodeBuildHash = sha256(nodeBuild);
  const work = mkdtempSync(join(tmpdir(), 'tinhgon-native-'));
  try {
    const pkgCopy = join(work, 'better-sqlite3');
    // Sources only: the Node build output stays where it is and is not reused by mistake.
    cpSync(sqlitePkgDir, pkgCopy, {
      recursive: true,
      filter: (src) =>
        !src.startsWith(join(sqlitePkgDir, 'build')) && !src.includes(`${join('node_modules', '.cache')}`),
    });
    const args = [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${target}`,
      `--arch=${arch}`,
      `--dist-url=${DIST_URL}`,
      '--runtime=electron',
      `--devdir=${devdir}`,
    ];
    console.log(`[native:electron] node ${args.map((a) => (a === nodeGyp ? 'node-gyp' : a)).join(' ')}`);
    const run = spawnSync(process.execPath, args, {
      cwd: pkgCopy,
      stdio: 'inherit',
      env: { ...process.env },
    });
    if (run.error) fail(`node-gyp could not start: ${run.error.message}`);
    if (run.status !== 0)
      fail(
        `node-gyp failed (exit ${run.status}). If the output above mentions a download (ENOTFOUND, ECONNREFUSED,\n` +
          `ETIMEDOUT, 403/404 for ${DIST_URL}), this machine cannot reach Electron's headers; otherwise check\n` +
          'Python 3 and the C++ toolchain. Nothing was changed in native/ or node_modules/.',
      );
    const built = join(pkgCopy, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) fail(`node-gyp succeeded but ${built} is missing.`);

    mkdirSync(OUT_DIR, { recursive: true });
    const dest = join(OUT_DIR, 'better_sqlite3.node');
    copyFileSync(built, `${dest}.tmp`);
    renameSync(`${dest}.tmp`, dest);
    const info = {
      electron: target,
      arch,
      platform: process.platform,
      betterSqlite3: sqliteVersion,
      sha256: sha256(dest),
      builtAt: new Date().toISOString(),
    };
    writeFileSync(join(OUT_DIR, 'build-info.json'), `${JSON.stringify(info, null, 2)}\n`);
    console.log(`[native:electron] wrote ${dest}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (sha256(nodeBuild) !== nodeBuildHash)
    fail('node_modules/better-sqlite3 build changed unexpectedly: run `npm rebuild better-sqlite3`.');
}

await main();
