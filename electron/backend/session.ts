import type { Database } from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../db/open';
import { getSetting } from '../../db/queries/settings';
import { seedDemo } from '../../db/seed/demo';
import type { Envelope } from '../shared/contract';
import type { Locale } from '../shared/errors';
import type { BackendContext, HostServices, RunMode } from './context';
import { dispatch } from './dispatcher';
import { handlers } from './handlers';
import { currentProfile } from './system/handlers';

export interface BackendOptions {
  /** Database file; default: the last one used in `dataDir`, else `dataDir/tinhgon.sqlite`. */
  dbFile?: string | undefined;
  dataDir: string;
  mode: RunMode;
  host?: HostServices;
  nativeBinding?: string | undefined;
  /** Create the demo inventory when the database file does not exist yet (default true). */
  demoIfNew?: boolean;
  validateOutput?: boolean;
  log?: (err: unknown) => void;
  /** Remember this database as the one to open next time (default true; the CLI passes false). */
  remember?: boolean;
}

export interface Backend {
  readonly ctx: BackendContext;
  dispatch(method: string, input: unknown): Promise<Envelope<unknown>>;
  close(): void;
}

const noHost: HostServices = {
  deliverFile: () => Promise.resolve({ kind: 'cancelled' }),
};

const STATE_FILE = 'state.json';

function rememberedDb(dataDir: string): string | undefined {
  try {
    const state = JSON.parse(readFileSync(join(dataDir, STATE_FILE), 'utf8')) as { lastDb?: unknown };
    return typeof state.lastDb === 'string' && existsSync(state.lastDb) ? state.lastDb : undefined;
  } catch {
    return undefined;
  }
}

function remember(dataDir: string, file: string): void {
  try {
    writeFileSync(join(dataDir, STATE_FILE), JSON.stringify({ lastDb: file }));
  } catch {
    // Remembering the last database is a convenience; failing to must not stop the app.
  }
}

/** Opens (creating and seeding when new) a database and returns it with the locale it stores. */
function openForSession(file: string, o: BackendOptions): { db: Database; locale: Locale } {
  const isNew = !existsSync(file);
  const db = openDatabase(file, o.nativeBinding ? { nativeBinding: o.nativeBinding } : {});
  if (isNew && (o.demoIfNew ?? true) && !db.prepare('SELECT 1 FROM units LIMIT 1').get()) seedDemo(db);
  return { db, locale: getSetting<Locale>(db, 'locale', 'vi') };
}

/**
 * The backend as one object that runs anywhere Node runs: Electron main, the browser-mode host, the CLI and
 * tests all call `dispatch`. It owns the single writer connection.
 */
export function openBackend(o: BackendOptions): Backend {
  mkdirSync(o.dataDir, { recursive: true });
  let file = resolve(o.dbFile ?? rememberedDb(o.dataDir) ?? join(o.dataDir, 'tinhgon.sqlite'));
  let { db, locale } = openForSession(file, o);
  const keep = o.remember ?? true;
  if (keep) remember(o.dataDir, file);

  const ctx: BackendContext = {
    get db() {
      return db;
    },
    get dbFile() {
      return file;
    },
    dataDir: o.dataDir,
    mode: o.mode,
    host: o.host ?? noHost,
    locale,
    actor: () => currentProfile(ctx).name,
    switchDatabase(next: string) {
      const opened = openForSession(resolve(next), { ...o, demoIfNew: false });
      db.close();
      db = opened.db;
      file = resolve(next);
      ctx.locale = opened.locale;
      if (keep) remember(o.dataDir, file);
    },
  };

  return {
    ctx,
    dispatch: (method, input) =>
      dispatch(handlers, ctx, method, input, {
        validateOutput: o.validateOutput ?? o.mode === 'test',
        ...(o.log ? { log: o.log } : {}),
      }),
    close: () => db.close(),
  };
}
