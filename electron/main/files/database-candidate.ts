import type { Database } from 'better-sqlite3';

/**
 * Before "Mở…" switches to a file, main looks at it read-only: the data layer migrates any SQLite file it opens,
 * so another program's SQLite database (user_version 0 with tables of its own) would get TinhGọn's tables
 * written into it. Such a file is refused as DB_NOT_A_DATABASE and left as it was. A file with user_version > 0
 * is ours (or from a newer TinhGọn, which the data layer refuses); an empty one is a fresh database.
 */
export function isForeignDatabase(info: { userVersion: number; tableCount: number }): boolean {
  return info.userVersion === 0 && info.tableCount > 0;
}

export function inspectDatabase(db: Database): { userVersion: number; tableCount: number } {
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  const row = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as {
    n: number;
  };
  return { userVersion, tableCount: row.n };
}
