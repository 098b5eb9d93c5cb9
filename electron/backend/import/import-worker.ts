import { parentPort } from 'node:worker_threads';
import { ApiFailure } from '../api-failure';
import type { ImportLimits } from './limits';
import { packRows } from './row-transfer';
import { readWorkbook } from './workbook-read';
import { runGivenOrNextJob } from '../workers/standby-worker';

/**
 * Worker entry: parses one uploaded workbook off the main thread under the caller's memory cap
 * (resourceLimits) and wall-time cap (runWorker's watchdog). Protocol: {type:'progress'|'rows'|'result'|'error'}.
 * Started with a job in `workerData`, it runs it at once; started without one (the standby worker of
 * import-worker-pool.ts), it loads its modules, says `ready` and waits for one `job` message.
 */
export interface ImportJob {
  bytes: Uint8Array;
  file: string;
  limits: ImportLimits;
  /** Tests compare both readers; the app always uses 'auto'. */
  reader?: 'auto' | 'exceljs';
  /** Post the rows of each sheet in chunks as they are read ({type:'rows'}), ahead of the result. */
  stream?: boolean;
}

const port = parentPort!;

function run(input: ImportJob): void {
  const buf = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  readWorkbook(
    buf,
    input.file,
    input.limits,
    (phase, done, total) => port.postMessage({ type: 'progress', value: { phase, done, total } }),
    input.reader ?? 'auto',
    input.stream
      ? (chunk) => port.postMessage({ type: 'rows', value: { ...chunk, rows: packRows(chunk.rows) } })
      : undefined,
  ).then(
    (value) => port.postMessage({ type: 'result', value }),
    (err: unknown) =>
      port.postMessage({
        type: 'error',
        error:
          err instanceof ApiFailure
            ? { code: err.code, params: err.params }
            : {
                code: 'IMPORT_UNREADABLE',
                params: { file: input.file, detail: String((err as Error)?.message ?? err).slice(0, 200) },
              },
      }),
  );
}

runGivenOrNextJob(run);
