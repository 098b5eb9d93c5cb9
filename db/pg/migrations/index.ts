/**
 * The province server's PostgreSQL migrations, embedded at build time like the SQLite ones
 * (db/migrations/index.ts): `NNNN_description.sql`, applied in order by db/pg/migrate.ts.
 */
import type { Migration } from '../../migrations';

const files = import.meta.glob<string>('./*.sql', { query: '?raw', import: 'default', eager: true });

export const pgMigrations: readonly Migration[] = Object.entries(files)
  .map(([path, sql]) => {
    const name = path.replace(/^\.\//, '');
    const match = /^(\d{4})_[a-z0-9_]+\.sql$/.exec(name);
    if (!match?.[1]) throw new Error(`Bad migration file name: ${name}`);
    return { version: Number(match[1]), name, sql };
  })
  .sort((a, b) => a.version - b.version);

export const PG_LATEST_VERSION = pgMigrations.at(-1)?.version ?? 0;
