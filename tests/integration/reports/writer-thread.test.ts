/**
 * The export worker builds each report on its own thread and has the .xlsx written by a second one
 * (report-writer-worker.ts). Both ways of starting it (with the job, or loaded ahead as the standby) must
 * write exactly the workbook the builder writes directly on one thread, part by part, for every report;
 * and a writer that cannot write fails the export with a message instead of hanging it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inflateEntry, precheckXlsx } from '../../../electron/backend/import/zip-precheck';
import { withLimits } from '../../../electron/backend/import/limits';
import {
  exportWorkerFor,
  stopStandbyExportWorker,
  warmExportWorker,
} from '../../../electron/backend/reports/export-worker-pool';
import { generateReport } from '../../../electron/backend/reports/generate';
import type { Backend } from '../../../electron/backend/session';
import { runWorker } from '../../../electron/backend/workers/spawn-worker';
import { ReportId, type ReportRequest } from '../../../electron/shared/contract/reports';
import { testBackend } from '../../support/backend';
import { seedReviewCampaign } from './review-seed';

let dir = '';
let backend: Backend;
let unitId = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tinhgon-writer-thread-')); // one folder for all the tests: the backend's
  backend = testBackend(dir).backend;
  unitId = seedReviewCampaign(backend.ctx.db).unitId;
});
afterAll(() => {
  stopStandbyExportWorker();
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every part of an .xlsx but the document properties (which hold the moment it was written). */
function parts(file: string): Map<string, string> {
  const buf = readFileSync(file);
  const limits = withLimits(undefined);
  const out = new Map<string, string>();
  for (const e of precheckXlsx(buf, file, limits))
    if (e.name !== 'docProps/core.xml') out.set(e.name, inflateEntry(buf, e, file, limits).toString('utf8'));
  return out;
}

function request(report: ReportId): ReportRequest {
  return {
    report,
    unitId,
    campaignId: null,
    filters: { fields: [], codes: [] },
    period: null,
    appendix: null,
  };
}

describe('export worker with its writer thread', () => {
  test.each(ReportId.options)('%s: the same workbook as written on one thread', async (report) => {
    const direct = join(dir, `${report}-direct.xlsx`);
    const viaJob = join(dir, `${report}-job.xlsx`);
    const viaStandby = join(dir, `${report}-standby.xlsx`);
    const expected = await generateReport(backend.ctx.db, request(report), direct);
    const job = { dbFile: backend.ctx.dbFile, request: request(report) };

    const fromJob = await runWorker<typeof expected>(exportWorkerFor({ ...job, file: viaJob }), 60_000);
    expect(await warmExportWorker()).toBe(true);
    const fromStandby = await runWorker<typeof expected>(
      exportWorkerFor({ ...job, file: viaStandby }),
      60_000,
    );

    expect(fromJob).toEqual(expected);
    expect(fromStandby).toEqual(expected);
    const want = parts(direct);
    expect(want.size).toBeGreaterThan(5);
    expect(parts(viaJob)).toEqual(want);
    expect(parts(viaStandby)).toEqual(want);
  });

  test('a file the writer cannot create fails the export with its reason', async () => {
    const job = {
      dbFile: backend.ctx.dbFile,
      request: request('inventory'),
      file: join(dir, 'no-such-folder', 'x.xlsx'),
    };
    const failure = await runWorker(exportWorkerFor(job), 60_000).then(
      () => null,
      (err: { code?: string; detail?: { message?: string } }) => err,
    );
    expect(failure?.code).toBe('WORKER_FAILED');
    expect(failure?.detail?.message).toMatch(/ENOENT/);
  });
});
