import type { Database } from 'better-sqlite3';
import { backupDatabase } from '../backup';

/**
 * A consistent copy of the open database taken before an import writes anything: the backup feature's
 * VACUUM INTO → fsync → rename → quick_check, so a crash mid-backup never leaves a half-written copy, and the
 * copy shows on the Backups screen under retention.
 */
export function backupBeforeImport(db: Database, dataDir: string): string {
  return backupDatabase(db, dataDir, 'import').file;
}
