import type { Database } from 'better-sqlite3';
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../electron/backend/api-failure';
import type { BackendContext } from '../../../electron/backend/context';
import { withLimits } from '../../../electron/backend/import/limits';
import type { NewProcedureBatch } from '../../../db/queries/import-records';
import { parseReadingList } from '../../../electron/backend/import/parse-in-worker';
import { importParsed, parseAndImport } from '../../../electron/backend/import/run-import';
import { WriteAhead } from '../../../electron/backend/import/write-ahead';
import { writeInventoryWorkbook } from '../../../electron/backend/import/multi-sheet-format';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';
import {
  backupsIn,
  demoEntries,
  importBothWays,
  importedRows,
  emptyBackend,
  importOneWay,
  parse,
  reopenBackend,
  sha256,
  xlsxBytes,
} from '../../fixtures/import/helpers';
import { readZip, replaceEntry, writeZip } from '../../fixtures/import/zip-surgery';

const temp = useTempDir('tinhgon-import-ahead-');
const limits = withLimits(undefined);
const code = (i: number) => `1.${String(200000 + i).padStart(6, '0')}`;

/** A clean 1,300-row list (several 500-row chunks, lĩnh vực group rows); each option spoils it one way. */
async function list(o: { duplicateAt?: number; farNote?: boolean; notes?: boolean } = {}): Promise<Buffer> {
  return xlsxBytes((wb) => {
    const ws = wb.addWorksheet('Danh sách TTHC');
    ws.addRow(['DANH SÁCH THỦ TỤC HÀNH CHÍNH']);
    ws.addRow(['Mã số', 'Tên', 'Cơ quan ban hành', 'Cơ quan thực hiện', 'Lĩnh vực']);
    for (let i = 0; i < 1300; i++) {
      if (i % 500 === 0) ws.addRow([null, `${['I', 'II', 'III'][i / 500]}. Lĩnh vực Nhóm ${i / 500}`]);
      const c = i === o.duplicateAt ? code(3) : code(i);
      ws.addRow([c, `Thủ tục số ${i}`, 'Bộ Tư pháp', 'UBND cấp huyện\nSở Tư pháp', i % 4 ? 'Hộ tịch' : '']);
    }
    if (o.farNote) ws.getCell('K1303').value = 'ghi chú cuối bảng';
    if (o.notes) {
      const notes = wb.addWorksheet('Ghi chú');
      for (let i = 0; i < 300; i++) notes.addRow(['ghi chú', i, 'x']);
    }
  });
}

/** parseAndImport and parse-then-importParsed on two fresh databases: same outcome, same rows, one backup each. */
const bothWays = (bytes: Buffer, seed?: (db: Database) => void) =>
  importBothWays(temp, bytes, seed ? { seed, limits } : { limits });

const options = (unitId: number) => ({ fileName: 'list.xlsx', unitId, dryRun: false, update: false });

/** Drives the write-ahead by hand, as parseAndImport does: whether it committed or rolled back for the usual path. */
async function pathTaken(ctx: BackendContext, unitId: number, bytes: Buffer): Promise<'outcome' | 'rerun'> {
  const ahead = WriteAhead.open(ctx, options(unitId))!;
  expect(ahead).not.toBeNull();
  const job = parseReadingList(bytes, 'list.xlsx', limits, ahead.readListOptions());
  ahead.stageBackup();
  const parsed = await job.promise;
  const outcome = await ahead.finish(parsed.list);
  expect(ctx.db.inTransaction).toBe(false);
  return outcome ? 'outcome' : 'rerun';
}

const seedCode = (c: string) => (db: Database) =>
  db
    .prepare(
      "INSERT INTO procedures (code, name, field, created_at, updated_at) VALUES (?, 'Cũ', '', 'x', 'x')",
    )
    .run(c);

describe('rows written while the file is parsed (parseAndImport)', () => {
  it('commit a plain list of new procedures exactly as parsing first would', async () => {
    const bytes = await list();
    const { backend, unitId } = emptyBackend(temp());
    expect(await pathTaken(backend.ctx, unitId, bytes)).toBe('outcome');
    backend.close();
    const same = await bothWays(bytes);
    expect(same.outcome).toMatchObject({ committed: true, format: 'dvcqg-list', created: 1300, rejected: 0 });
    expect(same.backups).toBe(1);
    expect(same.db.batches).toEqual({ n: 1 });
  });

  it.each([
    ['a duplicate code late in the file', () => list({ duplicateAt: 1290 }), undefined],
    ['a code already in the database, late in the file', () => list(), seedCode(code(1250))],
    ['a wider sheet than its first rows (another layout)', () => list({ farNote: true }), undefined],
  ] as const)('roll back and import as before on %s', async (_label, make, seed) => {
    const bytes = await make();
    const { backend, unitId } = emptyBackend(temp());
    seed?.(backend.ctx.db);
    const before = importedRows(backend.ctx.db);
    expect(await pathTaken(backend.ctx, unitId, bytes)).toBe('rerun');
    expect(importedRows(backend.ctx.db)).toEqual(before);
    backend.close();
    await bothWays(bytes, seed);
  });

  it('roll back when a stored code turns up after the worker kept the rows, and import from a new parse', async () => {
    // The worker decides at the end of its parse whether to send the rows; the writer may still be behind and
    // meet a stored code in the last batches only after that. Here the batches are written after the parse.
    const bytes = await list();
    const { backend, unitId } = emptyBackend(temp());
    // The last code of the file, already in this unit's inventory under another name.
    const seed = (db: Database) => {
      seedCode(code(1299))(db);
      db.prepare(
        "INSERT INTO unit_procedures (unit_id, procedure_id, created_at, updated_at) SELECT ?, id, 'x', 'x' FROM procedures",
      ).run(unitId);
    };
    seed(backend.ctx.db);
    const ahead = WriteAhead.open(backend.ctx, options(unitId))!;
    const held: (NewProcedureBatch | null)[] = [];
    const job = parseReadingList(bytes, 'list.xlsx', limits, {
      ...ahead.readListOptions(),
      onBatch: (b) => held.push(b),
    });
    ahead.stageBackup();
    const parsed = await job.promise;
    expect(parsed.raw).toBeNull();
    expect(parsed.list).toMatchObject({ count: 1300 });
    for (const b of held) ahead.write(b);
    expect(ahead.rowsWanted[0]).toBe(1); // rolled back at the stored code
    expect(await ahead.finish(parsed.list)).toBeNull();
    expect(backend.ctx.db.inTransaction).toBe(false);
    const usual = importParsed(backend.ctx, await parse(bytes, 'list.xlsx'), options(unitId));
    expect(usual).toMatchObject({ committed: true, created: 1299, conflicts: 1 });
    backend.close();
    await bothWays(bytes, seed);
  });

  it('roll back for a multi-sheet workbook, which imports as before', async () => {
    const entries = demoEntries(temp());
    const multi = await bothWays(await writeInventoryWorkbook(entries));
    expect(multi.outcome).toMatchObject({ committed: true, format: 'tinhgon', created: entries.length });
  });

  const sheetXml = (entries: ReturnType<typeof readZip>, n: number) =>
    entries.find((e) => e.name === `xl/worksheets/sheet${n}.xml`)!;
  // Refused once the list (sheet 1) has been read and written: by then 1,300 rows are in the open transaction.
  const refusals: [string, () => Promise<Buffer>, Partial<typeof limits>, string][] = [
    [
      'a second sheet with a DOCTYPE',
      async () => {
        const entries = readZip(await list({ notes: true }));
        const xml = sheetXml(entries, 2).data.toString('utf8');
        const hostile = xml.replace(
          /^(<\?xml[^>]*\?>)/,
          '$1<!DOCTYPE w [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
        );
        return writeZip(replaceEntry(entries, 'xl/worksheets/sheet2.xml', Buffer.from(hostile)));
      },
      {},
      'IMPORT_DOCTYPE',
    ],
    [
      'more cells than allowed, counted in a second sheet',
      () => list({ notes: true }),
      { maxCells: 7000 },
      'IMPORT_TOO_MANY_ROWS',
    ],
    [
      'a truncated sheet (rows cut, the sheet closed properly)',
      async () => {
        const entries = readZip(await list());
        const xml = sheetXml(entries, 1).data.toString('utf8');
        const cut = xml.slice(0, xml.indexOf('<row r="1200"')) + xml.slice(xml.indexOf('</sheetData>'));
        return writeZip(replaceEntry(entries, 'xl/worksheets/sheet1.xml', Buffer.from(cut)));
      },
      {},
      'IMPORT_TRUNCATED_SHEET',
    ],
  ];

  it.each(refusals)(
    'leave the database byte-identical, no backup and none pruned, for %s',
    async (_label, make, caps, refusalCode) => {
      const bytes = await make();
      const dir = temp();
      const first = emptyBackend(dir);
      const unitId = first.unitId;
      first.backend.close();
      // Old backups that retention would prune if a backup were taken.
      mkdirSync(join(dir, 'backups'));
      for (let d = 1; d <= 12; d++)
        writeFileSync(
          join(dir, 'backups', `test-202601${String(d).padStart(2, '0')}-000000-000-auto.sqlite`),
          'x',
        );
      const oldBackups = backupsIn(dir);
      const before = sha256(first.file);
      const { backend } = reopenBackend(dir);
      const refusal = await parseAndImport(backend.ctx, bytes, {
        fileName: 'hỏng.xlsx',
        unitId,
        dryRun: false,
        update: false,
        limits: withLimits(caps),
      }).catch((err: unknown) => err);
      expect(backend.ctx.db.inTransaction).toBe(false);
      backend.close();
      expect(refusal).toBeInstanceOf(ApiFailure);
      expect((refusal as ApiFailure).code).toBe(refusalCode);
      expect(existsSync(first.file + '-wal') ? sha256(first.file + '-wal') : '').toBe('');
      expect(sha256(first.file)).toBe(before);
      expect(backupsIn(dir)).toEqual(oldBackups);
    },
  );

  it('leave no backups folder behind for a refused file when there was none', async () => {
    const dir = temp();
    const { backend, unitId } = emptyBackend(dir);
    const refusal = await parseAndImport(backend.ctx, await list({ notes: true }), {
      fileName: 'lon.xlsx',
      unitId,
      dryRun: false,
      update: false,
      limits: withLimits({ maxCells: 7000 }),
    }).catch((err: unknown) => err);
    expect((refusal as ApiFailure).code).toBe('IMPORT_TOO_MANY_ROWS');
    expect(importedRows(backend.ctx.db).procedures).toEqual([]);
    backend.close();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('refuse the import, as the usual path does, when the backup cannot be made', async () => {
    const outcomes = [];
    for (const streamed of [false, true]) {
      const dir = temp();
      const { backend, unitId } = emptyBackend(dir);
      writeFileSync(join(dir, 'backups'), 'a file where the backups folder should be');
      const before = importedRows(backend.ctx.db);
      const outcome = await importOneWay(backend.ctx, await list(), options(unitId), streamed, limits);
      outcomes.push(JSON.parse(JSON.stringify(outcome).replaceAll(dir, '<dir>')) as object);
      expect(backend.ctx.db.inTransaction).toBe(false);
      expect(importedRows(backend.ctx.db)).toEqual(before);
      backend.close();
    }
    expect(outcomes[0]).toHaveProperty('threw');
    expect(outcomes[1]).toEqual(outcomes[0]);
  });

  it('are not used by the live app, whose other requests share the connection', () => {
    const { backend } = testBackend(temp(), { mode: 'browser', demo: false });
    expect(
      WriteAhead.open(backend.ctx, { fileName: 'x', unitId: 1, dryRun: false, update: false }),
    ).toBeNull();
    expect(backend.ctx.db.inTransaction).toBe(false);
    backend.close();
  });
});
