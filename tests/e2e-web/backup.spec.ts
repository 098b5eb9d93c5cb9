import { readdirSync } from 'node:fs';
import { damagePages } from '../support/damage-file';
import { expect, gridCell, test, waitForGrid } from './fixtures';

test('backs up, restores an older backup (undoable), and shows time, reason and size', async ({
  page,
  app,
}) => {
  expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:/); // the fixture starts the host only when a test asks for it
  await waitForGrid(page);
  const rail = page.getByRole('navigation');
  await rail.getByRole('button', { name: 'Sao lưu' }).click();
  await expect(page.getByRole('heading', { name: 'Sao lưu và khôi phục' })).toBeVisible();
  await expect(page.getByText('Chưa có bản sao lưu nào.')).toBeVisible();
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByRole('status')).toContainText('Đã sao lưu');
  const manual = page.getByRole('row').filter({ hasText: 'Thủ công' });
  await expect(manual).toHaveCount(1);
  await expect(manual).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(manual).toContainText(/\d+(,\d)? (KB|MB)/);

  // An edit after the backup (through the app's own API, so this spec does not depend on the grid editor)…
  await rail.getByRole('button', { name: 'Danh mục' }).click();
  await waitForGrid(page);
  await page.getByRole('searchbox').fill('1.001193');
  const nameCell = gridCell(page, 0, 'name');
  await expect(nameCell).toContainText('khai sinh');
  const original = (await nameCell.textContent()) ?? '';
  const token = (await page.locator('meta[name="tinhgon-token"]').getAttribute('content')) ?? '';
  const rpc = async <T>(method: string, input: unknown): Promise<{ ok: boolean; value: T }> =>
    (await (
      await page.request.post(`${app.url}rpc`, {
        headers: { 'x-tinhgon-token': token },
        data: { method, input },
      })
    ).json()) as {
      ok: boolean;
      value: T;
    };
  const [unit] = (await rpc<{ id: number }[]>('units.list', {})).value;
  const [row] = (
    await rpc<{ rows: { procedureId: number }[] }>('inventory.list', { unitId: unit!.id, search: '1.001193' })
  ).value.rows;
  const saved = await rpc('procedures.updateField', {
    unitId: unit!.id,
    procedureId: row!.procedureId,
    field: 'name',
    value: 'Tên sửa sau khi sao lưu',
  });
  expect(saved.ok).toBe(true);

  // …is undone by restoring the backup, which first keeps the current state.
  await rail.getByRole('button', { name: 'Sao lưu' }).click();
  await manual.getByRole('button', { name: 'Khôi phục' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByRole('status')).toContainText('Đã khôi phục');
  await expect(page.getByRole('row').filter({ hasText: 'Trước khi khôi phục' })).toHaveCount(1);

  await rail.getByRole('button', { name: 'Danh mục' }).click();
  await waitForGrid(page);
  await page.getByRole('searchbox').fill('1.001193');
  await expect(gridCell(page, 0, 'name')).toHaveText(original);
});

test('a large database is checked after the first screen: damaged, it is set aside, the backup opened, and the banner says so', async ({
  page,
  app,
}) => {
  await waitForGrid(page);
  const rail = page.getByRole('navigation');
  await rail.getByRole('button', { name: 'Sao lưu' }).click();
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByRole('status')).toContainText('Đã sao lưu');
  await expect(page.getByRole('alert')).toHaveCount(0); // a sound file: nothing to say

  // Every file counts as large for this host: it serves the first screen, then checks in the background.
  await app.restart({
    whileStopped: () => damagePages(app.dbFile),
    args: ['--check-after-open-above-mb', '0'],
  });
  await page.goto(app.loginUrl + '#inventory'); // a new host: its own one-time link
  const banner = page.locator('.open-check-banner');
  await expect(banner).toContainText('bị hỏng nên đã được cất riêng');
  await expect(banner).toContainText('TinhGọn đã mở bản sao lưu tốt gần nhất');
  await waitForGrid(page); // the screens reload from the backup that is open now
  expect(readdirSync(app.dataDir).some((n) => n.startsWith('tinhgon.sqlite.damaged-'))).toBe(true);

  await banner.getByRole('button', { name: 'Xem các bản sao lưu' }).click();
  await expect(page.getByRole('heading', { name: 'Sao lưu và khôi phục' })).toBeVisible();
  await expect(page.locator('.backup-notice')).toContainText('bị hỏng nên đã được cất riêng');
  await banner.getByRole('button', { name: 'Đóng' }).click();
  await expect(banner).toHaveCount(0);
});
