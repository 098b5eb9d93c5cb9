/**
 * Worker thread entry for report exports (electron.vite.config.ts input `export-worker`): opens the
 * database read-only, writes the report to the temporary file it was given and reports progress.
 * The main thread renames the file when done, or terminates this worker to cancel.
 * Started with a job in `workerData`, it runs it at once; started without one (the standby worker of
 * export-worker-pool.ts), it loads its modules, says `ready` and waits for one `job` message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { connect } from '../../../db/connection';
import type { ReportRequest } from '../../shared/contract/reports';
import { throttleProgress } from '../workers/throttle-progress';
import { generateToFile } from './generate';

export interface ExportJobData {
  dbFile: string;
  request: ReportRequest;
  file: string;
}

async function run(data: ExportJobData): Promise<void> {
  const db = connect(data.dbFile, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    const result = await generateToFile(db, data.request, data.file, {
      progress: throttleProgress((done, total) =>
        parentPort?.postMessage({ type: 'progress', value: { done, total } }),
      ),
    });
    parentPort?.postMessage({ type: 'result', value: result });
  } finally {
    db.close();
  }
}

function runReporting(data: ExportJobData): void {
  run(data).catch((err: unknown) => {
    const e = err as { code?: unknown; params?: unknown; message?: unknown };
    parentPort?.postMessage({
      type: 'error',
      error: {
        code: typeof e.code === 'string' ? e.code : null,
        params: e.params ?? {},
        message: String(e.message ?? err),
      },
    });
  });
}

const given = (workerData as { job?: ExportJobData } | null)?.job;
if (given) runReporting(given);
else {
  parentPort?.once('message', (msg: { type: string; job: ExportJobData }) => {
    if (msg.type === 'job') runReporting(msg.job);
  });
  parentPort?.postMessage({ type: 'ready' });
}
