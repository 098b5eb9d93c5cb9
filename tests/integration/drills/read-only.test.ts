import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import type { BackendContext } from '../../../electron/backend/context';
import { dispatch } from '../../../electron/backend/dispatcher';
import { handlers } from '../../../electron/backend/handlers';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';
import { mountTmpfs, type Tmpfs } from './tmpfs';

const tmp = useTempDir('tinhgon-ro-');
let mounted: Tmpfs | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function firstRow(call: ReturnType<typeof testBackend>['call']) {
  const [unit] = await call('units.list', {});
  const row = (await call('inventory.list', { unitId: unit!.id, search: '1.001193' })).rows[0]!;
  return { unitId: unit!.id, procedureId: row.procedureId, name: row.name };
}

// Never chmod as root (root ignores mode bits): a read-only mount, or SQLite's own read-only flag.
const mount = mountTmpfs('16m');
mount?.unmount();
const canMount = mount !== null;

describe('read-only media', () => {
  it.runIf(canMount)(
    'a database on a read-only mount opens read-only: reads work, writes say why, nothing lost',
    async () => {
      mounted = mountTmpfs('16m')!;
      const file = join(mounted.dir, 'so-lieu.sqlite');
      const dataDir = tmp();
      const first = testBackend(dataDir, { dbFile: file });
      const before = await firstRow(first.call);
      first.backend.close();
      mounted.remount('ro');

      const t = testBackend(dataDir, { dbFile: file });
      expect((await t.call('app.info', {})).readOnly).toBe(true);
      expect((await t.call('backups.list', {})).notice).toEqual({ kind: 'readOnly', reason: 'DB_READ_ONLY' });
      const row = await firstRow(t.call);
      expect(row.name).toBe(before.name);
      const error = await t
        .call('procedures.updateField', {
          unitId: row.unitId,
          procedureId: row.procedureId,
          field: 'name',
          value: 'Không lưu được',
        })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'DB_READ_ONLY' });
      expect((error as Error).message).toMatch(/chỉ đọc.*nguyên vẹn/);
      // The app keeps working where it can: a backup to the (writable) data folder still succeeds.
      const backup = await t.call('backups.create', {});
      expect(existsSync(join(dataDir, 'backups', backup.name))).toBe(true);
      t.backend.close();
    },
  );

  it('with readonly: true (no mount needed), a write through the dispatcher returns DB_READ_ONLY and changes nothing', async () => {
    const dir = tmp();
    const t = testBackend(dir);
    const row = await firstRow(t.call);
    const db = openDatabase(t.file, { readonly: true });
    const ctx: BackendContext = {
      ...t.backend.ctx,
      db,
      dbFile: t.file,
      actor: () => 'Cán bộ',
      switchDatabase: () => undefined,
    };
    const envelope = await dispatch(handlers, ctx, 'procedures.updateField', {
      unitId: row.unitId,
      procedureId: row.procedureId,
      field: 'name',
      value: 'Không lưu được',
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'DB_READ_ONLY' } });
    expect(JSON.stringify(envelope)).not.toMatch(/\bat .+:\d+/);
    db.close();
    expect((await firstRow(t.call)).name).toBe(row.name);
    t.backend.close();
  });
});
