import { parentPort } from 'node:worker_threads';
import { ApiFailure } from '../api-failure';
import type { RowChunk } from './fast-reader';
import type { ImportLimits } from './limits';
import { ListReadAhead, type ListVerdict } from './list-read-ahead';
import type { RawSheet, RawWorkbook } from './raw-workbook';
import { mappingLookup } from './remembered-mappings';
import { packRows, type PackedRows } from './row-transfer';
import { NOT_XLSX_STRUCTURE } from './messages';
import { readWorkbook } from './workbook-read';
import { runGivenOrNextJob } from '../workers/standby-worker';

/**
 * Worker entry: parses one uploaded workbook off the main thread under the caller's memory cap
 * (resourceLimits) and wall-time cap (runWorker's watchdog). Protocol: {type:'progress'|'batch'|'result'|'error'}.
 * Started with a job in `workerData`, it runs it at once; started without one (the standby worker of
 * import-worker-pool.ts), it loads its modules, says `ready` and waits for one `job` message.
 */
export interface ImportJob {
  bytes: Uint8Array;
  file: string;
  limits: ImportLimits;
  /** Tests compare both readers; the app always uses 'auto'. */
  reader?: 'auto' | 'exceljs';
  /**
   * Also read the first sheet as a list of new procedures while parsing (list-read-ahead.ts), posting each
   * chunk's batch ({type:'batch'}, or null once if the read-ahead stops). `mappings` are the
   * remembered column mappings, [layout key, JSON]; `rowsWanted` is shared with the caller (parse-in-worker.ts).
   */
  readList?: { mappings: [string, string][]; rowsWanted: Int32Array };
}

/** The result of a readList job: the rows of the streamed sheets come packed, and only if needed. */
export interface ReadAheadResultMessage {
  sheets: RawSheet[];
  /** The sheets whose rows were read in chunks (empty in `sheets`). */
  streamed: number[];
  list: ListVerdict | null;
  /** packRows of each streamed sheet, in `streamed` order; absent when the caller does not need them. */
  rows?: PackedRows[];
}

const port = parentPort!;

function run(input: ImportJob): void {
  const buf = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const readList = input.readList;
  const ahead = readList ? new ListReadAhead(mappingLookup(readList.mappings), input.file) : null;
  // The streamed sheets' rows stay here: the verdict is taken on the whole workbook, and the main thread gets
  // them only if it needs them (a plain list committed from the batches never does).
  const streamedRows = new Map<number, RawSheet['rows']>();
  const onRows = (chunk: RowChunk) => {
    const rows = streamedRows.get(chunk.sheet) ?? [];
    for (const row of chunk.rows) rows.push(row);
    streamedRows.set(chunk.sheet, rows);
    const batch = ahead!.read(chunk);
    // Structured clone, not JSON text: for these arrays of short strings it costs this thread about half.
    if (batch !== undefined) port.postMessage({ type: 'batch', value: batch });
  };
  readWorkbook(
    buf,
    input.file,
    input.limits,
    (phase, done, total) => port.postMessage({ type: 'progress', value: { phase, done, total } }),
    input.reader ?? 'auto',
    ahead ? onRows : undefined,
  ).then(
    (value) => {
      if (!ahead || !readList) return port.postMessage({ type: 'result', value });
      const { sheets, streamed = [] } = value;
      const rowsOf = (i: number) => streamedRows.get(i) ?? [];
      const whole: RawWorkbook = {
        sheets: sheets.map((s, i) => (streamed.includes(i) ? { ...s, rows: rowsOf(i) } : s)),
      };
      const list = ahead.verdict(whole);
      const result: ReadAheadResultMessage = { sheets, streamed, list };
      if (list === null || Atomics.load(readList.rowsWanted, 0) !== 0)
        result.rows = streamed.map((i) => packRows(rowsOf(i)));
      port.postMessage({ type: 'result', value: result });
    },
    (err: unknown) =>
      port.postMessage({
        type: 'error',
        error:
          err instanceof ApiFailure
            ? { code: err.code, params: err.params }
            : {
                code: 'IMPORT_UNREADABLE',
                params: { file: input.file, detail: NOT_XLSX_STRUCTURE },
              },
      }),
  );
}

runGivenOrNextJob(run);
