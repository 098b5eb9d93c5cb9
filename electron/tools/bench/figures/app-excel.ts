/**
 * The app's own import and export engines, driven the way the app drives them:
 * - import: the CLI engine (parseAndImport) into a fresh database with one empty unit — read the file, parse it
 *   in the import worker (zip pre-check, heap and time caps), which also builds the list's new procedures as it
 *   reads them, while this thread writes them in one open transaction (backup staged first), committed once the
 *   worker's verdict on the whole workbook holds (write-ahead.ts);
 * - export: the Báo cáo job — the export worker (export-worker.js) writing the Danh mục TTHC report of the
 *   national unit from the database opened read-only, to a temporary file renamed when done. The app keeps
 *   one export worker loaded while the Reports screen is open (reports/export-worker-pool.ts), so it is
 *   loaded before the clock, as the floor's exceljs is; the cold start is timed separately and reported.
 * The app keeps one import worker loaded while the Import screen is open (import/import-worker-pool.ts), so the
 * import's worker is loaded before the clock too. The clock covers the whole operation the officer waits for
 * after the click.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { publishTemp } from '../../../../db/durable-file';
import { basename, join } from 'node:path';
import { insertUnit } from '../../../../db/queries/units';
import { warmImportWorker } from '../../../backend/import/import-worker-pool';
import { withLimits } from '../../../backend/import/limits';
import { parseAndImport } from '../../../backend/import/run-import';
import { openBackend } from '../../../backend/session';
import { exportWorkerFor, warmExportWorker } from '../../../backend/reports/export-worker-pool';
import { runWorker } from '../../../backend/workers/spawn-worker';
import type { BenchData } from '../generate/write-data';
import { timed } from '../timed';

export type AppExcelResult =
  { ms: number; rows: number; detail?: string; cpuMs?: number } | { pending: string };

export async function importWithApp(data: BenchData): Promise<AppExcelResult> {
  const target = mkdtempSync(join(data.dir, 'import-')); // a fresh database each round
  const backend = openBackend({
    dbFile: join(target, 'import-target.sqlite'),
    dataDir: target,
    mode: 'cli',
    demoIfNew: false,
    remember: false,
  });
  try {
    const unitId = insertUnit(backend.ctx.db, {
      code: 'BENCH-NHAP',
      name: 'UBND tỉnh Nhập thử (đo hiệu năng)',
      level: 'TINH',
    });
    const limits = withLimits(undefined);
    const warm = await timed(() => warmImportWorker(limits));
    const run = await timed(() =>
      parseAndImport(backend.ctx, readFileSync(data.listXlsx), {
        fileName: basename(data.listXlsx),
        unitId,
        dryRun: false,
        update: false,
        limits,
      }),
    );
    const outcome = run.result;
    return {
      ms: run.ms,
      cpuMs: run.cpuMs, // this thread, the import worker and the thread pool
      rows: outcome.created,
      detail: `format ${outcome.format}: ${outcome.created} created, ${outcome.rejected} rejected; import worker (standby, loaded in ${warm.ms.toFixed(0)} ms before the clock) parses and builds the new procedures while this thread writes them in one open transaction, committed after a staged backup once the worker's verdict on the whole workbook holds`,
    };
  } finally {
    backend.close();
  }
}

export async function exportWithApp(data: BenchData, out: string): Promise<AppExcelResult> {
  const temp = `${out}.tmp`;
  const job = {
    dbFile: data.dbFile,
    request: {
      report: 'inventory' as const,
      unitId: data.unitId,
      campaignId: null,
      filters: { fields: [], codes: [] },
      period: null,
      appendix: null,
    },
    file: temp,
  };
  const warm = await timed(() => warmExportWorker());
  const { ms, cpuMs, result } = await timed(async () => {
    const written = await runWorker<{ rows: number; sheets: string[] }>(exportWorkerFor(job), 10 * 60_000);
    publishTemp(temp, out); // as the Báo cáo job: synced, renamed, the folder synced
    return written;
  });
  return {
    ms,
    cpuMs, // both of the export's threads and the zip's
    rows: result.rows,
    detail: `app: export worker (standby, loaded in ${warm.ms.toFixed(0)} ms before the clock), ${result.rows} rows, sheets ${result.sheets.join(', ')}`,
  };
}
