/**
 * Imports write new procedures in bulk (one attach and one audit statement per run of equal unit fields), and
 * the CLI's write-ahead writes the batches the import worker builds (head values and unit-field runs). The
 * database must end up exactly as when each record is inserted on its own, in order: same rows, same ids, in
 * every table they touch, for real records with all their parts.
 */
import type { Database } from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import demoInventory from '../../../db/seed/demo-inventory.json';
import {
  insertImported,
  insertImportedMany,
  insertNewProcedures,
  type ImportedRecord,
} from '../../../db/queries/import-records';
import { unitFieldRuns } from '../../../db/queries/procedure-columns';
import { PART_TABLES } from '../../../db/queries/procedure-snapshot';
import { headValues, insertProcedure } from '../../../db/queries/procedure-write';
import { insertUnit } from '../../../db/queries/units';
import { InventoryEntry } from '../../../electron/shared/domain';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const temp = useTempDir('tinhgon-bulk-insert-');
// Every table a new record touches: the procedure, its parts, the unit's link and the audit row.
const TABLES = ['procedures', ...PART_TABLES, 'unit_procedures', 'audit_log'];

function dump(db: Database): Record<string, unknown[]> {
  return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}

/** A fresh database with two units; one procedure already belongs to the other unit (to be attached, not copied). */
function fresh() {
  const { backend } = testBackend(temp(), { demo: false });
  const db = backend.ctx.db;
  const unitId = insertUnit(db, { code: 'XA-1', name: 'UBND xã Một', level: 'XA' });
  insertUnit(db, { code: 'XA-2', name: 'UBND xã Hai', level: 'XA' });
  const entries = InventoryEntry.array().parse(demoInventory);
  const shared = insertProcedure(db, entries[0]!, '2026-11-26T00:00:00.000Z');
  const items: ImportedRecord[] = entries.map(({ unitFields, ...record }, i) => ({
    record,
    existingId: i === 0 ? shared : null,
    // Runs of equal unit fields, then a different one, then back: several attach runs, in order.
    unit: i % 7 === 3 ? { ...unitFields, note: `ghi chú ${i}` } : unitFields,
  }));
  return { backend, db, unitId, items };
}

describe('bulk insert of imported records', () => {
  test('writes what inserting each record in turn writes, in every table', () => {
    const audit = { actor: 'Cán bộ', fileName: 'danh-muc.xlsx', batchId: 'b-1' };
    const now = '2026-11-26T08:00:00.000Z';

    const one = fresh();
    const oneIds = one.items.map((it) =>
      insertImported(one.db, it.record, one.unitId, it.existingId, it.unit, audit, now),
    );
    const many = fresh();
    const manyIds = many.db.transaction(() =>
      insertImportedMany(many.db, many.items, many.unitId, audit, now),
    )();

    expect(many.items.length).toBeGreaterThan(50);
    expect(manyIds).toEqual(oneIds);
    const a = dump(one.db);
    const b = dump(many.db);
    for (const t of TABLES) expect(b[t], t).toEqual(a[t]);
    expect(a['channels']!.length).toBeGreaterThan(0);
    one.backend.close();
    many.backend.close();
  });

  test("writes the import worker's batches as it writes the same records without parts", () => {
    const audit = { actor: 'Cán bộ', fileName: 'danh-sach.xlsx', batchId: 'b-2' };
    const now = '2026-11-26T09:00:00.000Z';
    const noParts = (it: ImportedRecord): ImportedRecord => ({
      ...it,
      existingId: null,
      record: { ...it.record, channels: [], steps: [], componentGroups: [], legalBases: [], results: [] },
    });
    const many = fresh();
    const items = many.items.slice(1).map(noParts); // the first is already stored (fresh)
    const manyIds = many.db.transaction(() => insertImportedMany(many.db, items, many.unitId, audit, now))();
    const batched = fresh();
    const batchIds: number[] = [];
    batched.db.transaction(() => {
      // In batches of 7, as the worker sends them per chunk of rows.
      for (let i = 0; i < items.length; i += 7) {
        const part = items.slice(i, i + 7);
        const batch = {
          heads: part.map((it) => headValues(it.record)),
          units: unitFieldRuns(part.map((it) => it.unit)),
        };
        // What crosses the thread boundary is a structured clone.
        const posted = structuredClone(batch);
        batchIds.push(...insertNewProcedures(batched.db, posted, batched.unitId, audit, now));
      }
    })();
    expect(batchIds).toEqual(manyIds);
    const a = dump(many.db);
    const b = dump(batched.db);
    for (const t of TABLES) expect(b[t], t).toEqual(a[t]);
    expect(new Set(a['audit_log']!.map((r) => (r as { entity_id: number }).entity_id)).size).toBe(
      items.length,
    );
    many.backend.close();
    batched.backend.close();
  });
});
