import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where TinhGọn keeps its databases, backups and exports when not told otherwise (`TINHGON_DATA_DIR`).
 * Mirrors Electron's userData folder so the desktop app and browser mode find the same database.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.TINHGON_DATA_DIR) return env.TINHGON_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'TinhGon');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'TinhGon');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'TinhGon');
}
