import { spawnWorker, WORKBOOK_THREAD_LIMITS } from '../workers/spawn-worker';
import { standbyPool } from '../workers/standby-worker';
import type { ExportJobData } from './export-worker';

/**
 * The export worker (and its writer thread) kept ready while the officer is on the Reports screen: started by
 * the screen's first request and again after each export (workers/standby-worker.ts).
 */
const pool = standbyPool<ExportJobData, null>({
  spawn: (job) =>
    spawnWorker(
      'export-worker',
      'electron/backend/reports/export-worker.ts',
      job ? { job } : {},
      WORKBOOK_THREAD_LIMITS,
    ),
  sameKey: () => true,
});

export const warmExportWorker = (): Promise<boolean> => pool.warm(null);
/** A worker running `job`: the standby one when there is one (its modules are loaded), else a new one. */
export const exportWorkerFor = (job: ExportJobData) => pool.take(job, null);
export const stopStandbyExportWorker = (): void => pool.stop();
export const hasStandbyExportWorker = (): boolean => pool.has();
