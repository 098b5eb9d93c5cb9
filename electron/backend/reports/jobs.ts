/**
 * Export jobs: each report export runs in its own worker thread (off the UI and the backend's event loop),
 * is polled with reports.progress and can be cancelled (the worker is terminated and its temporary file
 * removed). Finished files are handed to the host: save dialog (desktop) or download URL (browser).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeOwnerOnlyDir } from '../../../db/owner-only';
import { randomUUID } from 'node:crypto';
import type { ExportProgress, ReportRequest } from '../../shared/contract/reports';
import { renderError } from '../../shared/errors';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import { runWorker } from '../workers/spawn-worker';
import { exportWorkerFor, warmExportWorker } from './export-worker-pool';
import { publishTemp, tempPathFor } from './atomic-file';
import { pathInside } from './file-names';
import { resolveContext, suggestedNameOf } from './generate';
import type { XlsxResult } from './xlsx/xlsx-sink';
import { keepsWorkersReady } from '../workers/standby-worker';

interface Job extends ExportProgress {
  cancel: () => void;
  finishedAt: number | null;
}

const jobs = new Map<string, Job>();
const KEEP_FINISHED_MS = 30 * 60_000;
const WORKER_TIMEOUT_MS = 15 * 60_000;

function sweep(now = Date.now()): void {
  for (const [id, job] of jobs)
    if (job.finishedAt !== null && now - job.finishedAt > KEEP_FINISHED_MS) jobs.delete(id);
}

export function exportsDir(dataDir: string): string {
  const dir = join(dataDir, 'exports');
  makeOwnerOnlyDir(dir);
  return dir;
}

/** What an export failure says to the officer, in their language (the worker's own errors included). */
/**
 * The refusal for a file that could not be written, by its system error code: a full disk (ENOSPC), a file open
 * in Excel or a folder that cannot be written; null for anything else.
 */
export function fileWriteFailure(code: string | null | undefined, fileName: string): ApiFailure | null {
  if (code === 'ENOSPC') return new ApiFailure('REPORT_DISK_FULL');
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' || code === 'EROFS')
    return new ApiFailure('REPORT_FILE_BUSY', { file: fileName });
  return null;
}

export function exportErrorMessage(err: unknown, locale: BackendContext['locale'], fileName: string): string {
  const e = err as {
    code?: string;
    detail?: { code?: string | null; params?: Record<string, string | number>; message?: string };
  };
  if (e.detail?.code && e.detail.code.startsWith('REPORT_'))
    return renderError(e.detail.code, e.detail.params ?? {}, locale);
  if (e.code === 'WORKER_OUT_OF_MEMORY')
    return renderError(
      'REPORT_EXPORT_FAILED',
      { detail: locale === 'vi' ? 'hết bộ nhớ' : 'out of memory' },
      locale,
    );
  // The file's own errors come from this thread (rename) or from the worker writing it (detail).
  const failure = fileWriteFailure(e.detail?.code ?? e.code, fileName);
  if (failure) return renderError(failure.code, failure.params, locale);
  return renderError(
    'REPORT_EXPORT_FAILED',
    { detail: e.detail?.message ?? String((err as Error).message ?? err) },
    locale,
  );
}

/**
 * Keeps an export worker loaded and waiting while the officer works with reports (desktop and browser mode;
 * the CLI and tests run one export and stop, so they spawn on demand).
 */
export function prepareNextExport(ctx: BackendContext): void {
  if (keepsWorkersReady(ctx.mode)) void warmExportWorker();
}

/**
 * One report written by the export worker (and its writer thread) to a temporary sibling of `target`, then
 * published (synced and renamed); cancelling terminates the worker and removes the temporary file. The Báo cáo
 * job and the CLI both export this way.
 */
export function exportInWorker(
  dbFile: string,
  req: ReportRequest,
  target: string,
  onProgress?: (done: number, total: number) => void,
): { promise: Promise<XlsxResult>; cancel(): void } {
  const temp = tempPathFor(target);
  const worker = exportWorkerFor({ dbFile, request: req, file: temp });
  let cancelled = false;
  const promise = runWorker<XlsxResult>(worker, WORKER_TIMEOUT_MS, (p) => {
    const { done, total } = p as { done: number; total: number };
    onProgress?.(done, total);
  })
    .then((result) => {
      if (cancelled) throw new ApiFailure('REPORT_EXPORT_FAILED', { detail: 'cancelled' });
      publishTemp(temp, target); // synced before and after the rename, as every file the app writes
      return result;
    })
    .catch((err: unknown) => {
      rmSync(temp, { force: true });
      throw err;
    });
  return {
    promise,
    cancel() {
      cancelled = true;
      void worker.terminate().finally(() => rmSync(temp, { force: true }));
    },
  };
}

/** Validates the request, starts the worker and returns at once; the job carries on in the background. */
export function startExport(ctx: BackendContext, req: ReportRequest): { jobId: string; fileName: string } {
  sweep();
  const bctx = resolveContext(ctx.db, req); // unit / campaign errors reach the caller directly
  const fileName = suggestedNameOf(bctx, req.report);
  const target = pathInside(exportsDir(ctx.dataDir), fileName);
  const jobId = randomUUID();
  const run = exportInWorker(ctx.dbFile, req, target, (done, total) => {
    job.done = done;
    job.total = total;
  });
  const job: Job = {
    jobId,
    state: 'running',
    done: 0,
    total: 0,
    rows: 0,
    sheets: [],
    fileName,
    delivery: null,
    error: null,
    finishedAt: null,
    cancel: () => {
      if (job.state !== 'running') return;
      job.state = 'cancelled';
      job.finishedAt = Date.now();
      run.cancel();
    },
  };
  jobs.set(jobId, job);
  const locale = ctx.locale;
  run.promise
    .then(async (result) => {
      if (job.state !== 'running') return;
      job.rows = result.rows;
      job.sheets = result.sheets;
      job.done = job.total;
      job.delivery = await ctx.host.deliverFile(target, fileName);
      job.state = 'done';
      job.finishedAt = Date.now();
      prepareNextExport(ctx); // the next export starts at once too
    })
    .catch((err: unknown) => {
      if (job.state !== 'running') return;
      job.state = 'failed';
      job.error = exportErrorMessage(err, locale, fileName);
      job.finishedAt = Date.now();
    });
  return { jobId, fileName };
}

export function jobProgress(jobId: string): ExportProgress {
  const job = jobs.get(jobId);
  if (!job) throw new ApiFailure('REPORT_JOB_NOT_FOUND');
  const { cancel: _c, finishedAt: _f, ...progress } = job;
  return { ...progress, sheets: [...progress.sheets] };
}

export function cancelJob(jobId: string): void {
  const job = jobs.get(jobId);
  if (!job) throw new ApiFailure('REPORT_JOB_NOT_FOUND');
  job.cancel();
}
