import type { Page } from '@playwright/test';
import { expect, gridCell, test, waitForGrid } from './fixtures';
import { becomeManager, contrastOf, openWorkedExample, submitAndApprove } from './journey-helpers';

/**
 * The everyday journeys of an officer and a manager (issue "Everyday journeys without surprises"): a new
 * database that really is new, the manager's PIN per session, fees kept, readable values, an icon.
 */

const search = (page: Page) => page.getByRole('searchbox');
const rowCount = (page: Page) => page.getByTestId('row-count');
/** AG Grid's and AG Charts' own texts, which must never reach the officer. */
const LIBRARY_TEXTS = /No data to display|No Rows To Show|No Matching Rows|Không có Hàng nào Phù hợp/;

test('a new database: every screen follows it (grid, record panel, history, dashboard, review), in both languages', async ({
  page,
}) => {
  await waitForGrid(page);
  // Work in the demo first: an edit (history not empty) and the record panel open.
  await search(page).fill('1.001193');
  await gridCell(page, 0, 'name').dblclick();
  await page.locator('.ag-cell-inline-editing input').fill('Đăng ký khai sinh (sửa thử)');
  await page.locator('.ag-cell-inline-editing input').press('Enter');
  await expect(page.getByText(/Đã lưu lúc/)).toBeVisible();
  await gridCell(page, 0, 'time').dblclick();
  await expect(page.locator('.record-editor h2')).toContainText('1.001193');

  await page.getByRole('button', { name: 'Tạo cơ sở dữ liệu mới cho đơn vị của tôi' }).click();
  await page.getByRole('dialog').getByLabel('Tên đơn vị').fill('UBND xã Thử Nghiệm');
  await page.getByRole('dialog').getByRole('button', { name: 'Tạo' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The inventory is the new database's (empty), not the demo's 54 rows, and nothing of the demo is left open.
  await page.locator('.rail').getByRole('button', { name: 'Danh mục TTHC' }).click();
  await expect(rowCount(page)).toHaveText('0 / 0 thủ tục');
  await expect(page.locator('.ag-row')).toHaveCount(0);
  await expect(page.locator('.record-editor')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Hoàn tác' })).toBeDisabled();

  // The new unit's start page says it is empty and how to go on; no chart library text.
  await page.locator('.rail').getByRole('button', { name: 'Tổng quan' }).click();
  await expect(page.getByRole('heading', { name: /Tổng quan · UBND xã Thử Nghiệm/ })).toBeVisible();
  await expect(page.getByTestId('dashboard-empty')).toContainText('chưa có thủ tục hành chính nào');
  await expect(page.getByTestId('rail-unit')).toHaveText('UBND xã Thử Nghiệm');
  await expect(page.locator('.demo-banner')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(LIBRARY_TEXTS);

  // "Thêm thủ tục đầu tiên" opens the inventory on its new-procedure form.
  await page.getByTestId('dashboard-empty').getByRole('button', { name: 'Thêm thủ tục đầu tiên' }).click();
  await expect(page.getByLabel('Mã TTHC')).toBeVisible();
  const empty = page.getByTestId('grid-empty');
  await expect(empty).toContainText('Đơn vị này chưa có thủ tục nào.');
  await expect(empty.getByRole('button', { name: 'Nhập từ Excel…' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(LIBRARY_TEXTS);

  // The review screen has no demo plan in the new database.
  await page.locator('.rail').getByRole('button', { name: 'Rà soát' }).click();
  await expect(page.locator('.review')).toBeVisible();
  await expect(page.getByRole('button', { name: /Kế hoạch rà soát, đánh giá TTHC năm 2026/ })).toHaveCount(0);

  // English, the same way forward.
  await page.locator('.rail-foot').getByRole('button', { name: 'English' }).click();
  await page.locator('.rail').getByRole('button', { name: 'Dashboard' }).click();
  await expect(page.getByTestId('dashboard-empty')).toContainText('no administrative procedures yet');
  await page.locator('.rail').getByRole('button', { name: 'Procedures' }).click();
  await expect(page.getByTestId('grid-empty')).toContainText('This unit has no procedures yet.');
  await expect(page.locator('body')).not.toContainText(LIBRARY_TEXTS);
});

test('the manager role lasts one session: a restart opens as the officer; idleness ends it and says so', async ({
  page,
  app,
}) => {
  await openWorkedExample(page);
  await becomeManager(page);
  await app.restart();
  await page.goto(app.loginUrl + '#review'); // a new host: its own one-time link
  await expect(page.locator('.rail-foot')).toContainText('Cán bộ');
  await expect(page.locator('.rail-foot')).not.toContainText('Lãnh đạo');
  await expect(page.getByLabel('Đổi người dùng')).toHaveValue(/\d+/);
  await expect(page.getByLabel('Đổi người dùng').locator('option:checked')).toHaveText('Cán bộ (cán bộ)');

  // A host whose manager sessions end after 2 s without a call from the user.
  await app.restart({ args: ['--manager-idle-seconds', '2'] });
  await page.goto(app.loginUrl + '#review'); // a new host: its own one-time link
  await becomeManager(page);
  const notice = page.getByTestId('manager-ended');
  await expect(notice).toContainText('Phiên Lãnh đạo đã kết thúc', { timeout: 8000 });
  await expect(page.getByTestId('rail-profile')).toHaveText('Cán bộ');
  await expect(page.getByLabel('Đổi người dùng').locator('option:checked')).toHaveText('Cán bộ (cán bộ)');
  // "Nhập lại PIN" puts the keyboard on the profile switcher.
  await notice.getByRole('button', { name: 'Nhập lại PIN' }).click();
  await expect(page.getByLabel('Đổi người dùng')).toBeFocused();
});

test('the record editor shows a fee set by the HĐND and never erases it when the flag is toggled', async ({
  page,
}) => {
  await waitForGrid(page);
  await search(page).fill('1.001612');
  await expect(gridCell(page, 0, 'code')).toHaveText('1.001612');
  await gridCell(page, 0, 'fees').dblclick();
  const editor = page.locator('.record-editor');
  await editor.getByRole('tab', { name: 'Cách thức thực hiện' }).click();
  const online = editor
    .locator('.record-item')
    .filter({ has: page.locator('select option:checked', { hasText: 'Trực tuyến' }) });
  const amount = online.getByLabel('Mức thu (đồng)');
  const hdnd = online.getByLabel('HĐND quyết định');
  await expect(hdnd).toBeChecked();
  await expect(amount).toHaveValue('50000');
  // A controlled box: it changes once the backend has saved the change.
  await hdnd.click();
  await expect(hdnd).not.toBeChecked();
  await expect(amount).toHaveValue('50000');
  await expect(page.getByRole('status')).toContainText('Đã lưu');
  await hdnd.click();
  await expect(hdnd).toBeChecked();
  await expect(amount).toHaveValue('50000');
  await page.reload();
  await waitForGrid(page);
  await search(page).fill('1.001612');
  await expect(gridCell(page, 0, 'fees')).toContainText('Trực tuyến: 50.000 đ (HĐND tỉnh quyết định)');
});

test('readable values: times with their unit, channels spelled out, the empty search in our words, the record order of documents', async ({
  page,
}) => {
  await waitForGrid(page);
  await search(page).fill('1.000080');
  // Soft: each readable value is checked (and reported) on its own.
  await expect.soft(gridCell(page, 0, 'time')).toHaveText('7 (chưa rõ đơn vị)');
  await search(page).fill('1.003677');
  const time = gridCell(page, 0, 'time');
  await expect.soft(time).toContainText('Trực tuyến: 1 ngày làm việc');
  await expect.soft(time).not.toContainText(/\b(TTu|BC|TT)\b/);
  // No abbreviation anywhere in the time and fee columns.
  await search(page).fill('');
  for (const col of ['time', 'fees'])
    for (const text of await page.locator(`.ag-cell[col-id="${col}"]`).allInnerTexts())
      expect.soft(text).not.toMatch(/\b(TTu|BC|TT)\b/);

  await search(page).fill('zzz không có');
  await expect
    .soft(page.locator('.inventory'))
    .toContainText('Không có thủ tục nào khớp với “zzz không có”.');
  await expect.soft(page.locator('body')).not.toContainText(LIBRARY_TEXTS);

  // Dossier components in the record's own order: the main form first, the "(i)…(v)" cases in order.
  await openWorkedExample(page);
  const docs = page.getByRole('region', { name: 'Trước đơn giản hóa' }).locator('ul').first().locator('li');
  await expect.soft(docs.first()).toContainText('Giấy đề nghị đăng ký hộ kinh doanh');
  const enumerated = (await docs.allInnerTexts()).flatMap((t) => /^\((i|ii|iii|iv|v)\)/.exec(t)?.[1] ?? []);
  expect.soft(enumerated).toEqual(['i', 'ii', 'iii', 'iv', 'v']);
  // Channels by name, times with their unit (the channels table: before and after side by side).
  const direct = page.getByTestId('channel-TRUC_TIEP');
  await expect(direct.getByRole('rowheader')).toHaveText('Trực tiếp');
  await expect(direct).toContainText('3 ngày làm việc');
  // The empty grid's own way out.
  await page.locator('.rail').getByRole('button', { name: 'Danh mục TTHC' }).click();
  await search(page).fill('zzz không có');
  await page.getByTestId('grid-empty').getByRole('button', { name: 'Xóa tìm kiếm và bộ lọc' }).click();
  await expect(search(page)).toHaveValue('');
  await waitForGrid(page);
});

test("the manager's approval shows its date, and the locked Trước column stays readable", async ({
  page,
}) => {
  await submitAndApprove(page);
  const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  // Soft: each part is checked (and reported) on its own.
  await expect.soft(page.locator('.review-flow')).toContainText(`Phê duyệt bởi Lãnh đạo ngày ${today}`);
  const before = page.getByRole('region', { name: 'Trước đơn giản hóa' });
  await expect(before.locator('.review-el').first()).toBeDisabled();
  expect.soft(await contrastOf(page, '.review-two section .review-el:disabled')).toBeGreaterThanOrEqual(4.5);
});

test('the app has its icon: /favicon.ico is served and no page asks for anything missing', async ({
  page,
  app,
}) => {
  const missing: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/rpc')) missing.push(`${r.status()} ${r.url()}`);
  });
  const icon = await page.request.get(app.url + 'favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/x-icon');
  expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', /favicon\.ico$/);
  for (const screen of ['dashboard', 'inventory', 'review', 'reports', 'import', 'units', 'backup']) {
    await page.goto(`${app.url}#${screen}`);
    await page.reload();
    await page.waitForLoadState('networkidle');
  }
  expect(missing).toEqual([]);
});
