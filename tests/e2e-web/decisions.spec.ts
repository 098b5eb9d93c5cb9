import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendixRows, appendixWorkbook } from '../support/decision-appendix';
import { publicData } from '../support/public-data';
import { QTNB, qtnbTable } from '../support/qtnb-table';
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
  // A language switch reads the preview again in English (the choices made stay), and back.
  await page.locator('.rail-foot').getByRole('button', { name: 'English' }).click();
  const en = page.getByRole('region', { name: /Merge/ });
  await expect(en.getByRole('status')).toContainText('35,248 dossiers/year');
  await expect(en.getByRole('status')).toContainText('3 conflicts');
  await shot(page, 'merge-preview-en');
  for (const vi of ['xung đột', 'Quy trình nội bộ', 'Phí, lệ phí', 'Mức độ'])
    await expect(en).not.toContainText(vi);
  await expect(en).not.toContainText('TRUC_TIEP');
  await page.locator('.rail-foot').getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(panel.getByRole('status')).toContainText('3 xung đột cần chọn');
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

test('merge: the two communes recorded different internal processes; the officer reads the steps and keeps one', async ({
  page,
  app,
}) => {
  // Commune 2 records its own quy trình nội bộ of 1.002755 (the published Vĩnh Long table) in the record editor.
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Quy trình').addRows(qtnbTable(QTNB.vinhLong));
  const file = join(app.dataDir, 'qtnb-vinh-long.xlsx');
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  await waitForGrid(page);
  await page
    .getByRole('combobox', { name: 'Đơn vị' })
    .selectOption({ label: 'UBND xã Minh họa 2 (dữ liệu mẫu)' });
  await waitForGrid(page);
  await page.getByRole('searchbox').fill('1.002755');
  await expect(gridCell(page, 0, 'code')).toHaveText('1.002755');
  await gridCell(page, 0, 'time').dblclick();
  const editor = page.locator('.record-editor');
  await editor.getByRole('tab', { name: 'Quy trình nội bộ' }).click();
  await editor.getByLabel(/Nhập từ bảng đã công bố/).setInputFiles(file);
  await expect(editor.getByRole('status').first()).toContainText('Đã nhập 6 bước');
  await page.keyboard.press('Escape');

  await page
    .getByRole('button', { name: /Đơn vị/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Sáp nhập đơn vị' }).click();
  const panel = page.getByRole('region', { name: 'Sáp nhập các đơn vị cũ vào một đơn vị mới' });
  await panel.getByLabel(/UBND xã Minh họa \(dữ liệu mẫu\)/).check();
  await panel.getByLabel(/UBND xã Minh họa 2/).check();
  await panel.getByLabel('Tên đơn vị mới').fill('UBND xã Minh họa Mới');
  await panel.getByLabel('Mã đơn vị').fill('XA-MOI');
  await panel.getByRole('button', { name: 'Xem trước' }).click();
  await expect(panel.getByRole('status')).toContainText('4 xung đột cần chọn');
  const row = panel.getByRole('row', { name: /1\.002755/ });
  await expect(row).toContainText('Quy trình nội bộ');
  await expect(row).toContainText('UBND xã Minh họa 2 (dữ liệu mẫu): 6 bước, tổng 3 ngày làm việc');
  await row.getByText('Xem các bước').last().click();
  await expect(row).toContainText('1. Hướng dẫn, tiếp nhận, quét hồ sơ và chuyển Công an cấp xã xử lý');
  await row.getByRole('radio').last().check();
  await panel.getByRole('radio', { name: /Minh họa 2.*Cán bộ tư pháp xã 2/ }).check();
  for (const code of [/1\.004222/, /2\.000815/])
    await panel.getByRole('row', { name: code }).getByRole('radio').first().check();
  await shot(page, 'merge-process-conflict');
  await panel.getByRole('button', { name: 'Sáp nhập' }).click();
  await expect(page.getByRole('status').first()).toContainText('Đã sáp nhập vào UBND xã Minh họa Mới');

  // The new commune's record carries commune 2's process.
  await page.getByRole('combobox', { name: 'Đơn vị' }).selectOption({ label: 'UBND xã Minh họa Mới' });
  await page.getByRole('button', { name: /Danh mục TTHC/ }).click();
  await waitForGrid(page);
  await page.getByRole('searchbox').fill('1.002755');
  await expect(gridCell(page, 0, 'code')).toHaveText('1.002755');
  await gridCell(page, 0, 'time').dblclick();
  await editor.getByRole('tab', { name: 'Quy trình nội bộ' }).click();
  await expect(editor.locator('ol.steps > li')).toHaveCount(6);
  await expect(editor.locator('ol.steps > li').first()).toContainText('Hướng dẫn, tiếp nhận, quét hồ sơ');
});

test('a decision’s Phần II: the amended steps and documents in the preview, then in the record; undo', async ({
  page,
  app,
}) => {
  // The real Lai Châu 2926 appendix (Phần I + Phần II) under an amendment heading, for a province holding the first.
  const rows = appendixRows('2926', '\u0000 (to the end)');
  const header = rows.findIndex((r) => r.includes('Tên thủ tục hành chính'));
  const file = join(app.dataDir, 'phu-luc-2926.xlsx');
  writeFileSync(
    file,
    await appendixWorkbook([
      ...rows.slice(0, header),
      ['A. DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG'],
      ['THỦ TỤC HÀNH CHÍNH CẤP TỈNH'],
      ...rows.slice(header),
    ]),
  );
  const name =
    'Cho phép nhập khẩu thuốc, nguyên liệu làm thuốc có hạn dùng còn lại tại thời điểm thông quan ngắn hơn quy định';
  await waitForGrid(page);
  await page.getByRole('button', { name: /Đơn vị/ }).click();
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await page.getByLabel('Tên đơn vị').fill('UBND tỉnh Lai Châu (thử)');
  await page.getByRole('combobox', { name: /^Cấp/ }).selectOption('TINH');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'UBND tỉnh Lai Châu (thử)' });
  await page.getByRole('button', { name: /Danh mục TTHC/ }).click();
  await page.getByRole('button', { name: 'Thêm thủ tục' }).first().click();
  await page.getByLabel('Mã TTHC').fill('1.900001');
  await page.getByLabel('Tên thủ tục').fill(name);
  await page.getByRole('button', { name: 'Tạo', exact: true }).click();
  await waitForGrid(page);

  await page.getByRole('button', { name: /Quyết định công bố/ }).click();
  await page.getByRole('button', { name: 'Ghi quyết định mới' }).click();
  await page.getByLabel('Nhập tệp phụ lục (.xlsx)').setInputFiles(file);
  await expect(page.getByRole('status').first()).toContainText('kèm Phần II (nội dung cụ thể) của 4 thủ tục');
  // The province holds only the first procedure: the other three rows go.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Xóa dòng 2' }).click();
  await expect(page.getByRole('heading', { name: /\(1 dòng\)/ })).toBeVisible();
  await expect(page.getByTestId('content-note-1')).toHaveText('Phần II: 4 bước, 2 giấy tờ');
  await page.getByRole('button', { name: 'Xem trước khi áp dụng' }).click();
  const plan = page.getByRole('region', { name: 'Xem trước khi áp dụng' });
  await expect(plan.getByRole('status')).toContainText('1 sửa đổi');
  const steps = plan.locator('.plan-diff', { hasText: 'Trình tự thực hiện' });
  await expect(steps.locator('ins')).toContainText('1. Cơ sở đề nghị cấp phép nhập khẩu nộp hồ sơ');
  await expect(steps.locator('ins')).toContainText('4. Sau khi nhận hồ sơ sửa đổi, bổ sung');
  await expect(plan.locator('.plan-diff', { hasText: 'Thành phần hồ sơ' }).locator('ins')).toContainText(
    '(bản chính: 1, bản sao: 1)',
  );
  await shot(page, 'decision-part-two-preview');
  await page.getByRole('button', { name: 'Áp dụng vào danh mục' }).click();
  await expect(page.getByRole('status').first()).toContainText('Đã áp dụng quyết định 2926/QĐ-UBND');

  await page.getByRole('button', { name: /Danh mục TTHC/ }).click();
  await waitForGrid(page);
  await page.getByRole('searchbox').fill('1.900001');
  await gridCell(page, 0, 'time').dblclick();
  const editor = page.locator('.record-editor');
  await editor.getByRole('tab', { name: 'Trình tự thực hiện' }).click();
  await expect(editor.getByLabel('Nội dung')).toHaveCount(4);
  await expect(editor.getByLabel('Nội dung').first()).toHaveValue(/^Cơ sở đề nghị cấp phép nhập khẩu/);
  await shot(page, 'decision-part-two-record');

  await page.getByRole('button', { name: /Quyết định công bố/ }).click();
  await page.getByRole('button', { name: /2926\/QĐ-UBND/ }).click();
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByRole('status').first()).toContainText('Đã hoàn tác');
  await page.getByRole('button', { name: /Danh mục TTHC/ }).click();
  await waitForGrid(page);
  await page.getByRole('searchbox').fill('1.900001');
  await gridCell(page, 0, 'time').dblclick();
  await editor.getByRole('tab', { name: 'Trình tự thực hiện' }).click();
  await expect(editor.getByLabel('Nội dung')).toHaveCount(0);
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
