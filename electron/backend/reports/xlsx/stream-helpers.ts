/** Small helper of the streaming xlsx writer: how much written data is still in flight. */
import type { Worksheet } from 'exceljs';

/** The parts of exceljs's StreamBuf (lib/utils/stream-buf.js) used to measure what is still in flight. */
interface StreamBufInternals {
  /** archiver's PassThrough (readable-stream 2: no writableLength getter, hence the states). */
  pipes?: { _writableState?: { length?: number }; _readableState?: { length?: number } }[];
  buffers?: unknown[];
}

export const MAX_IN_FLIGHT = 8 * 1024 * 1024;

/**
 * Bytes written to a sheet but not yet compressed and on disk. exceljs pipes the sheet's StreamBuf into the
 * zip without waiting for the destination, so a fast producer piles everything up in memory (measured:
 * 350 MiB of Buffers for the 10k-procedure Phần II) unless it waits for this to go down.
 */
export function inFlight(ws: Worksheet): number {
  const stream = (ws as unknown as { stream?: StreamBufInternals }).stream;
  if (!stream) return 0;
  const piped = (stream.pipes ?? []).reduce(
    (n, p) => n + (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0),
    0,
  );
  return piped + (stream.buffers?.length ?? 0) * 65536;
}
