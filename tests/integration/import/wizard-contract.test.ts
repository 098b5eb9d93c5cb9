import ExcelJS from 'exceljs';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../electron/backend/direct-client';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';
import { ole2, readZip, replaceEntry, writeZip } from '../../fixtures/import/zip-surgery';
import { BTP, readBytes, sha256, xlsxBytes } from '../../fixtures/import/helpers';

const temp = useTempDir('tinhgon-import-wiz-');

describe('import contract: upload → inspect → preview → dryRun → commit → errorReport', () => {
  it('shows field diffs, applies only accepted ones in one go, backs up first and remembers the mapping', async () => {
    const dir = temp();
    let delivered: { file: string; name: string } | null = null;
    const { backend, call } = testBackend(dir, {
      host: {
        deliverFile: (file, name) => (
          (delivered = { file, name }),
          Promise.resolve({ kind: 'saved' as const, name })
        ),
      },
    });
    const db = backend.ctx.db;
    try {
      const unit = (await call('units.list', {})).find((u) => u.code === 'DEMO-XA')!;
      const [a, b, c] = db
        .prepare(
          'SELECT p.code, p.name, p.field FROM procedures p JOIN unit_procedures up ON up.procedure_id = p.id WHERE up.unit_id = ? ORDER BY p.code LIMIT 3',
        )
        .all(unit.id) as { code: string; name: string; field: string }[];
      const bytes = await xlsxBytes((wb) => {
        const ws = wb.addWorksheet('Danh mục');
        ws.addRow(['DANH MỤC TTHC XÃ']);
        ws.mergeCells('A1:D1');
        ws.addRow(['Số hồ sơ TTHC', 'Tên thủ tục hành chính', 'Lĩnh vực', 'Ghi chú nội bộ']);
        ws.addRow([a!.code, a!.name + ' (sửa)', a!.field, 'x']); // updated: name
        ws.addRow([b!.code, b!.name, 'Lĩnh vực mới', 'x']); // updated: field
        ws.addRow([c!.code, c!.name, c!.field, 'x']); // unchanged
        ws.addRow(['1.999001', 'Thủ tục mới hoàn toàn', 'Hộ tịch', 'x']); // new
        ws.addRow(['1.99900', 'Mã thiếu số', 'Hộ tịch', 'x']); // rejected
      });
      const { token } = await call('import.upload', {
        fileName: 'C:\\Users\\cb\\Danh mục xã.xlsx',
        dataBase64: bytes.toString('base64'),
      });
      const inspection = await call('import.inspect', { token });
      expect(inspection.fileName).toBe('Danh mục xã.xlsx');
      expect(inspection.plans).toEqual([
        { sheet: 'Danh mục', role: 'list', headerRow: 2, fields: ['code', 'name', 'field', null] },
      ]);
      expect(inspection.sheets[0]!.sample[1]).toEqual([
        'Số hồ sơ TTHC',
        'Tên thủ tục hành chính',
        'Lĩnh vực',
        'Ghi chú nội bộ',
      ]);
      expect(await call('import.progress', { token })).toEqual({ phase: 'ready', percent: 100 });

      // The user maps the fourth column to "note" (a per-unit field).
      const plans = [{ ...inspection.plans[0]!, fields: ['code', 'name', 'field', 'note'] }];
      const preview = await call('import.preview', { token, unitId: unit.id, plans });
      expect(preview.total).toBe(5);
      expect(preview.rows[4]!.problems).toEqual([
        expect.objectContaining({
          sheet: 'Danh mục',
          row: 7,
          column: 'A',
          severity: 'error',
          message: expect.stringContaining('"1.99900" thiếu chữ số'),
        }),
      ]);

      const dry = await call('import.dryRun', { token, unitId: unit.id, plans });
      expect(dry.summary).toEqual({ total: 5, new: 1, updated: 3, unchanged: 0, rejected: 1 });
      const rowA = dry.rows.find((r) => r.key === a!.code)!;
      expect(rowA.diffs).toEqual(
        expect.arrayContaining([
          { field: 'name', label: 'Tên thủ tục hành chính', old: a!.name, new: a!.name + ' (sửa)' },
        ]),
      );
      expect(rowA.diffs.find((d) => d.field === 'note')).toMatchObject({ label: 'Ghi chú', new: 'x' });
      const nameBefore = (code: string) =>
        db.prepare('SELECT name, field FROM procedures WHERE code = ?').get(code) as {
          name: string;
          field: string;
        };
      expect(nameBefore(a!.code).name).toBe(a!.name); // a dry run writes nothing

      // Accept A's diff, reject B's and C's: only A changes.
      const result = await call('import.commit', { token, accept: [a!.code] });
      expect(result).toMatchObject({ committed: true, created: 1, updated: 1, conflicts: 2, rejected: 1 });
      expect(result.backupName).toMatch(/-import\.sqlite$/);
      expect(existsSync(join(dir, 'backups', result.backupName!))).toBe(true);
      expect(nameBefore(a!.code).name).toBe(a!.name + ' (sửa)');
      expect(nameBefore(b!.code).field).toBe(b!.field);
      expect(
        db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'import' AND field = 'name'").get(),
      ).toEqual({ n: 1 });

      // The error report lists the rejected row with its reason.
      expect(await call('import.errorReport', { token })).toMatchObject({ kind: 'saved' });
      const report = new ExcelJS.Workbook();
      await report.xlsx.readFile(delivered!.file);
      const line = report.worksheets[0]!.getRow(3).values as unknown[];
      expect(line.slice(1, 5)).toEqual(['Danh mục', 7, 'A', '1.99900']);
      expect(String(line[6])).toContain('thiếu chữ số');
      expect(delivered!.name).toBe('Danh mục xã - dòng lỗi.xlsx');

      // The mapping is remembered for the same layout: a new upload detects "note" by itself.
      const again = await call('import.upload', {
        fileName: 'lan2.xlsx',
        dataBase64: bytes.toString('base64'),
      });
      expect((await call('import.inspect', { token: again.token })).plans[0]!.fields).toEqual([
        'code',
        'name',
        'field',
        'note',
      ]);
      await call('import.cancel', { token: again.token });
      await expect(call('import.progress', { token: again.token })).rejects.toThrow(/hết hạn hoặc đã bị huỷ/);
    } finally {
      backend.close();
    }
  });

  it('a file refused while parsing (truncated sheet) fails at inspect; a cancelled upload is gone', async () => {
    const { backend, call } = testBackend(temp());
    try {
      const real = readBytes(BTP);
      const sheet = readZip(real).find((e) => e.name === 'xl/worksheets/sheet1.xml')!.data;
      const cut = writeZip(replaceEntry(readZip(real), 'xl/worksheets/sheet1.xml', sheet.subarray(0, 20000)));
      const { token } = await call('import.upload', {
        fileName: 'cut.xlsx',
        dataBase64: cut.toString('base64'),
      });
      const err = await call('import.inspect', { token }).catch((e: unknown) => e);
      expect((err as ApiCallError).code).toBe('IMPORT_TRUNCATED_SHEET');
      expect((err as ApiCallError).message).toContain('"Danh sách TTHC" trong tệp "cut.xlsx" bị cắt cụt');
      expect((await call('import.progress', { token })).phase).toBe('failed');

      const second = await call('import.upload', { fileName: 'a.xlsx', dataBase64: real.toString('base64') });
      await call('import.cancel', { token: second.token });
      await expect(call('import.inspect', { token: second.token })).rejects.toMatchObject({
        code: 'IMPORT_SESSION_GONE',
      });
    } finally {
      backend.close();
    }
  });

  it('refuses a wrong file at upload and leaves the database file untouched', async () => {
    const dir = temp();
    const first = testBackend(dir);
    first.backend.close();
    const before = sha256(first.file);
    const { backend, call } = testBackend(dir);
    try {
      const err = await call('import.upload', {
        fileName: 'cu.xls',
        dataBase64: ole2(false).toString('base64'),
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ApiCallError);
      expect((err as ApiCallError).code).toBe('IMPORT_LEGACY_XLS');
      expect((err as ApiCallError).message).toContain('"cu.xls"');
    } finally {
      backend.close();
    }
    expect(sha256(first.file)).toBe(before);
    expect(readdirSync(dir).includes('backups')).toBe(false);
  });

  it('refuses an upload over 30 MB by its size, as the wizard says before reading the file', async () => {
    const { backend, call } = testBackend(temp());
    try {
      const err = await call('import.upload', {
        fileName: 'lon.xlsx',
        dataBase64: Buffer.alloc(31 * 1024 * 1024).toString('base64'),
      }).catch((e: unknown) => e);
      expect((err as ApiCallError).code).toBe('IMPORT_FILE_TOO_BIG');
      expect((err as ApiCallError).message).toBe(
        'Tệp "lon.xlsx" quá lớn (31.0 MB, giới hạn 30.0 MB). Dữ liệu không bị thay đổi.',
      );
    } finally {
      backend.close();
    }
  });
});
