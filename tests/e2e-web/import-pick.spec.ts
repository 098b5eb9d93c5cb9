import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, gridCell, test, waitForGrid } from './fixtures';

const BTP = fileURLToPath(
  new URL('../fixtures/public-data/dvcqg-danh-sach-tthc-BoTuPhap.xlsx', import.meta.url),
);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('a ministry list into a commune: warned, only commune-level rows of the chosen lĩnh vực imported', async ({
  page,
}) => {
  await waitForGrid(page);
  await page.getByRole('button', { name: /Nhập Excel/ }).click();
  await page.getByTestId('import-file').setInputFiles(BTP);
  await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
  // 246 Bộ Tư pháp procedures would be new in the demo commune: most of them are not carried out by a commune.
  await expect(page.getByTestId('import-summary')).toHaveText(
    '271 dòng: 246 mới, 18 thay đổi, 7 không đổi, 0 bị từ chối',
  );
  const warning = page.getByTestId('import-fit-warning');
  await expect(warning).toContainText('Phần lớn thủ tục trong tệp không thuộc cấp xã: 132/178');
  await warning.getByRole('button', { name: 'Chỉ giữ thủ tục cấp xã (46)' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText(
    '46 dòng: 29 mới, 16 thay đổi, 1 không đổi, 0 bị từ chối',
  );
  await expect(page.getByTestId('import-fit-warning')).toHaveCount(0);
  await expect(page.getByTestId('import-excluded')).toHaveText(
    '225 dòng không được chọn: không kiểm tra, không ghi.',
  );
  // And not Chứng thực.
  await page.getByTestId('import-row-picker').getByRole('checkbox', { name: 'Chứng thực (14)' }).uncheck();
  await expect(page.getByTestId('import-summary')).toHaveText(
    '35 dòng: 24 mới, 10 thay đổi, 1 không đổi, 0 bị từ chối',
  );
  await expect(page.getByTestId('import-all-or-nothing')).toContainText('Ghi tất cả hoặc không: 24 thủ tục');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-result')).toContainText('Đã nhập: 24 mới');
  await expect(page.getByTestId('import-result')).toContainText('236 dòng không được chọn nên không nhập.');

  await page.getByRole('button', { name: 'Mở danh mục' }).click();
  await waitForGrid(page);
  // A commune's Hộ tịch procedure came in; neither a Luật sư one (Sở Tư pháp) nor a commune's Chứng thực one did.
  await page.getByRole('searchbox').fill('1.001766');
  await expect(gridCell(page, 0, 'name')).toHaveText('Thủ tục đăng ký khai tử có yếu tố nước ngoài');
  for (const code of ['1.002099', '2.001016']) {
    await page.getByRole('searchbox').fill(code);
    await expect(page.locator('.ag-center-cols-container .ag-row')).toHaveCount(0);
  }
});

test('no row chosen: "0 thủ tục được nhập" and nothing to write; a file too big or empty is not even read', async ({
  page,
}) => {
  await waitForGrid(page);
  await page.getByRole('button', { name: /Nhập Excel/ }).click();
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'rong.xlsx', mimeType: XLSX, buffer: Buffer.alloc(0) });
  await expect(page.getByRole('alert')).toContainText('"rong.xlsx" trống hoặc không phải tệp thông thường');
  await page.getByTestId('import-file').setInputFiles({
    name: 'lon.xlsx',
    mimeType: XLSX,
    buffer: Buffer.alloc(31 * 1024 * 1024),
  });
  await expect(page.getByRole('alert')).toContainText('Tệp "lon.xlsx" quá lớn (31.0 MB, giới hạn 30.0 MB)');

  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'btp.xlsx', mimeType: XLSX, buffer: readFileSync(BTP) });
  await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
  await page.getByTestId('import-row-picker').getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText(
    '0 dòng: 0 mới, 0 thay đổi, 0 không đổi, 0 bị từ chối',
  );
  await expect(page.getByTestId('import-nothing')).toContainText('0 thủ tục được nhập');
  await expect(page.getByTestId('import-commit')).toBeDisabled();
});
