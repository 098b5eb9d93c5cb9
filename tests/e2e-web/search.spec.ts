import type { Page } from '@playwright/test';
import { expect, gridCell, test, waitForGrid } from './fixtures';

const search = (page: Page) => page.getByRole('searchbox');

/** The codes the grid shows, top to bottom (the code column is pinned, one cell per displayed row). */
function shownCodes(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`[...document.querySelectorAll('.ag-row[row-index] .ag-cell[col-id="code"]')]
    .map((cell) => [Number(cell.closest('.ag-row').getAttribute('row-index')), cell.textContent])
    .sort((a, b) => a[0] - b[0])
    .map((pair) => pair[1])`);
}

/** Types a query key by key, then waits for the rows drawn after its last keystroke; returns their codes. */
async function typeQuery(page: Page, query: string): Promise<string[]> {
  await search(page).fill('');
  await search(page).click();
  await page.keyboard.type(query.slice(0, -1), { delay: 25 });
  const before = await page.evaluate<number>('performance.now()');
  await page.keyboard.type(query.slice(-1));
  await page.waitForFunction(
    (t) => performance.getEntriesByName('tinhgon:search-rendered').some((m) => m.startTime > t),
    before,
  );
  return shownCodes(page);
}

test('ranks the exact name first and never reorders once typing stops', async ({ page, app: _app }) => {
  await waitForGrid(page);
  const typed = await typeQuery(page, 'dang ky khai sinh');
  expect(typed[0]).toBe('1.001193');
  // Watch the list while the backend answers (≈ 0.2 s; 3 s at most): rows may only be added below those shown.
  const answered = page.getByText(/thủ tục chỉ khớp trong bước, thành phần hồ sơ/);
  const seen = [typed];
  for (let i = 0; i < 30 && !(await answered.isVisible()); i++) {
    await page.waitForTimeout(100);
    seen.push(await shownCodes(page));
  }
  const settled = await shownCodes(page);
  for (const codes of seen) expect(settled.slice(0, codes.length)).toEqual(codes);
  expect(settled.slice(0, 4)).toEqual(['1.001193', '2.000528', '2.000986', '1.004884']);
  // The backend's 3 rows, found only in steps and dossier components, came last.
  await expect(answered).toHaveText('3 thủ tục chỉ khớp trong bước, thành phần hồ sơ (cuối danh sách)');
  expect(settled).toHaveLength(7);
  await expect(page.getByTestId('row-count')).toHaveText(`${settled.length} / 54 thủ tục`);

  // "khai tu" finds khai tử, not the "tục" of every "Thủ tục …".
  await typeQuery(page, 'khai tu');
  await page.waitForTimeout(400);
  const died = await shownCodes(page);
  expect(died[0]).toBe('1.000656');
  expect(died).not.toContain('1.001193');
  await expect(gridCell(page, 0, 'name').locator('mark')).toHaveText(['khai', 'tử']);
});

test('a row found only in a step says which step, in Vietnamese and English', async ({ page, app: _app }) => {
  await waitForGrid(page);
  await typeQuery(page, 'tu phap');
  const birth = page
    .locator('.ag-row .ag-cell[col-id="name"]', { hasText: 'Thủ tục đăng ký khai sinh' })
    .first();
  await expect(birth.locator('.match-hint')).toHaveText('trong bước 3');
  // A dossier component is named.
  await typeQuery(page, 'to khai thay doi thong tin cu tru');
  const stay = page.locator('.ag-row .ag-cell[col-id="name"]', { hasText: 'Gia hạn tạm trú' }).first();
  await expect(stay.locator('.match-hint')).toHaveText(
    /^trong thành phần hồ sơ: Tờ khai thay đổi thông tin cư trú/,
  );
  await page.getByRole('button', { name: 'English' }).click();
  await expect(stay.locator('.match-hint')).toHaveText(
    /^in dossier component: Tờ khai thay đổi thông tin cư trú/,
  );
});
