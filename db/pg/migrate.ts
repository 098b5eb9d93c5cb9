import type { Pool } from 'pg';
import type { Migration } from '../migrations';
import { pgMigrations } from './migrations';

/** Why the province database cannot be used by this build (the server prints it and exits). */
export class PgSchemaError extends Error {
  constructor(
    readonly code: 'PG_FROM_NEWER_VERSION' | 'PG_MIGRATION_GAP',
    readonly detail: { version: number; supported: number },
  ) {
    super(code);
    this.name = 'PgSchemaError';
  }
}

/** A constant key for the advisory lock: two servers started at once never migrate together. */
const MIGRATION_LOCK = 191_901;

/**
 * Applies pending migrations as db/migrate.ts does for SQLite: numbered files in order, each in its own
 * transaction together with its row in `schema_migrations`, refusing a database a newer build migrated.
 * Returns the version the database is at.
 */
export async function migratePg(pool: Pool, list: readonly Migration[] = pgMigrations): Promise<number> {
  list.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new PgSchemaError('PG_MIGRATION_GAP', { version: m.version, supported: i + 1 });
  });
  const client = await pool.connect();
  const onError = () => undefined; // the failing query reports it; see electron/server/pg-transaction.ts
  client.on('error', onError);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ v: number | null }>(
      'SELECT max(version) AS v FROM schema_migrations',
    );
    const current = rows[0]?.v ?? 0;
    if (current > list.length)
      throw new PgSchemaError('PG_FROM_NEWER_VERSION', { version: current, supported: list.length });
    for (const m of list.slice(current)) {
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
          m.version,
          m.name,
        ]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
    return list.length;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.off('error', onError);
    client.release();
  }
}
