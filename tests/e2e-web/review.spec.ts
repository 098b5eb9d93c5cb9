import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function openWorkedExample(page: Page) {
  await page.locator('.rail').getByRole('button', { name: 'Rà soát' }).click();
  await page.getByRole('button', { name: /Kế hoạch rà soát, đánh giá TTHC năm 2026/ }).click();
  await expect(page.getByTestId('campaign-saving')).toContainText('166.411.050 đ');
  await page.getByRole('button', { name: /1\.001612/ }).click();
  await expect(page.getByTestId('review-status')).toHaveText('Đang rà soát');
}

test('marking the CCCD copy "replace by data" updates the cost and the % live', async ({ page, app }) => {
  expect(app.url).toBeTruthy();
  await openWorkedExample(page);
  const saving = page.getByTestId('review-saving');
  await expect(saving).toContainText('166.411.050 đ');
  await expect(saving).toContainText('68,40%');
  const cccd = page
    .getByRole('region', { name: 'Trước đơn giản hóa' })
    .getByRole('button', { name: /bản sao thẻ Căn cước/ });

  // Take the demo's mark off: the certification of the copy (0,75 h + 2.000 đ) comes back into "after".
  await cccd.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Bỏ đánh dấu' }).click();
  await expect(saving).toContainText('152.427.000 đ');
  await expect(saving).toContainText('62,65%');
  await expect(page.getByTestId('bars-cost-after')).toContainText('90.858.900 đ');

  // Mark it again as the officer would: action, a recent reason, save.
  await cccd.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Thay bằng dữ liệu').check();
  // No reason yet: refused with a clear message, nothing changes.
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Hãy ghi lý do');
  await expect(saving).toContainText('152.427.000 đ');
  await dialog.getByRole('button', { name: /NQ 66\.7\/2025/ }).click();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(saving).toContainText('166.411.050 đ');
  await expect(saving).toContainText('68,40%');
  await expect(page.getByTestId('bars-cost-after')).toContainText('76.874.850 đ');
  const after = page.getByTestId('after-column').locator('li.cut');
  await expect(after).toContainText('Thay bằng dữ liệu');
  await expect(after.locator('s')).toContainText('Căn cước');
});

test('submit (officer) → approve and implement (manager with PIN) creates a new version of the record', async ({
  page,
  app,
}) => {
  expect(app.url).toBeTruthy();
  await openWorkedExample(page);
  await expect(page.getByRole('button', { name: 'Phê duyệt', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Gửi đề xuất' }).click();
  await expect(page.getByTestId('review-status')).toHaveText('Đã đề xuất');

  // Switch to the manager: a wrong PIN is refused with a message, the right one accepted.
  await page.getByLabel('Đổi người dùng').selectOption({ label: 'Lãnh đạo (lãnh đạo)' });
  const pin = page.locator('.review-pin input');
  await pin.fill('0000');
  await page.locator('.review-pin').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByRole('alert')).toContainText('Mã PIN không đúng');
  await pin.fill('1234');
  await page.locator('.review-pin').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.locator('.rail-foot')).toContainText('Lãnh đạo');

  await page.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
  await page.locator('.review-flow-form input[type=password]').fill('1234');
  await page.locator('.review-flow-form').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByTestId('review-status')).toHaveText('Đã phê duyệt');

  await page.getByRole('button', { name: 'Đã thực thi' }).click();
  const form = page.locator('.review-flow-form');
  await form.locator('input[type=password]').fill('1234');
  await form.getByLabel('Số quyết định').fill('125/QĐ-UBND');
  await form.getByLabel('Ngày quyết định (dd/mm/yyyy)').fill('01/10/2026');
  await form.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByTestId('review-status')).toHaveText('Đã thực thi');
  await expect(page.getByTestId('review-saving')).toContainText('68,40%');

  await page.getByRole('tab', { name: 'Phiên bản' }).click();
  const history = page.getByTestId('review-history');
  await expect(history).toContainText('Phiên bản 1 — 125/QĐ-UBND (01/10/2026)');
  await expect(history).toContainText('DATA_LOOKUP');
});
