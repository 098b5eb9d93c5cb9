import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../workers/spawn-worker';
import type { ExportJobData } from './export-worker';

/**
 * One export worker kept ready while the officer is on the Reports screen: starting a thread and loading
 * exceljs's writer takes 0.1–0.2 s, which the officer would otherwise wait for after every click on Export.
 * It is started by the Reports screen's first request and again after each export, holds no database or
 * file until it gets a job, and never keeps the process alive (unref). A job without a ready worker spawns one.
 */
interface Standby {
  worker: Worker;
  ready: Promise<boolean>;
}

let standby: Standby | null = null;

function spawnExportWorker(data: { job?: ExportJobData }): Worker {
  return spawnWorker('export-worker', 'electron/backend/reports/export-worker.ts', data, {
    maxOldGenerationSizeMb: 512,
    // A national export makes millions of short-lived strings and rows: a bigger young generation
    // collects them with fewer scavenges (≈ 7 % less CPU measured, both threads together).
    maxYoungGenerationSizeMb: 64,
  });
}

/** Starts the standby worker if there is none; resolves true once it has loaded and waits for a job. */
export function warmExportWorker(): Promise<boolean> {
  if (standby) return standby.ready;
  const worker = spawnExportWorker({});
  worker.unref();
  const ready = new Promise<boolean>((resolve) => {
    worker.once('message', (m: { type?: string }) => resolve(m.type === 'ready'));
    // A standby that fails or exits is simply gone: the next job spawns its own worker.
    const drop = () => {
      if (standby?.worker === worker) standby = null;
      resolve(false);
    };
    worker.once('error', drop);
    worker.once('exit', drop);
  });
  const entry = { worker, ready };
  standby = entry;
  return ready;
}

/** A worker running `job`: the standby one when there is one (its modules are loaded), else a new one. */
export function exportWorkerFor(job: ExportJobData): Worker {
  const ready = standby;
  standby = null;
  if (!ready) return spawnExportWorker({ job });
  ready.worker.ref();
  ready.worker.postMessage({ type: 'job', job });
  return ready.worker;
}

/** Ends the standby worker (the backend closes). */
export function stopStandbyExportWorker(): void {
  const s = standby;
  standby = null;
  if (s) void s.worker.terminate();
}

/** Whether a standby worker exists (tests). */
export function hasStandbyExportWorker(): boolean {
  return standby !== null;
}
