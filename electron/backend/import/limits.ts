import { MAX_IMPORT_FILE_BYTES } from '../../shared/contract/import';

/**
 * Every cap the importer enforces (reliability-perf.md §2.5). Defaults are sized for a 10,000-procedure
 * workbook (≈ 2 MB xlsx, ≈ 30 MB of sheet XML) with a wide margin; all are configurable per call
 * (tests and the CLI pass smaller/larger ones).
 */
export interface ImportLimits {
  /** The .xlsx file itself. */
  maxFileBytes: number;
  /** Zip entries in the package (a workbook with 6 sheets has ~20). */
  maxEntries: number;
  /** Sum of declared uncompressed sizes of all entries. */
  maxUncompressedBytes: number;
  /** One entry's uncompressed size (V8 cannot hold a string over ~512 MB anyway). */
  maxEntryBytes: number;
  /** Compression ratio of one entry, checked only for entries over `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Rows of one sheet and cells of the whole workbook. */
  maxRows: number;
  maxCells: number;
  /** Worker heap cap (resourceLimits.maxOldGenerationSizeMb) and wall-time cap. */
  maxMemoryMb: number;
  maxWallMs: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: MAX_IMPORT_FILE_BYTES,
  maxEntries: 500,
  maxUncompressedBytes: 300 * 1024 * 1024,
  maxEntryBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxRows: 200_000,
  maxCells: 3_000_000,
  maxMemoryMb: 512,
  maxWallMs: 60_000,
};

export function withLimits(partial: Partial<ImportLimits> | undefined): ImportLimits {
  return { ...DEFAULT_IMPORT_LIMITS, ...(partial ?? {}) };
}
