// `npm start`: the desktop app where Electron can run; otherwise the same UI and backend in the browser on
// 127.0.0.1 (one line says so). Arguments pass through: npm start -- --port 5180 --db my.sqlite
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const build = spawnSync(process.execPath, [join(root, 'scripts/ensure-build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathTxt = join(dir, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const bin = join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

let binary = electronBinary();
if (!binary && !process.env.TINHGON_BROWSER && !process.env.CI) {
  // The install skipped Electron's download (allowScripts); on a normal PC fetch it now, once.
  spawnSync(process.execPath, [join(root, 'node_modules/electron/install.js')], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  binary = electronBinary();
}

if (binary && !process.env.TINHGON_BROWSER) {
  if (!existsSync(join(root, 'native/electron/better_sqlite3.node'))) {
    spawnSync(process.execPath, [join(root, 'scripts/build-native-electron.mjs')], { stdio: 'inherit' });
  }
  const child = spawn(binary, [root, ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const child = spawn(process.execPath, [join(root, 'out/main/node-host.js'), ...args], {
    stdio: 'inherit',
    env: { ...process.env, TINHGON_BROWSER_NOTICE: '1' },
  });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
