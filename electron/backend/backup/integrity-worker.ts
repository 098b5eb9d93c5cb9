/**
 * Worker thread entry for the deferred integrity check (electron.vite.config.ts input `integrity-worker`): runs
 * quick_check on its own read-only connection, so a large database is checked while the UI already works.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { connect } from '../../../db/connection';
import { quickCheck } from '../../../db/integrity';

const { dbFile } = workerData as { dbFile: string };
try {
  const db = connect(dbFile, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    parentPort?.postMessage({ type: 'result', value: quickCheck(db) });
  } finally {
    db.close();
  }
} catch (err) {
  // A file too damaged to open or read is a failed check, reported as SQLite worded it.
  parentPort?.postMessage({ type: 'result', value: err instanceof Error ? err.message : String(err) });
}
