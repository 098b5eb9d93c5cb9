import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/** Damaging a database file on purpose, for the integrity-on-open tests (plain fs: usable from the E2E specs). */
export const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Overwrites pages in the middle of the file: quick_check notices, a plain count(*) may not (§1.7). */
export function damagePages(file: string): void {
  const bytes = readFileSync(file);
  const pageSize = 4096;
  const pages = Math.floor(bytes.length / pageSize);
  for (let p = Math.floor(pages / 2); p < Math.floor(pages / 2) + 2; p++)
    bytes.fill(0xa5, p * pageSize + 8, (p + 1) * pageSize);
  writeFileSync(file, bytes);
}
