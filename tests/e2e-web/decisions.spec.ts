import ExcelJS from 'exceljs';
import { appendixRows } from '../support/decision-appendix';
import { publicData } from '../support/public-data';
import { expect, gridCell, test, waitForGrid } from './fixtures';
import type { Page } from '@playwright/test';

/** Screenshots for a human look when SCREENSHOT_DIR is set (not part of the assertions). */
async function shot(page: Page, name: string) {
  if (process.env.SCREENSHOT_DIR)
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}.png` });
}

const tsv = (rows: string[][]) =>
  rows.map((r) => r.map((c) => (/[\t\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join('\t')).join('\n');

test('a publication decision: preview, apply, see it on the record, undo; a pasted Phần I that cannot apply', async ({
  page,
}) => {
  await waitForGrid(page);
  await page.getByRole('button', { name: /Quyết định công bố/ }).click();
  await page.getByRole('button', { name: /01\/2025\/QĐ-MH/ }).click();
  await expect(page.getByRole('heading', { name: /Phần I.*\(3 dòng\)/ })).toBeVisible();
  await page.getByRole('button', { name: 'Xem trước khi áp dụng' }).click();
  const plan = page.getByRole('region', { name: 'Xem trước khi áp dụng' });
  await expect(plan.getByRole('status')).toContainText('1 tạo mới, 0 thêm, 2 sửa đổi');
  await expect(plan).toContainText('Thủ tục cấp bản sao từ sổ gốc');
  await shot(page, 'decision-preview');
  await page.getByRole('button', { name: 'Áp dụng vào danh mục' }).click();
  await expect(page.getByRole('status').first()).toContainText('Đã áp dụng quyết định 01/2025/QĐ-MH');
  await expect(page.getByText('Quyết định đã áp dụng: chỉ xem.')).toBeVisible();
  await shot(page, 'decision-applied');

  // The new procedure is in the inventory; the amended one lists the decision in its history.
  await page.getByRole('button', { name: /Danh mục TTHC/ }).click();
  await waitForGrid(page);
  await page.getByRole('searchbox').fill('2.000282');
  await expect(gridCell(page, 0, 'name')).toHaveText(
    'Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội',
  );
  await page.getByRole('searchbox').fill('2.000908');
  await gridCell(page, 0, 'time').dblclick();
  await page.getByRole('tab', { name: 'Lịch sử' }).click();
  const events = page.getByRole('region', { name: /Quyết định công bố đã tác động/ });
  await expect(events).toContainText('Sửa đổi, bổ sung · 01/2025/QĐ-MH (minh họa) · 20/11/2025');
  await shot(page, 'record-decisions');

  await page.getByRole('button', { name: /Quyết định công bố/ }).click();
  await page.getByRole('button', { name: /01\/2025\/QĐ-MH/ }).click();
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByRole('status').first()).toContainText('Đã hoàn tác');
  await expect(page.getByRole('button', { name: /01\/2025\/QĐ-MH/ })).toContainText('Chưa áp dụng');
  await page.getByRole('button', { name: /Danh mục TTHC/ }).click();
  await waitForGrid(page);
  await page.getByRole('searchbox').fill('2.000282');
  await expect(page.getByText('0 / 54 thủ tục')).toBeVisible();

  // Paste the real Vĩnh Long 2637 Phần I: 13 rows read, but the demo commune lacks what it amends and repeals.
  await page.getByRole('button', { name: /Quyết định công bố/ }).click();
  await page.getByRole('button', { name: 'Ghi quyết định mới' }).click();
  await page.getByRole('button', { name: 'Dán bảng Phần I' }).click();
  await page
    .getByRole('textbox', { name: 'Dán bảng Phần I' })
    .fill(tsv(appendixRows('2637', 'FILE ĐƯỢC ĐÍNH KÈM')));
  await page.getByRole('button', { name: 'Đọc bảng đã dán' }).click();
  await expect(page.getByRole('heading', { name: /\(13 dòng\)/ })).toBeVisible();
  await expect(page.getByLabel('Số quyết định')).toHaveValue('2637/QĐ-UBND');
  await expect(page.getByLabel('Ngày ký')).toHaveValue('16/11/2025');
  await page.getByRole('button', { name: 'Xem trước khi áp dụng' }).click();
  await expect(page.getByRole('alert')).toContainText('Không áp dụng được: 6 dòng lỗi');
  await expect(page.getByRole('region', { name: 'Xem trước khi áp dụng' })).toContainText(
    'bãi bỏ TTHC 2.001009.000.00.00.H61',
  );
  await expect(page.getByRole('button', { name: 'Áp dụng vào danh mục' })).toBeDisabled();
  await shot(page, 'decision-paste-refused');

  // The appendix of the saved decision as .xlsx (through the reports machinery) and .docx.
  const xlsx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất phụ lục .xlsx' }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await (await xlsx).path());
  expect(book.worksheets.map((w) => w.name)).toEqual([
    'I.2 Sửa đổi, bổ sung',
    'I.4 Bãi bỏ',
    'Phần II Nội dung',
  ]);
  const docx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất phụ lục .docx' }).click();
  expect((await docx).suggestedFilename()).toMatch(/^Phụ lục QĐ 2637-QĐ-UBND.*\.docx$/);
});

test('two demo communes merge: conflicts chosen one by one, dossiers summed, old ones read-only, undo', async ({
  page,
}) => {
  await waitForGrid(page);
  await page.getByRole('button', { name: /Đơn vị/ }).click();
  await page.getByRole('button', { name: 'Sáp nhập đơn vị' }).click();
  const panel = page.getByRole('region', { name: 'Sáp nhập các đơn vị cũ vào một đơn vị mới' });
  await panel.getByLabel(/UBND xã Minh họa \(dữ liệu mẫu\)/).check();
  await panel.getByLabel(/UBND xã Minh họa 2/).check();
  await panel.getByLabel('Tên đơn vị mới').fill('UBND xã Minh họa Mới');
  await panel.getByLabel('Mã đơn vị').fill('XA-MOI');
  await panel.getByRole('button', { name: 'Xem trước' }).click();
  await expect(panel.getByRole('status')).toContainText('3 xung đột cần chọn');
  await expect(panel.getByRole('button', { name: 'Sáp nhập' })).toBeDisabled();
  await expect(panel).toContainText('Còn 3 xung đột chưa chọn.');
  await panel.getByRole('radio', { name: /Minh họa 2.*Cán bộ tư pháp xã 2/ }).check();
  await panel
    .getByRole('row', { name: /1\.004222/ })
    .getByRole('radio')
    .first()
    .check();
  await panel
    .getByRole('row', { name: /2\.000815/ })
    .getByRole('radio')
    .last()
    .check();
  await shot(page, 'merge-preview');
  await panel.getByRole('button', { name: 'Sáp nhập' }).click();
  await expect(page.getByRole('status').first()).toContainText('Đã sáp nhập vào UBND xã Minh họa Mới');
  const table = page.locator('.units-table');
  await expect(
    table.locator('tr').filter({ has: page.getByRole('cell', { name: 'XA-MOI', exact: true }) }),
  ).toContainText('01/07/2025');
  await expect(table.locator('tr', { hasText: 'DEMO-XA-2' })).toContainText('đã sáp nhập vào XA-MOI');
  await shot(page, 'merge-done');

  // The new commune's inventory: 1.001193's dossiers per year are the two communes' added up.
  await page.getByRole('combobox', { name: 'Đơn vị' }).selectOption({ label: 'UBND xã Minh họa Mới' });
  await page.getByRole('button', { name: /Danh mục TTHC/ }).click();
  await waitForGrid(page);
  await page.getByRole('searchbox').fill('1.001193');
  await page.locator('.ag-body-horizontal-scroll-viewport').evaluate((el) => (el.scrollLeft = 5000));
  await expect(gridCell(page, 0, 'dossiersPerYear')).toHaveText('672');
  await shot(page, 'merged-inventory');

  await page
    .getByRole('button', { name: /Đơn vị/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.locator('.units-table')).not.toContainText('XA-MOI');
});

async function newerNationalList(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(publicData('dvcqg-danh-sach-tthc-BoTuPhap.xlsx'));
  const ws = wb.worksheets[0]!;
  let drop = 0;
  ws.eachRow((row, n) => {
    if (row.getCell(1).text === '1.004837') drop = n;
  });
  ws.spliceRows(drop, 1);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('a newer national list compared, selected rows applied, the review on the old version flagged and confirmed', async ({
  page,
}) => {
  await waitForGrid(page);
  await page.getByRole('button', { name: /Nhập Excel/ }).click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'BTP-moi.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await newerNationalList(),
  });
  await page.getByRole('button', { name: /So sánh với danh mục của đơn vị/ }).click();
  const step = page.getByRole('region', { name: 'So sánh danh mục quốc gia với danh mục của đơn vị' });
  await expect(step.getByRole('status')).toContainText('1 không còn trong danh mục quốc gia');
  await shot(page, 'compare');
  // Changed and gone rows start ticked; the officer keeps only two.
  await step.getByRole('checkbox', { name: 'Chọn tất cả' }).check();
  await step.getByRole('checkbox', { name: 'Chọn tất cả' }).uncheck();
  await step.getByRole('checkbox', { name: /^1\.004837/ }).check();
  await step.getByRole('checkbox', { name: /^1\.004873/ }).check();
  await step.getByLabel(/Ngày áp dụng/).fill('01/01/2026');
  await step.getByRole('button', { name: 'Áp dụng 2 dòng đã chọn' }).click();
  await expect(step.getByRole('status').last()).toContainText('0 thêm mới, 1 phiên bản mới, 1 bãi bỏ');

  await page.getByRole('button', { name: /Rà soát/ }).click();
  await page
    .getByRole('button', { name: /Kế hoạch rà soát, đánh giá TTHC năm 2026/ })
    .first()
    .click();
  const item = page.getByRole('button', { name: /1\.004873/ });
  await expect(item).toContainText('Rà soát trên phiên bản cũ');
  await item.click();
  const banner = page.getByRole('note', { name: 'Rà soát trên phiên bản cũ' });
  await expect(banner).toContainText('Ủy ban nhân dân cấp xã');
  await shot(page, 'review-outdated');
  await banner.getByRole('button', { name: 'Xác nhận rà soát vẫn đúng' }).click();
  await expect(banner).toHaveCount(0);
});
