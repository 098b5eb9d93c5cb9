import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { expect, gridCell, startHost, stopHost, test, waitForGrid } from './fixtures';

/**
 * Browser mode on a shared office PC: only the person who started TinhGọn gets in (the printed one-time link),
 * and a second instance on the same database (a second `npm start`, another account) reads only and says who
 * writes. Both in Chromium at 1366×768, as the officer sees them.
 */

test('the printed link signs this browser in once; a reload keeps working; the spent link is refused elsewhere', async ({
  page,
  app,
  browser,
}) => {
  await waitForGrid(page);
  expect(page.url()).toBe(`${app.url}#inventory`); // the secret left the address bar
  await page.reload();
  await waitForGrid(page);

  // Another browser (another account's, or a link copied from the history) with no cookie: only the sign-in page.
  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  const bare = await other.goto(app.url);
  expect(bare?.status()).toBe(401);
  await expect(other.getByRole('heading')).toHaveText('TinhGọn: cần mở bằng liên kết riêng');
  expect(await other.content()).not.toContain('tinhgon-token');

  // The next link the host printed works once: in a second context, and never again in a third.
  const next = app.loginUrl;
  await other.goto(next + '#inventory');
  await waitForGrid(other);
  const third = await (await browser.newContext()).newPage();
  const spent = await third.goto(next);
  expect(spent?.status()).toBe(401);
  await expect(third.getByText('Mỗi liên kết chỉ dùng được một lần')).toBeVisible();
  await stranger.close();
  await third.context().close();
});

test('a second instance on the same database opens read-only, names who writes it, and saves nothing', async ({
  page,
  app,
  browser,
}) => {
  await waitForGrid(page);
  const dataDir = mkdtempSync(join(tmpdir(), 'tinhgon-e2e-second-'));
  const second = await startHost(dataDir, ['--db', app.dbFile]);
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    const view = await context.newPage();
    await view.goto(second.loginUrl + '#inventory');
    const banner = view.locator('.open-check-banner');
    await expect(banner).toContainText('Chỉ xem: tệp dữ liệu đang được');
    await expect(banner).toContainText(`${userInfo().username} mở để sửa trên máy ${hostname()} từ`);
    await expect(banner).toContainText(/từ \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await waitForGrid(view);

    // An edit here is refused with the holder's name, and the file keeps the writer's value.
    await view.getByRole('searchbox').fill('1.001193');
    const cell = gridCell(view, 0, 'name');
    const before = (await cell.textContent()) ?? '';
    await cell.dblclick();
    const editor = view.locator('.ag-cell-inline-editing input');
    await editor.fill('Sửa từ nơi chỉ được xem');
    await editor.press('Enter');
    await expect(view.getByRole('alert').filter({ hasText: 'chỉ một nơi được ghi' })).toContainText(
      `đang được ${userInfo().username} (máy ${hostname()}) mở để sửa`,
    );
    await view.reload();
    await waitForGrid(view);
    await view.getByRole('searchbox').fill('1.001193');
    await expect(gridCell(view, 0, 'name')).toHaveText(before);
    await context.close();

    // The first instance, which holds the file, still writes.
    await page.getByRole('searchbox').fill('1.001193');
    await gridCell(page, 0, 'name').dblclick();
    await page.locator('.ag-cell-inline-editing input').fill('Sửa từ nơi đang giữ tệp');
    await page.locator('.ag-cell-inline-editing input').press('Enter');
    await expect(page.getByText(/Đã lưu lúc/)).toBeVisible();
  } finally {
    await stopHost(second.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

// A real second account: as root (CI and this machine), `nobody` is another local user on the same PC.
const asNobody = (args: string[]) =>
  spawnSync('runuser', ['-u', 'nobody', '--', ...args], { encoding: 'utf8', timeout: 20_000 });
const canSwitchUser = process.getuid?.() === 0 && asNobody(['true']).status === 0;

test('another local account (nobody, with curl) can neither read the app nor call its API', ({ app }) => {
  test.skip(!canSwitchUser, 'needs root to run a client as a second local account (runuser -u nobody)');
  const curl = (...args: string[]) => asNobody(['curl', '-s', '-o', '-', '-w', '\n%{http_code}', ...args]);
  const page = curl(app.url);
  expect(page.stdout.trim().split('\n').at(-1)).toBe('401');
  expect(page.stdout).not.toContain('tinhgon-token');
  const api = curl(
    '-X',
    'POST',
    '-H',
    'content-type: application/json',
    '--data',
    JSON.stringify({ method: 'units.create', input: { name: 'Đơn vị lạ', level: 'XA' } }),
    `${app.url}rpc`,
  );
  expect(api.stdout.trim().split('\n').at(-1)).toBe('401');
  // The secret is in no place another account can read: not the host's command line.
  const cmdline = asNobody(['cat', `/proc/${app.hostPid}/cmdline`]);
  expect(cmdline.status).toBe(0);
  expect(cmdline.stdout).not.toContain(new URL(app.loginUrl).searchParams.get('k')!);
  expect(asNobody(['cat', `/proc/${app.hostPid}/environ`]).status).not.toBe(0);
  expect(readFileSync(app.dbFile).subarray(0, 15).toString()).toBe('SQLite format 3'); // still there, untouched
});
