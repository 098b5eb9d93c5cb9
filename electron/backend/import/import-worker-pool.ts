import type { ResourceLimits } from 'node:worker_threads';
import { spawnWorker, WORKBOOK_THREAD_LIMITS } from '../workers/spawn-worker';
import { standbyPool } from '../workers/standby-worker';
import type { ImportJob } from './import-worker';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits';

/**
 * One import worker kept ready while the officer is on the Import screen (and by the bench, before its clock):
 * starting a thread and loading the reader's modules takes ≈ 40 ms that the officer would otherwise wait for
 * before the first row is read (workers/standby-worker.ts). Its key is its heap caps, fixed when a thread
 * starts: a job whose caps differ from the standby's spawns its own worker.
 */

/** The heap caps an import worker runs under: a workbook thread's, with the caller's cap on the old generation. */
export function importWorkerCaps(limits: ImportLimits): ResourceLimits {
  return { ...WORKBOOK_THREAD_LIMITS, maxOldGenerationSizeMb: limits.maxMemoryMb };
}

const pool = standbyPool<ImportJob, ResourceLimits>({
  spawn: (job, caps) =>
    spawnWorker('import-worker', 'electron/backend/import/import-worker.ts', job ? { job } : {}, caps),
  sameKey: (a, b) =>
    a.maxOldGenerationSizeMb === b.maxOldGenerationSizeMb &&
    a.maxYoungGenerationSizeMb === b.maxYoungGenerationSizeMb,
  // The standby gets a private copy of the bytes, transferred rather than cloned (the caller keeps its
  // buffer: tests reuse it).
  hand: (worker, job) => {
    const bytes = new Uint8Array(job.bytes); // a copy that owns its whole ArrayBuffer, safe to transfer
    worker.postMessage({ type: 'job', job: { ...job, bytes } }, [bytes.buffer]);
  },
});

export const warmImportWorker = (limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<boolean> =>
  pool.warm(importWorkerCaps(limits));
/** A worker parsing `job`: the standby one when its heap caps are the job's, else a new one. */
export const importWorkerFor = (job: ImportJob) => pool.take(job, importWorkerCaps(job.limits));
export const stopStandbyImportWorker = (): void => pool.stop();
export const hasStandbyImportWorker = (): boolean => pool.has();
