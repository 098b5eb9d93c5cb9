import type { BackendOptions } from '../../electron/backend/session';
import { testBackend } from './backend';

/** The demo database with a backup holding one renamed procedure, renamed again afterwards; then closed. */
export async function demoWithBackup(dir: string, o: Partial<BackendOptions> = {}) {
  const t = testBackend(dir, o);
  const [unit] = await t.call('units.list', {});
  const row = (await t.call('inventory.list', { unitId: unit!.id, search: '1.001193' })).rows[0]!;
  await t.call('procedures.updateField', {
    unitId: unit!.id,
    procedureId: row.procedureId,
    field: 'name',
    value: 'Có trong bản sao lưu',
  });
  const backup = await t.call('backups.create', {});
  await t.call('procedures.updateField', {
    unitId: unit!.id,
    procedureId: row.procedureId,
    field: 'name',
    value: 'Sau bản sao lưu',
  });
  t.backend.close();
  return { file: t.file, backup, unitId: unit!.id, procedureId: row.procedureId };
}
