import { describe, expect, it } from 'vitest';
import { fastReadWorkbook } from '../../../electron/backend/import/fast-reader';
import { withLimits } from '../../../electron/backend/import/limits';
import { writeInventoryWorkbook } from '../../../electron/backend/import/multi-sheet-format';
import { precheckXlsx } from '../../../electron/backend/import/zip-precheck';
import { encodeTcvn3, encodeVni } from '../../../electron/shared/text/legacy-encoding';
import { useTempDir } from '../../support/temp';
import { BTP, BXD, demoEntries, parse, readBytes, xlsxBytes } from '../../fixtures/import/helpers';
import { readZip, writeZip } from '../../fixtures/import/zip-surgery';

const temp = useTempDir('tinhgon-import-readers-');

/** Everything the importer reads from a cell: strings, rich text, numbers, dates, booleans, formulas, errors, merges, fonts. */
const mixed = () =>
  xlsxBytes((wb) => {
    wb.properties.date1904 = false;
    const ws = wb.addWorksheet('Tổng hợp & thử');
    ws.addRow(['TIÊU ĐỀ GỘP Ô']);
    ws.mergeCells('A1:F1');
    ws.addRow(['Mã', 'Tên', 'Ngày', 'Số', 'Công thức', 'Lỗi']);
    ws.addRow([
      '1.001193',
      '  Đăng ký\r\nkhai sinh  ',
      new Date(Date.UTC(2025, 11, 31)),
      1.0012,
      { formula: 'D3*2', result: 2.0024 },
      { error: '#N/A' },
    ]);
    ws.addRow([
      '1.000894',
      {
        richText: [
          { text: 'Thủ tục ', font: { bold: true } },
          { text: encodeVni('đăng ký kết hôn'), font: { name: 'VNI-Times' } },
        ],
      },
      true,
      0,
      { formula: 'B3', result: 'chuỗi <&> "trích"' },
      { formula: '1/0', result: { error: '#DIV/0!' } },
    ]);
    const r = ws.addRow(['2.000815', encodeTcvn3('chứng thực'), null, 15000, { formula: 'NOW()' }, '']);
    r.getCell(2).font = { name: '.VnTime' };
    ws.getCell('C5').value = new Date(Date.UTC(2024, 1, 29));
    ws.getCell('C5').numFmt = 'dd/mm/yyyy';
    ws.mergeCells('E6:F7');
    ws.getCell('E6').value = 'ô gộp';
    ws.getCell('A8').value = { text: 'liên kết', hyperlink: 'https://dichvucong.gov.vn' };
    const second = wb.addWorksheet('Trang 2');
    second.addRow(['x']);
  });

describe('import: the small xlsx reader reads exactly what exceljs reads', () => {
  it.each([
    ['DVCQG Bộ Tư pháp', () => readBytes(BTP)],
    ['DVCQG Bộ Xây dựng', () => readBytes(BXD)],
    ['every cell kind, merges, legacy fonts', mixed],
  ])('%s', async (_label, make) => {
    const bytes = await make();
    const limits = withLimits(undefined);
    // The small reader handles the file itself (no silent fallback)…
    const fast = fastReadWorkbook(bytes, precheckXlsx(bytes, 'x.xlsx', limits), 'x.xlsx', limits);
    // …and gives the same grid as exceljs's document reader, through the worker.
    expect(await parse(bytes, 'x.xlsx')).toEqual(fast);
    expect(await parse(bytes, 'x.xlsx', {}, 'exceljs')).toEqual(fast);
    if (_label.startsWith('every')) {
      const sheet = fast.sheets[0]!;
      expect(sheet.name).toBe('Tổng hợp & thử');
      expect(sheet.rows[0]).toEqual([{ v: 'TIÊU ĐỀ GỘP Ô', k: 's' }]);
      expect(sheet.rows[2]).toEqual([
        { v: '1.001193', k: 's' },
        { v: 'Đăng ký\nkhai sinh', k: 's' },
        { v: '2025-12-31', k: 'd' },
        { v: '1.0012', k: 'n' },
        { v: '2.0024', k: 'n', f: true },
        { v: '#N/A', k: 'e' },
      ]);
      expect(sheet.rows[3]![1]).toEqual({ v: 'Thủ tục đăng ký kết hôn', k: 's', enc: 'VNI' });
      expect(sheet.rows[3]![4]).toEqual({ v: 'chuỗi <&> "trích"', k: 's', f: true });
      expect(sheet.rows[3]![5]).toEqual({ v: '#DIV/0!', k: 'e', f: true });
      expect(sheet.rows[4]!.slice(1, 5)).toEqual([
        { v: 'chứng thực', k: 's', enc: 'TCVN3' },
        { v: '2024-02-29', k: 'd' },
        { v: '15000', k: 'n' },
        { v: '', k: 'e', f: true },
      ]);
      expect(sheet.rows[5]![4]).toEqual({ v: 'ô gộp', k: 's' });
      expect(sheet.rows[6]).toBeNull();
      expect(sheet.rows[7]![0]).toEqual({ v: 'liên kết', k: 's' });
    }
  });

  it('reads sheets written with x:-prefixed tags (files exceljs cannot open, exceljs #962) like the plain file', async () => {
    const plain = readBytes(BTP);
    const entries = readZip(plain).map((e) =>
      /^xl\/(worksheets\/sheet1|sharedStrings)\.xml$/.test(e.name)
        ? {
            name: e.name,
            data: Buffer.from(
              e.data
                .toString('utf8')
                .replace(
                  /<(\/?)(?!\?)([A-Za-z]+)(?=[\s>/])/g,
                  (_m, slash: string, tag: string) => `<${slash}x:${tag}`,
                )
                .replace(/xmlns="([^"]+)"/, 'xmlns:x="$1"'),
            ),
          }
        : e,
    );
    const prefixed = writeZip(entries);
    expect(
      readZip(prefixed)
        .find((e) => e.name === 'xl/worksheets/sheet1.xml')!
        .data.toString()
        .slice(0, 300),
    ).toContain('<x:worksheet');
    const limits = withLimits(undefined);
    expect(fastReadWorkbook(prefixed, precheckXlsx(prefixed, 'x.xlsx', limits), 'x.xlsx', limits)).toEqual(
      await parse(plain, 'x.xlsx'),
    );
  });

  it('TinhGọn’s own multi-sheet export', async () => {
    const entries = demoEntries(temp());
    const bytes = await writeInventoryWorkbook(entries);
    const limits = withLimits(undefined);
    const fast = fastReadWorkbook(bytes, precheckXlsx(bytes, 'x.xlsx', limits), 'x.xlsx', limits);
    expect(await parse(bytes, 'x.xlsx', {}, 'exceljs')).toEqual(fast);
  });

  it('inline text cells: attributes in any order, the same text in other fonts, formulas and entities', async () => {
    const base = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('Danh sách');
      ws.getCell('A1').value = 'vni';
      ws.getCell('A1').font = { name: 'VNI-Times' };
      ws.getCell('A2').value = 'times';
      ws.getCell('A2').font = { name: 'Times New Roman' };
    });
    const entries = readZip(base);
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const xml = sheet.data.toString('utf8');
    const styleOf = (cell: string) => new RegExp(`<c r="${cell}" s="(\\d+)"`).exec(xml)![1]!;
    const [vni, times] = [styleOf('A1'), styleOf('A2')];
    const text = encodeVni('đăng ký');
    const rows = [
      `<c r="A1" t="str"><v>${text}</v></c><c r="B1" s="${vni}" t="str"><v>${text}</v></c>`,
      `<c t="str" r="A2" s="${times}"><v>${text}</v></c><c r="B2" s="${vni}" t="str"><f>A1</f><v>${text}</v></c>`,
      `<c r="A3" s="${vni}" t="str" cm="1"><v>${text}</v></c><c r="B3" t="str"><v>a &amp; b &lt;c&gt;</v></c>`,
      `<c r="A4" t="str"><v>${text}</v></c><c r="C4" t="str"><v>  hai   dấu cách </v></c><c r="D4"><v>12.5</v></c>`,
    ];
    const data = rows.map((cells, i) => `<row r="${i + 1}">${cells}</row>`).join('');
    const crafted = xml.replace(
      /<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/,
      `<sheetData>${data}</sheetData>`,
    );
    const bytes = writeZip(entries.map((e) => (e === sheet ? { ...e, data: Buffer.from(crafted) } : e)));
    const limits = withLimits(undefined);
    const fast = fastReadWorkbook(bytes, precheckXlsx(bytes, 'x.xlsx', limits), 'x.xlsx', limits);
    expect(await parse(bytes, 'x.xlsx', {}, 'exceljs')).toEqual(fast);
    const cells = fast.sheets[0]!.rows;
    expect(cells[0]![1]).toEqual({ v: 'đăng ký', k: 's', enc: 'VNI' });
    expect(cells[1]![1]).toEqual({ v: 'đăng ký', k: 's', f: true, enc: 'VNI' });
    expect(cells[2]![0]).toEqual(cells[0]![1]);
    expect(cells[2]![0]).not.toBe(cells[0]![1]);
    expect(cells[2]![1]).toEqual({ v: 'a & b <c>', k: 's' });
    expect(cells[3]).toEqual([cells[0]![0], null, { v: 'hai   dấu cách', k: 's' }, { v: '12.5', k: 'n' }]);
  });
});
