import ExcelJS from 'exceljs';
import { createBackup, restoreBackup } from '../../backend/backup';
import { withLimits } from '../../backend/import/limits';
import { parseAndImport } from '../../backend/import/run-import';
import { openBackend } from '../../backend/session';
import { listBackups } from '../../../db/backup';
import { backupsDir } from '../../backend/backup/service';
import { exportInWorker } from '../../backend/reports/jobs';
import { ReportRequest } from '../../shared/contract/reports';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the export drill writes; the verifier checks every file there is a whole workbook. */
export function drillExportDir(dataDir: string): string {
  return join(dataDir, 'exports', 'drill');
}

/**
 * The process the crash drills kill. It works on the database through the app's own backend and prints one line
 * per durable step ("ack …") only after the step committed, so the parent knows what must survive a SIGKILL.
 */
export type ChildMode = 'edits' | 'import' | 'backup' | 'export';

export const IMPORT_BATCH = 500;

/** The name an acknowledged edit writes: run and sequence, so the verifier can tell which edit is stored. */
export function editValue(run: string, seq: number): string {
  return `Diễn tập ${run}#${seq} — sửa tên thủ tục (kiểm tra độ bền)`;
}

/** Codes of an import batch: `9.BBBRRR` (batch, row); the verifier removes every `9.*` procedure after a kill. */
export function importCode(batch: number, row: number): string {
  return `9.${String((batch % 1000) * 1000 + row).padStart(6, '0')}`;
}

/** A list workbook as an officer would bring it: header row, then one procedure per row. */
async function listWorkbook(batch: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách TTHC');
  ws.addRow(['Mã TTHC', 'Tên thủ tục hành chính', 'Lĩnh vực']);
  for (let i = 0; i < IMPORT_BATCH; i++)
    ws.addRow([importCode(batch, i), `Thủ tục diễn tập ${batch}-${i}: đăng ký, cấp giấy phép`, 'Hộ tịch']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function say(line: string): void {
  process.stdout.write(line + '\n');
}

export async function runChild(mode: ChildMode, dbFile: string, dataDir: string, run: string): Promise<void> {
  // Frequent automatic backups, so kills also land inside VACUUM INTO and retention.
  const backend = openBackend({
    dbFile,
    dataDir,
    // The import child is the CLI engine, which writes rows while the file is parsed (an open transaction that
    // a kill must never leave half-committed); the others are the app.
    mode: mode === 'import' ? 'cli' : 'browser',
    demoIfNew: false,
    remember: false,
    autoBackupMs: mode === 'edits' ? 40 : 0,
  });
  const ctx = backend.ctx;
  const unitId = (ctx.db.prepare('SELECT id FROM units ORDER BY id LIMIT 1').get() as { id: number }).id;
  if (mode !== 'import') say('ready');
  if (mode === 'edits') {
    const ids = (
      ctx.db
        .prepare('SELECT procedure_id AS id FROM unit_procedures WHERE unit_id = ? ORDER BY id')
        .all(unitId) as { id: number }[]
    ).map((r) => r.id);
    for (let seq = 0; ; seq++) {
      const procedureId = ids[seq % ids.length]!;
      const env = await backend.dispatch('procedures.updateField', {
        unitId,
        procedureId,
        field: 'name',
        value: editValue(run, seq),
      });
      if (!env.ok) throw new Error(`edit refused: ${env.error.code}`);
      say(`ack ${seq} ${procedureId}`);
    }
  }
  if (mode === 'import') {
    // The real importer (parse in the worker while rows are written ahead, its backup, one commit) on a
    // generated 500-row list workbook per batch.
    const limits = withLimits({});
    const pending = [await listWorkbook(0), await listWorkbook(1)];
    say('ready');
    for (let batch = 0; ; batch++) {
      const bytes = pending.shift() ?? (await listWorkbook(batch));
      const outcome = await parseAndImport(ctx, bytes, {
        fileName: `drill-${batch}.xlsx`,
        unitId,
        dryRun: false,
        update: false,
        limits,
      });
      if (!outcome.committed || outcome.created !== IMPORT_BATCH)
        throw new Error(`import ${batch}: ${JSON.stringify(outcome).slice(0, 300)}`);
      say(`ack ${batch}`);
    }
  }
  if (mode === 'export') {
    // The official inventory report written over the same three names again and again, as the app and the CLI
    // write it: the export worker and its writer thread, then temp → fsync → rename.
    const dir = drillExportDir(dataDir);
    mkdirSync(dir, { recursive: true });
    const req = ReportRequest.parse({ report: 'inventory', unitId, filters: {} });
    say('ready');
    for (let i = 0; ; i++) {
      await exportInWorker(ctx.dbFile, req, join(dir, `danh-muc-${i % 3}.xlsx`)).promise;
      say(`ack ${i}`);
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
