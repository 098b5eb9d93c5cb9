/** Public surface of the backup feature for other features (import, bulk edits): back up before you write. */
export { createBackup, backupsDir, restoreBackup, replaceDatabaseFile } from './service';
export { openChecked } from './recovery';
