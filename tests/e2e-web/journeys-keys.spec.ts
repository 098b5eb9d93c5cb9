import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, gridCell, test, waitForGrid } from './fixtures';
import { dropFile } from './journey-helpers';

/** Keyboard, drop anywhere and layout at 1366×768 (issue "Everyday journeys without surprises", 6–8). */

const search = (page: Page) => page.getByRole('searchbox');
/** Column id and row index of the focused grid cell, or null when the keyboard is elsewhere. */
const focusedCell = (page: Page) =>
  page.evaluate(`(() => {
    const cell = document.activeElement?.closest('.ag-cell');
    return cell ? { col: cell.getAttribute('col-id'), row: cell.closest('.ag-row').getAttribute('row-index') } : null;
  })()`);

test('keyboard: ↓ or Tab from the search box to the first row, Enter opens a record, Esc closes it back on its row', async ({
  page,
}) => {
  await waitForGrid(page);
  await expect(search(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedCell(page)).toEqual({ col: 'code', row: '0' });
  await search(page).click();
  await page.keyboard.press('Tab');
  await expect.poll(() => focusedCell(page)).toEqual({ col: 'code', row: '0' });

  // Enter on a cell that is not edited in the grid (Thời hạn) opens the record; Esc closes it.
  await search(page).fill('1.001612');
  // The list settles (the backend's step/document matches come after the grid's own) before the keys.
  await expect(page.getByTestId('row-count')).toHaveText(/^1 \/ /);
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedCell(page)).toEqual({ col: 'time', row: '0' });
  await page.keyboard.press('Enter');
  const editor = page.locator('.record-editor');
  await expect(editor.locator('h2')).toContainText('1.001612');
  await editor.getByRole('tab', { name: 'Thành phần hồ sơ' }).click();
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect.poll(() => focusedCell(page)).toEqual({ col: 'time', row: '0' });

  // With the record open, Esc in a cell being edited (F2) cancels the edit first; the next Esc closes the record.
  await page.keyboard.press('Enter');
  await expect(editor).toBeVisible();
  await gridCell(page, 0, 'name').click();
  await page.keyboard.press('F2');
  await expect(page.locator('.ag-cell-inline-editing')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('.ag-cell-inline-editing')).toHaveCount(0);
  await expect(editor).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect.poll(() => focusedCell(page)).toEqual({ col: 'name', row: '0' });
});

test('the command palette holds every menu and toolbar action, searched without accents ("in" finds In…)', async ({
  page,
}) => {
  await waitForGrid(page);
  await page.evaluate(`window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }`);
  const palette = page.getByRole('dialog', { name: 'Bảng lệnh' });
  const open = async (query: string) => {
    await page.keyboard.press('Control+k');
    await expect(palette).toBeVisible();
    await palette.getByRole('textbox').fill(query);
  };
  await open('');
  const all = await palette.getByRole('option').allInnerTexts();
  for (const label of [
    'Tệp: Cơ sở dữ liệu mới…',
    'Tệp: Nhập Excel…',
    'Tệp: In…',
    'Tệp: Sao lưu ngay',
    'Tệp: Khôi phục từ bản sao lưu…',
    'Sửa: Hoàn tác',
    'Sửa: Làm lại',
    'Sửa: Lịch sử thao tác',
    'Thủ tục: Thêm thủ tục…',
    'Thủ tục: Chuyển vào thùng rác',
    'Thủ tục: Xuất bảng ra Excel',
    'Xem: Đổi người dùng (cán bộ / lãnh đạo)…',
    'Xem: Đổi ngôn ngữ sang English',
    'Đi tới: Tổng quan',
    'Đi tới: Sao lưu',
    'Xuất báo cáo: Phương án đơn giản hóa TTHC…',
  ])
    expect(
      all.some((text) => text.startsWith(label)),
      label,
    ).toBe(true);
  expect(all.length).toBeGreaterThanOrEqual(35);

  await palette.getByRole('textbox').fill('in');
  await expect(palette.getByRole('option').first()).toContainText('Tệp: In…');
  await palette.getByRole('textbox').press('Enter');
  await expect(palette).toBeHidden();
  expect(await page.evaluate('window.__printed')).toBe(1);

  // A toolbar action from another screen: the palette opens the inventory and runs it there.
  await page.locator('.rail').getByRole('button', { name: 'Sao lưu' }).click();
  await open('them thu tuc');
  await palette.getByRole('textbox').press('Enter');
  await expect(page).toHaveURL(/#inventory$/);
  await expect(page.getByLabel('Mã TTHC')).toBeVisible();

  // One report, straight to its export.
  await open('xuat bao cao phuong an');
  await expect(palette.getByRole('option').first()).toContainText('Xuất báo cáo: Phương án đơn giản hóa');
  await palette.getByRole('textbox').press('Enter');
  await expect(page.getByRole('option', { name: /Phương án đơn giản hóa/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('button', { name: 'Xuất Excel' })).toBeFocused();
});

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh mục');
  ws.addRow(['STT', 'Mã TTHC', 'Tên thủ tục hành chính', 'Lĩnh vực']);
  ws.addRow([1, '1.999010', 'Thủ tục thả vào cửa sổ', 'Hộ tịch']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('a workbook dropped on any screen opens the import wizard with it; another file gets the import refusal', async ({
  page,
}) => {
  await page.locator('.rail').getByRole('button', { name: 'Tổng quan' }).click();
  await expect(page.getByTestId('dashboard-total')).toBeVisible();
  await dropFile(page, '.dashboard', 'danh-muc-tha.xlsx', await workbook(), XLSX);
  await expect(page).toHaveURL(/#import$/);
  await expect(page.locator('.import-file-name')).toHaveText('danh-muc-tha.xlsx');
  await expect(page.getByTestId('import-map-B')).toHaveValue('code');

  await page.locator('.rail').getByRole('button', { name: 'Danh mục TTHC' }).click();
  await waitForGrid(page);
  await dropFile(page, '.inventory .grid', 'bien-ban.pdf', Buffer.from('%PDF-1.4'), 'application/pdf');
  await expect(page).toHaveURL(/#import$/);
  const refusal = page.getByRole('alert');
  await expect(refusal).toHaveText(
    'Tệp "bien-ban.pdf" không phải bảng tính Excel .xlsx: hãy chọn tệp .xlsx.',
  );
  // The same words when the file is picked on the import screen itself.
  await page.getByTestId('import-file').setInputFiles({
    name: 'bien-ban.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4'),
  });
  await expect(refusal).toHaveText(
    'Tệp "bien-ban.pdf" không phải bảng tính Excel .xlsx: hãy chọn tệp .xlsx.',
  );
});

/** Whether every child of `selector` sits on one line (each starts above the others' bottom), nothing overflowing. */
const oneRow = (page: Page, selector: string) =>
  page.evaluate(`(() => {
    const bar = document.querySelector(${JSON.stringify(selector)});
    const boxes = [...bar.children].map((c) => c.getBoundingClientRect()).filter((b) => b.width > 0);
    const firstBottom = Math.min(...boxes.map((b) => b.bottom));
    return boxes.every((b) => b.top < firstBottom) && bar.scrollWidth <= bar.clientWidth;
  })()`);

/** The Lĩnh vực column is whole in view: right of the pinned name column, left of the grid's right edge. */
const fieldInView = async (page: Page) => {
  const box = (sel: string) => page.locator(sel).first().boundingBox();
  const [field, name, grid] = [
    await box('.ag-header-cell[col-id="field"]'),
    await box('.ag-header-cell[col-id="name"]'),
    await box('.inventory .grid'),
  ];
  return (
    !!field &&
    !!name &&
    !!grid &&
    field.x >= name.x + name.width - 1 &&
    field.x + field.width <= grid.x + grid.width
  );
};

test('layout at 1366×768: one-row toolbar, whole placeholder and unit name, chart labels, room beside the record', async ({
  page,
}) => {
  await waitForGrid(page);
  expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
  // Soft: each part of the layout is checked (and reported) on its own.
  expect.soft(await oneRow(page, '.inventory-toolbar')).toBe(true);
  // The placeholder fits its box; the unit's full name shows in the rail (it wraps, it is not cut).
  const fits = await page.evaluate(`(() => {
    const input = document.querySelector('.inventory-toolbar .search');
    const style = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = style.font;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return ctx.measureText(input.placeholder).width <= room;
  })()`);
  expect.soft(fits).toBe(true);
  const unitWhole = await page.evaluate(`(() => {
    const name = 'UBND xã Minh họa (dữ liệu mẫu)';
    const ctx = document.createElement('canvas').getContext('2d');
    const shown = [...document.querySelectorAll('.rail-head span, .rail-head select')].filter((el) =>
      (el.tagName === 'SELECT' ? el.selectedOptions[0]?.text : el.textContent) === name);
    return shown.length > 0 && shown.every((el) => {
      if (el.tagName !== 'SELECT') return el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth;
      ctx.font = getComputedStyle(el).font;
      return ctx.measureText(name).width <= el.clientWidth - 24;
    });
  })()`);
  expect.soft(unitWhole).toBe(true);

  // With the record open the grid keeps ≥ 700 px and the Lĩnh vực column in view beside the pinned columns.
  await gridCell(page, 0, 'time').dblclick();
  await expect(page.locator('.record-editor')).toBeVisible();
  expect.soft((await page.locator('.inventory .grid').boundingBox())!.width).toBeGreaterThanOrEqual(700);
  expect.soft(await fieldInView(page)).toBe(true);
  // After a paste into name, lĩnh vực and agency, the pasted columns are still in view.
  await gridCell(page, 1, 'name').click();
  await page.evaluate(`(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'Tên dán\\tHộ tịch\\tUBND xã');
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  })()`);
  await expect(page.getByRole('status')).toContainText('Đã dán 3 ô');
  expect.soft(await fieldInView(page)).toBe(true);
  // The panel can be given more room, but never so much that the grid drops under 700 px.
  const resizer = page.getByRole('separator', { name: /Độ rộng khung hồ sơ/ });
  await resizer.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  expect((await page.locator('.inventory .grid').boundingBox())!.width).toBeGreaterThanOrEqual(700);

  // Dashboard: the longest lĩnh vực label is drawn whole (wrapped), not cut at the chart's left edge.
  await page.locator('.rail').getByRole('button', { name: 'Tổng quan' }).click();
  const chart = page.getByTestId('chart-by-field').locator('canvas').first();
  await expect(chart).toBeVisible();
  await page.waitForTimeout(500);
  const inkAtLeftEdge = await chart.evaluate((canvas: unknown) => {
    const c = canvas as {
      getContext(k: '2d'): { getImageData(...a: number[]): { data: Uint8ClampedArray } };
      height: number;
    };
    const { data } = c.getContext('2d').getImageData(0, 0, 3, c.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && data[i]! < 160) dark++;
    return dark;
  });
  expect.soft(inkAtLeftEdge).toBe(0);
});
