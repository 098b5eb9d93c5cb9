import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { publicData } from './public-data';

/** The real Bộ Tư pháp export as a "newer" list: 1.004837 (đăng ký giám hộ) no longer in it, 2.001019 renamed. */
export async function newerList(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(publicData('dvcqg-danh-sach-tthc-BoTuPhap.xlsx'));
  const ws = wb.worksheets[0]!;
  let drop = 0;
  ws.eachRow((row, n) => {
    const code = row.getCell(1).text;
    if (code === '1.004837') drop = n;
    if (code === '2.001019') row.getCell(2).value = 'Chứng thực di chúc (tên mới)';
  });
  expect(drop).toBeGreaterThan(0);
  ws.spliceRows(drop, 1);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
