import { parentPort, workerData, type Worker } from 'node:worker_threads';
import type { RunMode } from '../context';

/**
 * One worker thread kept loaded and waiting while the officer is on a screen that will need it (Import,
 * Reports): starting a thread and loading its modules costs 40–200 ms that the officer would otherwise wait for
 * after each click. The worker holds nothing until it gets a job and never keeps the process alive (unref).
 * Start-up settings (e.g. heap caps) are fixed when a thread starts, so each standby carries a key, and a job
 * whose key differs — or that finds no standby — gets a new worker started with the job (the CLI and tests).
 */
export interface StandbyPool<J, K> {
  /** Starts the standby worker if there is none; resolves true once it has loaded and waits for a job. */
  warm(key: K): Promise<boolean>;
  /** A worker running `job`: the standby one when its key is the job's, else a new one. */
  take(job: J, key: K): Worker;
  /** Ends the standby worker (the backend closes). */
  stop(): void;
  /** Whether a standby worker exists (tests). */
  has(): boolean;
}

export function standbyPool<J, K>(o: {
  /** Starts a worker: loaded and waiting (`job` undefined), or running `job` at once. */
  spawn: (job: J | undefined, key: K) => Worker;
  sameKey: (a: K, b: K) => boolean;
  /** Hands a job to the loaded standby (default: a `{type: 'job', job}` message). */
  hand?: (worker: Worker, job: J) => void;
}): StandbyPool<J, K> {
  let standby: { worker: Worker; ready: Promise<boolean>; key: K } | null = null;
  const hand = o.hand ?? ((worker: Worker, job: J) => worker.postMessage({ type: 'job', job }));
  return {
    warm(key) {
      if (standby) return standby.ready;
      const worker = o.spawn(undefined, key);
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
      standby = { worker, ready, key };
      return ready;
    },
    take(job, key) {
      const s = standby;
      if (!s || !o.sameKey(s.key, key)) return o.spawn(job, key);
      standby = null;
      s.worker.ref();
      hand(s.worker, job);
      return s.worker;
    },
    stop() {
      const s = standby;
      standby = null;
      if (s) void s.worker.terminate();
    },
    has: () => standby !== null,
  };
}

/** The live app's screens keep a worker ready; the CLI and tests run one job and stop, so they spawn on demand. */
export function keepsWorkersReady(mode: RunMode): boolean {
  return mode === 'electron' || mode === 'browser';
}

/**
 * The worker's side of the pool, called by its entry file: started with a job in `workerData`, it runs it at
 * once; started without one (a standby), it waits for `loaded`, says `ready` and runs the one `job` it is sent.
 */
export function runGivenOrNextJob<J>(
  run: (job: J) => void,
  loaded: Promise<unknown> = Promise.resolve(),
): void {
  const given = (workerData as { job?: J } | null)?.job;
  if (given) return run(given);
  void loaded.then(() => {
    parentPort?.once('message', (msg: { type: string; job: J }) => {
      if (msg.type === 'job') run(msg.job);
    });
    parentPort?.postMessage({ type: 'ready' });
  });
}
