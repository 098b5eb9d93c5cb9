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

/** Column kinds as in the app's report sink (sink.ts ColumnKind). */
const COLUMNS: { header: string; width: number; numFmt: string; align: Partial<Alignment> }[] = [
  ['STT', 6, '0', 'center'],
  ['Mã TTHC', 14, '@', 'left'],
  ['Tên thủ tục hành chính', 60, '@', 'left'],
  ['Lĩnh vực', 28, '@', 'left'],
  ['Cơ quan thực hiện', 30, '@', 'left'],
  ['Thời hạn giải quyết', 22, '@', 'left'],
  ['Phí, lệ phí (đ)', 14, '#,##0', 'right'],
  ['Số bước', 8, '#,##0', 'right'],
  ['Số thành phần hồ sơ', 10, '#,##0', 'right'],
  ['Mức độ DVC trực tuyến', 14, '@', 'left'],
  ['Số hồ sơ/năm', 12, '#,##0', 'right'],
].map(([header, width, numFmt, horizontal]) => ({
  header: header as string,
  width: width as number,
  numFmt: numFmt as string,
  align: { horizontal: horizontal as Alignment['horizontal'], vertical: 'top' as const, wrapText: true },
}));

const ROWS_SQL = `
  SELECT p.code, p.name, p.field, p.executing_agencies,
    (SELECT c.time_text FROM channels c WHERE c.procedure_id = p.id ORDER BY c.ord LIMIT 1),
    (SELECT f.amount FROM fees f JOIN channels c ON c.id = f.channel_id WHERE c.procedure_id = p.id
       ORDER BY c.ord, f.ord LIMIT 1),
    (SELECT count(*) FROM steps s WHERE s.procedure_id = p.id),
    (SELECT count(*) FROM components x JOIN component_groups g ON g.id = x.group_id WHERE g.procedure_id = p.id),
    up.online_level, up.dossiers_per_year
  FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id
  WHERE up.unit_id = ? AND up.deleted_at IS NULL
  ORDER BY p.field, p.code`;

export async function writeWithExceljs(dbFile: string, unitId: number, out: string): Promise<{ rows: number }> {
  const db = new Database(dbFile, { readonly: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('Danh mục TTHC', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true } });
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
    if (r[2] !== field) {
      field = r[2] as string;
      const g = ws.addRow([`Lĩnh vực ${field}`]);
      for (let i = 1; i <= COLUMNS.length; i++) {
        const cell = g.getCell(i);
        cell.font = BOLD;
        cell.border = BORDER;
      }
      ws.mergeCells(g.number, 1, g.number, COLUMNS.length);
      g.commit();
    }
    const row = ws.addRow([++stt, ...r]);
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
