import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni } from '../../../electron/shared/text/legacy-encoding';
import { useTempDir } from '../../support/temp';
import { emptyBackend, importBytes, xlsxBytes } from '../../fixtures/import/helpers';

const temp = useTempDir('tinhgon-import-ff-');

/** An office's own inventory: title block, STT, lĩnh vực group rows merged across, free-form times and fees. */
const freeForm = () =>
  xlsxBytes((wb) => {
    const ws = wb.addWorksheet('Danh mục xã');
    ws.addRow(['ỦY BAN NHÂN DÂN XÃ AN BÌNH']);
    ws.mergeCells('A1:G1');
    ws.addRow(['DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA UBND XÃ']);
    ws.mergeCells('A2:G2');
    ws.addRow([]);
    ws.addRow([
      'STT',
      'Tên thủ tục hành chính',
      'Mã TTHC',
      'Thời hạn giải quyết',
      'Phí, lệ phí',
      'Cơ quan thực hiện',
      'Ghi chú',
    ]);
    ws.addRow(['I', 'LĨNH VỰC HỘ TỊCH']);
    ws.mergeCells('B5:G5');
    ws.addRow([1, '  Đăng ký  khai sinh ', '1.001193', 'Trong ngày', 'Miễn phí', 'UBND xã\nCông an xã', '']);
    ws.addRow([2, 'Đăng ký kết hôn', '1.000894', '03 ngày', 'Mức do HĐND tỉnh quyết định', 'UBND xã']);
    ws.addRow(['II', 'Lĩnh vực Chứng thực']);
    ws.mergeCells('B8:G8');
    ws.addRow([
      1,
      'Chứng thực bản sao từ bản chính',
      '2.000815',
      '15 ngày làm việc',
      '2.000 đồng/trang',
      'UBND xã',
    ]);
    ws.addRow([2, 'Chứng thực chữ ký', '2.001035', 5, '50.000 đồng', 'UBND xã']);
  });

describe('import: free-form inventories', () => {
  it('skips the title block, reads group rows as lĩnh vực and parses times and fees', async () => {
    const { backend, unitId } = emptyBackend(temp());
    try {
      const outcome = await importBytes(backend.ctx, await freeForm(), { unitId });
      expect(outcome.errors).toEqual([]);
      expect(outcome).toMatchObject({ format: 'free-form', created: 4, rejected: 0 });
      const db = backend.ctx.db;
      const rows = db
        .prepare(
          `SELECT p.code, p.name, p.field, p.executing_agencies AS agencies, c.time_value AS tv, c.time_unit AS tu, c.time_text AS tt,
                  f.amount, f.set_by AS setBy, f.per_unit AS perUnit
           FROM procedures p JOIN channels c ON c.procedure_id = p.id LEFT JOIN fees f ON f.channel_id = c.id ORDER BY p.code`,
        )
        .all();
      expect(rows).toEqual([
        {
          code: '1.000894',
          name: 'Đăng ký kết hôn',
          field: 'HỘ TỊCH',
          agencies: 'UBND xã',
          tv: 3,
          tu: 'CALENDAR_DAY',
          tt: '03 ngày',
          amount: null,
          setBy: 'HDND_TINH',
          perUnit: '',
        },
        {
          code: '1.001193',
          name: 'Đăng ký khai sinh',
          field: 'HỘ TỊCH',
          agencies: 'UBND xã\nCông an xã',
          tv: 1,
          tu: 'WORKING_DAY',
          tt: 'Trong ngày',
          amount: 0,
          setBy: null,
          perUnit: '',
        },
        {
          code: '2.000815',
          name: 'Chứng thực bản sao từ bản chính',
          field: 'Chứng thực',
          agencies: 'UBND xã',
          tv: 15,
          tu: 'WORKING_DAY',
          tt: '15 ngày làm việc',
          amount: 2000,
          setBy: null,
          perUnit: 'trang',
        },
        {
          code: '2.001035',
          name: 'Chứng thực chữ ký',
          field: 'Chứng thực',
          agencies: 'UBND xã',
          tv: 5,
          tu: 'UNSPECIFIED',
          tt: '5',
          amount: 50000,
          setBy: null,
          perUnit: '',
        },
      ]);
    } finally {
      backend.close();
    }
  });

  it('flags codes, dates, formula errors and duplicates per cell and imports only the clean rows', async () => {
    const { backend, unitId } = emptyBackend(temp());
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('TTHC');
      ws.addRow(['Mã số', 'Tên', 'Cơ quan thực hiện']);
      ws.addRow([1.0012, 'Mã bị Excel đổi thành số', 'UBND xã']); // row 2
      ws.addRow(['1.00398', 'Mã thiếu số 0', 'UBND xã']); // row 3
      ws.addRow(['1.001193', 'Đăng ký khai sinh', new Date(Date.UTC(2025, 6, 1))]); // row 4
      ws.addRow(['1.000894', 'Đăng ký kết hôn', { formula: '1/0', result: { error: '#DIV/0!' } }]); // row 5
      ws.addRow(['2.000815', 'Chứng thực', 'UBND xã']); // row 6
      ws.addRow(['2.000815', 'Chứng thực (trùng)', 'UBND xã']); // row 7
      ws.addRow(['1.004859', { formula: 'B1&" từ công thức"', result: 'Tên lấy từ công thức' }, 'UBND xã']); // row 8
    });
    try {
      const outcome = await importBytes(backend.ctx, bytes, { unitId, fileName: 'ds.xlsx' });
      expect(outcome).toMatchObject({ committed: true, created: 1, rejected: 6 });
      const where = outcome.errors.map((e) => `${e.sheet}!${e.column}${e.row}`);
      expect(where).toEqual(['TTHC!A2', 'TTHC!A3', 'TTHC!C4', 'TTHC!C5', 'TTHC!A6', 'TTHC!A7']);
      const text = outcome.errors.map((e) => e.message).join('\n');
      expect(text).toContain('Mã TTHC "1.0012" đang là ô số');
      expect(text).toContain('có thể là "1.001200"');
      expect(text).toContain('Mã TTHC "1.00398" thiếu chữ số (có thể là "1.003980")');
      expect(text).toContain('Ô chứa ngày tháng (01/07/2025)');
      expect(text).toContain('Công thức trong ô bị lỗi (#DIV/0!)');
      expect(text).toContain('Mã TTHC 2.000815 xuất hiện nhiều lần trong tệp (dòng 6, 7)');
      const stored = backend.ctx.db.prepare('SELECT code, name FROM procedures').all();
      // Formulas are never kept: the cached result text is stored.
      expect(stored).toEqual([{ code: '1.004859', name: 'Tên lấy từ công thức' }]);
    } finally {
      backend.close();
    }
  });

  it('converts TCVN3 and VNI cells detected by font name (and by statistics) to Unicode', async () => {
    const { backend, unitId } = emptyBackend(temp());
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('TTHC');
      ws.addRow(['Mã TTHC', 'Tên thủ tục hành chính', 'Lĩnh vực']);
      const r2 = ws.addRow([
        '1.001193',
        encodeTcvn3('đăng ký khai sinh cho người được nhận làm con nuôi'),
        encodeTcvn3('hộ tịch'),
      ]);
      r2.getCell(2).font = { name: '.VnTime' };
      r2.getCell(3).font = { name: '.VnTimeH' };
      r2.getCell(3).value = encodeTcvn3('HỘ TỊCH', { uppercaseFont: true });
      const r3 = ws.addRow([
        '1.000894',
        encodeVni('Thủ tục đăng ký kết hôn của người Việt Nam'),
        encodeVni('Hộ tịch'),
      ]);
      r3.getCell(2).font = { name: 'VNI-Times' };
      r3.getCell(3).font = { name: 'VNI-Times' };
      // No legacy font on this row: detected from the characters alone.
      ws.addRow(['2.000815', encodeTcvn3('chứng thực bản sao từ bản chính'), 'Chứng thực']);
    });
    try {
      const outcome = await importBytes(backend.ctx, bytes, { unitId });
      expect(outcome).toMatchObject({ created: 3, rejected: 0 });
      const rows = backend.ctx.db.prepare('SELECT code, name, field FROM procedures ORDER BY code').all();
      expect(rows).toEqual([
        { code: '1.000894', name: 'Thủ tục đăng ký kết hôn của người Việt Nam', field: 'Hộ tịch' },
        { code: '1.001193', name: 'đăng ký khai sinh cho người được nhận làm con nuôi', field: 'HỘ TỊCH' },
        { code: '2.000815', name: 'chứng thực bản sao từ bản chính', field: 'Chứng thực' },
      ]);
    } finally {
      backend.close();
    }
  });
});
