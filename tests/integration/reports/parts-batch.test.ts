/**
 * The Danh mục reads procedure parts in batches (one query for many procedures). A batch must
 * give exactly what the per-procedure lookups give, as the unit sees them: its local fee rates replacing the
 * national ones on that channel only, another unit's rates never, procedures without channels or legal bases,
 * and the order of channels, fees and documents. The report built in small batches equals the one built in a
 * single batch and the rows the per-procedure lookups give; its list is the reports' list with fewer columns.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { procedurePartsBatchReader } from '../../../db/queries/report-parts-batch';
import {
  getReportUnit,
  listInventoryProcedures,
  listReportProcedures,
  procedurePartsReader,
  type InventoryProcedure,
} from '../../../db/queries/report-procedures';
import { buildInventory, groupByField, place } from '../../../electron/backend/reports/builders/inventory';
import { feesText, legalCodesText, timesText } from '../../../electron/backend/reports/builders/text';
import { PreviewSink } from '../../../electron/backend/reports/xlsx/preview-sink';
import type { Backend } from '../../../electron/backend/session';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';
import type { Database } from 'better-sqlite3';

const temp = useTempDir('tinhgon-parts-');
let backend: Backend;
let db: Database;
let unitId = 0;
let otherUnitId = 0;
let noChannels = 0;
let noLegal = 0;
let localFees = 0;

beforeAll(() => {
  backend = testBackend(temp()).backend;
  db = backend.ctx.db;
  unitId = (db.prepare("SELECT id FROM units WHERE code = 'DEMO-XA'").get() as { id: number }).id;
  const now = '2026-11-26T00:00:00.000Z';
  otherUnitId = Number(
    db
      .prepare(
        "INSERT INTO units (code, name, level, created_at, updated_at) VALUES ('XA-KHAC', 'UBND xã Khác', 'XA', ?, ?)",
      )
      .run(now, now).lastInsertRowid,
  );
  const ids = (
    db
      .prepare('SELECT procedure_id FROM unit_procedures WHERE unit_id = ? ORDER BY procedure_id')
      .all(unitId) as {
      procedure_id: number;
    }[]
  ).map((r) => r.procedure_id);
  [noChannels, noLegal] = [ids[3]!, ids[4]!];
  db.prepare('DELETE FROM channels WHERE procedure_id = ?').run(noChannels);
  db.prepare('DELETE FROM legal_bases WHERE procedure_id = ?').run(noLegal);
  db.prepare("UPDATE legal_bases SET code = '' WHERE procedure_id = ?").run(ids[5]);
  db.prepare("UPDATE channels SET time_text = '', time_value = NULL WHERE procedure_id = ?").run(ids[6]);
  // Local rates of this unit on a procedure's first channel, another unit's rates on the next procedures.
  const channelOf = (pid: number) =>
    (
      db.prepare('SELECT id FROM channels WHERE procedure_id = ? ORDER BY ord').all(pid) as { id: number }[]
    ).map((c) => c.id);
  localFees = ids[7]!;
  const fee = db.prepare(
    `INSERT INTO fees (channel_id, unit_id, ord, kind, amount, currency, per_unit, text)
     VALUES (?, ?, ?, 'PHI', ?, 'VND', 'hồ sơ', 'mức riêng')`,
  );
  const [first] = channelOf(localFees);
  fee.run(first, unitId, 1, 30_000);
  fee.run(first, unitId, 0, 15_000);
  for (const pid of ids.slice(7, 12)) for (const c of channelOf(pid)) fee.run(c, otherUnitId, 0, 999);
});

afterAll(() => backend?.close());

describe('procedure parts in batches', () => {
  test('each batch size gives what the per-procedure lookups give, for every procedure', () => {
    const procedures = listReportProcedures(db, unitId);
    const ids = groupByField(procedures).flatMap((g) => g.rows.map((p) => p.procedureId));
    const single = procedurePartsReader(db, unitId);
    const batches = procedurePartsBatchReader(db, unitId);
    for (const size of [1, 7, ids.length, 500]) {
      const partsAt = batches.inOrder(ids, size);
      ids.forEach((id, i) => {
        expect(partsAt(i).channels(id), `procedure ${id}, batch ${size}`).toEqual(single.channels(id));
        expect(partsAt(i).legalBases(id), `procedure ${id}, batch ${size}`).toEqual(single.legalBases(id));
      });
    }
    expect(ids).toContain(noChannels);
    expect(batches.load([noChannels]).channels(noChannels)).toEqual([]);
    expect(batches.load([noLegal]).legalBases(noLegal)).toEqual([]);
    expect(batches.load([]).channels(noLegal)).toEqual([]);
  });

  test('the unit’s local rates replace the national ones on that channel, in their order; other units’ never show', () => {
    const channels = procedurePartsBatchReader(db, unitId).load([localFees]).channels(localFees);
    expect(channels[0]!.fees.map((f) => f.amount)).toEqual([15_000, 30_000]);
    expect(channels.slice(1).flatMap((c) => c.fees.map((f) => f.amount))).not.toContain(30_000);
    const all = listReportProcedures(db, unitId).map((p) => p.procedureId);
    const batch = procedurePartsBatchReader(db, unitId).load(all);
    expect(all.flatMap((id) => batch.channels(id).flatMap((c) => c.fees.map((f) => f.amount)))).not.toContain(
      999,
    );
    const other = procedurePartsBatchReader(db, otherUnitId).load(all);
    expect(all.flatMap((id) => other.channels(id).flatMap((c) => c.fees.map((f) => f.amount)))).toContain(
      999,
    );
  });

  test('the Danh mục built in batches of 1, 7 and all equals the rows of the per-procedure lookups', async () => {
    const unit = getReportUnit(db, unitId)!;
    const day = '2026-11-26';
    const period = { from: null, to: day, asOf: day, line: '' };
    const ctx = {
      db,
      unit,
      campaign: null,
      filters: { fields: [], codes: [] },
      today: day,
      period,
      asOf: day,
    };
    const single = procedurePartsReader(db, unitId);
    const expected: string[][] = [];
    for (const group of groupByField(listReportProcedures(db, unitId)))
      group.rows.forEach((p, i) => {
        const channels = single.channels(p.procedureId);
        const legal = legalCodesText(single.legalBases(p.procedureId));
        expected.push([
          String(i + 1),
          p.code,
          p.name,
          timesText(channels),
          place(p),
          feesText(channels),
          legal,
        ]);
      });
    for (const size of [1, 7, 10_000]) {
      const sink = new PreviewSink(1_000);
      await buildInventory(ctx, sink, size);
      const dataRows = sink.rows.filter((r) => !/^[IVXLC]+\. Lĩnh vực /.test(r[0]!));
      expect(dataRows, `batch ${size}`).toEqual(expected);
      expect(sink.totalRows).toBe(expected.length);
    }
  });

  test('the Danh mục’s list is the report list with only its columns, filters and the trash included', () => {
    const slim = ({
      procedureId,
      code,
      name,
      field,
      executingAgencies,
      receivingAddress,
    }: InventoryProcedure) => ({
      procedureId,
      code,
      name,
      field,
      executingAgencies,
      receivingAddress,
    });
    const all = listReportProcedures(db, unitId);
    const trashed = all[2]!;
    db.prepare(
      "UPDATE unit_procedures SET deleted_at = '2026-11-26' WHERE unit_id = ? AND procedure_id = ?",
    ).run(unitId, trashed.procedureId);
    try {
      const field = all[0]!.field;
      for (const filter of [{}, { fields: [field] }, { codes: [all[1]!.code, all[5]!.code] }]) {
        const expected = listReportProcedures(db, unitId, filter).map(slim);
        expect(listInventoryProcedures(db, unitId, filter), JSON.stringify(filter)).toEqual(expected);
      }
      expect(listInventoryProcedures(db, unitId).map((p) => p.procedureId)).not.toContain(
        trashed.procedureId,
      );
      expect(listInventoryProcedures(db, unitId, { fields: [field] }).length).toBeGreaterThan(0);
    } finally {
      db.prepare('UPDATE unit_procedures SET deleted_at = NULL WHERE unit_id = ? AND procedure_id = ?').run(
        unitId,
        trashed.procedureId,
      );
    }
  });
});
