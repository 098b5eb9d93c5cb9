/**
 * The floor of the import figure: exceljs's streaming WorkbookReader reading every cell of the list workbook
 * and nothing else (the export figure's floor is in export-floor.ts).
 */
import ExcelJS from 'exceljs';

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
