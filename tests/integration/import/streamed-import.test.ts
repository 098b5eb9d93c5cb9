import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { NewProcedureBatch } from '../../../db/queries/import-records';
import { saveMapping } from '../../../db/queries/import-records';
import { unitFieldRuns, type UnitFieldRun } from '../../../db/queries/procedure-columns';
import { headValues } from '../../../db/queries/procedure-write';
import { detectPlans } from '../../../electron/backend/import/analyse';
import { fastReadWorkbook, type RowChunk } from '../../../electron/backend/import/fast-reader';
import { layoutKey } from '../../../electron/backend/import/layout';
import { withLimits } from '../../../electron/backend/import/limits';
import { ListReadAhead } from '../../../electron/backend/import/list-read-ahead';
import { isRejected, readListRows } from '../../../electron/backend/import/list-rows';
import { checkedNewRecord, newRecordOf } from '../../../electron/backend/import/new-records';
import { parseReadingList } from '../../../electron/backend/import/parse-in-worker';
import type { RawWorkbook } from '../../../electron/backend/import/raw-workbook';
import { precheckXlsx } from '../../../electron/backend/import/zip-precheck';
import { ProcedureRecord, UnitProcedureFields } from '../../../electron/shared/domain';
import { useTempDir } from '../../support/temp';
import { writeInventoryWorkbook } from '../../../electron/backend/import/multi-sheet-format';
import { BTP, importBothWays, demoEntries, parse, readBytes, xlsxBytes } from '../../fixtures/import/helpers';
import { readZip, replaceEntry, writeZip } from '../../fixtures/import/zip-surgery';

const temp = useTempDir('tinhgon-import-stream-');
const limits = withLimits(undefined);

const code = (i: number) => `1.${String(100000 + i).padStart(6, '0')}`;

/**
 * A 1,300-row DVCQG-style list crossing several 500-row chunks: a title row, lĩnh vực group rows, blank rows,
 * a code repeated far apart (both rows rejected), a bad code, a legacy-font cell and long multi-line agencies.
 * `clean` leaves out the repeated and the bad code.
 */
async function bigList(o: { farNote?: boolean; tooLong?: boolean; clean?: boolean } = {}): Promise<Buffer> {
  return xlsxBytes((wb) => {
    const ws = wb.addWorksheet('Danh sách TTHC');
    ws.addRow(['DANH SÁCH THỦ TỤC HÀNH CHÍNH']);
    ws.mergeCells('A1:E1');
    ws.addRow(['Mã số', 'Tên', 'Cơ quan ban hành', 'Cơ quan thực hiện', 'Lĩnh vực']);
    for (let i = 0; i < 1300; i++) {
      if (i % 400 === 0) ws.addRow([null, `${['I', 'II', 'III', 'IV'][i / 400]}. Lĩnh vực Nhóm ${i / 400}`]);
      if (i % 333 === 0) ws.addRow([]);
      const c = o.clean ? code(i) : i === 1200 ? code(10) : i === 700 ? '1.00x' : code(i);
      const agencies = i % 3 ? 'UBND cấp huyện\n  Sở Tư pháp\nUBND cấp huyện' : 'Ủy ban nhân dân cấp xã';
      ws.addRow([c, `Thủ tục  số ${i} – đăng ký`, 'Bộ Tư pháp', agencies, i % 5 ? 'Hộ tịch' : '']);
    }
    if (o.tooLong) ws.getCell('D900').value = 'x'.repeat(4001);
    if (o.farNote) ws.getCell('K1305').value = 'ghi chú cuối bảng';
  });
}

const bothWays = (bytes: Buffer, o: { dryRun?: boolean; update?: boolean; seed?: (db: Database) => void }) =>
  importBothWays(temp, bytes, { ...o, limits });

/** The fast reader's chunks of a workbook, each handed to `onChunk` as the reader goes. */
function readInChunks(bytes: Buffer, onChunk: (chunk: RowChunk) => void) {
  return fastReadWorkbook(bytes, precheckXlsx(bytes, 'x.xlsx', limits), 'x.xlsx', limits, onChunk);
}

/**
 * Feeds a read-ahead the chunks of `bytes` in this thread (or copies of them); returns what it handed out and the
 * whole workbook (made of the reader's own rows).
 */
function readAheadOf(bytes: Buffer, copyChunks = false) {
  const ahead = new ListReadAhead(() => undefined, 'x.xlsx');
  const batches: (NewProcedureBatch | null)[] = [];
  const rows = new Map<number, RawWorkbook['sheets'][number]['rows']>();
  const read = readInChunks(bytes, (chunk) => {
    const c = copyChunks ? structuredClone(chunk) : chunk;
    rows.set(chunk.sheet, [...(rows.get(chunk.sheet) ?? []), ...chunk.rows]);
    const batch = ahead.read(c);
    if (batch !== undefined) batches.push(batch);
  });
  const streamed = read.streamed ?? [];
  const whole: RawWorkbook = {
    sheets: read.sheets.map((s, i) => (streamed.includes(i) ? { ...s, rows: rows.get(i) ?? [] } : s)),
  };
  return { ahead, batches, whole };
}

describe('rows read in chunks', () => {
  it('assemble into exactly the workbook a plain parse gives, in contiguous chunks', async () => {
    for (const [bytes, minChunks] of [
      [await bigList(), 3],
      [readBytes(BTP), 1],
    ] as const) {
      const chunks: RowChunk[] = [];
      const read = readInChunks(bytes, (c) => chunks.push(c));
      const plain = await parse(bytes, 'x.xlsx');
      expect(read.streamed).toEqual([0]);
      expect(chunks.length).toBeGreaterThanOrEqual(minChunks);
      const rows = plain.sheets[0]!.rows;
      let next = 0;
      for (const chunk of chunks) {
        expect(chunk).toMatchObject({ sheet: 0, name: plain.sheets[0]!.name, from: next });
        expect(chunk.rows).toEqual(rows.slice(chunk.from, chunk.from + chunk.rows.length));
        next += chunk.rows.length;
      }
      expect(next).toBe(rows.length);
    }
  });

  it('a sheet stored out of row order comes back whole, and the chunks already read do not count', async () => {
    const entries = readZip(await bigList({ clean: true }));
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const xml = sheet.data.toString('utf8');
    const row = (n: number) => new RegExp(`<row r="${n}"[^>]*>[\\s\\S]*?</row>`).exec(xml)![0];
    // Row 1000 moved before row 600: the reader has handed over rows up to ~1000 when it meets row 600 again.
    const moved = xml.replace(row(1000), '').replace(row(600), row(1000) + row(600));
    const bytes = writeZip(replaceEntry(entries, sheet.name, Buffer.from(moved)));
    const plain = fastReadWorkbook(bytes, precheckXlsx(bytes, 'x.xlsx', limits), 'x.xlsx', limits);
    const chunks: RowChunk[] = [];
    const direct = readInChunks(bytes, (c) => chunks.push(c));
    expect(direct.streamed).toEqual([]);
    expect(direct.sheets).toEqual(plain.sheets);
    expect(chunks.length).toBeGreaterThan(0);
    // The read-ahead wrote those chunks' rows, but its verdict refuses the workbook: the rows are sent.
    const { batches, ahead, whole } = readAheadOf(bytes);
    expect(batches.filter(Boolean).length).toBeGreaterThan(0);
    expect(ahead.verdict(whole)).toBeNull();
    const viaWorker = await parseReadingList(bytes, 'x.xlsx', limits, {
      mappings: [],
      onBatch: () => undefined,
      rowsWanted: new Int32Array(new SharedArrayBuffer(4)),
    }).promise;
    expect(viaWorker).toEqual({ list: null, raw: plain });
    await bothWays(bytes, {});
  });
});

describe('the list read ahead in the import worker', () => {
  it('hands out, chunk by chunk, the rows importParsed inserts for a plain list of new procedures', async () => {
    const { ahead, batches, whole } = readAheadOf(await bigList({ clean: true }));
    const [plan] = detectPlans(() => undefined, whole);
    const candidates = readListRows(whole.sheets[0]!, plan!);
    expect(candidates).toHaveLength(1300);
    expect(batches.length).toBeGreaterThanOrEqual(3);
    const records = candidates.map((c) => newRecordOf(c));
    expect(batches.flatMap((b) => b!.heads)).toEqual(records.map((r) => headValues(r.merged)));
    const expand = (runs: UnitFieldRun[]) =>
      runs.flatMap((u) => Array<UnitProcedureFields>(u.count).fill(u.fields));
    expect(batches.flatMap((b) => expand(b!.units))).toEqual(records.map((r) => r.mergedUnit));
    // Runs are as long as they can be: one per change of unit fields within a batch.
    for (const b of batches) expect(b!.units).toEqual(unitFieldRuns(expand(b!.units)));
    expect(ahead.verdict(whole)).toMatchObject({ count: 1300, plans: [plan] });
    expect(ahead.verdict(whole)).toBeNull(); // given once
  });

  it('stops once, at the first row it would not write as a new procedure', async () => {
    const { ahead, batches, whole } = readAheadOf(await bigList());
    expect(batches.at(-1)).toBeNull();
    expect(batches.filter((b) => b === null)).toHaveLength(1);
    // Everything before the bad code (row 700 of the list) was handed out, nothing after it.
    const heads = batches.flatMap((b) => b?.heads ?? []);
    expect(heads.length).toBeGreaterThan(500);
    expect(heads.length).toBeLessThan(700);
    expect(ahead.verdict(whole)).toBeNull();
  });

  it('refuses a workbook whose rows are not the very rows it read', async () => {
    const { ahead, batches, whole } = readAheadOf(await bigList({ clean: true }), true);
    expect(batches.every((b) => b !== null)).toBe(true);
    expect(ahead.verdict(whole)).toBeNull();
  });

  it('refuses a sheet wider further down than its first rows (another layout)', async () => {
    const { ahead, whole } = readAheadOf(await bigList({ clean: true, farNote: true }));
    expect(ahead.verdict(whole)).toBeNull();
  });

  it('builds only records the domain schema accepts unchanged', async () => {
    const whole = await parse(await bigList(), 'x.xlsx');
    const [plan] = detectPlans(() => undefined, whole);
    const accepted = readListRows(whole.sheets[0]!, plan!).filter((c) => !isRejected(c));
    expect(accepted).toHaveLength(1297);
    for (const c of accepted) {
      const built = checkedNewRecord(c)!;
      expect(built.merged).toEqual(ProcedureRecord.parse(newRecordOf(c).merged));
      expect(built.mergedUnit).toEqual(UnitProcedureFields.parse(newRecordOf(c).mergedUnit));
    }
    const refused = { ...accepted[0]!, record: { ...accepted[0]!.record, name: 'x'.repeat(2001) } };
    expect(checkedNewRecord(refused)).toBeUndefined();
  });

  it('keeps the rows in the worker unless the verdict fails or the writer asks for them', async () => {
    const clean = await bigList({ clean: true });
    const plain = await parse(clean, 'x.xlsx');
    const run = async (bytes: Buffer, wanted: number) => {
      const rowsWanted = new Int32Array(new SharedArrayBuffer(4));
      rowsWanted[0] = wanted;
      const batches: (NewProcedureBatch | null)[] = [];
      const r = await parseReadingList(bytes, 'x.xlsx', limits, {
        mappings: [],
        onBatch: (b) => batches.push(b),
        rowsWanted,
      }).promise;
      return { ...r, batches };
    };
    const kept = await run(clean, 0);
    expect(kept.raw).toBeNull();
    expect(kept.list).toMatchObject({ count: 1300 });
    expect(kept.batches.flatMap((b) => b!.heads)).toHaveLength(1300);
    expect(await run(clean, 1)).toMatchObject({ list: { count: 1300 }, raw: plain });
    const refused = await run(await bigList(), 0);
    expect(refused.list).toBeNull();
    expect(refused.raw).toEqual(await parse(await bigList(), 'x.xlsx'));
  });

  it('give the same outcome and the same database as parsing first', async () => {
    const plain = await bothWays(await bigList(), {});
    expect(plain.outcome).toMatchObject({
      committed: true,
      format: 'dvcqg-list',
      created: 1297,
      rejected: 3,
    });
    expect((plain.outcome as { errors: unknown[] }).errors).toHaveLength(3);
    expect(plain.db.procedures).toHaveLength(1297);
    await bothWays(await bigList(), { dryRun: true });
  });

  it('fall back to a full read when the whole sheet has more columns than its first rows', async () => {
    const bytes = await bigList({ farNote: true });
    const far = await bothWays(bytes, {});
    expect(far.outcome).toMatchObject({ created: 1297 });
  });

  it('leave a record the schema refuses to fail the commit exactly as before', async () => {
    const refused = await bothWays(await bigList({ tooLong: true }), {});
    expect(refused.outcome).toHaveProperty('threw');
    expect(refused.db.procedures).toHaveLength(0);
  });

  it('are not used for a multi-sheet workbook, which imports exactly as before', async () => {
    const entries = demoEntries(temp());
    const multi = await bothWays(await writeInventoryWorkbook(entries), {});
    expect(multi.outcome).toMatchObject({ committed: true, format: 'tinhgon', created: entries.length });
    expect(multi.db.procedures).toHaveLength(entries.length);
  });

  it('stop, without breaking the parse, when reading ahead fails (and the import then fails as before)', async () => {
    const bytes = await bigList();
    const raw = await parse(bytes, 'list.xlsx');
    const [plan] = detectPlans(() => undefined, raw);
    // A remembered mapping that cannot be read: detecting the layout throws, ahead and again in the import.
    const broken = (db: Database) =>
      db
        .prepare("INSERT INTO import_mappings (layout_key, mapping_json, updated_at) VALUES (?, '{', 'x')")
        .run(layoutKey(raw.sheets[0]!, plan!.headerRow));
    const failed = await bothWays(bytes, { seed: broken });
    expect(failed.outcome).toHaveProperty('threw');
    expect(failed.db.procedures).toHaveLength(0);
  });

  it('update, reuse and skip stored records, and follow a remembered column mapping, like before', async () => {
    const bytes = await bigList();
    const seed = (db: Database) => {
      db.prepare(
        "INSERT INTO procedures (code, name, field, created_at, updated_at) VALUES (?, 'Tên cũ', 'Hộ tịch', 'x', 'x')",
      ).run(code(1));
      db.prepare(
        "INSERT INTO procedures (code, name, field, created_at, updated_at) VALUES (?, 'Thủ tục  số 2 – đăng ký', '', 'x', 'x')",
      ).run(code(2));
    };
    await bothWays(bytes, { seed });
    await bothWays(bytes, { seed, update: true });
    const raw = await parse(bytes, 'list.xlsx');
    const [plan] = detectPlans(() => undefined, raw);
    const remembered = (db: Database) =>
      saveMapping(db, layoutKey(raw.sheets[0]!, plan!.headerRow), {
        fields: ['code', 'name', null, 'executingAgencies', 'field'],
        role: 'list',
      });
    const mapped = await bothWays(bytes, { seed: remembered });
    expect(mapped.db.procedures[0]).toMatchObject({ issuing_agency: '' });
    expect(readListRows(raw.sheets[0]!, plan!).length).toBeGreaterThan(1290);
  });
});
