/**
 * The export worker's handle on its writer thread (report-writer-worker.ts): a ReportSink that records the
 * builder's calls and sends them in batches, with at most a few batches in flight so a fast builder cannot
 * pile the whole report up in memory, and close() resolving with what the writer wrote.
 */
import type { Worker } from 'node:worker_threads';
import { spawnWorker, WORKBOOK_THREAD_LIMITS } from '../workers/spawn-worker';
import type { WriterReply, WriterRequest } from './report-writer-worker';
import type { ReportHeader } from './xlsx/sink';
import { SinkRecorder } from './xlsx/sink-ops';
import type { XlsxResult } from './xlsx/xlsx-sink';

/** Batches sent but not yet written: enough to keep the writer busy while the builder reads the next rows. */
const MAX_IN_FLIGHT = 3;

export class ReportWriterThread {
  readonly ready: Promise<boolean>;
  private inFlight = 0;
  private waiting: { resolve: () => void; reject: (e: Error) => void }[] = [];
  private result: { resolve: (r: XlsxResult) => void; reject: (e: Error) => void } | null = null;
  private failure: Error | null = null;

  constructor(private readonly worker: Worker) {
    let markReady: (ok: boolean) => void = () => {};
    this.ready = new Promise<boolean>((r) => (markReady = r));
    worker.on('message', (msg: WriterReply) => {
      if (msg.type === 'ready') markReady(true);
      else if (msg.type === 'ack') {
        this.inFlight--;
        this.waiting.shift()?.resolve();
      } else if (msg.type === 'result') this.result?.resolve(msg.value);
      else this.fail(Object.assign(new Error(msg.error.message), msg.error));
    });
    worker.on('error', (err) => this.fail(err));
    worker.on('exit', (code) => {
      markReady(false);
      this.fail(new Error(`report writer exited ${code}`));
    });
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const w of this.waiting.splice(0)) w.reject(this.failure);
    this.result?.reject(this.failure);
  }

  private post(req: WriterRequest): void {
    if (this.failure) throw this.failure;
    this.worker.postMessage(req);
  }

  /** A sink writing `file` through this thread; `close()` resolves once the workbook is on disk. */
  sink(
    file: string,
    header: ReportHeader,
    hooks: { progress?: (done: number, total: number) => void; cancelled?: () => boolean } = {},
  ): SinkRecorder & { close(): Promise<XlsxResult> } {
    this.post({ type: 'open', file, header });
    const recorder = new SinkRecorder(async (ops) => {
      this.post({ type: 'ops', ops });
      this.inFlight++;
      if (this.inFlight > MAX_IN_FLIGHT)
        await new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject }));
    }, hooks);
    return Object.assign(recorder, {
      close: async (): Promise<XlsxResult> => {
        await recorder.end();
        const done = new Promise<XlsxResult>((resolve, reject) => (this.result = { resolve, reject }));
        this.post({ type: 'close' });
        return done;
      },
    });
  }
}

export function startReportWriter(): ReportWriterThread {
  return new ReportWriterThread(
    spawnWorker(
      'report-writer-worker',
      'electron/backend/reports/report-writer-worker.ts',
      {},
      WORKBOOK_THREAD_LIMITS,
    ),
  );
}
