/**
 * Báo cáo and Tổng quan in browser mode: pick a report, preview it, export it (the worker writes the file,
 * the browser downloads it) and read the download back with the independent reader; the dashboard shows
 * its charts and a bar click opens the inventory with the filter stored for it.
 */
import { join } from 'node:path';
import { findRows, readWorkbook, rowValues } from '../support/xlsx-reader';
import { expect, gridCell, test, waitForGrid } from './fixtures';

test('preview and export the simplification plan; the download holds the worked example totals', async ({
  page,
  app,
}) => {
  await page.getByRole('button', { name: /Báo cáo/ }).click();
  await expect(page.getByRole('listbox', { name: 'Báo cáo' }).getByRole('option')).toHaveCount(8);
  await page.getByRole('button', { name: /Phương án đơn giản hóa TTHC/ }).click();
  await expect(page.locator('.reports-preview figcaption strong')).toHaveText(
    'PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH',
  );
  await expect(page.locator('.reports-filename code')).toHaveText(
    /^Phương án đơn giản hóa - UBND xã Minh họa \(dữ liệu mẫu\) - \d{2}-\d{2}-\d{4}\.xlsx$/,
  );
  await expect(page.locator('.reports-preview tbody tr').first()).toContainText('1.001612');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const download = await downloadPromise;
  const file = join(app.dataDir, 'downloaded.xlsx');
  await download.saveAs(file);
  await expect(page.getByRole('status')).toContainText('đã sẵn sàng');

  const summary = readWorkbook(file).sheets[1]!;
  const total = findRows(summary, (v) => v === 'TỔNG CỘNG')[0]!;
  expect(rowValues(summary, total).filter((v) => typeof v === 'number')).toEqual([
    243_285_900, 76_874_850, 166_411_050, 68.4,
  ]);
});

test('filters belong to their report: printed under the title, shown in the preview, cleared with the last export’s news when another report is chosen', async ({
  page,
  app,
}) => {
  await page.getByRole('button', { name: /Báo cáo/ }).click();
  await page.getByLabel(/Mã TTHC/).fill('1.001612');
  const notes = page.locator('.reports-preview figcaption .reports-note');
  await expect(notes).toContainText(['(Tổng số: 1 thủ tục hành chính)', 'Phạm vi: chỉ gồm mã TTHC 1.001612']);
  await expect(page.locator('.reports-filters-on')).toContainText('Bộ lọc đang áp dụng');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const file = join(app.dataDir, 'inventory.xlsx');
  await (await downloadPromise).saveAs(file);
  await expect(page.getByRole('status')).toContainText('đã sẵn sàng');
  const cells = Object.values(readWorkbook(file).sheets[0]!.cells).map((c) => c.cv);
  expect(cells).toContain('Phạm vi: chỉ gồm mã TTHC 1.001612');

  await page.getByRole('button', { name: /Phương án đơn giản hóa TTHC/ }).click();
  await expect(page.getByLabel(/Mã TTHC/)).toHaveValue('');
  await expect(page.getByRole('status')).toHaveCount(0);
  await expect(page.locator('.reports-preview figcaption strong')).toHaveText(
    'PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH',
  );
  await expect(notes.filter({ hasText: 'Phạm vi' })).toHaveCount(0);
  // Back to the Danh mục: its filter was for the other choice and is gone too.
  await page.getByRole('button', { name: /Danh mục thủ tục hành chính/ }).click();
  await expect(page.getByLabel(/Mã TTHC/)).toHaveValue('');
  await expect(notes).toContainText(['(Tổng số: 54 thủ tục hành chính)']);
});

test('the period, the appendix and the unit’s signature block print in the report', async ({ page, app }) => {
  await page.getByRole('button', { name: /Báo cáo/ }).click();
  await page.getByLabel('Kỳ báo cáo').selectOption('quarter');
  await page.getByLabel('Quý').selectOption('1');
  await page.getByLabel('Năm', { exact: true }).selectOption('2026');
  const notes = page.locator('.reports-preview figcaption .reports-note');
  await expect(notes).toContainText(['Kỳ báo cáo: quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/03/2026)']);
  await page.getByLabel('In là phụ lục kèm theo quyết định').check();
  await page.getByLabel(/Số quyết định/).fill('12/QĐ-UBND');
  await page.getByLabel(/Ngày quyết định/).fill('05/03/2026');
  await expect(page.locator('.reports-preview figcaption strong')).toHaveText(/^PHỤ LỤC – DANH MỤC/);
  await expect(notes.first()).toHaveText('(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 03 năm 2026)');

  await page.getByRole('button', { name: /Thống kê TTHC/ }).click();
  await page.locator('summary', { hasText: 'Khối chữ ký của đơn vị' }).click();
  await page
    .getByLabel('Thể thức ký')
    .selectOption({ label: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' });
  await page.getByLabel('Họ tên người ký').fill('Nguyễn Văn B');
  await page.getByRole('button', { name: 'Lưu khối chữ ký' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu khối chữ ký.');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const file = join(app.dataDir, 'statistics.xlsx');
  await (await downloadPromise).saveAs(file);
  const sheet = readWorkbook(file).sheets[0]!;
  const sign = findRows(sheet, (v) => v === 'NGƯỜI LẬP BIỂU')[0]!;
  expect(rowValues(sheet, sign)).toContain('TM. ỦY BAN NHÂN DÂN');
  expect(Object.values(sheet.cells).map((c) => c.cv)).toEqual(
    expect.arrayContaining([
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn B',
      'Kỳ báo cáo: quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/03/2026)',
    ]),
  );
});

test('report names and descriptions in the English UI', async ({ page }) => {
  await page.getByRole('button', { name: 'English' }).click();
  await page
    .getByRole('button', { name: /^▤ Reports$|Reports/ })
    .first()
    .click();
  const list = page.getByRole('listbox', { name: 'Reports' });
  await expect(list.getByRole('option')).toHaveCount(8);
  await expect(list).toContainText('Appendix of a publication decision');
  await expect(list).toContainText('List of administrative procedures');
  await expect(list).toContainText('Compliance cost sheet');
  await expect(list).not.toContainText('Danh mục thủ tục hành chính');
});

test('one procedure as a document: the record editor prints Phần II a–l, and only it', async ({ page }) => {
  await waitForGrid(page);
  await gridCell(page, 0, 'time').dblclick();
  await page.getByRole('button', { name: 'In / Lưu PDF' }).click();
  const view = page.getByRole('dialog', { name: /Thủ tục dạng văn bản/ });
  await expect(view.locator('h1')).toHaveText('NỘI DUNG CỤ THỂ CỦA THỦ TỤC HÀNH CHÍNH');
  await expect(view.locator('.doc-item h3')).toHaveText([
    'a) Trình tự thực hiện',
    'b) Cách thức thực hiện',
    'c) Thành phần, số lượng hồ sơ',
    'd) Thời hạn giải quyết',
    'đ) Đối tượng thực hiện TTHC',
    'e) Cơ quan thực hiện TTHC',
    'g) Kết quả thực hiện TTHC',
    'h) Phí, lệ phí (nếu có)',
    'i) Tên mẫu đơn, mẫu tờ khai',
    'k) Yêu cầu, điều kiện thực hiện TTHC (nếu có)',
    'l) Căn cứ pháp lý của TTHC',
    'Thông tin của đơn vị',
  ]);
  await expect(view.locator('.doc-issuer')).toContainText('UBND XÃ MINH HỌA');
  // Browser mode: "Lưu PDF" is the browser's print dialog (Save as PDF); the print stylesheet keeps only the
  // document: the app around it (rail, grid, toolbar) is not printed.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.rail')).toBeHidden();
  await expect(view.locator('.print-toolbar')).toBeHidden();
  await expect(view.locator('.procedure-document')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await view.getByRole('button', { name: 'Đóng' }).click();
  await expect(view).toHaveCount(0);

  // A procedure with a quy trình nội bộ prints it as item m): its steps and its swimlane diagram.
  await page.getByRole('searchbox').fill('1.001612');
  await expect(gridCell(page, 0, 'code')).toHaveText('1.001612');
  await gridCell(page, 0, 'time').dblclick();
  await expect(page.locator('.record-editor')).toContainText('1.001612');
  await page.getByRole('button', { name: 'In / Lưu PDF' }).click();
  const process = view.getByTestId('doc-process');
  await expect(process.locator('h3')).toHaveText('m) Quy trình nội bộ giải quyết TTHC');
  await expect(process.locator('tbody tr')).toHaveCount(7);
  await expect(process.locator('tbody tr').nth(2)).toContainText('1,5 ngày làm việc');
  await expect(process.locator('svg').first()).toBeVisible();
});

test('dashboard: charts and numbers; clicking a lĩnh vực bar opens the inventory for it', async ({
  page,
  app,
}) => {
  expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:/); // the fixture starts the host and opens the page
  await page.getByRole('button', { name: /Tổng quan/ }).click();
  await expect(page.getByTestId('dashboard-total')).toHaveText('54');
  await expect(page.getByTestId('dashboard-saving')).toContainText('166.411.050 đ');
  await expect(page.getByTestId('chart-by-field').locator('canvas').first()).toBeVisible();
  await page
    .getByTestId('chart-by-field')
    .getByRole('button', { name: /^Hộ tịch: 13$/ })
    .click();
  await waitForGrid(page);
  const stored = await page.evaluate<string | null>("sessionStorage.getItem('tinhgon:inventory-filter')");
  // The inventory screen may consume the filter on arrival; if it has not, it is exactly what was clicked.
  if (stored !== null) expect(JSON.parse(stored)).toEqual({ field: 'Hộ tịch' });
});
