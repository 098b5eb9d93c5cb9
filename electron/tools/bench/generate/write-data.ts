/**
 * Writes the benchmark data set into a folder: `national.sqlite` (one province-level unit holding every
 * generated procedure, inserted with the app's own insertProcedure/attachToUnit in one transaction),
 * `list-dvcqg.xlsx` (the DVCQG-format list) and `list-free-form.xlsx` (a provincial decision's layout).
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { openDatabase } from '../../../../db/open';
import { attachToUnit, insertProcedure } from '../../../../db/queries/procedure-write';
import { insertUnit } from '../../../../db/queries/units';
import { BENCH_SEED, BENCH_UNIT, generateEntries, type BenchSizes } from './records';
import {
  FREE_FORM_HEADERS,
  FREE_FORM_SUBTITLE,
  FREE_FORM_TITLE,
  LIST_HEADERS,
  LIST_TITLE,
  freeFormRows,
  listRow,
  type SheetSource,
} from './sheet-rows';

export interface BenchData {
  dir: string;
  dbFile: string;
  listXlsx: string;
  freeFormXlsx: string;
  unitId: number;
  procedures: number;
  steps: number;
  components: number;
}

export interface GenerateTimings {
  insertMs: number;
  workbooksMs: number;
}

/** Fills a fresh database; returns what went in (the counts are read back, not assumed). */
function writeDatabase(
  dbFile: string,
  sizes: BenchSizes,
  seed: number,
): { unitId: number; sheet: SheetSource[] } {
  const db = openDatabase(dbFile);
  const sheet: SheetSource[] = [];
  let unitId = 0;
  try {
    const now = '2026-11-26T08:00:00.000Z';
    db.transaction(() => {
      unitId = insertUnit(db, BENCH_UNIT, now);
      for (const { unitFields, ...record } of generateEntries(sizes, seed)) {
        const id = insertProcedure(db, record, now);
        attachToUnit(db, unitId, id, unitFields, now);
        const { code, name, issuingAgency, executingAgencies, field, channels } = record;
        sheet.push({ code, name, issuingAgency, executingAgencies, field, channels });
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec('ANALYZE');
  } finally {
    db.close();
  }
  return { unitId, sheet };
}

const TITLE_FONT = { name: 'Times New Roman', size: 14, bold: true };
const HEADER_FONT = { name: 'Times New Roman', size: 12, bold: true };

async function writeListWorkbook(file: string, sheet: readonly SheetSource[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('Danh sách TTHC');
  ws.columns = [{ width: 14 }, { width: 70 }, { width: 30 }, { width: 40 }, { width: 36 }];
  const title = ws.addRow([LIST_TITLE]);
  title.font = TITLE_FONT;
  ws.mergeCells(1, 1, 1, LIST_HEADERS.length);
  title.commit();
  const header = ws.addRow([...LIST_HEADERS]);
  header.font = HEADER_FONT;
  header.commit();
  for (const r of sheet) ws.addRow(listRow(r)).commit();
  ws.commit();
  await wb.commit();
}

async function writeFreeFormWorkbook(file: string, sheet: readonly SheetSource[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('Phụ lục');
  ws.columns = [{ width: 7 }, { width: 70 }, { width: 14 }, { width: 36 }, { width: 24 }, { width: 30 }];
  const width = FREE_FORM_HEADERS.length;
  for (const [text, font] of [
    ['ỦY BAN NHÂN DÂN TỈNH MÔ PHỎNG', HEADER_FONT],
    [FREE_FORM_TITLE, TITLE_FONT],
    [FREE_FORM_SUBTITLE, { name: 'Times New Roman', size: 12, italic: true }],
  ] as const) {
    const row = ws.addRow([text]);
    row.font = font;
    ws.mergeCells(row.number, 1, row.number, width);
    row.commit();
  }
  ws.addRow([]).commit();
  const header = ws.addRow([...FREE_FORM_HEADERS]);
  header.font = HEADER_FONT;
  header.commit();
  for (const r of freeFormRows(sheet)) {
    const row = ws.addRow(r.cells);
    if (r.kind === 'group') {
      row.font = HEADER_FONT;
      ws.mergeCells(row.number, 2, row.number, width);
    }
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

export async function writeBenchData(
  dir: string,
  sizes: BenchSizes,
  seed = BENCH_SEED,
): Promise<{ data: BenchData; timings: GenerateTimings }> {
  const dbFile = join(dir, 'national.sqlite');
  const t0 = performance.now();
  const { unitId, sheet } = writeDatabase(dbFile, sizes, seed);
  const t1 = performance.now();
  const listXlsx = join(dir, 'list-dvcqg.xlsx');
  const freeFormXlsx = join(dir, 'list-free-form.xlsx');
  await writeListWorkbook(listXlsx, sheet);
  await writeFreeFormWorkbook(freeFormXlsx, sheet);
  const t2 = performance.now();
  const counts = countRows(dbFile);
  return {
    data: { dir, dbFile, listXlsx, freeFormXlsx, unitId, ...counts },
    timings: { insertMs: t1 - t0, workbooksMs: t2 - t1 },
  };
}

function countRows(dbFile: string): { procedures: number; steps: number; components: number } {
  const db = openDatabase(dbFile);
  try {
    const one = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
    return {
      procedures: one('SELECT count(*) FROM procedures'),
      steps: one('SELECT count(*) FROM steps'),
      components: one('SELECT count(*) FROM components'),
    };
  } finally {
    db.close();
  }
}
