/** Public surface of the backup feature for other features (import, bulk edits): back up before you write. */
export { backupDatabase, createBackup, backupsDir, restoreBackup, replaceDatabaseFile } from './service';
export { openChecked } from './recovery';
