import type { NewProcedureBatch } from '../../../db/queries/import-records';
import { ApiFailure } from '../api-failure';
import { runWorker } from '../workers/spawn-worker';
import type { ImportJob, ReadAheadResultMessage } from './import-worker';
import { importWorkerFor } from './import-worker-pool';
import { NOT_XLSX_STRUCTURE } from './messages';
import type { ImportLimits } from './limits';
import type { ListVerdict } from './list-read-ahead';
import type { RawWorkbook } from './raw-workbook';
import { unpackRows } from './row-transfer';
import { precheckXlsx } from './zip-precheck';

export interface ParseProgress {
  phase: string;
  done: number;
  total: number;
}

export interface ParseJob<T = RawWorkbook> {
  promise: Promise<T>;
  cancel(): void;
}

/**
 * Parses a workbook in a worker thread with a heap cap and a wall-time cap. The cheap checks (type, zip
 * directory) run here first so a wrong file is refused at once; everything that inflates data runs in the worker.
 */
export function parseInWorker(
  bytes: Buffer,
  file: string,
  limits: ImportLimits,
  onProgress?: (p: ParseProgress) => void,
  reader: 'auto' | 'exceljs' = 'auto',
): ParseJob {
  return startParse<RawWorkbook>(bytes, file, limits, { reader }, onProgress);
}

/** What the CLI's write-ahead (write-ahead.ts) gives the worker's list read-ahead and takes from it. */
export interface ListReadAheadOptions {
  /** The remembered column mappings, [layout key, JSON], as the database holds them. */
  mappings: [string, string][];
  /** Each batch of new procedures to write, as the worker reads them; null once if its read-ahead stops. */
  onBatch: (batch: NewProcedureBatch | null) => void;
  /** Set [0] to 1 once the caller has rolled back: it will need the workbook's rows after all. */
  rowsWanted: Int32Array;
}

export interface ReadAheadResult {
  /** The read-ahead's verdict on the whole workbook (list-read-ahead.ts). */
  list: ListVerdict | null;
  /**
   * The workbook, or null when the worker kept its rows: it sends them only when the verdict is null or the
   * caller has asked (rowsWanted) by the end of the parse; a caller that rolled back later parses the file again.
   */
  raw: RawWorkbook | null;
}

/**
 * parseInWorker that also reads the first sheet as a plain list of new procedures in the worker while it parses
 * (list-read-ahead.ts), handing each batch to `onBatch` as it comes.
 */
export function parseReadingList(
  bytes: Buffer,
  file: string,
  limits: ImportLimits,
  o: ListReadAheadOptions,
): ParseJob<ReadAheadResult> {
  const job = startParse<ReadAheadResultMessage>(
    bytes,
    file,
    limits,
    { readList: { mappings: o.mappings, rowsWanted: o.rowsWanted } },
    undefined,
    (msg) => {
      if (msg.type !== 'batch') return;
      const batch = msg.value as NewProcedureBatch | null;
      try {
        o.onBatch(batch);
      } catch {
        // The writer rolls back on its own failures; the parse goes on regardless.
      }
    },
  );
  const promise = job.promise.then(({ sheets, streamed, list, rows }): ReadAheadResult => {
    if (!rows) return { list, raw: streamed.length ? null : { sheets } };
    const rowsOf = new Map(streamed.map((sheet, i) => [sheet, rows[i]!]));
    const raw = {
      sheets: sheets.map((s, i) => (rowsOf.has(i) ? { ...s, rows: unpackRows(rowsOf.get(i)!) } : s)),
    };
    return { list, raw };
  });
  return { promise, cancel: () => job.cancel() };
}

function startParse<T>(
  bytes: Buffer,
  file: string,
  limits: ImportLimits,
  extra: Pick<ImportJob, 'reader' | 'readList'>,
  onProgress?: (p: ParseProgress) => void,
  onMessage?: (msg: { type: string; value?: unknown }) => void,
): ParseJob<T> {
  precheckXlsx(bytes, file, limits);
  // The standby worker when one is loaded with these heap caps (import-worker-pool.ts), else a new one.
  const worker = importWorkerFor({
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    file,
    limits,
    ...extra,
  });
  if (onMessage) worker.on('message', onMessage);
  let cancelled = false;
  const promise = runWorker<T>(worker, limits.maxWallMs, (p) => onProgress?.(p as ParseProgress)).catch(
    (err: { code?: string; detail?: { code: string; params: Record<string, string | number> } }) => {
      if (cancelled) throw new ApiFailure('IMPORT_CANCELLED', { file });
      if (err.code === 'WORKER_FAILED' && err.detail)
        throw new ApiFailure(err.detail.code, err.detail.params);
      if (err.code === 'WORKER_TIMEOUT')
        throw new ApiFailure('IMPORT_TIMEOUT', { file, seconds: Math.round(limits.maxWallMs / 1000) });
      if (err.code === 'WORKER_OUT_OF_MEMORY')
        throw new ApiFailure('IMPORT_OUT_OF_MEMORY', { file, limit: limits.maxMemoryMb });
      throw new ApiFailure('IMPORT_UNREADABLE', { file, detail: NOT_XLSX_STRUCTURE });
    },
  );
  return {
    promise,
    cancel() {
      cancelled = true;
      void worker.terminate();
    },
  };
}
