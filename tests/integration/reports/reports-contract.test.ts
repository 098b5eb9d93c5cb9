/**
 * The reports contract end to end through the dispatcher: list, preview, export in the worker thread with
 * progress polling and delivery to the host, cancel, the grid export (xlsx and csv) and the dashboard.
 * Export times are printed (measured, not asserted).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { HostServices, RunMode } from '../../../electron/backend/context';
import {
  hasStandbyExportWorker,
  warmExportWorker,
} from '../../../electron/backend/reports/export-worker-pool';
import type { ExportProgress } from '../../../electron/shared/contract/reports';
import { ReportId } from '../../../electron/shared/contract/reports';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';
import { readWorkbook } from '../../support/xlsx-reader';
import { seedReviewCampaign } from './review-seed';

const temp = useTempDir('tinhgon-reports-contract-');

function setup(mode: RunMode = 'test') {
  const dir = temp();
  const delivered: { file: string; name: string }[] = [];
  const host: HostServices = {
    deliverFile: (file, name) => {
      delivered.push({ file, name });
      return Promise.resolve({ kind: 'download', url: `/download/${encodeURIComponent(name)}` });
    },
  };
  const t = testBackend(dir, { host, mode });
  const seeded = seedReviewCampaign(t.backend.ctx.db);
  return { ...t, dir, delivered, seeded };
}

async function waitFor(call: ReturnType<typeof setup>['call'], jobId: string): Promise<ExportProgress> {
  for (let i = 0; i < 600; i++) {
    const p = await call('reports.progress', { jobId });
    if (p.state !== 'running') return p;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('export did not finish');
}

describe('reports contract', () => {
  test('reports.list describes the seven reports', async () => {
    const { call, backend } = setup();
    const list = await call('reports.list', {});
    expect(list.map((r) => r.id)).toEqual(ReportId.options);
    for (const r of list) expect(r.description.length).toBeGreaterThan(20);
    expect(list.find((r) => r.id === 'plan')!.needsCampaign).toBe(true);
    backend.close();
  });

  test('the signature block is stored per unit (audited), defaulting to Người lập biểu / Thủ trưởng đơn vị', async () => {
    const { call, backend, seeded } = setup();
    expect(await call('reports.signature', { unitId: seeded.unitId })).toEqual({
      preparerTitle: 'NGƯỜI LẬP BIỂU',
      preparerName: '',
      signerLines: ['THỦ TRƯỞNG ĐƠN VỊ'],
      signerName: '',
    });
    const saved = await call('reports.setSignature', {
      unitId: seeded.unitId,
      signature: {
        preparerTitle: 'NGƯỜI LẬP BIỂU',
        preparerName: ' Trần Văn A ',
        signerLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', ''],
        signerName: 'Nguyễn Văn B',
      },
    });
    expect(saved.signerLines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(saved.preparerName).toBe('Trần Văn A');
    expect(await call('reports.signature', { unitId: seeded.unitId })).toEqual(saved);
    const audit = backend.ctx.db
      .prepare("SELECT field, new_value AS v FROM audit_log WHERE field = 'reportSignature'")
      .get() as { field: string; v: string };
    expect(JSON.parse(audit.v)).toEqual(saved);
    await expect(call('reports.signature', { unitId: 9999 })).rejects.toMatchObject({
      code: 'REPORT_UNIT_NOT_FOUND',
    });
    backend.close();
  });

  test('documents.savePdf needs a host that prints (the desktop app); elsewhere a clear message', async () => {
    const { call, backend } = setup();
    await expect(call('documents.savePdf', { name: '1.001612 - Đăng ký' })).rejects.toMatchObject({
      code: 'REPORT_PDF_UNSUPPORTED',
      message: expect.stringContaining('Lưu thành PDF') as unknown,
    });
    backend.close();
    const dir = temp();
    const saved: string[] = [];
    const printing: HostServices = {
      deliverFile: (file, name) => {
        saved.push(readFileSync(file, 'latin1').slice(0, 5), name);
        return Promise.resolve({ kind: 'saved', name });
      },
      printPageToPdf: () => Promise.resolve(new Uint8Array(Buffer.from('%PDF-1.7 page'))),
    };
    const t = testBackend(dir, { host: printing });
    expect(await t.call('documents.savePdf', { name: '1.001612 - Đăng ký: hộ/kinh doanh' })).toEqual({
      kind: 'saved',
      name: '1.001612 - Đăng ký hộ kinh doanh.pdf',
    });
    expect(saved[0]).toBe('%PDF-');
    t.backend.close();
  });

  test('reports.preview shows the first rows and a safe Vietnamese file name', async () => {
    const { call, backend, seeded } = setup();
    const p = await call('reports.preview', { report: 'inventory', unitId: seeded.unitId, limit: 5 });
    expect(p.columns[1]).toBe('Mã TTHC');
    expect(p.rows).toHaveLength(5);
    expect(p.rows[0]![0]).toMatch(/^I\. Lĩnh vực /);
    expect(p.totalRows).toBe(54);
    expect(p.suggestedName).toMatch(
      /^Danh mục TTHC - UBND xã Minh họa \(dữ liệu mẫu\) - \d{2}-\d{2}-\d{4}\.xlsx$/,
    );
    const plan = await call('reports.preview', {
      report: 'plan',
      unitId: seeded.unitId,
      campaignId: seeded.campaignId,
    });
    expect(plan.sheets).toEqual(['Phương án', 'Tổng hợp']);
    // A big report (Phần II of 54 procedures = 594 rows) is not built in full just to preview it.
    const details = await call('reports.preview', { report: 'details', unitId: seeded.unitId, limit: 10 });
    expect(details.rows).toHaveLength(10);
    expect(details.totalRows).toBeNull();
    backend.close();
  });

  test('a review report without any campaign is refused with a Vietnamese message', async () => {
    const { call, backend, seeded } = setup();
    backend.ctx.db.prepare('DELETE FROM campaigns').run();
    await expect(call('reports.preview', { report: 'cost', unitId: seeded.unitId })).rejects.toThrow(
      /chưa có đợt rà soát/,
    );
    await expect(
      call('reports.export', { report: 'plan', unitId: seeded.unitId, campaignId: 999 }),
    ).rejects.toThrow(/Không tìm thấy đợt rà soát số 999/);
    backend.close();
  });

  test('reports.export runs in the worker, reports progress and delivers the file', async () => {
    const { call, backend, seeded, delivered, dir } = setup();
    const times: string[] = [];
    for (const report of ReportId.options) {
      const started = performance.now();
      const { jobId, fileName } = await call('reports.export', { report, unitId: seeded.unitId });
      const done = await waitFor(call, jobId);
      times.push(`${report}: ${Math.round(performance.now() - started)} ms`);
      expect(done.state, done.error ?? '').toBe('done');
      expect(done.delivery).toEqual({ kind: 'download', url: `/download/${encodeURIComponent(fileName)}` });
      expect(done.sheets.length).toBeGreaterThan(0);
      const file = join(dir, 'exports', fileName);
      expect(delivered.at(-1)).toEqual({ file, name: fileName });
      expect(readWorkbook(file).sheets.map((s) => s.name)).toEqual(done.sheets);
    }
    console.log(`export times (worker, demo data): ${times.join(', ')}`);
    // No temporary file is left behind in the exports folder.
    expect(readdirSync(join(dir, 'exports')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    backend.close();
  }, 120_000);

  test('the Reports screen loads an export worker ahead; the export uses it and the next one is loaded', async () => {
    const { call, backend, seeded, dir } = setup('browser');
    expect(hasStandbyExportWorker()).toBe(false);
    await call('reports.list', {}); // what the Reports screen asks first
    expect(hasStandbyExportWorker()).toBe(true);
    expect(await warmExportWorker()).toBe(true); // the same worker, loaded and waiting
    const { jobId, fileName } = await call('reports.export', { report: 'inventory', unitId: seeded.unitId });
    expect(hasStandbyExportWorker()).toBe(false); // taken by the job
    const done = await waitFor(call, jobId);
    expect(done.state, done.error ?? '').toBe('done');
    expect(readWorkbook(join(dir, 'exports', fileName)).sheets.map((s) => s.name)).toEqual(['Danh mục TTHC']);
    expect(hasStandbyExportWorker()).toBe(true); // ready for the next export
    backend.close();
    expect(hasStandbyExportWorker()).toBe(false);
  }, 60_000);

  test('the CLI and tests load no worker ahead; an export spawns its own', async () => {
    const { call, backend, seeded } = setup('test');
    await call('reports.list', {});
    expect(hasStandbyExportWorker()).toBe(false);
    const { jobId } = await call('reports.export', { report: 'inventory', unitId: seeded.unitId });
    expect((await waitFor(call, jobId)).state).toBe('done');
    expect(hasStandbyExportWorker()).toBe(false);
    backend.close();
  }, 60_000);

  test('reports.cancel stops the export and leaves no file', async () => {
    const { call, backend, seeded, dir, delivered } = setup();
    const { jobId, fileName } = await call('reports.export', { report: 'details', unitId: seeded.unitId });
    await call('reports.cancel', { jobId });
    const p = await call('reports.progress', { jobId });
    expect(p.state).toBe('cancelled');
    await new Promise((r) => setTimeout(r, 300));
    expect(existsSync(join(dir, 'exports', fileName))).toBe(false);
    expect(readdirSync(join(dir, 'exports')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(delivered).toEqual([]);
    await expect(call('reports.progress', { jobId: 'nope' })).rejects.toThrow(/Không tìm thấy lượt xuất/);
    backend.close();
  });

  test('exports.grid writes the grid view as xlsx and as neutralised CSV with a BOM', async () => {
    const { call, backend, seeded, dir } = setup();
    backend.ctx.db.prepare("UPDATE procedures SET name = '=HYPERLINK(\"x\")' WHERE code = '1.001612'").run();
    const columns = [
      { key: 'code' as const, header: 'Mã TTHC' },
      { key: 'name' as const, header: 'Tên thủ tục' },
      { key: 'dossiersPerYear' as const, header: 'Số hồ sơ/năm' },
    ];
    const csv = await call('exports.grid', { unitId: seeded.unitId, format: 'csv', search: '', columns });
    expect(csv.rows).toBe(54);
    expect(csv.fileName).toMatch(/\.csv$/);
    const bytes = readFileSync(join(dir, 'exports', csv.fileName));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Mã TTHC,Tên thủ tục,Số hồ sơ/năm');
    expect(lines).toContain(`1.001612,"'=HYPERLINK(""x"")",600`);

    const xlsx = await call('exports.grid', {
      unitId: seeded.unitId,
      format: 'xlsx',
      search: 'hộ kinh doanh',
      columns,
    });
    expect(xlsx.rows).toBeGreaterThan(0);
    const wb = readWorkbook(join(dir, 'exports', xlsx.fileName));
    const s = wb.sheets[0]!;
    expect(s.cells.A1!.v).toBe('Mã TTHC');
    const injected = Object.values(s.cells).find((c) => c.v === '=HYPERLINK("x")');
    expect(injected?.t).toBe('s');
    expect(basename(xlsx.fileName)).toBe(xlsx.fileName);
    backend.close();
  });

  test('dashboard.summary: counts, review progress, proposals and savings', async () => {
    const { call, backend, seeded } = setup();
    const d = await call('dashboard.summary', { unitId: seeded.unitId });
    expect(d.totalProcedures).toBe(54);
    expect(d.byField.reduce((a, r) => a + r.count, 0)).toBe(54);
    expect(d.byField[0]).toMatchObject({ label: 'Hộ tịch', count: 13 });
    expect(Object.fromEntries(d.byOnlineLevel.map((r) => [r.key, r.count]))).toEqual({
      FULL: 23,
      PARTIAL: 23,
      NONE: 8,
    });
    expect(d.campaign).toMatchObject({ total: 3, reviewed: 2, title: 'Rà soát TTHC năm 2026' });
    expect(d.proposalsByType.find((p) => p.key === 'REMOVE')!.count).toBe(1);
    expect(d.proposalsByType.find((p) => p.key === 'REPLACE_BY_DATA')!.count).toBe(1);
    // The worked example plus the abolished procedure (its cost follows from its record and is saved whole);
    // the not-started item costs the same before and after.
    expect(d.cost).toMatchObject({
      after: 76_874_850 + 20_366_845,
      saving: 166_411_050 + 28_411_290,
      procedures: 3,
    });
    backend.close();
  });
});
