import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { saveMapping } from '../../../db/queries/import-records';
import { detectPlans } from '../../../electron/backend/import/analyse';
import { fastReadWorkbook, type RowChunk } from '../../../electron/backend/import/fast-reader';
import { layoutKey } from '../../../electron/backend/import/layout';
import { withLimits } from '../../../electron/backend/import/limits';
import { isRejected, readListRows } from '../../../electron/backend/import/list-rows';
import { newRecordOf, preparedNew } from '../../../electron/backend/import/new-records';
import { searchTextOf } from '../../../db/queries/search-text';
import { ProcedureRecord } from '../../../electron/shared/domain';
import { parseInWorker } from '../../../electron/backend/import/parse-in-worker';
import { ListPrefetch } from '../../../electron/backend/import/prefetch';
import { precheckXlsx } from '../../../electron/backend/import/zip-precheck';
import { useTempDir } from '../../support/temp';
import { writeInventoryWorkbook } from '../../../electron/backend/import/multi-sheet-format';
import {
  BTP,
  demoEntries,
  emptyBackend,
  importOneWay,
  parse,
  readBytes,
  xlsxBytes,
} from '../../fixtures/import/helpers';
import { readZip, replaceEntry, writeZip } from '../../fixtures/import/zip-surgery';

const temp = useTempDir('tinhgon-import-stream-');
const limits = withLimits(undefined);

const code = (i: number) => `1.${String(100000 + i).padStart(6, '0')}`;

/**
 * A 1,300-row DVCQG-style list crossing several 500-row chunks: a title row, lĩnh vực group rows, blank rows,
 * a code repeated far apart (both rows rejected), a bad code, a legacy-font cell and long multi-line agencies.
 */
async function bigList(o: { farNote?: boolean; tooLong?: boolean } = {}): Promise<Buffer> {
  return xlsxBytes((wb) => {
    const ws = wb.addWorksheet('Danh sách TTHC');
    ws.addRow(['DANH SÁCH THỦ TỤC HÀNH CHÍNH']);
    ws.mergeCells('A1:E1');
    ws.addRow(['Mã số', 'Tên', 'Cơ quan ban hành', 'Cơ quan thực hiện', 'Lĩnh vực']);
    for (let i = 0; i < 1300; i++) {
      if (i % 400 === 0) ws.addRow([null, `${['I', 'II', 'III', 'IV'][i / 400]}. Lĩnh vực Nhóm ${i / 400}`]);
      if (i % 333 === 0) ws.addRow([]);
      const c = i === 1200 ? code(10) : i === 700 ? '1.00x' : code(i);
      const agencies = i % 3 ? 'UBND cấp huyện\n  Sở Tư pháp\nUBND cấp huyện' : 'Ủy ban nhân dân cấp xã';
      ws.addRow([c, `Thủ tục  số ${i} – đăng ký`, 'Bộ Tư pháp', agencies, i % 5 ? 'Hộ tịch' : '']);
    }
    if (o.tooLong) ws.getCell('D900').value = 'x'.repeat(4001);
    if (o.farNote) ws.getCell('K1305').value = 'ghi chú cuối bảng';
  });
}

/** Everything an import writes, without the clock and batch columns. */
function dump(db: Database) {
  return {
    procedures: db.prepare('SELECT * FROM procedures ORDER BY id').all().map(strip),
    unitProcedures: db.prepare('SELECT * FROM unit_procedures ORDER BY id').all().map(strip),
    audit: db.prepare('SELECT * FROM audit_log ORDER BY id').all().map(strip),
  };
}
function strip(row: unknown) {
  const { created_at: _c, updated_at: _u, at: _a, batch_id: _b, ...rest } = row as Record<string, unknown>;
  return rest;
}

async function bothWays(
  bytes: Buffer,
  o: { dryRun?: boolean; update?: boolean; seed?: (db: Database) => void },
) {
  const results = [];
  for (const streamed of [false, true]) {
    const { backend, unitId } = emptyBackend(temp());
    o.seed?.(backend.ctx.db);
    const opts = { fileName: 'list.xlsx', unitId, dryRun: o.dryRun ?? false, update: o.update ?? false };
    const rest = await importOneWay(backend.ctx, bytes, opts, streamed, limits);
    results.push({ outcome: rest, db: dump(backend.ctx.db) });
    backend.close();
  }
  expect(results[1]).toEqual(results[0]);
  return results[0]!;
}

describe('rows streamed from the import worker', () => {
  it('assemble into exactly the workbook a plain parse gives, in contiguous chunks', async () => {
    for (const [bytes, minChunks] of [
      [await bigList(), 3],
      [readBytes(BTP), 1],
    ] as const) {
      const chunks: RowChunk[] = [];
      const streamed = await parseInWorker(bytes, 'x.xlsx', limits, undefined, 'auto', (c) => chunks.push(c))
        .promise;
      expect(streamed).toEqual(await parse(bytes, 'x.xlsx'));
      expect(chunks.length).toBeGreaterThanOrEqual(minChunks);
      const rows = streamed.sheets[0]!.rows;
      let next = 0;
      for (const chunk of chunks) {
        expect(chunk).toMatchObject({ sheet: 0, name: streamed.sheets[0]!.name, from: next });
        chunk.rows.forEach((row, i) => expect(rows[chunk.from + i]).toBe(row));
        next += chunk.rows.length;
      }
      expect(next).toBe(rows.length);
    }
  });

  it('a sheet stored out of row order is sent whole, and the chunks already sent do not count', async () => {
    const entries = readZip(await bigList());
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const xml = sheet.data.toString('utf8');
    const row = (n: number) => new RegExp(`<row r="${n}"[^>]*>[\\s\\S]*?</row>`).exec(xml)![0];
    // Row 1000 moved before row 600: the reader has streamed rows up to ~1000 when it meets row 600 again.
    const moved = xml.replace(row(1000), '').replace(row(600), row(1000) + row(600));
    const bytes = writeZip(replaceEntry(entries, sheet.name, Buffer.from(moved)));
    const plain = fastReadWorkbook(bytes, precheckXlsx(bytes, 'x.xlsx', limits), 'x.xlsx', limits);
    const chunks: RowChunk[] = [];
    const direct = fastReadWorkbook(bytes, precheckXlsx(bytes, 'x.xlsx', limits), 'x.xlsx', limits, (c) =>
      chunks.push(c),
    );
    expect(direct.streamed).toEqual([]);
    expect(direct.sheets).toEqual(plain.sheets);
    expect(chunks.length).toBeGreaterThan(0);
    const viaWorker = await parseInWorker(bytes, 'x.xlsx', limits, undefined, 'auto', () => undefined)
      .promise;
    expect(viaWorker).toEqual(plain);
    await bothWays(bytes, {});
  });
});

describe('list rows read ahead while the file is parsed', () => {
  it('are the very candidates reading the whole sheet gives', async () => {
    const { backend } = emptyBackend(temp());
    const bytes = await bigList();
    const prefetch = new ListPrefetch(backend.ctx.db);
    const raw = fastReadWorkbook(bytes, precheckXlsx(bytes, 'x.xlsx', limits), 'x.xlsx', limits, (c) =>
      prefetch.onRows(structuredClone(c)),
    );
    const whole = await parse(bytes, 'x.xlsx');
    expect(raw.streamed).toEqual([0]);
    const plans = detectPlans(backend.ctx.db, whole);
    // The workbook's rows are other objects than those read ahead: nothing may be reused.
    expect(prefetch.candidates(whole, plans)).toBeNull();
    backend.close();
  });

  it('are reused, checked and folded ahead when the worker streamed the list sheet', async () => {
    const { backend } = emptyBackend(temp());
    const bytes = await bigList();
    const prefetch = new ListPrefetch(backend.ctx.db);
    const raw = await parseInWorker(bytes, 'x.xlsx', limits, undefined, 'auto', prefetch.onRows).promise;
    const plans = detectPlans(backend.ctx.db, raw);
    const ahead = prefetch.candidates(raw, plans);
    expect(ahead).not.toBeNull();
    expect(ahead).toEqual(readListRows(raw.sheets[0]!, plans[0]!));
    expect(prefetch.candidates(raw, plans)).toBeNull(); // handed out once
    const accepted = ahead!.filter((c) => !isRejected(c));
    expect(accepted).toHaveLength(1297);
    for (const c of accepted) {
      const ready = preparedNew(c)!;
      expect(ready.merged).toEqual(ProcedureRecord.parse(newRecordOf(c).merged));
      expect(ready.searchText).toBe(searchTextOf(ready.merged));
    }
    // A candidate changed since it was prepared is validated again.
    const changed = accepted[0]!;
    changed.record.name = 'Tên khác';
    expect(preparedNew(changed)).toBeUndefined();
    backend.close();
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
    const { backend } = emptyBackend(temp());
    const prefetch = new ListPrefetch(backend.ctx.db);
    const raw = await parseInWorker(bytes, 'x.xlsx', limits, undefined, 'auto', prefetch.onRows).promise;
    expect(prefetch.candidates(raw, detectPlans(backend.ctx.db, raw))).toBeNull();
    backend.close();
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
    const [plan] = detectPlans(emptyBackend(temp()).backend.ctx.db, raw);
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
    const [plan] = detectPlans(emptyBackend(temp()).backend.ctx.db, raw);
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
