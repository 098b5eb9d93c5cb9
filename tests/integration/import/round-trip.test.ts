import { describe, expect, it } from 'vitest';
import { refreshSearchText } from '../../../db/queries/search-text';
import { writeInventoryWorkbook } from '../../../electron/backend/import/multi-sheet-format';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';
import { emptyBackend, entriesOf, importBytes, xlsxBytes } from '../../fixtures/import/helpers';

const temp = useTempDir('tinhgon-import-rt-');

describe('import: multi-sheet workbooks', () => {
  it('round trip: the demo inventory exported to the multi-sheet workbook imports into an empty database identically', async () => {
    const demo = testBackend(temp());
    const demoUnit = (
      demo.backend.ctx.db.prepare("SELECT id FROM units WHERE code = 'DEMO-XA'").get() as { id: number }
    ).id;
    const before = entriesOf(demo.backend, demoUnit);
    demo.backend.close();
    expect(before.length).toBeGreaterThan(40);
    expect(
      before.some(
        (e) =>
          e.steps.length > 0 && e.componentGroups.length > 0 && e.channels.some((c) => c.fees.length > 0),
      ),
    ).toBe(true);
    const { backend, unitId } = emptyBackend(temp());
    try {
      const outcome = await importBytes(backend.ctx, await writeInventoryWorkbook(before), {
        unitId,
        fileName: 'xuat.xlsx',
      });
      expect(outcome.errors).toEqual([]);
      expect(outcome).toMatchObject({ format: 'tinhgon', created: before.length, rejected: 0 });
      const after = entriesOf(backend, unitId);
      for (let i = 0; i < before.length; i++) expect(after[i]).toEqual(before[i]);
      // The bulk insert's search text is exactly what the shared refresh computes.
      const db = backend.ctx.db;
      const stored = db.prepare('SELECT id, search_text AS t FROM procedures ORDER BY id').all() as {
        id: number;
        t: string;
      }[];
      for (const { id } of stored) refreshSearchText(db, id);
      expect(db.prepare('SELECT id, search_text AS t FROM procedures ORDER BY id').all()).toEqual(stored);
      // Importing the same export again finds nothing to change.
      const again = await importBytes(backend.ctx, await writeInventoryWorkbook(before), {
        unitId,
        dryRun: true,
      });
      expect(again).toMatchObject({ created: 0, conflicts: 0, unchanged: before.length });
    } finally {
      backend.close();
    }
  });

  it('reads the provincial workbook (list + channels, steps, TPHS, KQTH, CCPL joined by mã TTHC)', async () => {
    const bytes = await xlsxBytes((wb) => {
      const list = wb.addWorksheet('TTHC2-CAPXA');
      list.addRow(['DANH MỤC TTHC CẤP XÃ']);
      list.mergeCells('A1:E1');
      list.addRow(['Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Cơ quan thực hiện', 'Số quyết định']);
      list.addRow(['1.001193', 'Thủ tục đăng ký khai sinh', 'Hộ tịch', 'UBND cấp xã', '1872/QĐ-BTP']);
      list.addRow(['2.000815', 'Chứng thực bản sao từ bản chính', 'Chứng thực', 'UBND cấp xã', '']);
      const ch = wb.addWorksheet('Cách thức thực hiện');
      ch.addRow(['Mã TTHC', 'Hình thức nộp', 'Thời hạn giải quyết', 'Phí, lệ phí', 'Mô tả']);
      ch.addRow(['1.001193', 'Trực tiếp', 'Trong ngày', 'Miễn phí', '']);
      ch.addRow(['1.001193', 'Trực tuyến', '1 Ngày làm việc', 'Miễn phí', 'Nộp qua Cổng DVC']);
      ch.addRow(['2.000815', 'Trực tiếp', '02 ngày làm việc', '2.000 đồng/trang', '']);
      const st = wb.addWorksheet('Trình tự thực hiện');
      st.addRow(['Mã TTHC', 'Trường hợp xử lý', 'Mô tả chi tiết']);
      st.addRow(['1.001193', 'Bước 1', 'Nộp hồ sơ tại Bộ phận một cửa']);
      st.addRow(['1.001193', 'Bước 2', 'Công chức tư pháp - hộ tịch kiểm tra']);
      const tp = wb.addWorksheet('TPHS');
      tp.addRow(['Mã TTHC', 'Mã TPHS', 'Tên giấy tờ', 'Bản chính', 'Bản sao']);
      tp.addRow(['1.001193', 'TP1', 'Tờ khai đăng ký khai sinh', 1, 0]);
      tp.addRow(['1.001193', 'TP2', 'Giấy chứng sinh', 1, 0]);
      tp.addRow(['9.999999', 'TP9', 'Giấy của thủ tục không có trong danh sách', 1, 0]);
      const kq = wb.addWorksheet('KQTH');
      kq.addRow(['Mã TTHC', 'Mã kết quả', 'Tên kết quả']);
      kq.addRow(['1.001193', 'KQ.G15.000031', 'Giấy khai sinh']);
      const cc = wb.addWorksheet('CCPL');
      cc.addRow(['Mã TTHC', 'Số ký hiệu', 'Trích yếu', 'Cơ quan ban hành', 'Ngày ban hành', 'Ngày hiệu lực']);
      cc.addRow([
        '1.001193',
        '60/2014/QH13',
        'Luật Hộ tịch',
        'Quốc hội',
        '20/11/2014',
        new Date(Date.UTC(2016, 0, 1)),
      ]);
    });
    const { backend, unitId } = emptyBackend(temp());
    try {
      const outcome = await importBytes(backend.ctx, bytes, { unitId, fileName: 'tinh.xlsx' });
      expect(outcome).toMatchObject({ format: 'multi-sheet', created: 2, rejected: 0 });
      expect(outcome.errors).toEqual([
        { sheet: 'TPHS', row: 4, column: 'A', message: 'Mã TTHC 9.999999 không có trong trang danh sách.' },
      ]);
      const [ks, ct] = entriesOf(backend, unitId);
      expect(ks).toMatchObject({
        code: '1.001193',
        decisionNo: '1872/QĐ-BTP',
        channels: [
          {
            method: 'TRUC_TIEP',
            timeValue: 1,
            timeUnit: 'WORKING_DAY',
            timeText: 'Trong ngày',
            fees: [{ amount: 0 }],
          },
          { method: 'TRUC_TUYEN', timeValue: 1, timeUnit: 'WORKING_DAY', description: 'Nộp qua Cổng DVC' },
        ],
        steps: [{ title: 'Bước 1' }, { title: 'Bước 2', text: 'Công chức tư pháp - hộ tịch kiểm tra' }],
        componentGroups: [
          {
            heading: '',
            components: [
              { code: 'TP1', name: 'Tờ khai đăng ký khai sinh', originalQty: 1, copyQty: 0 },
              { code: 'TP2' },
            ],
          },
        ],
        results: [{ code: 'KQ.G15.000031', name: 'Giấy khai sinh' }],
        legalBases: [
          {
            code: '60/2014/QH13',
            name: 'Luật Hộ tịch',
            issuer: 'Quốc hội',
            issuedDate: '2014-11-20',
            effectiveDate: '2016-01-01',
          },
        ],
      });
      expect(ct).toMatchObject({
        code: '2.000815',
        steps: [],
        channels: [{ timeValue: 2, fees: [{ amount: 2000, perUnit: 'trang' }] }],
      });
    } finally {
      backend.close();
    }
  });
});
