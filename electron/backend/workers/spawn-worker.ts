import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * The heap of a thread that reads or writes a workbook: a 512 MB cap and a 64 MB young generation. A national
 * import or export makes millions of short-lived strings and rows, and a bigger young generation collects them
 * with fewer scavenges (≈ 7 % less CPU measured on the export's two threads).
 */
export const WORKBOOK_THREAD_LIMITS = {
  maxOldGenerationSizeMb: 512,
  maxYoungGenerationSizeMb: 64,
} as const satisfies ResourceLimits;

/**
 * Starts a backend worker thread (Excel parsing/writing run off the main thread, with a memory cap and a
 * watchdog). `entry` is the worker's name, e.g. 'import-worker': built code loads `out/main/<entry>.js`
 * (an electron.vite.config.ts input); source code under tests loads `electron/backend/<folder>/<entry>.ts`
 * through tsx.
 */
export function spawnWorker(
  entry: string,
  sourcePath: string,
  workerData: unknown,
  resourceLimits: ResourceLimits = { maxOldGenerationSizeMb: 512 },
): Worker {
  const here = import.meta.url;
  const outMain = here.indexOf('/out/main/');
  if (outMain >= 0) {
    const file = fileURLToPath(here.slice(0, outMain) + `/out/main/${entry}.js`);
    return new Worker(file, { workerData, resourceLimits });
  }
  // Running from source (vitest): register tsx inside the worker, then load the TypeScript entry.
  const root = new URL('../../../', here);
  const tsx = new URL('node_modules/tsx/dist/esm/api/index.mjs', root).href;
  const file = pathToFileURL(fileURLToPath(new URL(sourcePath, root))).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(file)}); })`;
  return new Worker(code, { eval: true, workerData, resourceLimits });
}

/**
 * Runs a worker to completion: resolves with its single result message, rejects on error, exit or timeout
 * (the worker is terminated, so a hostile file cannot hang the app).
 */
export function runWorker<T>(
  worker: Worker,
  timeoutMs: number,
  onProgress?: (p: unknown) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(Object.assign(new Error('worker timeout'), { code: 'WORKER_TIMEOUT' }));
    }, timeoutMs);
    worker.on('message', (msg: { type: string; value?: unknown; error?: unknown }) => {
      if (msg.type === 'progress') onProgress?.(msg.value);
      else if (msg.type === 'result') {
        clearTimeout(timer);
        resolve(msg.value as T);
        void worker.terminate();
      } else if (msg.type === 'error') {
        clearTimeout(timer);
        reject(Object.assign(new Error('worker error'), { code: 'WORKER_FAILED', detail: msg.error }));
        void worker.terminate();
      }
    });
    worker.on('error', (err) => {
      clearTimeout(timer);
      const oom = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      reject(Object.assign(err, { code: oom ? 'WORKER_OUT_OF_MEMORY' : 'WORKER_FAILED' }));
    });
    worker.on('exit', (code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`worker exited ${code}`), { code: 'WORKER_EXITED' }));
    });
  });
}
