import { ApiFailure } from '../api-failure';
import { runWorker, spawnWorker } from '../workers/spawn-worker';
import type { ImportLimits } from './limits';
import type { RawWorkbook } from './raw-workbook';
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
 */
export function parseInWorker(
  bytes: Buffer,
  file: string,
  limits: ImportLimits,
  onProgress?: (p: ParseProgress) => void,
  reader: 'auto' | 'exceljs' = 'auto',
): ParseJob {
  precheckXlsx(bytes, file, limits);
  const worker = spawnWorker(
    'import-worker',
    'electron/backend/import/import-worker.ts',
    { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file, limits, reader },
    { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: 64 },
  );
  let cancelled = false;
  const promise = runWorker<RawWorkbook>(worker, limits.maxWallMs, (p) =>
    onProgress?.(p as ParseProgress),
  ).catch((err: { code?: string; detail?: { code: string; params: Record<string, string | number> } }) => {
    if (cancelled) throw new ApiFailure('IMPORT_CANCELLED', { file });
    if (err.code === 'WORKER_FAILED' && err.detail) throw new ApiFailure(err.detail.code, err.detail.params);
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
