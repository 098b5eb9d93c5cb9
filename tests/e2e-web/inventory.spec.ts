import type { Page } from '@playwright/test';
import { expect, gridCell, test, waitForGrid } from './fixtures';

/** Pastes text the way Excel puts it on the clipboard (a native paste event with a DataTransfer). */
async function pasteTsv(page: Page, text: string) {
  // A string expression: the test tsconfig has no DOM types.
  await page.evaluate(`(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', ${JSON.stringify(text)});
    (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  })()`);
}

/** Fires the copy event Ctrl+C would, and returns what the app put on the clipboard. */
async function copyTsv(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const dt = new DataTransfer();
    document.activeElement.dispatchEvent(new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }));
    return dt.getData('text/plain');
  })()`);
}

const search = (page: Page) => page.getByRole('searchbox');
/** The toolbar's rarer actions sit under "Khác" (the toolbar stays on one row at 1366×768). */
async function more(page: Page, item: string) {
  await page.getByRole('button', { name: 'Khác' }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}
const rowCount = (page: Page) => page.getByTestId('row-count');

test('searches with and without diacritics, by partial code, and highlights the match', async ({
  page,
  app: _app,
}) => {
  await waitForGrid(page);
  const full = await rowCount(page).textContent();
  await search(page).fill('dang ky khai sinh');
  // Rows whose steps or documents mention it match too; the name match is there, highlighted.
  const hit = page.locator('.ag-cell[col-id="name"]', { hasText: 'Thủ tục đăng ký khai sinh' }).first();
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark')).toHaveText(['đăng', 'ký', 'khai', 'sinh']);
  await expect(rowCount(page)).not.toHaveText(full!);
  // The rows found only in steps or documents are added when the backend answers: count once it has.
  const answered = page.getByText(/thủ tục chỉ khớp trong bước, thành phần hồ sơ/);
  await expect(answered).toBeVisible();
  const plain = await rowCount(page).textContent();
  await search(page).fill('ĐĂNG KÝ KHAI SINH');
  await expect(hit).toBeVisible();
  await expect(answered).toBeVisible();
  await expect(rowCount(page)).toHaveText(plain!);
  await search(page).fill('1.0011');
  await expect(page.locator('.ag-cell[col-id="code"]', { hasText: '1.001193' })).toBeVisible();
  const marks = await page.evaluate(`performance.getEntriesByName('tinhgon:search-rendered').length`);
  expect(marks).toBeGreaterThan(0);
});

test('paste a 3×5 block (an invalid one is refused), fill down, delete, undo/redo across them, all audited', async ({
  page,
  app: _app,
}) => {
  await waitForGrid(page);
  const codes = await Promise.all([0, 1, 2].map((i) => gridCell(page, i, 'code').innerText()));
  const names = await Promise.all([0, 1, 2].map((i) => gridCell(page, i, 'name').innerText()));
  await gridCell(page, 0, 'code').click();
  const block = (level: string) =>
    codes
      .map((c, i) => [c, `Tên dán ${i + 1}`, 'Hộ tịch', 'UBND xã', i === 2 ? level : 'Toàn trình'].join('\t'))
      .join('\r\n');

  await pasteTsv(page, block('không biết'));
  await expect(page.getByRole('alert')).toContainText('Dòng 3, cột DVC trực tuyến');
  await expect(gridCell(page, 0, 'name')).toHaveText(names[0]!);

  await pasteTsv(page, block('Một phần'));
  await expect(gridCell(page, 0, 'name')).toHaveText('Tên dán 1');
  await expect(gridCell(page, 2, 'name')).toHaveText('Tên dán 3');
  await expect(gridCell(page, 2, 'onlineLevel')).toHaveText('Một phần');
  // Ctrl+C copies the selected block back as TSV (the pasted block is selected).
  expect(await copyTsv(page)).toBe(block('Một phần'));

  // Fill-down: type a value in row 0, select rows 0–2 of that column, Ctrl+D.
  await gridCell(page, 0, 'field').dblclick();
  await page.locator('.ag-cell-inline-editing input').fill('Lĩnh vực điền');
  await page.locator('.ag-cell-inline-editing input').press('Enter');
  await expect(gridCell(page, 0, 'field')).toHaveText('Lĩnh vực điền');
  await gridCell(page, 0, 'field').click();
  await gridCell(page, 2, 'field').click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('row-count').locator('..')).toContainText('3 dòng × 1 cột');
  await page.keyboard.press('Control+d');
  await expect(gridCell(page, 2, 'field')).toHaveText('Lĩnh vực điền');
  await expect(gridCell(page, 1, 'field')).toHaveText('Lĩnh vực điền');

  // Delete row 0 to the trash, then undo three times (delete, fill, edit) and the paste.
  await page.locator('.ag-row[row-index="0"] .ag-selection-checkbox input').first().check();
  await more(page, 'Chuyển vào thùng rác');
  await expect(gridCell(page, 0, 'code')).toHaveText(codes[1]!);
  await page.keyboard.press('Control+z');
  await expect(gridCell(page, 0, 'code')).toHaveText(codes[0]!);
  await page.keyboard.press('Control+z'); // fill-down
  await expect(gridCell(page, 2, 'field')).toHaveText('Hộ tịch');
  await page.keyboard.press('Control+z'); // the typed value
  await expect(gridCell(page, 0, 'field')).toHaveText('Hộ tịch');
  await page.keyboard.press('Control+z'); // the paste
  await expect(gridCell(page, 0, 'name')).toHaveText(names[0]!);
  await expect(gridCell(page, 2, 'name')).toHaveText(names[2]!);
  await page.keyboard.press('Control+y'); // paste again
  await expect(gridCell(page, 1, 'name')).toHaveText('Tên dán 2');
  // The Edit menu (Electron) and the command palette send the same commands as a DOM event.
  await page.evaluate(`window.dispatchEvent(new CustomEvent('tinhgon:menu', { detail: 'undo' }))`);
  await expect(gridCell(page, 1, 'name')).toHaveText(names[1]!);
  await page.evaluate(`window.dispatchEvent(new CustomEvent('tinhgon:menu', { detail: 'redo' }))`);
  await expect(gridCell(page, 1, 'name')).toHaveText('Tên dán 2');

  await page.getByRole('button', { name: 'Lịch sử thao tác' }).click();
  await expect(page.getByRole('complementary', { name: 'Lịch sử thao tác' })).toContainText('Dán khối');
  await more(page, 'Nhật ký thay đổi');
  const log = page.getByRole('complementary', { name: 'Nhật ký thay đổi' });
  for (const action of ['update', 'delete', 'undo', 'redo'])
    await expect(log.locator(`tr[data-action="${action}"]`).first()).toBeVisible();
});

test('pasting past the last row asks first, then creates the extra rows as new procedures (one undo step)', async ({
  page,
  app: _app,
}) => {
  await waitForGrid(page);
  await search(page).fill('1.001612');
  await expect(rowCount(page)).toContainText('1 /');
  await gridCell(page, 0, 'code').click();
  await pasteTsv(page, '1.001612\tĐăng ký thành lập hộ kinh doanh\r\n9.900001\tThủ tục mới dán từ Excel');
  await expect(page.getByRole('group', { name: /Tạo 1 thủ tục mới\?/ })).toBeVisible();
  await page.getByRole('button', { name: 'Tạo thủ tục mới' }).click();
  await expect(page.getByRole('status')).toContainText('Đã dán 4 ô');
  await search(page).fill('moi dan tu excel');
  await expect(gridCell(page, 0, 'code')).toHaveText('9.900001');
  await gridCell(page, 0, 'code').click();
  await page.keyboard.press('Control+z');
  await expect(rowCount(page)).toContainText('0 /');
});

test('a saved view (grouping, hidden column) comes back as the default after a reload', async ({
  page,
  app: _app,
}) => {
  await waitForGrid(page);
  await page.getByRole('button', { name: 'Cột', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Chọn cột' })
    .getByRole('checkbox', { name: 'Phí, lệ phí' })
    .uncheck();
  await page.getByRole('dialog', { name: 'Chọn cột' }).getByRole('button', { name: 'Đóng' }).click();
  await expect(page.locator('.ag-header-cell[col-id="fees"]')).toHaveCount(0);
  await page.getByLabel('Nhóm theo').selectOption('field');
  await expect(page.locator('.group-row').first()).toContainText('thủ tục');
  await more(page, 'Lưu khung nhìn…');
  await page.getByLabel('Tên khung nhìn').fill('Theo lĩnh vực');
  await page.getByLabel('Đặt làm mặc định').check();
  await page.getByRole('button', { name: 'Tạo', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu khung nhìn');

  await page.evaluate('localStorage.clear()');
  await page.reload();
  await waitForGrid(page);
  await expect(page.locator('.group-row').first()).toBeVisible();
  await expect(page.locator('.ag-header-cell[col-id="fees"]')).toHaveCount(0);
  await expect(page.getByLabel('Khung nhìn')).toHaveValue(/\d+/);
  // Collapse the first group: its rows disappear, the header stays with its count.
  const first = page.locator('.group-row').first();
  await first.click();
  await expect(first).toHaveAttribute('aria-expanded', 'false');
  await page.getByLabel('Khung nhìn').selectOption({ label: 'Khung nhìn mặc định' });
  await expect(page.locator('.group-row')).toHaveCount(0);
  await expect(page.locator('.ag-header-cell[col-id="fees"]')).toHaveCount(1);
});

test('record editor: reorder steps with the ↓ button and the order survives a reload; history tab audits it', async ({
  page,
  app: _app,
}) => {
  await waitForGrid(page);
  await search(page).fill('1.001612');
  await expect(gridCell(page, 0, 'code')).toHaveText('1.001612');
  await gridCell(page, 0, 'time').dblclick();
  const editor = page.locator('.record-editor');
  await editor.getByRole('tab', { name: 'Trình tự thực hiện' }).click();
  const steps = editor.locator('ol.steps > li');
  const firstId = await steps.nth(0).getAttribute('data-step-id');
  const secondId = await steps.nth(1).getAttribute('data-step-id');
  await steps
    .nth(0)
    .getByRole('button', { name: /^Xuống/ })
    .click();
  await expect(steps.nth(0)).toHaveAttribute('data-step-id', secondId!);
  await page.reload();
  await waitForGrid(page);
  await search(page).fill('1.001612');
  await expect(rowCount(page)).toContainText('1 /');
  await expect(gridCell(page, 0, 'code')).toHaveText('1.001612');
  await gridCell(page, 0, 'time').dblclick();
  await expect(editor.locator('h2')).toContainText('1.001612');
  await editor.getByRole('tab', { name: 'Trình tự thực hiện' }).click();
  await expect(steps.nth(0)).toHaveAttribute('data-step-id', secondId!);
  await expect(steps.nth(1)).toHaveAttribute('data-step-id', firstId!);
  // Drag the second step back on top of the first: the original order again.
  await steps.nth(1).locator('.drag-handle').dragTo(steps.nth(0).locator('.drag-handle'));
  await expect(steps.nth(0)).toHaveAttribute('data-step-id', firstId!);
  // A negative duration is refused inline with the reason; nothing is saved.
  const duration = steps.nth(0).getByLabel('Thời gian');
  await duration.fill('-2');
  await duration.blur();
  await expect(steps.nth(0).locator('.field-error')).toHaveText('phải là số ≥ 0');
  await editor.getByRole('tab', { name: 'Lịch sử' }).click();
  await expect(editor.locator('tr[data-action="reorder"]')).toHaveCount(2);
});

test('trash and restore, with audit entries', async ({ page, app: _app }) => {
  await waitForGrid(page);
  await search(page).fill('1.001612');
  await expect(gridCell(page, 0, 'code')).toHaveText('1.001612');
  await page.locator('.ag-row[row-index="0"] .ag-selection-checkbox input').first().check();
  await more(page, 'Chuyển vào thùng rác');
  await expect(rowCount(page)).toContainText('0 /');
  await more(page, 'Thùng rác');
  await expect(gridCell(page, 0, 'code')).toHaveText('1.001612');
  await page.locator('.ag-row[row-index="0"] .ag-selection-checkbox input').first().check();
  await page.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByRole('status')).toContainText('Đã khôi phục 1 thủ tục');
  await page.getByRole('button', { name: 'Về danh mục' }).click();
  await expect(gridCell(page, 0, 'code')).toHaveText('1.001612');
  await more(page, 'Nhật ký thay đổi');
  const log = page.getByRole('complementary', { name: 'Nhật ký thay đổi' });
  await expect(log.locator('tr[data-action="delete"]').first()).toContainText('1.001612');
  await expect(log.locator('tr[data-action="restore"]').first()).toContainText('1.001612');
});

test('units screen: create a unit with validity dates, refuse reversed dates, switch to it', async ({
  page,
  app: _app,
}) => {
  await waitForGrid(page);
  await page.getByRole('button', { name: /Đơn vị/ }).click();
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await page.getByLabel('Tên đơn vị').fill('Xã Tân Phú');
  await page.getByRole('combobox', { name: /^Cấp/ }).selectOption('XA');
  await page.getByLabel('Có hiệu lực từ').fill('01/07/2025');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu đơn vị "Xã Tân Phú"');
  const row = page.locator('.units-table tr', { hasText: 'Xã Tân Phú' });
  await expect(row).toContainText('XA-TAN-PHU');
  await expect(row).toContainText('01/07/2025');
  await row.getByRole('button', { name: 'Sửa' }).click();
  await page.getByLabel('Hết hiệu lực').fill('01/01/2020');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('ngày hết hiệu lực trước ngày có hiệu lực');
  await page.getByLabel('Hết hiệu lực').fill('');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu đơn vị');
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Xã Tân Phú' });
  await page.getByRole('button', { name: /Danh mục TTHC/ }).click();
  await expect(rowCount(page)).toContainText('0 / 0');
});
