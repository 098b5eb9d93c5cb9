import type { Database } from 'better-sqlite3';
import { DbError } from './errors';
import { migrations as bundled, type Migration } from './migrations';

/**
 * Applies pending migrations, each in its own transaction together with its `PRAGMA user_version`, so a crash
 * leaves the database at a whole version. Refuses a database written by a newer TinhGọn (Signal's
 * "version from the future") rather than guessing at a schema it does not know.
 */
export function migrate(db: Database, file: string, list: readonly Migration[] = bundled): number {
  list.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new DbError('DB_MIGRATION_GAP', file, { expected: i + 1, found: m.version });
  });
  const latest = list.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest)
    throw new DbError('DB_FROM_NEWER_VERSION', file, { version: current, supported: latest });
  for (const m of list.slice(current)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return latest;
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
