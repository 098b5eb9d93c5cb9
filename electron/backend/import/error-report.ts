import ExcelJS from 'exceljs';
import type { Locale } from '../../shared/errors';

export interface ReportLine {
  sheet: string;
  row: number;
  column: string;
  code: string;
  name: string;
  message: string;
}

/** The rejected rows and why, one line per problem, as an .xlsx the user fixes the source file from. */
export async function writeErrorReport(
  file: string,
  fileName: string,
  lines: ReportLine[],
  locale: Locale,
): Promise<void> {
  const vi = locale === 'vi';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TinhGọn';
  const ws = wb.addWorksheet(vi ? 'Dòng bị từ chối' : 'Rejected rows');
  ws.addRow([
    vi ? `Các dòng không nhập được từ tệp "${fileName}"` : `Rows not imported from "${fileName}"`,
  ]).font = { bold: true, size: 13 };
  ws.mergeCells(1, 1, 1, 6);
  const header = ws.addRow(
    vi
      ? ['Trang tính', 'Dòng', 'Cột', 'Mã TTHC', 'Tên thủ tục', 'Lý do']
      : ['Sheet', 'Row', 'Column', 'Code', 'Name', 'Reason'],
  );
  header.font = { bold: true };
  for (const l of lines) ws.addRow([l.sheet, l.row, l.column, l.code, l.name, l.message]);
  ws.getColumn(4).numFmt = '@';
  [20, 8, 8, 14, 50, 80].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(6).alignment = { wrapText: true, vertical: 'top' };
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  await wb.xlsx.writeFile(file);
}
