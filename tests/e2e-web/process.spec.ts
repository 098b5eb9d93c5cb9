import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { QTNB, qtnbTable } from '../support/qtnb-table';
import { expect, gridCell, test, waitForGrid } from './fixtures';

const search = (page: Page) => page.getByRole('searchbox');

async function openWorkedExample(page: Page) {
  await page.locator('.rail').getByRole('button', { name: 'Rà soát' }).click();
  await page.getByRole('button', { name: /Kế hoạch rà soát, đánh giá TTHC năm 2026/ }).click();
  await page.getByRole('button', { name: /1\.001612/ }).click();
  await expect(page.getByTestId('review-status')).toHaveText('Đang rà soát');
}

async function mark(page: Page, action: string, reason: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(action).check();
  await dialog.getByLabel('Lý do', { exact: true }).fill(reason);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toHaveCount(0);
}

test('marking an internal step changes the days, marking a document changes the cost, on screen at once', async ({
  page,
  app: _app,
}) => {
  await openWorkedExample(page);
  await expect(page.getByTestId('bars-days-after')).toHaveText('2 ngày');
  await expect(page.getByTestId('bars-cost-after')).toContainText('76.874.850 đ');
  await expect(page.getByTestId('ch-days-after-TRUC_TIEP')).toHaveText('2 ngày làm việc');
  // The diagram: step 4 (lãnh đạo phòng xem xét lại) is struck in "after"; step 5 is kept.
  const process = page.locator('[data-testid^="diagram-after-"]');
  await expect(process.locator('[data-testid$="-step-4"]')).toHaveAttribute('data-fate', 'REMOVED');

  // Step 5 (Lãnh đạo UBND ký, 0,5 ngày) removed → 1,5 days, in the bars, the channels and the diagram.
  await page.locator('[data-testid^="diagram-before-"] [data-testid$="-step-5"]').click();
  await mark(page, 'Bãi bỏ', 'Ký số trên Hệ thống trong ngày');
  await expect(page.getByTestId('bars-days-after')).toHaveText('1,5 ngày');
  await expect(page.getByTestId('ch-days-after-TRUC_TIEP')).toHaveText('1,5 ngày làm việc');
  await expect(process.locator('[data-testid$="-step-5"]')).toHaveAttribute('data-fate', 'REMOVED');
  await expect(page.getByTestId('bars-cost-after')).toContainText('76.874.850 đ'); // days are not applicant cost

  // The form replaced by data: its hour of 28.409 đ leaves the after scenario.
  await page
    .getByRole('region', { name: 'Trước đơn giản hóa' })
    .getByRole('button', { name: /^Giấy đề nghị đăng ký/ })
    .click();
  await mark(page, 'Thay bằng dữ liệu', 'Khai trên Cổng DVCQG');
  await expect(page.getByTestId('bars-cost-after')).toContainText('59.829.450 đ');
  await expect(page.getByTestId('after-column').locator('li.cut s')).toContainText(['Giấy đề nghị']);

  // The trip to collect the result, put back as a trip: its travel comes back.
  await page.getByTestId('trip-RESULT').click();
  await mark(page, 'Giữ nguyên', '');
  await expect(page.getByTestId('trip-after-RESULT')).toContainText('2 giờ');
});

test('the before/after diagram exports as SVG and PNG for one procedure', async ({ page, app: _app }) => {
  await openWorkedExample(page);
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải SVG' }).click();
  const svg = await svgDownload;
  expect(svg.suggestedFilename()).toBe('quy-trinh-1.001612.svg');
  const text = readFileSync(await svg.path(), 'utf8');
  expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(text).toContain('1.001612 — Trước: 3 ngày làm việc');
  expect(text).toContain('1.001612 — Sau: 2 ngày làm việc');
  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải PNG' }).click();
  const png = readFileSync(await (await pngDownload).path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(1000); // width at 2×
});

test('record editor: import a published table into Quy trình nội bộ; a bad time is refused inline', async ({
  page,
  app,
}) => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Quy trình').addRows(qtnbTable(QTNB.ngheAn));
  const file = join(app.dataDir, 'qtnb-nghe-an.xlsx');
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  await waitForGrid(page);
  await search(page).fill('1.013225');
  await expect(gridCell(page, 0, 'code')).toHaveText('1.013225');
  await gridCell(page, 0, 'time').dblclick();
  const editor = page.locator('.record-editor');
  await editor.getByRole('tab', { name: 'Quy trình nội bộ' }).click();
  await editor.getByLabel(/Nhập từ bảng đã công bố/).setInputFiles(file);
  await expect(editor.getByRole('status').first()).toContainText('Đã nhập 7 bước từ qtnb-nghe-an.xlsx');
  await expect(editor.getByTestId('process-total-0')).toContainText('Tổng: 168 giờ (21 ngày làm việc)');
  await expect(editor.locator('.process-problem').first()).toContainText('ngày lịch');
  const time = editor.locator('ol.steps > li').nth(2).getByLabel('Thời gian thực hiện');
  await time.fill('mười giờ');
  await time.blur();
  await expect(editor.locator('ol.steps > li').nth(2)).toContainText('không phải số giờ hoặc số ngày');
  await expect(editor.getByTestId('process-total-0')).toContainText('168 giờ');
});

test('marking a citizen step or a document changes days and cost on screen at once; a step that cannot says why', async ({
  page,
  app: _app,
}) => {
  await openWorkedExample(page);
  const before = page.getByRole('region', { name: 'Trước đơn giản hóa' });
  const citizenStep = (n: number) =>
    before
      .locator('ol.review-steps > li')
      .nth(n - 1)
      .locator('button.review-el');
  const afterStep = (n: number) =>
    page
      .getByTestId('after-column')
      .locator('ol.review-steps > li')
      .nth(n - 1);
  const cost = page.getByTestId('bars-cost-after');
  await expect(page.getByTestId('bars-days-after')).toHaveText('2 ngày');
  await expect(cost).toContainText('76.874.850 đ');

  // Step 2, the office's handling ("Sau khi tiếp nhận hồ sơ… cấp Giấy chứng nhận"): its internal steps go, 2 → 1 day.
  await citizenStep(2).click();
  await mark(page, 'Bãi bỏ', 'Tiếp nhận và cấp ngay trên Hệ thống');
  await expect(page.getByTestId('bars-days-after')).toHaveText('1 ngày');
  await expect(page.getByTestId('ch-days-after-TRUC_TIEP')).toHaveText('1 ngày làm việc');
  await expect(afterStep(2).locator('.review-step-effect')).toContainText('bỏ bước 2 → bước nội bộ');

  // Step 1 is the submission in person or by post. The Trực tiếp trip has its own mark in the demo plan, which
  // counts (the yearly cost stays); the postal submission leaves that channel's cost per dossier.
  await citizenStep(1).click();
  await mark(page, 'Bãi bỏ', 'Nộp trên Cổng DVCQG');
  await expect(afterStep(1).locator('.review-step-effect')).toContainText(
    'chi phí mỗi hồ sơ theo cách thức Dịch vụ bưu chính',
  );
  await expect(cost).toContainText('76.874.850 đ');

  // A document removed: its preparation (1 giờ) leaves the cost.
  await before.getByRole('button', { name: /^Giấy đề nghị đăng ký/ }).click();
  await mark(page, 'Bãi bỏ', 'Khai trên Cổng DVCQG');
  await expect(cost).toContainText('59.829.450 đ');

  // Another procedure (khai sinh, its cost derived from the record): the trip to submit in person removed.
  await page.getByRole('button', { name: '← Quay lại' }).click();
  await page.getByRole('button', { name: /1\.001193/ }).click();
  await expect(cost).toContainText('132.586.020 đ');
  await citizenStep(1).click();
  await mark(page, 'Bãi bỏ', 'Nộp trực tuyến');
  await expect(cost).not.toContainText('132.586.020 đ');
  await expect(afterStep(1).locator('.review-step-effect')).toContainText('chuyến đi nộp hồ sơ');

  // Step 2 is the online submission, while the yearly cost counts Trực tiếp: that figure stays, and the online
  // channel's own cost per dossier loses the submission (0,5 giờ).
  const settled = await cost.textContent();
  const online = page.getByTestId('ch-cost-after-TRUC_TUYEN');
  const onlineBefore = await online.textContent();
  await citizenStep(2).click();
  await mark(page, 'Bãi bỏ', 'Thử');
  await expect(afterStep(2).locator('.review-step-effect')).toContainText(
    'chi phí mỗi hồ sơ theo cách thức Trực tuyến: −0,5 giờ',
  );
  await expect(online).not.toHaveText(onlineBefore!);
  await expect(online).toHaveClass(/changed/);
  await expect(cost).toHaveText(settled!);
});

test('record editor: a second quy trình nội bộ for Trực tuyến gives that channel its days; a channel one variant holds is not offered to another; undo', async ({
  page,
  app: _app,
}) => {
  await waitForGrid(page);
  await search(page).fill('1.001612');
  await expect(gridCell(page, 0, 'code')).toHaveText('1.001612');
  await gridCell(page, 0, 'time').dblclick();
  const editor = page.locator('.record-editor');
  await editor.getByRole('tab', { name: 'Quy trình nội bộ' }).click();
  const days = (m: string) => editor.getByTestId(`process-days-${m}`);
  await expect(days('TRUC_TUYEN')).toContainText('theo quy trình 1: 3 ngày làm việc');

  await editor.getByRole('button', { name: 'Thêm quy trình nội bộ' }).click();
  await editor.getByTestId('process-channels-1').getByLabel('Trực tuyến').click();
  await expect(days('TRUC_TUYEN')).toContainText('theo quy trình 2: 0,5 ngày làm việc');
  await expect(days('TRUC_TIEP')).toContainText('theo quy trình 1: 3 ngày làm việc');
  const held = editor.getByTestId('process-channels-0').getByLabel('Trực tuyến');
  await expect(held).toBeDisabled();
  await expect(editor.getByTestId('process-channels-0')).toContainText('(đã theo quy trình 2)');

  // One undo step takes the assignment back; a second one the added process.
  await page.evaluate(`window.dispatchEvent(new CustomEvent('tinhgon:menu', { detail: 'undo' }))`);
  await expect(days('TRUC_TUYEN')).toContainText('theo quy trình 1: 3 ngày làm việc');
  await expect(editor.getByTestId('process-channels-1')).toBeVisible();
  await page.evaluate(`window.dispatchEvent(new CustomEvent('tinhgon:menu', { detail: 'undo' }))`);
  await expect(editor.getByTestId('process-channels-1')).toHaveCount(0);
});

test('a procedure without quy trình nội bộ: its office steps share the days evenly, and a mark cuts its share, shown as an estimate', async ({
  page,
  app: _app,
}) => {
  await page.locator('.rail').getByRole('button', { name: 'Rà soát' }).click();
  await page.getByRole('button', { name: /Kế hoạch rà soát, đánh giá TTHC năm 2026/ }).click();
  // The officer adds đăng ký kết hôn (1 ngày, three office steps, no internal process) to the plan and opens it.
  await page.getByPlaceholder(/Chọn thủ tục theo từ khó/).fill('1.000894');
  await page.getByRole('button', { name: 'Thêm thủ tục vào kế hoạch' }).click();
  await page.getByRole('button', { name: /1\.000894/ }).click();
  const before = page.getByRole('region', { name: 'Trước đơn giản hóa' });
  const office = before.locator('ol.review-steps > li').nth(3);
  await expect(office).toContainText('≈ 0,33 ngày (ước tính: 1 ngày chia đều cho 3 bước của cơ quan)');
  await expect(page.getByTestId('bars-days-after')).toHaveText('1 ngày');
  await office.locator('button.review-el').click();
  await mark(page, 'Bãi bỏ', 'Kiểm tra, đối chiếu trên Cơ sở dữ liệu hộ tịch điện tử');
  await expect(page.getByTestId('bars-days-after')).toHaveText(
    '0,67 ngày (ước tính: chia đều cho các bước của cơ quan)',
  );
  await expect(page.getByTestId('ch-days-after-TRUC_TIEP')).toHaveText('0,67 ngày làm việc');
  await expect(
    page.getByTestId('after-column').locator('ol.review-steps > li').nth(3).locator('.review-step-effect'),
  ).toContainText('−0,33 ngày');

  // A document the typical dossier does not count (a note, or one case only): its mark says why the cost stays.
  const cost = await page.getByTestId('bars-cost-after').textContent();
  const note = before
    .locator('li', { has: page.getByText('không tính (ghi chú hoặc không bắt buộc)', { exact: true }) })
    .first();
  const id = (await note.locator('button.review-el').getAttribute('data-testid'))!.replace('doc-', '');
  await note.locator('button.review-el').click();
  await mark(page, 'Bãi bỏ', 'Không cần');
  await expect(page.getByTestId(`after-doc-${id}-why`)).toContainText('Chi phí không đổi: đây là ghi chú');
  await expect(page.getByTestId('bars-cost-after')).toHaveText(cost!);
});
