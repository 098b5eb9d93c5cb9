/**
 * Open + migrate + quick_check of the national database with the app's openDatabase (header check, WAL,
 * synchronous=FULL, foreign keys, migrations) and quickCheck. Floor: a bare better-sqlite3 open and
 * `PRAGMA quick_check` of the same file, back to back, so the page cache is equally warm for both.
 */
import Database from 'better-sqlite3';
import { openDatabase } from '../../../../db/open';
import { quickCheck } from '../../../../db/integrity';

export interface OpenResult {
  appMs: number[];
  floorMs: number[];
  quickCheck: string;
  appParts: { openMs: number; checkMs: number }[];
}

export function measureOpen(dbFile: string, runs: number): OpenResult {
  const appMs: number[] = [];
  const floorMs: number[] = [];
  const appParts: { openMs: number; checkMs: number }[] = [];
  let result = '';
  for (let i = 0; i < runs + 1; i++) {
    let t = performance.now();
    const db = openDatabase(dbFile);
    const opened = performance.now();
    result = quickCheck(db);
    const app = performance.now() - t;
    const checkMs = performance.now() - opened;
    db.close();
    t = performance.now();
    const bare = new Database(dbFile);
    bare.pragma('quick_check');
    const floor = performance.now() - t;
    bare.close();
    if (i === 0) continue; // the first pass warms the page cache for both
    appMs.push(app);
    floorMs.push(floor);
    appParts.push({ openMs: app - checkMs, checkMs });
  }
  return { appMs, floorMs, quickCheck: result, appParts };
}
