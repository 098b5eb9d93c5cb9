/**
 * Issue 19's "done when": three demo communes consolidate on a real PostgreSQL through the built province
 * server — one offline (plan and package carried as files), one online (pulls the plan, uploads), one that
 * sends, changes its figures and sends again (the newer version supersedes the older, which stays in history;
 * the same file sent twice is acknowledged once). The province's sums are the exact sums of what the units
 * sent, and its reports come out of the unit app's own builders.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvinceSession } from '../../../electron/backend/submission/province-client';
import { openTestDatabase, pgSkipReason, type TestDatabase } from '../../support/pg-cluster';
import {
  ADMIN,
  communeDb,
  count,
  OFFICER,
  planCampaign,
  reviewWorkedExample,
  approve,
  root,
  session,
  setUpProvince,
  startServer,
  unitAccount,
  unitPassword,
  type Commune,
  type RunningServer,
} from '../../support/province';
import { checkLayout, missingTools, printToPdf, readPdf, timesFontProblem } from '../../support/pdf-layout';
import { findRows, readWorkbook, readWorkbooks, rowValues } from '../../support/xlsx-reader';

const skip = pgSkipReason('province consolidation tests');

const A = { code: 'XA-AN-BINH', name: 'UBND xã An Bình' };
const B = { code: 'XA-BINH-MINH', name: 'UBND xã Bình Minh' };
const C = { code: 'XA-DONG-TAM', name: 'UBND xã Đồng Tâm' };
const cli = join(root, 'out/main/cli.js');

describe.skipIf(skip)('province consolidation on PostgreSQL (three communes)', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let admin: ProvinceSession;
  let planId: number;
  const dirs: string[] = [];
  const communes: Commune[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'tinhgon-province-'));
    dirs.push(d);
    return d;
  };

  beforeAll(async () => {
    execFileSync(process.execPath, [join(root, 'scripts/ensure-build.mjs')], { cwd: root, stdio: 'ignore' });
    db = await openTestDatabase('consolidation');
    server = await startServer(db.url, dir(), { TINHGON_ADMIN_PASSWORD: ADMIN.password }, [
      '--init-admin',
      ADMIN.name,
      '--province-name',
      'UBND tỉnh Minh Họa',
    ]);
    admin = session(server.url, ADMIN);
    planId = (await setUpProvince(admin, [A, B, C])).id;
  }, 240_000);

  afterAll(async () => {
    if (server && /Error|error/.test(server.output())) console.log(server.output());
    await server?.stop();
    for (const c of communes) c.backend.close();
    db?.drop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('consolidates an offline package, an online upload and a resubmission, exactly', async () => {
    const officer = session(server.url, OFFICER);
    const online = (spec: typeof A) => ({
      serverUrl: server.url,
      user: unitAccount(spec.code),
      password: unitPassword(spec.code),
    });

    // A, offline: the officer hands over the plan as a file; the commune's package comes back as a file.
    const a = await communeDb(dir(), A);
    communes.push(a);
    const planFile = await officer.rpc('province.plans.package', { planId, unitCode: A.code });
    const planBytes = await officer.get(planFile.url);
    const received = await a.call('submission.receiveFile', {
      fileName: planFile.fileName,
      dataBase64: planBytes.toString('base64'),
    });
    expect(received).toMatchObject({ created: true, items: 5 });
    await reviewWorkedExample(a, received.campaignId, 600);
    const packageFile = join(dir(), 'an-binh.tinhgon');
    const built = spawnSync(
      process.execPath,
      [
        cli,
        'package',
        '--db',
        a.backend.ctx.dbFile,
        '--campaign',
        String(received.campaignId),
        '--out',
        packageFile,
        '--json',
      ],
      { encoding: 'utf8' },
    );
    expect(built.stderr).toBe('');
    expect(JSON.parse(built.stdout)).toMatchObject({ unitCode: A.code, items: 5, procedures: 54 });
    const ackA = await officer.rpc('province.submissions.upload', {
      fileName: 'an-binh.tinhgon',
      dataBase64: readFileSync(packageFile).toString('base64'),
    });
    expect(ackA).toMatchObject({ outcome: 'stored', version: 1, current: true, unitCode: A.code });

    // B, online: pulls its plan and uploads from the app.
    const b = await communeDb(dir(), B);
    communes.push(b);
    const pulled = await b.call('submission.receiveFromServer', online(B));
    expect(pulled).toHaveLength(1);
    await reviewWorkedExample(b, await planCampaign(b), 900);
    const ackB = await b.call('submission.send', { campaignId: await planCampaign(b), ...online(B) });
    expect(ackB).toMatchObject({ outcome: 'stored', version: 1, current: true });

    // C: sends a draft (300 dossiers), then the approved figures (450), then the same file again.
    const c = await communeDb(dir(), C);
    communes.push(c);
    await c.call('submission.receiveFromServer', online(C));
    const campaignC = await planCampaign(c);
    const itemC = await reviewWorkedExample(c, campaignC, 300, { approve: false });
    expect(await c.call('submission.send', { campaignId: campaignC, ...online(C) })).toMatchObject({
      version: 1,
    });
    await c.call('campaigns.updateItem', { itemId: itemC, population: 450 });
    await approve(c, itemC);
    const fileC = join(dir(), 'dong-tam.tinhgon');
    spawnSync(process.execPath, [
      cli,
      'package',
      '--db',
      c.backend.ctx.dbFile,
      '--campaign',
      String(campaignC),
      '--out',
      fileC,
    ]);
    const submit = () =>
      spawnSync(
        process.execPath,
        [cli, 'submit', fileC, '--server', server.url, '--user', unitAccount(C.code), '--json'],
        {
          encoding: 'utf8',
          env: { ...process.env, TINHGON_PASSWORD: unitPassword(C.code) },
        },
      );
    const first = submit();
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ outcome: 'stored', version: 2, current: true });
    expect(JSON.parse(submit().stdout)).toMatchObject({ outcome: 'duplicate', version: 2 });
    // Re-packing the same results makes a new file but not a new version.
    const again = await c.call('submission.send', { campaignId: campaignC, ...online(C) });
    expect(again).toMatchObject({ outcome: 'unchanged', version: 2 });

    // What the province holds: 4 packages (A1, B1, C1, C2), 3 current, nothing twice.
    expect(count(db, 'submissions')).toBe(4);
    expect(count(db, 'submissions', 'is_current')).toBe(3);
    expect(count(db, 'submission_items')).toBe(20);
    expect(count(db, 'submission_procedures')).toBe(4 * 54);

    const status = await officer.rpc('province.status', { planId });
    expect(status.map((s) => [s.unitCode, s.status, s.version, s.versions])).toEqual([
      [A.code, 'RECEIVED', 1, 1],
      [B.code, 'RECEIVED', 1, 1],
      [C.code, 'RECEIVED', 2, 2],
    ]);
    const history = await officer.rpc('province.history', { planId, unitCode: C.code });
    expect(history.map((h) => [h.version, h.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(history[1]!.supersededBy).toBe(history[0]!.id);

    // Σ over the current versions. The worked example (1.001612), proposed by all three with 600, 900 and 450
    // dossiers a year (405,476.5 → 128,124.75 đ each), is the only item with a proposal: it makes the saving.
    // The other twelve items have their derived cost before, equal after. Each unit's Σ is the unit's own.
    const summary = await officer.rpc('province.summary', { planId });
    const unitTotals = await Promise.all(
      [a, b, c].map(
        async (x) => (await x.call('campaigns.get', { campaignId: await planCampaign(x) })).counters,
      ),
    );
    expect(summary.byUnit.map((u) => [u.key, u.totals.before.exact, u.totals.after.exact])).toEqual(
      [A, B, C].map((spec, i) => [
        spec.code,
        unitTotals[i]!.costBefore.exact,
        unitTotals[i]!.costAfter.exact,
      ]),
    );
    expect(summary.byUnit.map((u) => u.totals.saving.exact)).toEqual([
      '166411050',
      '249616575',
      '124808287.5',
    ]);
    const sumBefore = unitTotals.reduce((t, u) => t + Number(u.costBefore.exact), 0);
    expect(summary.total).toMatchObject({
      items: 15,
      approved: 3,
      withCost: 15,
      before: { exact: String(sumBefore) },
      saving: { dong: 540_835_913, exact: '540835912.5' },
    });
    // Σ savings / Σ before, never a mean of the units' percentages.
    expect(Number(summary.total.reductionPct)).toBeCloseTo((540_835_912.5 / sumBefore) * 100, 2);
    const meanOfPct = summary.byUnit.reduce((t, u) => t + Number(u.totals.reductionPct), 0) / 3;
    expect(Math.abs(Number(summary.total.reductionPct) - meanOfPct)).toBeGreaterThan(0.01);
    const hkd = summary.byField.find((f) => f.key === 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)')!;
    expect(hkd.totals).toMatchObject({
      before: { exact: '790679175' },
      saving: { exact: '540835912.5' },
      reductionPct: '68.40',
    });

    // Đề xuất trùng: the procedures with their unit counts and sums (C's current version only), then one
    // procedure's units side by side on demand.
    const overlaps = await officer.rpc('province.overlaps', { planId });
    expect(overlaps.total).toBe(1);
    expect(overlaps.rows).toEqual([
      expect.objectContaining({
        code: '1.001612',
        units: 3,
        withCost: 3,
        before: 790_679_175,
        reductionPct: '68.40',
      }),
    ]);
    const k = overlaps.rows[0]!.kinds;
    expect(k.ABOLISH + k.REPLACE + k.AMEND).toBe(3);
    expect(await officer.rpc('province.overlaps', { planId, offset: 1, limit: 1 })).toEqual({
      total: 1,
      rows: [],
    });
    const sideBySide = await officer.rpc('province.overlaps.units', { planId, code: '1.001612' });
    expect(sideBySide.units.map((u) => [u.unitName, u.before, u.reductionPct])).toEqual([
      [A.name, 243_285_900, '68.40'],
      [B.name, 364_928_850, '68.40'],
      [C.name, 182_464_425, '68.40'],
    ]);
    expect(sideBySide.units[0]!.proposals[0]).toMatch(/^Thay bằng khai thác dữ liệu thành phần hồ sơ/);
    await expect(officer.rpc('province.overlaps.units', { planId, code: '9.999999' })).rejects.toMatchObject({
      params: {
        code: 'PROVINCE_OVERLAP_NOT_FOUND',
        message: 'Không đơn vị nào trong kế hoạch này đề xuất đơn giản hóa thủ tục mã "9.999999".',
      },
    });

    // The CLI's summary says the same, per unit.
    const cliSummary = spawnSync(
      process.execPath,
      [
        cli,
        'province',
        'summary',
        '--server',
        server.url,
        '--campaign',
        String(planId),
        '--user',
        OFFICER.name,
        '--json',
      ],
      { encoding: 'utf8', env: { ...process.env, TINHGON_PASSWORD: OFFICER.password } },
    );
    expect(cliSummary.status, cliSummary.stderr).toBe(0);
    expect(JSON.parse(cliSummary.stdout).units).toEqual(
      summary.byUnit.map((u, i) => ({
        unitCode: u.key,
        unitName: [A, B, C][i]!.name,
        status: 'RECEIVED',
        version: i === 2 ? 2 : 1,
        before: u.totals.before.dong,
        after: u.totals.after.dong,
        saving: u.totals.saving.dong,
        reductionPct: u.totals.reductionPct,
      })),
    );
  });

  it("writes the province's plan and Biểu II.07b through the unit app's report builders", async () => {
    const officer = session(server.url, OFFICER);
    const files: Record<string, string> = {};
    for (const report of ['plan', 'statistics', 'review-results'] as const) {
      const r = await officer.rpc('province.reports.export', { planId, report });
      files[report] = join(dir(), r.fileName);
      writeFileSync(files[report], await officer.get(r.url));
    }
    const plan = readWorkbook(files['plan']!);
    const blocks = plan.sheets.find((s) => s.name === 'Phương án')!;
    const text = Object.values(blocks.cells)
      .map((c) => String(c.cv ?? ''))
      .join('\n');
    // One block for the procedure all three proposed, naming them.
    expect(text).toContain('1. Đăng ký thành lập hộ kinh doanh (mã: 1.001612)');
    expect(text).toContain('Đơn vị đề xuất: UBND xã An Bình; UBND xã Bình Minh; UBND xã Đồng Tâm');
    expect(text).toContain('Chi phí tuân thủ TTHC trước khi đơn giản hóa: 790.679.175 đồng/năm.');
    const summary = plan.sheets.find((s) => s.name === 'Tổng hợp')!;
    const total = findRows(summary, (v) => v === 'TỔNG CỘNG')[0]!;
    expect(rowValues(summary, total).slice(7)).toEqual([790679175, 249843262.5, 540835912.5, 68.4]);

    const stats = readWorkbook(files['statistics']!);
    const ii07b = stats.sheets.find((s) => s.name === 'Biểu II.07b')!;
    const rows = [...Array(ii07b.maxRow).keys()]
      .map((i) => i + 1)
      .filter((r) => typeof ii07b.cells[`A${r}`]?.cv === 'number');
    const byUnit = Object.fromEntries(
      rows.map((r) => [rowValues(ii07b, r)[1], rowValues(ii07b, r).slice(2, 6)]),
    );
    expect(byUnit).toMatchObject({
      [A.name]: [54, 0, 0, 54],
      [B.name]: [54, 0, 0, 54],
      [C.name]: [54, 0, 0, 54],
    });
    const totalRow = findRows(ii07b, (v) => v === 'Tổng cộng')[0]!;
    const provinceRow = rowValues(ii07b, rows[0]!);
    expect(provinceRow[1]).toBe('UBND tỉnh Minh Họa');
    expect(rowValues(ii07b, totalRow)[2]).toBe(3 * 54 + Number(provinceRow[2]));

    // Printed as the unit's reports are checked (tests/integration/reports/layout.test.ts): LibreOffice → PDF →
    // word boxes; no overlap, nothing outside the page, every cell whole in its row, the pages the writer planned.
    if (!missingTools() && !timesFontProblem()) {
      const list = Object.values(files);
      const books = readWorkbooks(list);
      const pdfs = printToPdf(list, join(dir(), 'pdf'));
      for (const [i, file] of list.entries()) {
        const r = checkLayout(file, books[file]!, readPdf(pdfs[i]!));
        expect([file, r.overlaps, r.outside, r.missing, r.doubled]).toEqual([file, [], [], [], []]);
        expect(r.pages).toBe(r.plannedPages);
      }
    } else console.log(`province report layout not checked: ${missingTools() ?? timesFontProblem()}`);

    // Every file that left the server is in the audit log: who, what, from where.
    const handedOut = db.psql(
      `SELECT actor || ' ' || action || ' ' || coalesce(detail->>'report', entity_key, detail->>'unitCode')
       FROM audit_log WHERE action IN ('report.export', 'plan.package', 'plan.pull') ORDER BY id`,
    );
    expect(handedOut).toEqual([
      `${OFFICER.name} plan.package ${A.code}`,
      `${unitAccount(B.code)} plan.pull ${B.code}/${(await admin.rpc('province.plans.list', {}))[0]!.key}`,
      `${unitAccount(C.code)} plan.pull ${C.code}/${(await admin.rpc('province.plans.list', {}))[0]!.key}`,
      `${OFFICER.name} report.export plan`,
      `${OFFICER.name} report.export statistics`,
      `${OFFICER.name} report.export review-results`,
    ]);
  });
});
