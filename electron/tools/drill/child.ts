import { InventoryEntry } from '../../shared/domain';
import demoInventory from '../../../db/seed/demo-inventory.json';
import { attachToUnit, insertProcedure } from '../../../db/queries/procedure-write';
import { appendAudit } from '../../../db/queries/audit';
import { createBackup, restoreBackup } from '../../backend/backup';
import { openBackend } from '../../backend/session';
import { listBackups } from '../../../db/backup';
import { backupsDir } from '../../backend/backup/service';

/**
 * The process the crash drills kill. It works on the database through the app's own backend and prints one line
 * per durable step ("ack …") only after the step committed, so the parent knows what must survive a SIGKILL.
 */
export type ChildMode = 'edits' | 'import' | 'backup';

export const IMPORT_BATCH = 150;

/** The name an acknowledged edit writes: run and sequence, so the verifier can tell which edit is stored. */
export function editValue(run: string, seq: number): string {
  return `Diễn tập ${run}#${seq} — sửa tên thủ tục (kiểm tra độ bền)`;
}

export function importTag(run: string, batch: number): string {
  return `drill-import:${run}:${batch}`;
}

function say(line: string): void {
  process.stdout.write(line + '\n');
}

export async function runChild(mode: ChildMode, dbFile: string, dataDir: string, run: string): Promise<void> {
  // Frequent automatic backups, so kills also land inside VACUUM INTO and retention.
  const backend = openBackend({ dbFile, dataDir, mode: 'browser', demoIfNew: false, remember: false, autoBackupMs: mode === 'edits' ? 40 : 0 });
  const ctx = backend.ctx;
  const unitId = (ctx.db.prepare('SELECT id FROM units ORDER BY id LIMIT 1').get() as { id: number }).id;
  say('ready');
  if (mode === 'edits') {
    const ids = (ctx.db.prepare('SELECT procedure_id AS id FROM unit_procedures WHERE unit_id = ? ORDER BY id').all(unitId) as { id: number }[]).map((r) => r.id);
    for (let seq = 0; ; seq++) {
      const procedureId = ids[seq % ids.length]!;
      const env = await backend.dispatch('procedures.updateField', { unitId, procedureId, field: 'name', value: editValue(run, seq) });
      if (!env.ok) throw new Error(`edit refused: ${env.error.code}`);
      say(`ack ${seq} ${procedureId}`);
    }
  }
  if (mode === 'import') {
    const entries = InventoryEntry.array().parse(demoInventory);
    for (let batch = 0; ; batch++) {
      createBackup(ctx, 'import');
      const db = ctx.db;
      const base = 900000 + ((batch * IMPORT_BATCH) % 90000); // the verifier removes every drill import after a kill
      db.transaction(() => {
        for (let i = 0; i < IMPORT_BATCH; i++) {
          const { unitFields, ...record } = entries[i % entries.length]!;
          const code = `9.${String(base + i).padStart(6, '0')}`;
          const id = insertProcedure(db, { ...record, code, source: importTag(run, batch) });
          attachToUnit(db, unitId, id, unitFields);
        }
        appendAudit(db, { actor: 'drill', action: 'import', entity: 'unit', entityId: unitId, unitId });
      }).immediate();
      say(`ack ${batch}`);
    }
  }
  // "backup": copies and restores back to back (what "send to the province" and the Backups screen do).
  for (let i = 0; ; i++) {
    createBackup(ctx, 'manual');
    if (i % 3 === 2) {
      const newest = listBackups(backupsDir(dataDir), ctx.dbFile)[1];
      if (newest) restoreBackup(ctx, newest.name);
    }
    say(`ack ${i}`);
  }
}
