import { describe, expect, it } from 'vitest';
import { findInvalidText } from '../../../db/invalid-text';
import { useTempDir } from '../../support/temp';
import { BROKEN_UTF8, listWorkbook, patchBytes } from '../../fixtures/import/hostile-workbooks';
import { emptyBackend, importBothWays, importOneWay } from '../../fixtures/import/helpers';

const temp = useTempDir('tinhgon-import-cells-');

type Outcome = {
  created: number;
  rejected: number;
  errors: { sheet: string; row: number; column: string; message: string }[];
  warnings: { sheet: string; row: number; column: string; message: string }[];
};

/** Imported both ways (parse first, and streamed as the CLI does): the outcome and the stored procedures. */
async function imported(bytes: Buffer) {
  const { outcome, db } = await importBothWays(temp, bytes);
  const names = new Map(
    (db.procedures as { code: string; name: string; field: string }[]).map((p) => [p.code, p]),
  );
  return { outcome: outcome as Outcome, stored: names };
}

/** Every stored text is valid UTF-8 without controls or U+FFFD (what `check` looks for). */
async function storedTextIsClean(bytes: Buffer) {
  const dir = temp();
  const { backend, unitId } = emptyBackend(dir);
  await importOneWay(backend.ctx, bytes, { fileName: 'x.xlsx', unitId, dryRun: false, update: false }, true);
  expect(findInvalidText(backend.ctx.db)).toEqual({ count: 0, examples: [] });
  backend.close();
}

describe('hostile cells: broken or control characters never reach the database', () => {
  it('bytes that are not UTF-8 reject their row, naming sheet, row and column', async () => {
    const bytes = patchBytes(
      await listWorkbook([['1.990001', 'Tên HỎNG1 thủ tục', 'Hộ tịch']]),
      'HỎNG1',
      BROKEN_UTF8,
    );
    const { outcome, stored } = await imported(bytes);
    expect(outcome).toMatchObject({ created: 40, rejected: 1 });
    expect(outcome.errors).toEqual([
      {
        sheet: 'Danh sách TTHC',
        row: 42,
        column: 'B',
        message:
          'Ô chứa byte không hợp lệ (không phải UTF-8) nên dòng này không được nhập: "Tên �( thủ tục". Hãy gõ lại ô này trong Excel rồi nhập lại.',
      },
    ]);
    expect(stored.has('1.990001')).toBe(false);
    await storedTextIsClean(bytes);
  });

  it('bytes that are not UTF-8 in a sheet (a cached formula text) are refused too', async () => {
    const bytes = patchBytes(
      await listWorkbook([['1.990002', { formula: '"x"', result: 'HỎNG2' } as unknown as string, 'Hộ tịch']]),
      'HỎNG2',
      Buffer.concat([Buffer.from('Tên '), BROKEN_UTF8]),
      'xl/worksheets/sheet1.xml',
    );
    const { outcome } = await imported(bytes);
    expect(outcome.rejected).toBe(1);
    expect(outcome.errors[0]).toMatchObject({
      row: 42,
      column: 'B',
      message: expect.stringMatching(/không phải UTF-8/) as string,
    });
  });

  it('a lone surrogate (&#xD800;) rejects its row', async () => {
    const bytes = patchBytes(
      await listWorkbook([['1.990003', 'Tên HỎNG3', 'Hộ tịch']]),
      'HỎNG3',
      Buffer.from('&#xD800;'),
    );
    const { outcome, stored } = await imported(bytes);
    expect(outcome.rejected).toBe(1);
    expect(outcome.errors[0]).toMatchObject({
      sheet: 'Danh sách TTHC',
      row: 42,
      column: 'B',
      message: expect.stringMatching(/^Ô chứa ký tự hỏng \(nửa cặp mã UTF-16\)/) as string,
    });
    expect(stored.has('1.990003')).toBe(false);
    await storedTextIsClean(bytes);
  });

  it('NUL and other control characters are removed, with a warning naming the cell', async () => {
    const bytes = patchBytes(
      await listWorkbook([['1.990004', 'Đăng ký HỎNG4 khai sinh', 'Hộ tịch']]),
      'HỎNG4',
      Buffer.from('_x0000_&#7;lại'),
    );
    const { outcome, stored } = await imported(bytes);
    expect(outcome.created).toBe(41);
    expect(stored.get('1.990004')!.name).toBe('Đăng ký lại khai sinh');
    expect(outcome.warnings).toEqual([
      {
        sheet: 'Danh sách TTHC',
        row: 42,
        column: 'B',
        message: 'Đã xoá 2 ký tự điều khiển không in được (như NUL) khỏi ô.',
      },
    ]);
    await storedTextIsClean(bytes);
  });

  it('a lĩnh vực repeated on two lines collapses; two different ones give the first, with a warning', async () => {
    const bytes = await listWorkbook([
      ['1.990005', 'Hỗ trợ sản xuất', 'Nông nghiệp\nNông nghiệp'],
      ['1.990006', 'Cấp giấy chứng nhận', 'Trồng trọt và Bảo vệ thực vật\nTrồng trọt'],
    ]);
    const { outcome, stored } = await imported(bytes);
    expect(stored.get('1.990005')!.field).toBe('Nông nghiệp');
    expect(stored.get('1.990006')!.field).toBe('Trồng trọt và Bảo vệ thực vật');
    expect(outcome.warnings).toEqual([
      {
        sheet: 'Danh sách TTHC',
        row: 43,
        column: 'C',
        message:
          'Ô lĩnh vực ghi nhiều lĩnh vực ("Trồng trọt và Bảo vệ thực vật", "Trồng trọt"): lấy lĩnh vực đầu tiên "Trồng trọt và Bảo vệ thực vật". Hãy kiểm tra.',
      },
    ]);
  });

  it('a 40,000-character cell is quoted cut short, in a message under 300 characters', async () => {
    const { outcome } = await imported(await listWorkbook([['9'.repeat(40_000), 'Tên', 'Hộ tịch']]));
    expect(outcome.errors).toHaveLength(1);
    const [error] = outcome.errors;
    expect(error).toMatchObject({ row: 42, column: 'A' });
    expect(error!.message).toMatch(/^Mã TTHC "9{70,80}…" không đúng dạng d\.dddddd/);
    expect(error!.message.length).toBeLessThan(300);
  });

  it('a lĩnh vực heading with control characters is cleaned, and the rows under it say so', async () => {
    const bytes = patchBytes(
      await listWorkbook([
        ['', 'II. LĨNH VỰC HỎNG5 HỘ TỊCH', ''],
        ['1.990007', 'Thủ tục dưới nhóm', ''],
      ]),
      'HỎNG5',
      Buffer.from('_x0007_'),
    );
    const { outcome, stored } = await imported(bytes);
    expect(stored.get('1.990007')!.field).toBe('HỘ TỊCH');
    expect(outcome.warnings).toEqual([
      expect.objectContaining({
        row: 42,
        column: '',
        message: expect.stringMatching(/^Tiêu đề nhóm lĩnh vực/) as string,
      }),
    ]);
    await storedTextIsClean(bytes);
  });
});
