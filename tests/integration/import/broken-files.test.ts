import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../electron/backend/api-failure';
import { renderError } from '../../../electron/shared/errors';
import { useTempDir } from '../../support/temp';
import {
  BTP,
  emptyBackend,
  importBytes,
  readBytes,
  reopenBackend,
  sha256,
  xlsxBytes,
} from '../../fixtures/import/helpers';
import { refusedWorkbooks } from '../../fixtures/import/hostile-workbooks';
import { ole2, readZip, replaceEntry, writeZip } from '../../fixtures/import/zip-surgery';

const temp = useTempDir('tinhgon-import-bad-');
const real = readBytes(BTP);
const SHEET = 'xl/worksheets/sheet1.xml';
const sheetXml = () =>
  readZip(real)
    .find((e) => e.name === SHEET)!
    .data.toString('utf8');

/** Each broken file, the refusal code it must produce and a fragment of its Vietnamese message. */
const corpus: [string, () => Buffer | Promise<Buffer>, string, RegExp][] = [
  [
    'truncated sheet XML (valid zip)',
    () => writeZip(replaceEntry(readZip(real), SHEET, Buffer.from(sheetXml().slice(0, 30000)))),
    'IMPORT_TRUNCATED_SHEET',
    /Danh sách TTHC.*bị cắt cụt/,
  ],
  [
    'sheet rows cut but closed properly (dimension says more)',
    () => {
      const xml = sheetXml();
      const cut = xml.indexOf('<row r="101"');
      const end = xml.indexOf('</sheetData>');
      return writeZip(replaceEntry(readZip(real), SHEET, Buffer.from(xml.slice(0, cut) + xml.slice(end))));
    },
    'IMPORT_TRUNCATED_SHEET',
    /dòng cuối 100 < 273/,
  ],
  [
    'file cut in the middle (download interrupted)',
    () => real.subarray(0, Math.floor(real.length / 2)),
    'IMPORT_CORRUPT_ZIP',
    /bị hỏng hoặc chưa tải/,
  ],
  [
    'zip with a damaged central directory',
    () => {
      const b = Buffer.from(real);
      b.writeUInt32LE(0xdeadbeef, b.length - 22 - 10);
      const e = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      b.writeUInt32LE(0, e);
      return b;
    },
    'IMPORT_CORRUPT_ZIP',
    /bị hỏng/,
  ],
  [
    'zip bomb (20 MB of spaces in one sheet)',
    () =>
      writeZip(
        replaceEntry(
          readZip(real),
          SHEET,
          Buffer.concat([
            Buffer.from(sheetXml().replace('</worksheet>', '')),
            Buffer.alloc(20 * 1024 * 1024, 0x20),
            Buffer.from('</worksheet>'),
          ]),
        ),
      ),
    'IMPORT_ZIP_BOMB',
    /nén bất thường/,
  ],
  [
    'lying central directory (declares 1 KB, inflates to 5 MB)',
    () =>
      writeZip(
        replaceEntry(
          readZip(real),
          SHEET,
          Buffer.concat([
            Buffer.from(sheetXml().replace('</worksheet>', '')),
            Buffer.alloc(5 * 1024 * 1024, 0x20),
            Buffer.from('</worksheet>'),
          ]),
        ),
        { lie: { [SHEET]: 1024 } },
      ),
    'IMPORT_ZIP_BOMB',
    /nén bất thường/,
  ],
  [
    'XXE: an external entity in sharedStrings.xml (a DOCTYPE)',
    () =>
      writeZip(
        replaceEntry(
          readZip(real),
          'xl/sharedStrings.xml',
          Buffer.from(
            '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>',
          ),
        ),
      ),
    'IMPORT_DOCTYPE',
    /phần "xl\/sharedStrings\.xml" có khai báo DOCTYPE/,
  ],
  [
    'missing workbook.xml',
    () => writeZip(replaceEntry(readZip(real), 'xl/workbook.xml', null)),
    'IMPORT_NO_WORKBOOK',
    /workbook\.xml/,
  ],
  [
    'CSV renamed to .xlsx',
    () => Buffer.from('Mã số,Tên\n1.001193,Đăng ký khai sinh\n'),
    'IMPORT_NOT_XLSX',
    /không phải là tệp Excel/,
  ],
  [
    'PDF renamed to .xlsx',
    () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'),
    'IMPORT_NOT_XLSX',
    /không phải là tệp Excel/,
  ],
  [
    'a Word .docx renamed',
    () =>
      writeZip([
        { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
        { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
      ]),
    'IMPORT_NOT_XLSX',
    /không phải là tệp Excel/,
  ],
  ['legacy .xls (OLE2)', () => ole2(false), 'IMPORT_LEGACY_XLS', /lưu lại dưới dạng \.xlsx/],
  ['password-protected xlsx (OLE2 EncryptedPackage)', () => ole2(true), 'IMPORT_ENCRYPTED', /đặt mật khẩu/],
  [
    'zip entries flagged encrypted',
    () => writeZip(readZip(real), { flags: 1 }),
    'IMPORT_ENCRYPTED',
    /đặt mật khẩu/,
  ],
  ['empty file', () => Buffer.alloc(0), 'IMPORT_EMPTY_FILE', /trống/],
  [
    'missing required column (no "Tên")',
    () =>
      xlsxBytes((wb) => {
        const ws = wb.addWorksheet('Danh sách');
        ws.addRow(['Mã số', 'Lĩnh vực']);
        ws.addRow(['1.001193', 'Hộ tịch']);
      }),
    'IMPORT_MISSING_COLUMN',
    /Danh sách.*thiếu cột bắt buộc "Tên thủ tục hành chính" \(dòng tiêu đề 1\)/,
  ],
  [
    'no header row at all',
    () =>
      xlsxBytes((wb) => {
        const ws = wb.addWorksheet('Ghi chú');
        ws.addRow(['Báo cáo tháng 5']);
        ws.addRow(['Không có bảng']);
      }),
    'IMPORT_NO_HEADER',
    /Không tìm thấy dòng tiêu đề/,
  ],
];

describe('import: broken files are refused with a clear message and the database untouched', () => {
  it.each([...corpus, ...refusedWorkbooks])('%s', async (_label, make, code, message) => {
    const dir = temp();
    const first = emptyBackend(dir);
    const unitId = first.unitId;
    first.backend.close();
    const before = sha256(first.file);
    const { backend } = reopenBackend(dir);
    let refusal: unknown;
    try {
      await importBytes(backend.ctx, await make(), { unitId, fileName: 'hỏng.xlsx' });
    } catch (err) {
      refusal = err;
    } finally {
      backend.close();
    }
    expect(refusal).toBeInstanceOf(ApiFailure);
    const failure = refusal as ApiFailure;
    expect(failure.code).toBe(code);
    const rendered = renderError(failure.code, failure.params, 'vi');
    expect(rendered).toMatch(message);
    expect(rendered).toContain('hỏng.xlsx');
    expect(rendered).toContain('Dữ liệu không bị thay đổi');
    expect(rendered.length).toBeLessThan(300);
    expect(renderError(failure.code, failure.params, 'en')).toContain('No data was changed');
    expect(existsSync(first.file + '-wal') ? sha256(first.file + '-wal') : '').toBe('');
    expect(sha256(first.file)).toBe(before);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });
});
