import type { ResourceLimits, Worker } from 'node:worker_threads';
import { spawnWorker } from '../workers/spawn-worker';
import type { ImportJob } from './import-worker';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits';

/**
 * One import worker kept ready while the officer is on the Import screen (and by the bench, before its clock):
 * starting a thread and loading the reader's modules takes ≈ 40 ms that the officer would otherwise wait for
 * before the first row is read. It holds no file until it gets a job and never keeps the process alive (unref).
 * Heap caps are fixed when a thread starts, so a job whose caps differ from the standby's spawns its own worker,
 * as does a job with no standby (the CLI and tests spawn on demand).
 */
interface Standby {
  worker: Worker;
  ready: Promise<boolean>;
  caps: ResourceLimits;
}

let standby: Standby | null = null;

/** The heap caps an import worker runs under (the young generation is fixed; the old one is the caller's cap). */
export function importWorkerCaps(limits: ImportLimits): ResourceLimits {
  return { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: 64 };
}

const sameCaps = (a: ResourceLimits, b: ResourceLimits) =>
  a.maxOldGenerationSizeMb === b.maxOldGenerationSizeMb &&
  a.maxYoungGenerationSizeMb === b.maxYoungGenerationSizeMb;

function spawnImportWorker(data: { job?: ImportJob }, caps: ResourceLimits): Worker {
  return spawnWorker('import-worker', 'electron/backend/import/import-worker.ts', data, caps);
}

/** Starts the standby worker if there is none; resolves true once it has loaded and waits for a job. */
export function warmImportWorker(limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<boolean> {
  if (standby) return standby.ready;
  const caps = importWorkerCaps(limits);
  const worker = spawnImportWorker({}, caps);
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
  standby = { worker, ready, caps };
  return ready;
}

/**
 * A worker parsing `job`: the standby one when its heap caps are the job's, else a new one. The standby gets a
 * private copy of the bytes, transferred rather than cloned (the caller keeps its buffer: tests reuse it).
 */
export function importWorkerFor(job: ImportJob): Worker {
  const caps = importWorkerCaps(job.limits);
  const s = standby;
  if (!s || !sameCaps(s.caps, caps)) return spawnImportWorker({ job }, caps);
  standby = null;
  const bytes = new Uint8Array(job.bytes); // a copy that owns its whole ArrayBuffer, safe to transfer
  s.worker.ref();
  s.worker.postMessage({ type: 'job', job: { ...job, bytes } }, [bytes.buffer]);
  return s.worker;
}

/** Ends the standby worker (the backend closes). */
export function stopStandbyImportWorker(): void {
  const s = standby;
  standby = null;
  if (s) void s.worker.terminate();
}

/** Whether a standby worker exists (tests). */
export function hasStandbyImportWorker(): boolean {
  return standby !== null;
}
