/**
 * The unit's side of issue 19 without a server: receiving a province plan as a file, building the submission
 * package from the same review model as the reports, and the package checks (hash, manifest, format, kind).
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../electron/backend/api-failure';
import { buildSubmission } from '../../../electron/backend/submission/build-package';
import {
  decodePlan,
  decodeSubmission,
  encodePackage,
  sha256,
} from '../../../electron/backend/submission/package-file';
import { WORKED_EXAMPLE_PROCEDURE_CODE } from '../../../electron/shared/cost/worked-example';
import {
  PACKAGE_FORMAT_VERSION,
  PLAN_MAGIC,
  type PlanContent,
  type PlanManifest,
} from '../../../electron/shared/submission/package-format';
import { DEMO_CAMPAIGN_TITLE } from '../../../db/seed/demo-review';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir();

/** A province plan for the demo commune, with one procedure the demo inventory lacks (from the catalog). */
function planPackage(o: { version?: number; unitCode?: string } = {}) {
  const catalogOnly = {
    code: '1.999999',
    name: 'Thủ tục chỉ có trong danh mục của tỉnh',
    field: 'Hộ tịch',
    fieldCode: '',
    kind: '',
    levels: ['Cấp xã'],
    subjects: '',
    executingAgencies: '',
    authorityAgencies: '',
    coordinatingAgencies: '',
    authorizedAgencies: '',
    receivingAddress: '',
    issuingAgency: '',
    conditions: '',
    decisionNo: '',
    decisionDate: '',
    status: 'ACTIVE' as const,
    legacyCode: '',
    source: '',
    channels: [],
    steps: [],
    componentGroups: [],
    legalBases: [],
    results: [],
    unitFields: {
      onlineLevel: 'FULL' as const,
      legacyLevel: null,
      oneStop: true,
      hasInternalProcess: true,
      dossiersPerYear: 120,
      note: '',
    },
  };
  const content: PlanContent = {
    plan: {
      key: 'KH-2026-test',
      version: o.version ?? 1,
      year: 2026,
      title: 'Kế hoạch rà soát của tỉnh 2026',
      deadline: '2026-11-30',
      provinceName: 'UBND tỉnh Minh Họa',
    },
    unitCode: o.unitCode ?? 'DEMO-XA',
    items: [
      { code: WORKED_EXAMPLE_PROCEDURE_CODE, deadline: '2026-09-30' },
      { code: '1.999999', deadline: '2026-10-31' },
    ],
    catalog: [catalogOnly],
  };
  return encodePackage<PlanManifest>(
    PLAN_MAGIC,
    {
      formatVersion: PACKAGE_FORMAT_VERSION,
      planKey: content.plan.key,
      planVersion: content.plan.version,
      unitCode: content.unitCode,
      title: content.plan.title,
      createdAt: '2026-05-01T00:00:00.000Z',
      appVersion: '0.1.0',
    },
    content,
  ).bytes;
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof ApiFailure) return err.code;
    throw err;
  }
  return 'no error';
}

/** Rewrites a package's lines (as a hand edit would) and compresses it again. */
function edit(bytes: Buffer, change: (lines: string[]) => void): Buffer {
  const lines = gunzipSync(bytes).toString('utf8').split('\n');
  change(lines);
  return gzipSync(Buffer.from(lines.join('\n'), 'utf8'));
}

describe('province plan → unit campaign', () => {
  it('becomes a campaign with its deadlines; a procedure the unit lacks comes from the catalog', async () => {
    const { backend, call } = testBackend(tmp());
    const [unit] = await call('units.list', {});
    const r = await call('submission.receiveFile', {
      fileName: 'ke-hoach.tinhgon',
      dataBase64: planPackage().toString('base64'),
    });
    expect(r).toMatchObject({
      created: true,
      items: 2,
      addedProcedures: 1,
      title: 'Kế hoạch rà soát của tỉnh 2026',
    });
    const detail = await call('campaigns.get', { campaignId: r.campaignId });
    expect(detail.items.map((i) => [i.code, i.deadline])).toEqual([
      ['1.001612', '2026-09-30'],
      ['1.999999', '2026-10-31'],
    ]);
    const units = await call('units.list', {});
    expect(units.find((u) => u.id === unit!.id)!.procedureCount).toBe(unit!.procedureCount + 1);
    // Received again (same version): the same campaign, nothing added twice.
    const again = await call('submission.receiveFile', {
      fileName: 'ke-hoach.tinhgon',
      dataBase64: planPackage().toString('base64'),
    });
    expect(again).toMatchObject({ created: false, campaignId: r.campaignId, addedProcedures: 0 });
    backend.close();
  });

  it('refuses an older version, another unit’s plan and a submission package, changing nothing', async () => {
    const { backend, call } = testBackend(tmp());
    await call('submission.receiveFile', {
      fileName: 'v2',
      dataBase64: planPackage({ version: 2 }).toString('base64'),
    });
    const before = (await call('campaigns.list', { unitId: 1 })).length;
    await expect(
      call('submission.receiveFile', {
        fileName: 'v1',
        dataBase64: planPackage({ version: 1 }).toString('base64'),
      }),
    ).rejects.toMatchObject({ code: 'SUBMISSION_OLDER_PLAN' });
    await expect(
      call('submission.receiveFile', {
        fileName: 'x',
        dataBase64: planPackage({ unitCode: 'XA-KHAC' }).toString('base64'),
      }),
    ).rejects.toThrow(/dành cho đơn vị "XA-KHAC"/);
    expect((await call('campaigns.list', { unitId: 1 })).length).toBe(before);
    backend.close();
  });
});

describe('submission package', () => {
  async function linkedDemo() {
    const t = testBackend(tmp());
    const r = await t.call('submission.receiveFile', {
      fileName: 'p',
      dataBase64: planPackage().toString('base64'),
    });
    return { ...t, campaignId: r.campaignId };
  }

  it('refuses a campaign the province did not issue (the demo plan) with a message', async () => {
    const { backend, call } = testBackend(tmp());
    const [demo] = await call('campaigns.list', { unitId: 1 });
    expect(demo!.title).toBe(DEMO_CAMPAIGN_TITLE);
    expect(codeOf(() => buildSubmission(backend.ctx.db, demo!.id))).toBe('SUBMISSION_NOT_LINKED');
    expect(codeOf(() => buildSubmission(backend.ctx.db, 999))).toBe('SUBMISSION_CAMPAIGN_NOT_FOUND');
    backend.close();
  });

  it('round-trips: manifest, inventory and items as the reports model them, hash over the content', async () => {
    const { backend, campaignId } = await linkedDemo();
    const built = buildSubmission(backend.ctx.db, campaignId, new Date('2026-06-01T08:00:00Z'));
    expect(built.fileName).toBe('Kết quả rà soát - UBND xã Minh họa (dữ liệu mẫu) - 01-06-2026.tinhgon');
    const d = decodeSubmission(built.bytes);
    expect(d.manifest).toMatchObject({
      formatVersion: 1,
      unitCode: 'DEMO-XA',
      planKey: 'KH-2026-test',
      createdAt: '2026-06-01T08:00:00.000Z',
      procedures: 55,
      items: 2,
    });
    expect(d.contentHash).toBe(d.manifest.contentHash);
    expect(d.content.items.map((i) => i.code)).toEqual(['1.001612', '1.999999']);
    expect(d.content.inventory.find((p) => p.code === '1.999999')).toMatchObject({
      onlineLevel: 'FULL',
      hasInternalProcess: true,
      dossiersPerYear: 120,
    });
    // Built again later with the same data: another file, the same data hash (the province keeps one version).
    const later = decodeSubmission(
      buildSubmission(backend.ctx.db, campaignId, new Date('2026-06-02T08:00:00Z')).bytes,
    );
    expect(later.contentHash).not.toBe(d.contentHash);
    expect(later.dataHash).toBe(d.dataHash);
    // The data hash is taken over the bytes; it is still the SHA-256 of the content text without when and by
    // which build (the definition the province's stored hashes were made with), Vietnamese text included.
    const body = gunzipSync(built.bytes).toString('utf8').split('\n')[2]!;
    expect(body).toMatch(/[ạ-ỹ]/);
    const dateless = body.replace(/"(?:createdAt|computedAt|appVersion)":"[^"]*"|"schemaVersion":\d+/g, '');
    expect(d.dataHash).toBe('sha256:' + createHash('sha256').update(dateless).digest('hex'));
    backend.close();
  });

  it('carries what the approval froze and the internal process after the marks, whatever changes later', async () => {
    const { backend, call, campaignId } = await linkedDemo();
    const detail = await call('campaigns.get', { campaignId });
    const item = detail.items.find((i) => i.code === WORKED_EXAMPLE_PROCEDURE_CODE)!;
    const [unit] = await call('units.list', {});
    const process = (await call('process.get', { unitId: unit!.id, procedureId: item.procedureId }))
      .processes[0]!;
    const last = process.steps.at(-1)!;
    await call('campaigns.updateItem', { itemId: item.id, population: 600 });
    await call('review.setMark', {
      itemId: item.id,
      targetKind: 'INTERNAL_STEP',
      targetId: last.id,
      action: 'SIMPLIFY',
      proposedValue: '1 giờ',
      reason: 'Ký số trên hệ thống một cửa điện tử',
      legalArticle: 'Điều 14',
      legalDocument: 'Nghị định số 61/2018/NĐ-CP',
      legalAuthority: 'Chính phủ',
    });
    await call('review.transition', { itemId: item.id, action: 'submit' });
    const manager = (await call('profiles.list', {})).profiles.find((p) => p.role === 'manager')!;
    await call('profiles.switch', { profileId: manager.id, pin: '1234' });
    await call('review.transition', { itemId: item.id, action: 'approve', pin: '1234' });
    const approved = await call('review.get', { itemId: item.id });
    // A later hourly income: the unit's own screens keep the frozen figures, and so does the package.
    await call('cost.setParams', { validFrom: '2026-01-01', monthlyIncome: 6_000_000 });
    const d = decodeSubmission(buildSubmission(backend.ctx.db, campaignId).bytes);
    const packed = d.content.items.find((i) => i.code === WORKED_EXAMPLE_PROCEDURE_CODE)!;
    expect(packed.frozen).toMatchObject({
      frozenAt: approved.frozen!.frozenAt,
      frozenBy: approved.frozen!.frozenBy,
      hourlyIncome: 28409,
    });
    expect(packed.figures).toMatchObject({ source: 'approval', computedAt: approved.frozen!.frozenAt });
    expect(packed.figures!.cost.before.perYear).toEqual(approved.cost!.before.perYear);
    expect(packed.figures!.cost.after.perYear).toEqual(approved.cost!.after.perYear);
    expect(packed.processes).toEqual(approved.processes);
    const step = packed.processes[0]!.steps.find((s) => s.id === last.id)!;
    expect(step).toMatchObject({ fate: 'SHORTENED', timeAfter: { unit: 'HOUR', milli: 1000 } });
    // An item not approved carries figures computed at packaging and no frozen block.
    const other = d.content.items.find((i) => i.code === '1.999999')!;
    expect([other.frozen, other.figures?.source ?? 'packaging']).toEqual([null, 'packaging']);
    backend.close();
  });

  it('refuses a wrong hash, a hand-edited manifest, a newer format, another kind and garbage', async () => {
    const { backend, campaignId } = await linkedDemo();
    const bytes = buildSubmission(backend.ctx.db, campaignId).bytes;
    backend.close();
    const tamperedContent = edit(bytes, (l) => (l[2] = l[2]!.replace('"DEMO-XA"', '"XA-KHAC"')));
    expect(codeOf(() => decodeSubmission(tamperedContent))).toBe('PACKAGE_HASH_MISMATCH');
    const otherUnit = edit(
      bytes,
      (l) => (l[1] = l[1]!.replace('"unitCode":"DEMO-XA"', '"unitCode":"XA-KHAC"')),
    );
    expect(codeOf(() => decodeSubmission(otherUnit))).toBe('PACKAGE_MANIFEST_TAMPERED');
    // Content and its hash both rewritten for another unit: the identity inside no longer matches the manifest.
    const rehashed = edit(bytes, (l) => {
      const m = JSON.parse(l[1]!) as { contentHash: string };
      l[2] = l[2]!.replace('"unitCode":"DEMO-XA"', '"unitCode":"XA-KHAC"');
      m.contentHash = sha256(l[2]);
      l[1] = JSON.stringify(m);
    });
    expect(codeOf(() => decodeSubmission(rehashed))).toBe('PACKAGE_MANIFEST_TAMPERED');
    const newer = edit(bytes, (l) => (l[1] = l[1]!.replace('"formatVersion":1', '"formatVersion":7')));
    expect(codeOf(() => decodeSubmission(newer))).toBe('PACKAGE_NEWER_FORMAT');
    expect(codeOf(() => decodeSubmission(planPackage()))).toBe('PACKAGE_WRONG_KIND');
    expect(codeOf(() => decodePlan(bytes))).toBe('PACKAGE_WRONG_KIND');
    expect(codeOf(() => decodeSubmission(Buffer.from('not a package')))).toBe('PACKAGE_NOT_A_PACKAGE');
    expect(codeOf(() => decodeSubmission(gzipSync('TINHGON-SUBMISSION\n{bad json\n{}')))).toBe(
      'PACKAGE_BAD_MANIFEST',
    );
  });
});
