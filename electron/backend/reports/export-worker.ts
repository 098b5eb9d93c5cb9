/**
 * Worker thread entry for report exports (electron.vite.config.ts input `export-worker`): opens the
 * database read-only, runs the report's builder and reports progress. The .xlsx file itself is written by a
 * second thread this worker starts (report-writer-worker.ts), so reading the database and building the texts
 * overlap with exceljs's serialising and the zip instead of alternating with them on one core.
 * The main thread renames the file when done, or terminates this worker (and so its writer) to cancel.
 * Started with a job in `workerData`, it runs it at once; started without one (the standby worker of
 * export-worker-pool.ts), it loads its modules and its writer, says `ready` and waits for one `job` message.
 */
import { parentPort } from 'node:worker_threads';
import { connect } from '../../../db/connection';
import type { ReportRequest } from '../../shared/contract/reports';
import { throttleProgress } from '../workers/throttle-progress';
import { runGivenOrNextJob } from '../workers/standby-worker';
import { postedError } from '../workers/worker-error';
import { generateToFile, type FileSinkFactory } from './generate';
import { startReportWriter, type ReportWriterThread } from './report-writer';

export interface ExportJobData {
  dbFile: string;
  request: ReportRequest;
  file: string;
}

async function run(data: ExportJobData, writer: ReportWriterThread | null): Promise<void> {
  const db = connect(data.dbFile, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  // Without a writer thread (it could not start), the file is written here, as before it existed.
  const sinkFor: FileSinkFactory | undefined = writer
    ? (file, header, hooks) => writer.sink(file, header, hooks)
    : undefined;
  try {
    const result = await generateToFile(
      db,
      data.request,
      data.file,
      {
        progress: throttleProgress((done, total) =>
          parentPort?.postMessage({ type: 'progress', value: { done, total } }),
        ),
      },
      sinkFor,
    );
    parentPort?.postMessage({ type: 'result', value: result });
  } finally {
    db.close();
  }
}

function runReporting(data: ExportJobData, writer: ReportWriterThread | null): void {
  run(data, writer).catch((err: unknown) => {
    parentPort?.postMessage({ type: 'error', error: postedError(err) });
  });
}

// The writer loads while a given job's builder reads the database; a standby waits for it before saying ready.
const writer = startReportWriter();
let writerStarted = true;
// SQLite's native module is loaded on the first connection: load it now, not after the officer's click.
connect(':memory:').close();
runGivenOrNextJob<ExportJobData>(
  (job) => runReporting(job, writerStarted ? writer : null),
  writer.ready.then((ok) => (writerStarted = ok)),
);
