import type { Database as Db } from 'better-sqlite3';
import { isUtf8 } from 'node:buffer';

/**
 * Text already stored that TinhGọn never writes (the import and the contract refuse or clean it): bytes that are
 * not UTF-8 (a lone surrogate is stored as ED A0 80 and reads back as U+FFFD, so `quick_check` cannot see it),
 * control characters other than tab, newline and CR, U+FFFD (left by text that was broken before it was stored)
 * and U+FFFF. One pass over every text column, reading the stored bytes (CAST AS BLOB), so `check` can say so.
 */
export type StoredTextFault = 'invalidUtf8' | 'control' | 'replacement';

export interface StoredTextFinding {
  table: string;
  column: string;
  rowid: number;
  fault: StoredTextFault;
}

/** Control bytes, C1 controls (C2 80–9F), U+FFFD (EF BF BD) and U+FFFF (EF BF BF), seen in a latin1 view. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_RE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]|\xC2[\x80-\x9F]/;
const REPLACEMENT_RE = /\xEF\xBF[\xBD\xBF]/;

function faultOf(bytes: Buffer): StoredTextFault | null {
  if (!isUtf8(bytes)) return 'invalidUtf8';
  const view = bytes.toString('latin1');
  if (CONTROL_RE.test(view)) return 'control';
  return REPLACEMENT_RE.test(view) ? 'replacement' : null;
}

export function findInvalidText(db: Db, examples = 20): { count: number; examples: StoredTextFinding[] } {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%WITHOUT ROWID%'",
    )
    .pluck()
    .all() as string[];
  let count = 0;
  const found: StoredTextFinding[] = [];
  for (const table of tables) {
    const columns = (db.pragma(`table_info("${table}")`) as { name: string; type: string }[])
      .filter((c) => /TEXT|CHAR|CLOB|^$/i.test(c.type))
      .map((c) => c.name);
    if (!columns.length) continue;
    const blobs = columns.map((c) => `CASE WHEN typeof("${c}") = 'text' THEN CAST("${c}" AS BLOB) END`);
    const rows = db
      .prepare(`SELECT rowid, ${blobs.join(', ')} FROM "${table}"`)
      .raw()
      .iterate() as IterableIterator<[number, ...(Buffer | null)[]]>;
    for (const [rowid, ...values] of rows) {
      values.forEach((bytes, i) => {
        const fault = bytes ? faultOf(bytes) : null;
        if (!fault) return;
        count++;
        if (found.length < examples) found.push({ table, column: columns[i]!, rowid, fault });
      });
    }
  }
  return { count, examples: found };
}
