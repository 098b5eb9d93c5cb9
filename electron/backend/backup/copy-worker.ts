/**
 * Worker thread entry for a staged backup (electron.vite.config.ts input `copy-worker`): writes the checked,
 * fsynced copy of the database through its own read-only connection, so the import that waits for it
 * (import/write-ahead.ts) goes on reading and writing rows meanwhile instead of blocking on VACUUM and fsync.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeCheckedCopy } from '../../../db/checked-copy';
import { connect } from '../../../db/connection';

const { dbFile, tmp } = workerData as { dbFile: string; tmp: string };
try {
  const db = connect(dbFile, { readonly: true, fileMustExist: true });
  try {
    writeCheckedCopy(db, tmp, tmp);
  } finally {
    db.close();
  }
  parentPort?.postMessage({ type: 'result', value: true });
} catch (err) {
  parentPort?.postMessage({ type: 'error', error: { message: String((err as Error)?.message ?? err) } });
}
