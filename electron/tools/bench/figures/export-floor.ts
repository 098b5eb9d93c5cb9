/**
 * The floor of the export figure: exceljs's streaming WorkbookWriter writing the workbook the app writes for
 * the Danh mục TTHC, with no app code. The same sheet and cells: heading block, title, subtitle and period line,
 * header, one Roman-numbered group row per lĩnh vực, STT restarting in each group, the same texts per cell
 * (times with their unit and fees per channel or once when every channel says the same, "Không" without fees,
 * legal bases by number, formatted in SQL), the same styles set on every cell the way exceljs documents it
 * (font, border, number format, alignment), the same merges, a height on every row, frozen header, print setup
 * and signature block. Rows come from one SELECT in lĩnh vực then code order; no builder, no sink, no text or
 * style helpers. The texts equal the app's for the bench data, whose channels always have a time and no
 * unit-local fee rate (the app's fallbacks for those cases are not reproduced). Row heights are a simple
 * estimate (lines from line breaks and length), not the app's measured wrapping, and the floor does not lay
 * out pages: the app also cuts a row too tall for the room left on a page into parts and breaks the pages
 * itself, which is part of what its ratio to this floor measures.
 */
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { Alignment, Borders, Font } from 'exceljs';
import { toRoman } from '../../../shared/text/roman';

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const FONT: Partial<Font> = { name: 'Times New Roman', size: 11 };
const BOLD: Partial<Font> = { ...FONT, bold: true };
const ITALIC: Partial<Font> = { ...FONT, italic: true };
const HEADING: Partial<Font> = { name: 'Times New Roman', size: 12, bold: true };
const FOOTER = '&C&"Times New Roman,Regular"&10Trang &P/&N';

/** The columns of the app's Danh mục TTHC report (reports/builders/inventory.ts INVENTORY_COLUMNS). */
const COLUMNS: { header: string; width: number; numFmt: string; align: Partial<Alignment> }[] = [
  ['STT', 5, '0', 'center'],
  ['Mã TTHC', 11, '@', 'left'],
  ['Tên thủ tục hành chính', 28, '@', 'left'],
  ['Thời hạn giải quyết', 14, '@', 'left'],
  ['Địa điểm thực hiện', 13, '@', 'left'],
  ['Phí, lệ phí (nếu có)', 16, '@', 'left'],
  ['Căn cứ pháp lý', 31, '@', 'left'],
].map(([header, width, numFmt, horizontal]) => ({
  header: header as string,
  width: width as number,
  numFmt: numFmt as string,
  align: { horizontal: horizontal as Alignment['horizontal'], vertical: 'top' as const, wrapText: true },
}));

// One style object per column and row kind, shared by every cell that has it: exceljs's writer remembers the
// style id of each object it has seen, so this is how exceljs is used at its fastest (the app does the same).
const DATA_STYLES: Partial<ExcelJS.Style>[] = COLUMNS.map((c) => ({
  font: FONT,
  alignment: c.align,
  border: BORDER,
  numFmt: c.numFmt,
}));
const GROUP_STYLES: Partial<ExcelJS.Style>[] = DATA_STYLES.map((st) => ({ ...st, font: BOLD }));
const GROUP_LABEL_STYLE: Partial<ExcelJS.Style> = {
  ...GROUP_STYLES[0],
  alignment: { horizontal: 'left', vertical: 'top', wrapText: true },
};
const LEFT_BLOCK = 3; // columns under the issuing body in the heading block (the app's 40 % rule for these widths)

/** The cell texts in plain SQL: one fee text per fee, one line per channel, then per procedure. */
const ROWS_SQL = `
  -- A long fee text is cut after its last whole word within 300 characters (rtrim by the set of its other
  -- characters leaves the text up to its last space), as the app cuts it.
  WITH fee AS (
    SELECT f.channel_id AS channelId, f.ord,
      CASE WHEN f.amount IS NOT NULL OR f.set_by = 'HDND_TINH' THEN concat_ws(', ',
          CASE WHEN f.amount = 0 THEN 'Không thu'
               WHEN f.amount IS NOT NULL THEN replace(printf('%,d', f.amount), ',', '.') || ' '
                 || CASE WHEN upper(f.currency) = 'VND' THEN 'đ' ELSE upper(f.currency) END
                 || CASE WHEN f.per_unit <> '' THEN '/' || f.per_unit ELSE '' END END,
          CASE WHEN f.set_by = 'HDND_TINH' THEN 'mức do HĐND tỉnh quyết định' END)
        WHEN length(trim(f.text)) > 300 THEN rtrim(CASE
            WHEN length(rtrim(rtrim(substr(trim(f.text), 1, 300), replace(substr(trim(f.text), 1, 300), ' ', '')))) > 150
            THEN rtrim(substr(trim(f.text), 1, 300), replace(substr(trim(f.text), 1, 300), ' ', ''))
            ELSE substr(trim(f.text), 1, 300) END, ' ,;:.–-') || '…'
        ELSE trim(f.text) END AS text
    FROM fees f WHERE f.unit_id IS NULL
  ), channel AS (
    SELECT c.procedure_id AS procedureId, c.ord,
      CASE WHEN c.time_value IS NOT NULL AND (trim(c.time_text) = '' OR lower(trim(c.time_text)) IN (
          printf('%g', c.time_value), printf('%g ngày làm việc', c.time_value), printf('%g ngày', c.time_value)))
        THEN printf('%g', c.time_value) || ' ' || CASE c.time_unit WHEN 'WORKING_DAY' THEN 'ngày làm việc'
          WHEN 'CALENDAR_DAY' THEN 'ngày' WHEN 'HOUR' THEN 'giờ' WHEN 'MONTH' THEN 'tháng'
          WHEN 'UNSPECIFIED' THEN CASE WHEN lower(trim(c.time_text)) = printf('%g ngày', c.time_value)
            THEN 'ngày' ELSE 'ngày làm việc' END END
        ELSE trim(c.time_text) END AS time,
      CASE c.method WHEN 'TRUC_TIEP' THEN 'Trực tiếp' WHEN 'BUU_CHINH' THEN 'Dịch vụ bưu chính'
        ELSE 'Trực tuyến' END AS label,
      coalesce((SELECT group_concat(fee.text, '; ' ORDER BY fee.ord) FROM fee
                WHERE fee.channelId = c.id AND fee.text <> ''), '') AS fees
    FROM channels c
  )
  SELECT p.field, p.code, p.name,
    (SELECT CASE WHEN count(*) > 0 AND sum(time = '') = 0 AND count(DISTINCT time) = 1 THEN min(time)
       ELSE coalesce(group_concat(CASE WHEN time <> '' THEN label || ': ' || time END, char(10) ORDER BY ord), '')
       END FROM channel WHERE channel.procedureId = p.id),
    substr(CASE WHEN trim(p.receiving_address) <> '' THEN trim(p.receiving_address)
      ELSE trim(p.executing_agencies) END, 1, 2000),
    (SELECT CASE WHEN coalesce(sum(fees <> ''), 0) = 0 THEN 'Không'
       WHEN sum(fees = '') = 0 AND count(DISTINCT fees) = 1 THEN min(fees)
       ELSE group_concat(CASE WHEN fees <> '' THEN label || ': ' || fees END, char(10) ORDER BY ord) END
       FROM channel WHERE channel.procedureId = p.id),
    (SELECT coalesce(group_concat(item, '; ' ORDER BY first), '') FROM (
       SELECT coalesce(nullif(trim(l.code), ''), trim(l.name)) AS item, min(l.ord) AS first
       FROM legal_bases l WHERE l.procedure_id = p.id AND (trim(l.code) <> '' OR trim(l.name) <> '')
       GROUP BY item))
  FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id
  WHERE up.unit_id = ? AND up.deleted_at IS NULL
  ORDER BY p.field, p.code`;

/** Lines of the tallest cell, from its line breaks and length only; capped at Excel's 409 points. */
function estimatedHeight(cells: readonly unknown[]): number {
  let lines = 1;
  cells.forEach((v, i) => {
    if (typeof v !== 'string') return;
    let n = 1 + Math.floor(v.length / COLUMNS[i]!.width);
    for (let at = v.indexOf('\n'); at >= 0; at = v.indexOf('\n', at + 1)) n++;
    lines = Math.max(lines, n);
  });
  return Math.min(409, Math.ceil((lines * 13.5 + 3) / 0.75) * 0.75);
}

function mergedText(
  ws: ExcelJS.Worksheet,
  row: number,
  from: number,
  to: number,
  text: string,
  font: object,
  lastRow = row,
) {
  const cell = ws.getRow(row).getCell(from);
  cell.value = text;
  cell.font = font;
  cell.alignment = { horizontal: 'center', vertical: 'top', wrapText: true };
  if (to > from || lastRow > row) ws.mergeCells(row, from, lastRow, to);
}

export async function writeWithExceljs(
  dbFile: string,
  unitId: number,
  out: string,
): Promise<{ rows: number }> {
  const db = new Database(dbFile, { readonly: true });
  const unit = db.prepare('SELECT name FROM units WHERE id = ?').pluck().get(unitId) as string;
  const total = db
    .prepare('SELECT count(*) FROM unit_procedures WHERE unit_id = ? AND deleted_at IS NULL')
    .pluck()
    .get(unitId) as number;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const width = COLUMNS.length;
  // The default font, as the app's (exceljs 4.4 adds its Calibri only when no font exists yet).
  (wb as unknown as { styles: { _addFont(f: object): number } }).styles._addFont({
    name: 'Times New Roman',
    size: 12,
    family: 1,
  });
  const ws = wb.addWorksheet('Danh mục TTHC', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 9, topLeftCell: 'A10', activeCell: 'A10' }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      scale: 100,
      fitToPage: false,
      margins: { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
      horizontalCentered: true,
    },
    headerFooter: { oddFooter: FOOTER, evenFooter: FOOTER },
  });
  ws.columns = COLUMNS.map((c) => ({ width: c.width, style: { font: FONT, numFmt: c.numFmt } }));
  mergedText(ws, 1, 1, LEFT_BLOCK, `${unit.toUpperCase()}\n${'—'.repeat(4)}`, HEADING, 3);
  mergedText(ws, 1, LEFT_BLOCK + 1, width, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { ...HEADING, size: 13 });
  mergedText(ws, 2, LEFT_BLOCK + 1, width, 'Độc lập - Tự do - Hạnh phúc', {
    ...HEADING,
    size: 14,
    underline: true,
  });
  const [y, m, d] = new Date().toISOString().slice(0, 10).split('-');
  mergedText(ws, 3, LEFT_BLOCK + 1, width, `Mô phỏng, ngày ${d} tháng ${m} năm ${y}`, {
    ...ITALIC,
    size: 13,
  });
  const title = `DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA ${unit.toUpperCase()}`;
  mergedText(ws, 5, 1, width, title, { ...HEADING, size: 14 });
  mergedText(ws, 6, 1, width, `(Tổng số: ${total} thủ tục hành chính)`, { ...ITALIC, size: 12 });
  mergedText(ws, 7, 1, width, `Số liệu tính đến ngày ${d}/${m}/${y}`, { ...ITALIC, size: 12 });
  for (const [r, h] of [
    [1, 17.25],
    [2, 18.75],
    [3, 17.25],
    [4, 8.25],
    [5, 36],
    [6, 15.75],
    [7, 15.75],
    [8, 6],
  ])
    ws.getRow(r!).height = h!;
  for (let i = 1; i <= 8; i++) ws.getRow(i).commit();
  const header = ws.getRow(9);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = BOLD;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.numFmt = '@';
  });
  header.height = estimatedHeight(COLUMNS.map((c) => c.header));
  ws.pageSetup.printTitlesRow = '9:9';
  header.commit();
  let next = 10;
  let rows = 0;
  let field: string | null = null;
  let groups = 0;
  let stt = 0;
  for (const r of db.prepare(ROWS_SQL).raw().iterate(unitId) as IterableIterator<unknown[]>) {
    if (r[0] !== field) {
      field = r[0] as string;
      stt = 0;
      const g = ws.getRow(next++);
      COLUMNS.forEach((_c, i) => (g.getCell(i + 1).style = GROUP_STYLES[i]!));
      const label = `${toRoman(++groups)}. ${/^lĩnh vực/i.test(field) ? field : `Lĩnh vực ${field}`}`;
      g.height = estimatedHeight([label]);
      g.getCell(1).value = label;
      g.getCell(1).style = GROUP_LABEL_STYLE;
      ws.mergeCells(g.number, 1, g.number, width);
      g.commit();
    }
    const cells = [++stt, ...r.slice(1)];
    const row = ws.getRow(next++);
    COLUMNS.forEach((_c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = cells[i] as ExcelJS.CellValue;
      cell.style = DATA_STYLES[i]!;
    });
    row.height = estimatedHeight(cells);
    row.commit();
    rows++;
  }
  ws.getRow(next).height = 10.5;
  ws.getRow(next).commit();
  mergedText(ws, next + 1, 1, LEFT_BLOCK, 'NGƯỜI LẬP BIỂU', { ...HEADING, size: 13 });
  mergedText(ws, next + 1, LEFT_BLOCK + 1, width, 'THỦ TRƯỞNG ĐƠN VỊ', { ...HEADING, size: 13 });
  mergedText(ws, next + 2, 1, LEFT_BLOCK, '(Ký, ghi rõ họ tên)', { ...ITALIC, size: 12 });
  mergedText(ws, next + 2, LEFT_BLOCK + 1, width, '(Ký, đóng dấu, ghi rõ họ tên)', { ...ITALIC, size: 12 });
  ws.getRow(next + 1).commit();
  ws.getRow(next + 2).commit();
  ws.getRow(next + 3).height = 72;
  ws.getRow(next + 3).commit();
  ws.commit();
  await wb.commit();
  db.close();
  return { rows };
}
