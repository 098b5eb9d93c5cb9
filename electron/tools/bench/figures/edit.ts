/**
 * Cell edit → committed, through the real dispatcher (`openBackend` + `procedures.updateField`: validation,
 * transaction with BEGIN IMMEDIATE, audit row, search-text refresh, the updated grid row read back) on the
 * national database in WAL + synchronous=FULL. Floor: a bare better-sqlite3 UPDATE of the same column in a
 * transaction on the same connection. App and floor samples alternate, so both see the same disk and noise.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBackend } from '../../../backend/session';
import { createPrng } from '../../prng';
import type { BenchData } from '../generate/write-data';

export interface EditResult {
  appMs: number[];
  floorMs: number[];
  failures: number;
}

/** Fields an officer edits in the grid, in rotation (name and agency also refresh the folded search text). */
const FIELDS = ['name', 'executingAgencies', 'dossiersPerYear', 'note'] as const;

export async function measureEdits(data: BenchData, samples: number): Promise<EditResult> {
  // Edit a copy: the other figures read the untouched national database.
  const file = join(data.dir, 'edit.sqlite');
  copyFileSync(data.dbFile, file);
  const backend = openBackend({
    dbFile: file,
    dataDir: join(data.dir, 'edit-data'),
    mode: 'cli',
    demoIfNew: false,
    remember: false,
  });
  const rng = createPrng(8);
  const appMs: number[] = [];
  const floorMs: number[] = [];
  let failures = 0;
  try {
    const db = backend.ctx.db;
    const ids = db
      .prepare('SELECT procedure_id FROM unit_procedures WHERE unit_id = ?')
      .pluck()
      .all(data.unitId) as number[];
    const floorUpdate = db.prepare('UPDATE procedures SET name = ?, updated_at = ? WHERE id = ?');
    const floorTx = db.transaction((name: string, id: number) =>
      floorUpdate.run(name, new Date().toISOString(), id),
    );
    const nameOf = db.prepare('SELECT name FROM procedures WHERE id = ?').pluck();
    const warmup = Math.min(10, samples);
    for (let i = 0; i < samples + warmup; i++) {
      const procedureId = rng.pick(ids);
      const field = FIELDS[i % FIELDS.length] ?? 'name';
      const value =
        field === 'dossiersPerYear'
          ? rng.between(0, 5000)
          : `${String(nameOf.get(procedureId))} (sửa lần ${i + 1})`.slice(0, 1900);
      let t = performance.now();
      const env = await backend.dispatch('procedures.updateField', {
        unitId: data.unitId,
        procedureId,
        field,
        value,
      });
      const app = performance.now() - t;
      if (!env.ok) failures++;
      const other = rng.pick(ids);
      t = performance.now();
      floorTx(`${String(nameOf.get(other))}`, other);
      const floor = performance.now() - t;
      if (i >= warmup) {
        appMs.push(app);
        floorMs.push(floor);
      }
    }
  } finally {
    backend.close();
  }
  return { appMs, floorMs, failures };
}
