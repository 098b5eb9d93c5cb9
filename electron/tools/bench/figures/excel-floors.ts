/**
 * The floors of the Excel figures: what exceljs itself costs with no app logic.
 * - reader: exceljs's streaming WorkbookReader reading every cell of the list workbook and nothing else;
 * - writer: exceljs's streaming WorkbookWriter writing the national inventory rows (one SELECT, rows grouped by
 *   lĩnh vực) with the styles the app's report writer puts on every cell (Times New Roman 12, thin borders,
 *   number format, wrapped alignment; electron/backend/reports/xlsx/styles.ts), but no builder, no sink.
 */
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { Alignment, Borders, Font } from 'exceljs';

export async function readWithExceljs(file: string): Promise<{ rows: number; cells: number }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    entries: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  let rows = 0;
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      rows++;
      row.eachCell(() => cells++);
    }
  }
  return { rows, cells };
}

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const FONT: Partial<Font> = { name: 'Times New Roman', size: 12 };
const BOLD: Partial<Font> = { ...FONT, bold: true };

/** The columns of the app's Danh mục TTHC report (reports/builders/inventory.ts INVENTORY_COLUMNS). */
const COLUMNS: { header: string; width: number; numFmt: string; align: Partial<Alignment> }[] = [
  ['STT', 6, '0', 'center'],
  ['Mã TTHC', 13, '@', 'left'],
  ['Tên thủ tục hành chính', 42, '@', 'left'],
  ['Thời hạn giải quyết', 22, '@', 'left'],
  ['Địa điểm thực hiện', 30, '@', 'left'],
  ['Phí, lệ phí (nếu có)', 26, '@', 'left'],
  ['Căn cứ pháp lý', 44, '@', 'left'],
].map(([header, width, numFmt, horizontal]) => ({
  header: header as string,
  width: width as number,
  numFmt: numFmt as string,
  align: { horizontal: horizontal as Alignment['horizontal'], vertical: 'top' as const, wrapText: true },
}));

/** The same cell contents in plain SQL: times and fees per channel, place, legal bases (no formatting code). */
const ROWS_SQL = `
  SELECT p.field, p.code, p.name,
    (SELECT group_concat(c.time_text, char(10)) FROM channels c WHERE c.procedure_id = p.id),
    CASE WHEN trim(p.receiving_address) <> '' THEN p.receiving_address ELSE p.executing_agencies END,
    (SELECT group_concat(coalesce(f.amount || ' đ', substr(f.text, 1, 300)), char(10))
       FROM fees f JOIN channels c ON c.id = f.channel_id WHERE c.procedure_id = p.id),
    (SELECT group_concat('- ' || l.code || ' - ' || l.name, char(10)) FROM legal_bases l WHERE l.procedure_id = p.id)
  FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id
  WHERE up.unit_id = ? AND up.deleted_at IS NULL
  ORDER BY p.field, p.code`;

export async function writeWithExceljs(
  dbFile: string,
  unitId: number,
  out: string,
): Promise<{ rows: number }> {
  const db = new Database(dbFile, { readonly: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('Danh mục TTHC', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true },
  });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  const title = ws.addRow(['DANH MỤC THỦ TỤC HÀNH CHÍNH']);
  title.getCell(1).font = { ...BOLD, size: 14 };
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  title.commit();
  const header = ws.addRow(COLUMNS.map((c) => c.header));
  for (let i = 1; i <= COLUMNS.length; i++) {
    const cell = header.getCell(i);
    cell.font = BOLD;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  header.commit();
  let rows = 0;
  let field: string | null = null;
  let stt = 0;
  for (const r of db.prepare(ROWS_SQL).raw().iterate(unitId) as IterableIterator<unknown[]>) {
    if (r[0] !== field) {
      field = r[0] as string;
      stt = 0;
      const g = ws.addRow([`Lĩnh vực ${field}`]);
      for (let i = 1; i <= COLUMNS.length; i++) {
        const cell = g.getCell(i);
        cell.font = BOLD;
        cell.border = BORDER;
      }
      ws.mergeCells(g.number, 1, g.number, COLUMNS.length);
      g.commit();
    }
    const row = ws.addRow([++stt, ...r.slice(1)]);
    COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.font = FONT;
      cell.border = BORDER;
      cell.numFmt = c.numFmt;
      cell.alignment = c.align;
    });
    row.commit();
    rows++;
  }
  ws.commit();
  await wb.commit();
  db.close();
  return { rows };
}
