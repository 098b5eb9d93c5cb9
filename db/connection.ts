import Database from 'better-sqlite3';
import type { Database as Db, Options } from 'better-sqlite3';

let defaultBinding: string | undefined;

/**
 * The desktop app loads an Electron-ABI build of better-sqlite3 (native/electron/); plain Node uses the one in
 * node_modules. Set once per process (and per worker thread) so every connection — backups, checks, workers —
 * loads the right binary, not just the main one.
 */
export function useNativeBinding(path: string | undefined): void {
  defaultBinding = path;
  // Worker threads start with a fresh module state but inherit the environment.
  if (path) process.env['TINHGON_NATIVE_BINDING'] = path;
}

export function nativeBinding(): string | undefined {
  return defaultBinding ?? process.env['TINHGON_NATIVE_BINDING'];
}

export function connect(file: string, options: Options = {}): Db {
  const binding = nativeBinding();
  return new Database(file, { ...(binding ? { nativeBinding: binding } : {}), ...options });
}
