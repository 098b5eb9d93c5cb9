import { ApiFailure } from '../api-failure';
import { runWorker } from '../workers/spawn-worker';
import { importWorkerFor } from './import-worker-pool';
import type { ImportLimits } from './limits';
import type { RowChunk } from './fast-reader';
import type { RawSheet, RawWorkbook } from './raw-workbook';
import { unpackRows, type PackedRows } from './row-transfer';
import { precheckXlsx } from './zip-precheck';

export interface ParseProgress {
  phase: string;
  done: number;
  total: number;
}

export interface ParseJob {
  promise: Promise<RawWorkbook>;
  cancel(): void;
}

/**
 * Parses a workbook in a worker thread with a heap cap and a wall-time cap. The cheap checks (type, zip
 * directory) run here first so a wrong file is refused at once; everything that inflates data runs in the worker.
 * With `onRows`, each sheet's rows also arrive in chunks while the worker is still reading (the caller can start
 * on them); the promise still resolves with the whole workbook, exactly as without. A chunk is a preview: only
 * the rows of the resolved workbook count (a sheet the worker could not stream is sent again whole).
 */
export function parseInWorker(
  bytes: Buffer,
  file: string,
  limits: ImportLimits,
  onProgress?: (p: ParseProgress) => void,
  reader: 'auto' | 'exceljs' = 'auto',
  onRows?: (chunk: RowChunk) => void,
): ParseJob {
  precheckXlsx(bytes, file, limits);
  // The standby worker when one is loaded with these heap caps (import-worker-pool.ts), else a new one.
  const worker = importWorkerFor({
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    file,
    limits,
    reader,
    stream: onRows !== undefined,
  });
  const chunks = new Map<number, RawSheet['rows']>();
  const gaps = new Set<number>();
  if (onRows)
    worker.on('message', (msg: { type: string; value?: Omit<RowChunk, 'rows'> & { rows: PackedRows } }) => {
      if (msg.type !== 'rows' || !msg.value) return;
      const { sheet, from } = msg.value;
      const rows = chunks.get(sheet) ?? [];
      let chunk: RowChunk;
      try {
        chunk = { ...msg.value, rows: unpackRows(msg.value.rows) };
      } catch {
        chunk = { ...msg.value, rows: [] };
        gaps.add(sheet);
      }
      if (from !== rows.length) gaps.add(sheet); // cannot happen (the worker sends rows in order); refused if it does
      if (gaps.has(sheet)) return;
      for (const row of chunk.rows) rows.push(row);
      chunks.set(sheet, rows);
      try {
        onRows(chunk);
      } catch {
        // A chunk is only a preview: whatever its reader does, the parse goes on and resolves as without it.
      }
    });
  let cancelled = false;
  const promise = runWorker<RawWorkbook & { streamed?: number[] }>(worker, limits.maxWallMs, (p) =>
    onProgress?.(p as ParseProgress),
  )
    .then(({ sheets, streamed = [] }): RawWorkbook => {
      if (streamed.some((i) => gaps.has(i))) throw new Error('rows streamed out of order');
      return {
        sheets: sheets.map((s, i) => (streamed.includes(i) ? { ...s, rows: chunks.get(i) ?? [] } : s)),
      };
    })
    .catch((err: { code?: string; detail?: { code: string; params: Record<string, string | number> } }) => {
      if (cancelled) throw new ApiFailure('IMPORT_CANCELLED', { file });
      if (err.code === 'WORKER_FAILED' && err.detail)
        throw new ApiFailure(err.detail.code, err.detail.params);
      if (err.code === 'WORKER_TIMEOUT')
        throw new ApiFailure('IMPORT_TIMEOUT', { file, seconds: Math.round(limits.maxWallMs / 1000) });
      if (err.code === 'WORKER_OUT_OF_MEMORY')
        throw new ApiFailure('IMPORT_OUT_OF_MEMORY', { file, limit: limits.maxMemoryMb });
      throw new ApiFailure('IMPORT_UNREADABLE', {
        file,
        detail: String((err as Error).message ?? err).slice(0, 200),
      });
    });
  return {
    promise,
    cancel() {
      cancelled = true;
      void worker.terminate();
    },
  };
}
