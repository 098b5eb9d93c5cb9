/**
 * PostgreSQL for the tests. A test file gets its own database (`openTestDatabase`): in the shared throw-away
 * cluster `.ci/run` starts and names in TINHGON_TEST_PG, else in a private cluster of its own (the bench's,
 * electron/tools/pg-cluster.ts), so `npm test` alone works on a fresh machine. The fault drills that stop and
 * restart PostgreSQL itself keep a private cluster in any case (`startPgCluster`).
 */
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  findPgBin,
  pgUnavailableReason,
  startPgCluster,
  type PgCluster,
} from '../../electron/tools/pg-cluster';

export * from '../../electron/tools/pg-cluster';

/** The shared cluster's URL (its maintenance database), when `.ci/run` (or a developer) started one. */
export const sharedPgUrl = (): string | undefined => process.env['TINHGON_TEST_PG'] || undefined;

/**
 * Why a PostgreSQL test file skips, printed once; null when it runs. Only missing binaries skip, and never
 * under CI (.ci/run installs postgresql): anything else that stops the cluster fails the tests with the reason.
 */
export function pgSkipReason(file: string, o: { ownCluster?: boolean } = {}): string | null {
  if (sharedPgUrl() && !o.ownCluster) return null;
  const why = pgUnavailableReason();
  if (!why) return null;
  if (findPgBin() || process.env['CI']) throw new Error(`${file}: PostgreSQL cannot run here: ${why}`);
  console.log(`${file} skipped: ${why}`);
  return why;
}

/** One database of a test file: its URL, psql on it, and dropping it (with its private cluster, if any). */
export interface TestDatabase {
  url: string;
  /** psql -Atc <sql>; the output's lines. */
  psql(sql: string): string[];
  drop(): void;
}

/** A database of a cluster this process started (the fault drills' private one). */
export function databaseIn(cluster: PgCluster, name: string): TestDatabase {
  return {
    url: cluster.url(name),
    psql: (sql) => cluster.psql(name, sql),
    drop: () => void cluster.psql('postgres', `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

function psqlAt(url: string, sql: string): string[] {
  const bin = findPgBin();
  const r = spawnSync(bin ? join(bin, 'psql') : 'psql', [url, '-v', 'ON_ERROR_STOP=1', '-Atc', sql], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`psql failed: ${r.stderr || r.stdout || String(r.error)}`);
  return r.stdout.split('\n').filter((l) => l !== '');
}

/**
 * A fresh database for one test file, named after it (`label`) and unique to this process, so files running
 * side by side never see each other's rows. `drop()` removes it (forcing out the server's connections).
 */
export async function openTestDatabase(label: string, shared = sharedPgUrl()): Promise<TestDatabase> {
  const name =
    `t_${label.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_${process.pid}_${randomBytes(3).toString('hex')}`.slice(
      0,
      63,
    );
  if (!shared) {
    const cluster = await startPgCluster();
    cluster.createDatabase(name);
    return { ...databaseIn(cluster, name), drop: () => cluster.destroy() };
  }
  const at = (db: string) => {
    const u = new URL(shared);
    u.pathname = `/${db}`;
    return u.toString();
  };
  psqlAt(shared, `CREATE DATABASE "${name}"`);
  return {
    url: at(name),
    psql: (sql) => psqlAt(at(name), sql),
    drop: () => void psqlAt(shared, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
