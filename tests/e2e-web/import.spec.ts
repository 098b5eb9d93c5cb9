import ExcelJS from 'exceljs';
import { expect, gridCell, test, waitForGrid } from './fixtures';

/**
 * The wizard end to end on the demo database: a free-form workbook with one renamed procedure, one with a new
 * lĩnh vực, a new procedure and a bad code. The user applies one diff and rejects the other.
 */
async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh mục xã');
  ws.addRow(['DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ']);
  ws.mergeCells('A1:D1');
  ws.addRow(['STT', 'Mã TTHC', 'Tên thủ tục hành chính', 'Lĩnh vực']);
  ws.addRow([1, '1.001193', 'Thủ tục đăng ký khai sinh (tên mới E2E)', 'Hộ tịch']);
  ws.addRow([2, '1.000894', 'Thủ tục đăng ký kết hôn', 'Lĩnh vực bị từ chối']);
  ws.addRow([3, '1.999002', 'Thủ tục mới từ tệp E2E', 'Hộ tịch']);
  ws.addRow([4, '1.99900', 'Mã thiếu chữ số', 'Hộ tịch']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('import wizard: detect, preview, dry run with per-row diff accept/reject, commit, error report', async ({
  page,
  app,
}) => {
  void app;
  await waitForGrid(page);
  await page.getByRole('button', { name: /Nhập Excel/ }).click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'danh-muc-xa.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await workbook(),
  });
  // Header row 2 detected (title row skipped), columns mapped by their Vietnamese names.
  await expect(page.getByTestId('import-header-row')).toHaveValue('2');
  await expect(page.getByTestId('import-map-B')).toHaveValue('code');
  await expect(page.getByTestId('import-map-C')).toHaveValue('name');

  await page.getByRole('button', { name: 'Xem trước' }).click();
  await expect(page.getByTestId('import-preview')).toContainText('Mã TTHC "1.99900" thiếu chữ số');

  await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText(
    '4 dòng: 1 mới, 2 thay đổi, 0 không đổi, 1 bị từ chối',
  );
  const renamed = page.getByTestId('import-row-1.001193');
  await expect(renamed).toContainText('Thủ tục đăng ký khai sinh (tên mới E2E)');
  await expect(page.getByTestId('import-row-1.000894')).toContainText('Lĩnh vực bị từ chối');
  // Accept the rename, leave the other diff unchecked (rejected).
  await renamed.getByRole('checkbox').check();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-result')).toContainText(
    'Đã nhập: 1 mới, 1 cập nhật, 0 không đổi, 1 thay đổi không áp dụng, 1 dòng bị từ chối.',
  );
  await expect(page.getByTestId('import-result')).toContainText('-import.sqlite');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải danh sách dòng lỗi (.xlsx)' }).click();
  await page.getByTestId('import-report-link').click();
  const file = await download;
  const report = new ExcelJS.Workbook();
  await report.xlsx.readFile(await file.path());
  expect(report.worksheets[0]!.getRow(3).getCell(6).text).toContain('thiếu chữ số');

  // The inventory shows the accepted change and not the rejected one.
  await page.getByRole('button', { name: 'Mở danh mục' }).click();
  await waitForGrid(page);
  await page.getByRole('searchbox').fill('1.001193');
  await expect(gridCell(page, 0, 'name')).toHaveText('Thủ tục đăng ký khai sinh (tên mới E2E)');
  await page.getByRole('searchbox').fill('1.000894');
  await expect(gridCell(page, 0, 'field')).toHaveText('Hộ tịch');
  await page.getByRole('searchbox').fill('1.999002');
  await expect(gridCell(page, 0, 'name')).toHaveText('Thủ tục mới từ tệp E2E');
});

test('a legacy .xls file dropped on the window is refused with its message', async ({ page, app }) => {
  void app;
  await waitForGrid(page);
  await page.getByRole('button', { name: /Nhập Excel/ }).click();
  await page.getByTestId('import-file').waitFor({ state: 'attached' });
  // Drag and drop from the desktop: a DataTransfer holding the file, dropped on the window.
  // (This file is type-checked without the DOM library, hence the narrow casts inside the page function.)
  const dataTransfer = await page.evaluateHandle(() => {
    const g = globalThis as unknown as {
      DataTransfer: new () => { items: { add(file: unknown): void } };
      File: new (parts: unknown[], name: string, options: { type: string }) => unknown;
    };
    const dt = new g.DataTransfer();
    const bytes = new Uint8Array(2056);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    dt.items.add(new g.File([bytes], 'cu.xls', { type: 'application/vnd.ms-excel' }));
    return dt;
  });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByRole('alert')).toContainText('lưu lại dưới dạng .xlsx');
  await expect(page.getByRole('alert')).toContainText('"cu.xls"');
});
