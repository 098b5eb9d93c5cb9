import type { Database as Db } from 'better-sqlite3';

// Apart from open.ts (which pulls in the migrations) so a worker thread can check a file with nothing else loaded.

/** `quick_check` result: 'ok' or the first problems SQLite reports. */
export function quickCheck(db: Db): string {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return rows.map((r) => r.quick_check).join('; ');
}

export function integrityCheck(db: Db): string {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join('; ');
}
