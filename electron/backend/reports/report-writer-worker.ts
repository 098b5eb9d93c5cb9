/**
 * Worker thread entry (electron.vite.config.ts input `report-writer-worker`), started by the export worker:
 * it owns the .xlsx file. It replays the sink calls the export worker records (xlsx/sink-ops.ts) onto the
 * streaming writer, so exceljs's serialising and the zip run on one core while the export worker reads the
 * database and builds the texts on the other. It loads exceljs's writer and says `ready` before any job.
 */
import { parentPort } from 'node:worker_threads';
import { postedError, type PostedError } from '../workers/worker-error';
import type { ReportHeader } from './xlsx/sink';
import { SinkReplayer, type SinkOp } from './xlsx/sink-ops';
import { XlsxReportSink } from './xlsx/xlsx-sink';

export type WriterRequest =
  { type: 'open'; file: string; header: ReportHeader } | { type: 'ops'; ops: SinkOp[] } | { type: 'close' };

export type WriterReply =
  | { type: 'ready' }
  | { type: 'ack' }
  | { type: 'result'; value: { rows: number; sheets: string[] } }
  | { type: 'error'; error: PostedError };

const port = parentPort;
let sink: XlsxReportSink | null = null;
let replayer: SinkReplayer | null = null;
// Requests are handled strictly in order: a batch waits for the previous one to drain.
let queue: Promise<void> = Promise.resolve();
let failed = false;

function reply(msg: WriterReply): void {
  port?.postMessage(msg);
}

async function handle(req: WriterRequest): Promise<void> {
  if (req.type === 'open') {
    sink = new XlsxReportSink(req.file, req.header);
    replayer = new SinkReplayer(sink);
    return;
  }
  if (!sink || !replayer) throw new Error(`report writer: "${req.type}" before "open"`);
  if (req.type === 'ops') {
    replayer.replay(req.ops);
    await sink.flush(); // keeps what waits for the zip bounded, as when the builder wrote directly
    reply({ type: 'ack' });
  } else reply({ type: 'result', value: await sink.close() });
}

port?.on('message', (req: WriterRequest) => {
  queue = queue.then(async () => {
    if (failed) return;
    try {
      await handle(req);
    } catch (err) {
      failed = true;
      reply({ type: 'error', error: postedError(err) });
    }
  });
});
reply({ type: 'ready' });
