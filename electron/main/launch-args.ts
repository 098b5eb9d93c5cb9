import { join, resolve } from 'node:path';

/**
 * Desktop launch options: `--db FILE` (or `--db=FILE`) then `TINHGON_DB` choose the database;
 * `TINHGON_DATA_DIR` moves the data folder (tests use a temp one); `--smoke-test` starts on a fresh temporary
 * data folder, checks the database and the window, and quits (electron/main/smoke-test.ts). argv is Electron's whole argv: the
 * executable, in development the app path, then Chromium and app switches, so flags are searched, not indexed.
 */
export interface LaunchOptions {
  dbFile: string | undefined;
  dataDir: string | undefined;
  smokeTest: boolean;
}

export function parseLaunchArgs(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): LaunchOptions {
  let db: string | undefined;
  const i = argv.indexOf('--db');
  if (i >= 0) {
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) db = next;
  }
  db ??= argv.find((a) => a.startsWith('--db='))?.slice('--db='.length) || undefined;
  db ??= env.TINHGON_DB || undefined;
  const dataDir = env.TINHGON_DATA_DIR || undefined;
  return {
    dbFile: db ? resolve(cwd, db) : undefined,
    dataDir: dataDir ? resolve(cwd, dataDir) : undefined,
    smokeTest: argv.includes('--smoke-test'),
  };
}

/**
 * The Electron-ABI build of better-sqlite3 (scripts/build-native-electron.mjs writes it to
 * `<appPath>/native/electron/`). Inside a packaged app.asar a `.node` file must come from app.asar.unpacked.
 * Undefined when absent: better-sqlite3 then loads its default build, which works only if that was built for
 * Electron (start-up reports the ABI mismatch otherwise).
 */
export function nativeBindingPath(appPath: string, exists: (file: string) => boolean): string | undefined {
  const unpacked = appPath.replace(/app\.asar$/, 'app.asar.unpacked');
  const file = join(unpacked, 'native', 'electron', 'better_sqlite3.node');
  return exists(file) ? file : undefined;
}

/** A native module built for another ABI (Node's instead of Electron's): `npm run native:electron` fixes it. */
export function isNativeAbiMismatch(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  const message = typeof e?.message === 'string' ? e.message : '';
  return e?.code === 'ERR_DLOPEN_FAILED' || /NODE_MODULE_VERSION|better_sqlite3\.node/.test(message);
}
