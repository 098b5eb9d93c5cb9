/**
 * Errors the data layer raises on purpose. The backend maps `code` to a message in the user's language;
 * `file` is always named so the user knows which database is meant.
 */
export type DbErrorCode =
  | 'DB_FROM_NEWER_VERSION'
  | 'DB_NOT_A_DATABASE'
  | 'DB_UNREADABLE'
  | 'DB_LOCKED'
  | 'DB_HELD_BY'
  | 'DB_CORRUPT'
  | 'DB_NETWORK_PATH'
  | 'DB_MIGRATION_GAP'
  | 'DB_READ_ONLY'
  | 'DB_DISK_FULL';

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    readonly file: string,
    readonly detail: Record<string, string | number> = {},
  ) {
    super(`${code}: ${file}${Object.keys(detail).length ? ' ' + JSON.stringify(detail) : ''}`);
    this.name = 'DbError';
  }
}

/** Maps a raw SQLite error to a DbError where the cause is one the user can act on. */
export function classifySqliteError(err: unknown, file: string): DbError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_NOTADB') return new DbError('DB_NOT_A_DATABASE', file);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new DbError('DB_LOCKED', file);
  if (code === 'SQLITE_CORRUPT') return new DbError('DB_CORRUPT', file);
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH')
    return new DbError('DB_UNREADABLE', file);
  if (code.startsWith('SQLITE_READONLY')) return new DbError('DB_READ_ONLY', file);
  if (code === 'SQLITE_FULL') return new DbError('DB_DISK_FULL', file);
  return null;
}
