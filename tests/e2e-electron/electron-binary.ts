import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const SKIP_REASON = 'Electron binary not installed (npm run electron:fetch) — desktop E2E skipped';

/**
 * The electron package's install step downloads the binary and writes `path.txt` (the executable's path
 * inside `dist/`). Without both, `_electron.launch` cannot start anything, so the suite skips with a reason.
 */
export function electronExecutable(root = REPO_ROOT): string | null {
  const pkg = join(root, 'node_modules', 'electron');
  const pathTxt = join(pkg, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const exe = join(pkg, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

export function hasElectronBinary(): boolean {
  return electronExecutable() !== null;
}
