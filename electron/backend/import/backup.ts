import type { Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A consistent copy of the open database taken before an import writes anything. Kept behind one small
 * function so the backup feature's shared implementation can replace it.
 */
export function backupBeforeImport(db: Database, dataDir: string, now = new Date()): string {
  const dir = join(dataDir, 'backups');
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  let file = join(dir, `${stamp}-before-import.sqlite`);
  for (let i = 2; ; i++) {
    try {
      db.prepare('VACUUM INTO ?').run(file);
      return file;
    } catch (err) {
      // Two imports in the same second: VACUUM INTO refuses an existing file.
      if (i > 20 || !/exists|not empty/i.test(String((err as Error).message))) throw err;
      file = join(dir, `${stamp}-${i}-before-import.sqlite`);
    }
  }
}
