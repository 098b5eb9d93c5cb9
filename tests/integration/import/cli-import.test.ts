import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../electron/backend/api-failure';
import { importCommand } from '../../../electron/tools/cli/commands/import';
import { InputError, parseArgs } from '../../../electron/tools/cli/cli-kit';
import { useTempDir } from '../../support/temp';
import {
  BTP,
  BXD,
  emptyBackend,
  parse,
  readBytes,
  reopenBackend,
  sha256,
  xlsxBytes,
} from '../../fixtures/import/helpers';
import { ole2 } from '../../fixtures/import/zip-surgery';

const temp = useTempDir('tinhgon-import-cli-');

async function run(argv: string[]): Promise<string[]> {
  const lines: string[] = [];
  await importCommand.run(parseArgs(argv), (l) => lines.push(l));
  return lines;
}

describe('CLI: import', () => {
  it('dry run writes nothing; commit creates; changed records are conflicts unless --update', async () => {
    const dir = temp();
    const { backend, file } = emptyBackend(dir);
    backend.close();
    const before = sha256(file);
    const dry = JSON.parse((await run([BTP, '--db', file, '--unit', 'XA-TEST', '--dry-run', '--json']))[0]!);
    expect(dry).toEqual({
      committed: false,
      format: 'dvcqg-list',
      created: 271,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
      rejected: 0,
      errors: [],
      warnings: [],
      excluded: 0,
      levelFit: { level: 'XA', fitting: 46, notFitting: 132, unknown: 93, warn: true },
      levelWarning: expect.stringMatching(/^Cảnh báo: 132\/178/) as string,
      imported: 0,
      message:
        'Kiểm tra thử "dvcqg-danh-sach-tthc-BoTuPhap.xlsx" → Xã Thử: 271 mới, 0 cập nhật, 0 không đổi, 0 khác biệt chưa áp dụng (dùng --update), 0 dòng lỗi. Chưa ghi gì.',
    });
    expect(sha256(file)).toBe(before);

    expect(JSON.parse((await run([BTP, '--db', file, '--json']))[0]!)).toMatchObject({
      committed: true,
      created: 271,
      imported: 271,
      errors: [],
    });

    const changed = join(dir, 'changed.xlsx');
    writeFileSync(
      changed,
      await xlsxBytes((wb) => {
        const ws = wb.addWorksheet('TTHC');
        ws.addRow(['Mã số', 'Tên']);
        ws.addRow(['1.014966', 'Tên mới của thủ tục']);
      }),
    );
    // A change not accepted is not written: nothing to write, so nothing at all is (no backup either).
    expect(JSON.parse((await run([changed, '--db', file, '--json']))[0]!)).toMatchObject({
      committed: false,
      conflicts: 1,
      updated: 0,
    });
    expect(JSON.parse((await run([changed, '--db', file, '--json', '--update']))[0]!)).toMatchObject({
      committed: true,
      conflicts: 0,
      updated: 1,
    });
  });

  it('warns when most rows are not at the unit level; --level and --only-field keep only the rows asked for', async () => {
    const dir = temp();
    const { backend, file } = emptyBackend(dir);
    backend.close();
    const dry = JSON.parse((await run([BTP, '--db', file, '--dry-run', '--json']))[0]!) as Record<
      string,
      unknown
    >;
    expect(dry).toMatchObject({
      created: 271,
      excluded: 0,
      levelFit: { level: 'XA', fitting: 46, notFitting: 132, unknown: 93, warn: true },
    });
    expect(dry.levelWarning).toMatch(/^Cảnh báo: 132\/178 thủ tục có ghi cấp thực hiện không phải cấp xã/);
    expect(dry.levelWarning).toContain('Dùng --level xa');
    const picked = await run([
      BTP,
      '--db',
      file,
      '--level',
      'xa',
      '--only-field',
      'ho tich;Hòa giải ở cơ sở',
    ]);
    expect(picked[0]).toBe(
      'Đã nhập "dvcqg-danh-sach-tthc-BoTuPhap.xlsx" → Xã Thử: 32 mới, 0 cập nhật, 0 không đổi, 0 khác biệt chưa áp dụng (dùng --update), 0 dòng lỗi.',
    );
    expect(picked[1]).toBe('Bỏ qua 239 dòng không thuộc lĩnh vực/cấp đã chọn.');
    expect(picked.some((l) => l.startsWith('Cảnh báo: 132/178'))).toBe(false);
    const db = reopenBackend(dir).backend;
    const fields = db.ctx.db.prepare('SELECT DISTINCT field FROM procedures ORDER BY field').pluck().all();
    db.close();
    expect(fields).toEqual(['Hòa giải ở cơ sở', 'Hộ tịch']);
    await expect(run([BTP, '--db', file, '--level', 'phuong'])).rejects.toThrow(/--level: xa \| huyen/);
  });

  it('a blank cell never erases stored data', async () => {
    const dir = temp();
    const { backend, file } = emptyBackend(dir);
    backend.close();
    await run([BTP, '--db', file, '--json']);
    const db = reopenBackend(dir);
    const stored = db.backend.ctx.db
      .prepare("SELECT name, field FROM procedures WHERE code = '1.014966'")
      .get() as { name: string; field: string };
    db.backend.close();
    const blank = join(dir, 'blank.xlsx');
    writeFileSync(
      blank,
      await xlsxBytes((wb) => {
        const ws = wb.addWorksheet('TTHC');
        ws.addRow(['Mã số', 'Tên', 'Lĩnh vực', 'Cơ quan thực hiện']);
        ws.addRow(['1.014966', stored.name, '', '']);
      }),
    );
    expect(JSON.parse((await run([blank, '--db', file, '--json', '--update']))[0]!)).toMatchObject({
      unchanged: 1,
      updated: 0,
      conflicts: 0,
    });
    expect(stored.field).not.toBe('');
  });

  it('a refused file exits with an InputError (exit 1) and writes nothing', async () => {
    const dir = temp();
    const { backend, file } = emptyBackend(dir);
    backend.close();
    const before = sha256(file);
    const bad = join(dir, 'cu.xls');
    writeFileSync(bad, ole2(false));
    const lines: string[] = [];
    const err = await Promise.resolve()
      .then(() => importCommand.run(parseArgs([bad, '--db', file, '--json']), (l) => lines.push(l)))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain('lưu lại dưới dạng .xlsx');
    expect(lines).toEqual([]);
    // The CLI prints this as the --json answer (index.ts), once, whatever the command.
    expect((err as InputError).json).toMatchObject({ committed: false, refused: 'IMPORT_LEGACY_XLS' });
    expect(sha256(file)).toBe(before);
  });

  it('the wall-time cap stops a slow parse (worker terminated)', async () => {
    const err = await parse(readBytes(BTP), 'cham.xlsx', { maxWallMs: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiFailure);
    expect((err as ApiFailure).code).toBe('IMPORT_TIMEOUT');
  });

  it('the memory cap stops a parse that needs more heap than allowed (worker killed, not the app)', async () => {
    const err = await parse(readBytes(BXD), 'to.xlsx', { maxMemoryMb: 4 }).catch((e: unknown) => e);
    expect((err as ApiFailure).code).toBe('IMPORT_OUT_OF_MEMORY');
  });

  it('the row cap refuses a sheet with too many rows', async () => {
    const err = await parse(readBytes(BTP), 'lon.xlsx', { maxRows: 100 }).catch((e: unknown) => e);
    expect((err as ApiFailure).code).toBe('IMPORT_TOO_MANY_ROWS');
  });
});
