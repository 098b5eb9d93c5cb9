import { expect, gridCell, test, waitForGrid } from './fixtures';

test('starts on Tổng quan, with the demo banner, when opened without a screen in the URL', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('button', { name: /Tổng quan/ })).toHaveClass(/active/);
  await expect(page.locator('.demo-banner')).toContainText('dữ liệu mẫu');
  await page.getByRole('button', { name: /Danh mục TTHC/ }).click();
  await waitForGrid(page);
  await expect(page).toHaveURL(/#inventory$/);
});

test('opens on the demo inventory in Vietnamese', async ({ page, app }) => {
  await waitForGrid(page);
  await expect(page.locator('.demo-banner')).toContainText('dữ liệu mẫu');
  await expect(page.getByRole('button', { name: 'Tạo cơ sở dữ liệu mới cho đơn vị của tôi' })).toBeVisible();
  await expect(page.getByTestId('row-count')).toContainText('thủ tục');
  expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test('edits a procedure name in the grid; after reloading (and restarting the backend) it is still edited', async ({
  page,
  app,
}) => {
  await waitForGrid(page);
  await page.getByRole('searchbox').fill('1.001193');
  const nameCell = gridCell(page, 0, 'name');
  await expect(nameCell).toContainText('khai sinh');
  await nameCell.dblclick();
  const editor = page.locator('.ag-cell-inline-editing input');
  await editor.fill('Thủ tục đăng ký khai sinh — bản sửa E2E');
  await editor.press('Enter');
  await expect(page.getByText(/Đã lưu lúc/)).toBeVisible();
  await app.restart();
  await page.goto(app.loginUrl + '#inventory'); // a new host: its own one-time link
  await waitForGrid(page);
  await page.getByRole('searchbox').fill('ban sua e2e');
  await expect(gridCell(page, 0, 'name')).toHaveText('Thủ tục đăng ký khai sinh — bản sửa E2E');
  await expect(page.getByTestId('row-count')).toContainText('1 /');
});

test('an invalid code edit shows the reason and changes nothing', async ({ page, app: _app }) => {
  await waitForGrid(page);
  await page.getByRole('searchbox').fill('1.001193');
  const codeCell = gridCell(page, 0, 'code');
  await expect(codeCell).toHaveText('1.001193');
  await codeCell.dblclick();
  const editor = page.locator('.ag-cell-inline-editing input');
  await editor.fill('1.0012');
  await editor.press('Enter');
  await expect(page.getByRole('alert')).toContainText('không đúng dạng');
  await expect(page.getByTestId('cell-invalid')).toContainText('không đúng dạng');
  await expect(codeCell).toHaveText('1.001193');
  await page.reload();
  await waitForGrid(page);
  await page.getByRole('searchbox').fill('1.001193');
  await expect(gridCell(page, 0, 'code')).toHaveText('1.001193');
});

test('the API refuses calls without the per-run token and from another origin', async ({ page, app }) => {
  await waitForGrid(page);
  const status = await page.evaluate(async () => {
    const r = await fetch('/rpc', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'units.list', input: {} }),
    });
    return r.status;
  });
  expect(status).toBe(401);
  const res = await page.request.post(app.url + 'rpc', {
    headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
    data: { method: 'units.list', input: {} },
  });
  expect(res.status()).toBe(403);
});

test('Ctrl+K opens the command palette; an accent-free command runs', async ({ page }) => {
  await waitForGrid(page);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Bảng lệnh' });
  await expect(palette).toBeVisible();
  await palette.getByRole('textbox').fill('di toi nhap');
  await expect(palette.getByRole('option')).toHaveCount(1);
  await palette.getByRole('textbox').press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('button', { name: /Nhập Excel/ }).first()).toHaveClass(/active/);
  await expect(page).toHaveURL(/#import$/);
});
