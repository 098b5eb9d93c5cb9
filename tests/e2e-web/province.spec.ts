/**
 * Issue 19 in Chromium: the province server (out/main/server.js on a throw-away PostgreSQL) and a unit's app
 * (out/main/node-host.js, the demo commune). The unit receives the province's plan and sends its results from
 * "Gửi tỉnh"; a province officer signs in and sees who sent what, the sums (Σ saving / Σ before), the
 * procedures several units proposed side by side, receives a package brought on USB, and exports the reports.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProvinceSession } from '../../electron/backend/submission/province-client';
import { openTestDatabase, pgSkipReason, type TestDatabase } from '../support/pg-cluster';
import {
  ADMIN,
  OFFICER,
  session,
  setUpProvince,
  startServer,
  unitAccount,
  unitPassword,
  type RunningServer,
} from '../support/province-server';
import { workedExampleSubmission } from '../support/synthetic-submission';
import { startHost } from './fixtures';

const skip = pgSkipReason('province E2E');
const A = { code: 'XA-AN-BINH', name: 'UBND xã An Bình' };
const B = { code: 'XA-BINH-MINH', name: 'UBND xã Bình Minh' };
const DEMO = { code: 'DEMO-XA', name: 'UBND xã Minh họa' };

test.describe('province consolidation (Chromium, PostgreSQL)', () => {
  test.skip(skip !== null, skip ?? '');
  test.describe.configure({ mode: 'serial' });
  let db: TestDatabase;
  let server: RunningServer;
  let planKey: string;
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'tinhgon-e2e-province-'));
    dirs.push(d);
    return d;
  };
  const packageOf = (unit: typeof A, population: number, createdAt: string) =>
    workedExampleSubmission({ unitCode: unit.code, unitName: unit.name, planKey, population, createdAt });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    db = await openTestDatabase('e2e_province');
    server = await startServer(db.url, dir(), { TINHGON_ADMIN_PASSWORD: ADMIN.password }, [
      '--init-admin',
      ADMIN.name,
      '--province-name',
      'UBND tỉnh Minh Họa',
    ]);
    const admin: ProvinceSession = session(server.url, ADMIN);
    planKey = (await setUpProvince(admin, [A, B, DEMO])).key;
    for (const [unit, population] of [
      [A, 600],
      [B, 900],
    ] as const) {
      const unitSession = session(server.url, {
        name: unitAccount(unit.code),
        password: unitPassword(unit.code),
      });
      await unitSession.upload(packageOf(unit, population, '2026-06-01T08:00:00.000Z'), 'goi.tinhgon');
    }
  });

  test.afterAll(async () => {
    await server?.stop();
    db?.drop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  test('a unit receives the plan and sends its results from "Gửi tỉnh"', async ({ page }) => {
    const host = await startHost(dir());
    try {
      await page.goto(host.loginUrl + '#submission'); // browser mode: the host's one-time link, then its cookie
      await page.getByLabel('Địa chỉ máy chủ').fill(server.url);
      await page.getByLabel('Tài khoản gửi của đơn vị').fill(unitAccount(DEMO.code));
      await page.getByLabel('Mật khẩu').fill(unitPassword(DEMO.code));
      await page.getByRole('button', { name: 'Nhận kế hoạch từ máy chủ' }).click();
      await expect(page.getByRole('status')).toContainText(
        'Đã nhận kế hoạch "Kế hoạch rà soát, đánh giá TTHC năm 2026 của tỉnh": 5 thủ tục',
      );
      const row = page.getByRole('row', { name: new RegExp(planKey) });
      await expect(row).toContainText('Chưa gửi');
      await row.getByRole('button', { name: 'Gửi lên máy chủ' }).click();
      await expect(page.getByRole('status')).toHaveText('Tỉnh đã nhận: lần gửi 1.');
      await expect(row).toContainText('tỉnh đã nhận, lần 1');
      // The demo's own plan cannot be sent: it is not the province's.
      const own = page.getByRole('row', { name: /minh họa/ });
      await expect(own).toContainText('Kế hoạch riêng của đơn vị');
      await expect(own.getByRole('button')).toHaveCount(0);
    } finally {
      host.child.kill('SIGTERM');
    }
  });

  test('a province officer sees who sent what, the sums, shared proposals, and exports the plan', async ({
    page,
  }) => {
    await page.goto(server.url + '/');
    await page.getByLabel('Tài khoản').fill(OFFICER.name);
    await page.getByLabel('Mật khẩu').fill('sai');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert')).toHaveText('Tên tài khoản hoặc mật khẩu không đúng.');
    await page.getByLabel('Mật khẩu').fill(OFFICER.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();

    // Tiếp nhận: every unit received, with its version and sums.
    await expect(page.getByText('Đã nhận 3/3 đơn vị')).toBeVisible();
    const rowB = page.getByRole('row', { name: /UBND xã Bình Minh/ });
    await expect(rowB).toContainText('lần 1');
    await expect(rowB).toContainText('364.928.850');
    // B's newer package arrives on a USB stick: received as version 2, version 1 kept in history.
    const usb = join(dir(), 'binh-minh.tinhgon');
    writeFileSync(usb, packageOf(B, 1000, '2026-06-15T08:00:00.000Z'));
    await page.getByLabel('Nhận gói từ tệp (.tinhgon)…').setInputFiles(usb);
    await expect(page.getByRole('status')).toHaveText('Đã nhận gói của UBND xã Bình Minh: lần 2.');
    await expect(rowB).toContainText('thay 1 lần trước');
    await expect(rowB).toContainText('405.476.500');
    await expect(page.getByRole('row', { name: /lần 1 Đã được thay thế \(lần 2\)/ })).toBeVisible();
    // The same file again changes nothing.
    await page.getByLabel('Nhận gói từ tệp (.tinhgon)…').setInputFiles(usb);
    await expect(page.getByRole('status')).toHaveText(
      'Gói này đã nhận trước đó (lần 2 của UBND xã Bình Minh); không lưu lại.',
    );

    if (process.env.SCREENSHOT_DIR)
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/province-receipt.png` });

    // Tổng hợp chi phí: Σ over the current packages. The saving is the worked example's (600 + 1000 dossiers);
    // the demo commune's items add their cost before, unchanged after. The rate is Σ savings / Σ before.
    await page.getByRole('button', { name: 'Tổng hợp chi phí' }).click();
    const cards = page.getByLabel('Toàn tỉnh');
    await expect(cards).toContainText('443.762.800');
    const money = async (label: string) =>
      Number(
        (await cards.locator('.card', { hasText: label }).locator('strong').innerText()).replace(/\D/g, ''),
      );
    const [before, saving] = [await money('Chi phí trước'), await money('Tiết kiệm')];
    expect(before).toBeGreaterThan(648_762_400);
    await expect(cards).toContainText(`${((saving / before) * 100).toFixed(2).replace('.', ',')} %`);
    await expect(page.getByRole('row', { name: /UBND xã An Bình/ })).toContainText('166.411.050');
    if (process.env.SCREENSHOT_DIR)
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/province-summary.png` });

    // Đề xuất trùng: the procedures several units propose, with their count; the first one's proposals side by
    // side, a row per unit (loaded when picked).
    await page.getByRole('button', { name: 'Đề xuất trùng' }).click();
    await expect(page.getByText(/^1 thủ tục được từ hai đơn vị trở lên đề xuất/)).toBeVisible();
    const listed = page.getByRole('row', { name: /1\.001612 Đăng ký thành lập hộ kinh doanh/ });
    await expect(listed).toContainText('2');
    await expect(listed.getByRole('button', { name: '1.001612' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('1–1 trong 1')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Trang sau' })).toBeDisabled();
    const sideBySide = page.getByLabel('1.001612');
    await expect(
      sideBySide.getByRole('heading', {
        name: /1\.001612 Đăng ký thành lập hộ kinh doanh .* 2 đơn vị đề xuất/,
      }),
    ).toBeVisible();
    await expect(sideBySide.getByRole('rowheader')).toHaveText([
      'UBND xã An BìnhĐã phê duyệt',
      'UBND xã Bình MinhĐã phê duyệt',
    ]);
    await expect(sideBySide.getByRole('row', { name: /UBND xã An Bình/ })).toContainText('243.285.900');
    if (process.env.SCREENSHOT_DIR)
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/province-overlaps.png` });

    // Báo cáo tỉnh: the province's plan as an .xlsx download.
    await page.getByRole('button', { name: 'Báo cáo tỉnh' }).click();
    await page.getByRole('button', { name: 'Xuất Excel' }).first().click();
    const link = page.getByRole('link', { name: /Tải về Phương án đơn giản hóa/ });
    const download = page.waitForEvent('download');
    await link.click();
    expect((await download).suggestedFilename()).toMatch(
      /^Phương án đơn giản hóa - UBND tỉnh Minh Họa - .*\.xlsx$/,
    );
  });
});
