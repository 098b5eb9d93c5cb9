import { closeSync, openSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/backend/dispatcher';
import type { AllHandlers } from '../../../electron/backend/handlers';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';
import { mountTmpfs, type Tmpfs } from '../drills/tmpfs';

const tmp = useTempDir('tinhgon-grid-full-');
let mounted: Tmpfs | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});
const probe = mountTmpfs('1m');
probe?.unmount();

/** Appends to `file` until the disk has no room left. */
function fillUp(file: string): void {
  const fd = openSync(file, 'w');
  try {
    for (;;) writeSync(fd, Buffer.alloc(4096, 1));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  } finally {
    closeSync(fd);
  }
}

const columns = [
  { key: 'code' as const, header: 'Mã' },
  { key: 'name' as const, header: 'Tên thủ tục' },
  { key: 'field' as const, header: 'Lĩnh vực' },
];

describe('grid export to a full disk', () => {
  it.runIf(probe !== null)(
    'answers the disk-full message (as the reports do) and leaves no partial file',
    async () => {
      mounted = mountTmpfs('256k')!;
      // The database elsewhere, the data folder (and its exports/) on the small disk, filled up.
      const { backend, call } = testBackend(mounted.dir, { dbFile: join(tmp(), 'so-lieu.sqlite') });
      const [unit] = await call('units.list', {});
      fillUp(join(mounted.dir, 'day.bin'));
      for (const format of ['csv', 'xlsx'] as const) {
        const answer = await backend.dispatch('exports.grid', {
          unitId: unit!.id,
          format,
          search: '',
          columns,
        });
        expect(answer, format).toEqual({
          ok: false,
          error: {
            code: 'REPORT_DISK_FULL',
            message:
              'Ổ đĩa đã đầy: không ghi được tệp báo cáo, tệp dở dang đã được xóa. Hãy giải phóng dung lượng rồi xuất lại.',
          },
        });
        expect(readdirSync(join(mounted.dir, 'exports')), format).toEqual([]);
      }
      backend.close();
    },
  );
});

describe('a unit that does not exist', () => {
  it('answers NOT_FOUND naming the unit, not INTERNAL (a foreign key), and changes nothing', async () => {
    const { backend } = testBackend(tmp());
    const db = backend.ctx.db;
    // total_changes() counts a statement rolled back with its transaction too: nothing may even be tried.
    const changes = () => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const before = changes();
    for (const [method, input] of [
      ['procedures.create', { unitId: 999, code: '1.999999', name: 'Thủ tục mới' }],
      ['views.save', { unitId: 999, name: 'Khung nhìn', state: '{}' }],
      [
        'import.dryRun',
        {
          token: '00000000-0000-0000-0000-000000000000',
          unitId: 999,
          plans: [{ sheet: 'A', role: 'list', headerRow: 1, fields: [] }],
        },
      ],
      [
        'procedures.applyCells',
        { unitId: 999, kind: 'paste', cells: [], newRows: [{ code: '1.999998', name: 'X' }] },
      ],
    ] as const) {
      expect(await backend.dispatch(method, input), method).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'Không tìm thấy đơn vị #999.' },
      });
    }
    expect(changes()).toBe(before);
    // Any other foreign-key failure (a row deleted meanwhile) is NOT_FOUND too, at the trust boundary.
    const fk = Object.assign(new Error('FOREIGN KEY constraint failed'), {
      code: 'SQLITE_CONSTRAINT_FOREIGNKEY',
    });
    const handlers = { 'app.info': () => Promise.reject(fk) } as unknown as AllHandlers;
    expect(await dispatch(handlers, backend.ctx, 'app.info', {})).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Không tìm thấy dữ liệu liên quan (đơn vị, thủ tục…).' },
    });
    backend.close();
  });
});
