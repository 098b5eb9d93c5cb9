/**
 * What the province server refuses (issue 19, "faults and bad input"): every bad package and every request
 * without the right account is refused with a message naming the problem, and nothing is stored.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie } from '../../../electron/server/auth';
import type { ProvinceSession } from '../../../electron/backend/submission/province-client';
import { buildSubmission } from '../../../electron/backend/submission/build-package';
import { sha256 } from '../../../electron/backend/submission/package-file';
import { openTestDatabase, pgSkipReason, type TestDatabase } from '../../support/pg-cluster';
import {
  ADMIN,
  communeDb,
  count,
  OFFICER,
  root,
  session,
  setUpProvince,
  startServer,
  unitAccount,
  unitPassword,
  type Commune,
  type RunningServer,
} from '../../support/province';

const skip = pgSkipReason('province refusals tests');

const A = { code: 'XA-AN-BINH', name: 'UBND xã An Bình' };
const B = { code: 'XA-BINH-MINH', name: 'UBND xã Bình Minh' };

function edit(bytes: Buffer, change: (lines: string[]) => void): Buffer {
  const lines = gunzipSync(bytes).toString('utf8').split('\n');
  change(lines);
  return gzipSync(Buffer.from(lines.join('\n'), 'utf8'));
}

describe.skipIf(skip)('province server refusals', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let planId: number;
  let a: Commune;
  let packageA: Buffer;
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'tinhgon-refusals-'));
    dirs.push(d);
    return d;
  };
  const stored = () => count(db, 'submissions') + count(db, 'submission_items');

  /** Logs in and uploads raw bytes as the given account; the HTTP status and the error code. */
  async function upload(who: { name: string; password: string }, bytes: Buffer) {
    const login = await fetch(`${server.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(who),
    });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const res = await fetch(`${server.url}/api/submissions`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/octet-stream', 'x-tinhgon-file-name': 'goi.tinhgon' },
      body: bytes,
    });
    const body = (await res.json()) as { error?: { code: string; message: string } };
    return { status: res.status, code: body.error?.code, message: body.error?.message ?? '' };
  }
  const unitA = { name: unitAccount(A.code), password: unitPassword(A.code) };
  const unitB = { name: unitAccount(B.code), password: unitPassword(B.code) };

  beforeAll(async () => {
    execFileSync(process.execPath, [join(root, 'scripts/ensure-build.mjs')], { cwd: root, stdio: 'ignore' });
    db = await openTestDatabase('refusals');
    server = await startServer(db.url, dir(), { TINHGON_ADMIN_PASSWORD: ADMIN.password }, [
      '--init-admin',
      ADMIN.name,
    ]);
    const admin: ProvinceSession = session(server.url, ADMIN);
    planId = (await setUpProvince(admin, [A, B])).id;
    a = await communeDb(dir(), A);
    await a.call('submission.receiveFromServer', {
      serverUrl: server.url,
      ...{ user: unitA.name, password: unitA.password },
    });
    const [campaign] = (await a.call('submission.state', { unitId: a.unitId })).campaigns.filter(
      (c) => c.planKey,
    );
    packageA = buildSubmission(a.backend.ctx.db, campaign!.campaignId).bytes;
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    a?.backend.close();
    db?.drop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('refuses bad packages with a message and stores nothing', async () => {
    const cases: [string, Buffer, number, string, RegExp][] = [
      [
        'wrong hash',
        edit(packageA, (l) => (l[2] = l[2]!.replace('Đăng ký', 'Dang ky'))),
        422,
        'PACKAGE_HASH_MISMATCH',
        /mã kiểm tra/,
      ],
      [
        'manifest claiming a later date',
        edit(
          packageA,
          (l) => (l[1] = l[1]!.replace(/"createdAt":"[^"]+"/, '"createdAt":"2099-01-01T00:00:00.000Z"')),
        ),
        422,
        'PACKAGE_MANIFEST_TAMPERED',
        /bị sửa tay/,
      ],
      [
        'manifest with an unknown field',
        edit(packageA, (l) => (l[1] = l[1]!.replace('"campaignTitle":"', '"x":1,"campaignTitle":"'))),
        422,
        'PACKAGE_BAD_MANIFEST',
        /mô tả/,
      ],
      [
        'manifest claiming another unit',
        edit(packageA, (l) => (l[1] = l[1]!.replace(`"unitCode":"${A.code}"`, `"unitCode":"${B.code}"`))),
        422,
        'PACKAGE_MANIFEST_TAMPERED',
        /trường "unitCode"/,
      ],
      [
        'newer format',
        edit(packageA, (l) => (l[1] = l[1]!.replace('"formatVersion":1', '"formatVersion":2'))),
        422,
        'PACKAGE_NEWER_FORMAT',
        /phiên bản TinhGọn mới hơn/,
      ],
      [
        'not a package',
        Buffer.from('PK\u0003\u0004 an xlsx?'),
        422,
        'PACKAGE_NOT_A_PACKAGE',
        /không phải là gói/,
      ],
    ];
    for (const [what, bytes, status, code, message] of cases) {
      const r = await upload(unitA, bytes);
      expect([what, r.status, r.code], r.message).toEqual([what, status, code]);
      expect(r.message).toMatch(message);
      expect(r.message).toMatch(/Không có gì được lưu|không có gì được lưu/);
      expect(r.message.length).toBeLessThan(300);
    }
    // Rewritten for B with a fresh hash, as B's own account could not have done: the identity inside differs.
    const rehashed = edit(packageA, (l) => {
      const m = JSON.parse(l[1]!) as { unitCode: string; contentHash: string };
      m.unitCode = B.code;
      m.contentHash = sha256(l[2]!);
      l[1] = JSON.stringify(m);
    });
    expect(await upload(unitB, rehashed)).toMatchObject({ status: 422, code: 'PACKAGE_MANIFEST_TAMPERED' });
    // Content the schema refuses though its hash is right. PostgreSQL is already reading its rows by then (and
    // trips on the same value: an integer column); the unit hears what is wrong with its package, nothing is kept.
    const badCount = edit(packageA, (l) => {
      const at = l[2]!.indexOf('"inventory":');
      const body =
        l[2]!.slice(0, at) + l[2]!.slice(at).replace(/"dossiersPerYear":\d+/, '"dossiersPerYear":"nhiều"');
      expect(body).not.toBe(l[2]);
      const m = JSON.parse(l[1]!) as { contentHash: string };
      m.contentHash = sha256(body);
      l[1] = JSON.stringify(m);
      l[2] = body;
    });
    const refusedCount = await upload(unitA, badCount);
    expect(refusedCount).toMatchObject({ status: 422, code: 'PACKAGE_BAD_CONTENT' });
    expect(refusedCount.message).toMatch(/inventory.*dossiersPerYear/);
    expect(refusedCount.message).not.toMatch(/invalid input syntax/);
    // A's genuine package sent with B's account: B does not own unit A.
    expect(await upload(unitB, packageA)).toMatchObject({ status: 403, code: 'PROVINCE_NOT_YOUR_UNIT' });
    // A genuine package of a unit the province does not list (brought by an officer).
    await a.call('units.update', {
      id: a.unitId,
      values: { code: 'XA-LA', name: 'UBND xã Lạ', level: 'XA' },
    });
    const [campaign] = (await a.call('submission.state', { unitId: a.unitId })).campaigns.filter(
      (c) => c.planKey,
    );
    const stranger = buildSubmission(a.backend.ctx.db, campaign!.campaignId).bytes;
    const unknown = await upload(OFFICER, stranger);
    expect(unknown).toMatchObject({ status: 422, code: 'PROVINCE_UNKNOWN_UNIT' });
    expect(unknown.message).toMatch(/"XA-LA" chưa có trong danh sách/);
    // Genuine-looking packages (identity and hash consistent) for a plan the province does not have, and for a
    // listed unit the plan does not assign.
    const repack = (fields: { planKey?: string; unitCode?: string }) =>
      edit(packageA, (l) => {
        const m = JSON.parse(l[1]!) as Record<string, unknown>;
        const content = JSON.parse(l[2]!) as { identity: Record<string, unknown>; unit: { code: string } };
        Object.assign(m, fields);
        Object.assign(content.identity, fields);
        if (fields.unitCode) content.unit.code = fields.unitCode;
        l[2] = JSON.stringify(content);
        m['contentHash'] = sha256(l[2]);
        l[1] = JSON.stringify(m);
      });
    const noPlan = await upload(OFFICER, repack({ planKey: 'KH-KHONG-CO' }));
    expect(noPlan).toMatchObject({ status: 422, code: 'PROVINCE_UNKNOWN_PLAN' });
    expect(noPlan.message).toMatch(/"KH-KHONG-CO" nhưng tỉnh không có kế hoạch này/);
    await session(server.url, ADMIN).rpc('province.units.save', {
      code: 'XA-NGOAI',
      name: 'UBND xã Ngoài Kế Hoạch',
      level: 'XA',
    });
    const notAssigned = await upload(OFFICER, repack({ unitCode: 'XA-NGOAI' }));
    expect(notAssigned).toMatchObject({ status: 422, code: 'PROVINCE_UNIT_NOT_IN_PLAN' });
    expect(notAssigned.message).toMatch(/không giao cho đơn vị "XA-NGOAI"/);
    expect(stored()).toBe(0);
    // Every refusal is in the audit log, with its reason.
    const refused = db.psql("SELECT detail->>'code' FROM audit_log WHERE action = 'submission.refused'");
    expect(refused).toHaveLength(12);
    expect(refused).toContain('PACKAGE_HASH_MISMATCH');
    // The genuine package with the right account goes in.
    expect(await upload(unitA, packageA)).toMatchObject({ status: 200 });
    expect(count(db, 'submissions')).toBe(1);
  });

  it('refuses unauthenticated, cross-unit and cross-site requests', async () => {
    const post = (path: string, body: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    const rpc = JSON.stringify({ method: 'province.status', input: { planId } });
    const anonymous = await post('/rpc', rpc);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { message: string } }).error.message).toMatch(
      /Chưa đăng nhập/,
    );
    expect((await post('/api/submissions', 'x')).status).toBe(401);
    expect((await fetch(`${server.url}/api/plans`)).status).toBe(401);
    expect((await post('/rpc', rpc, { cookie: 'tg_session=forged-token' })).status).toBe(401);
    const wrong = await post('/api/login', JSON.stringify({ name: OFFICER.name, password: 'sai-mat-khau' }));
    expect(wrong.status).toBe(401);
    expect(wrong.headers.getSetCookie()).toEqual([]);

    // A unit's account: its own history only; nothing of the province's dashboards.
    const unit = session(server.url, unitA);
    await expect(unit.rpc('province.status', { planId })).rejects.toMatchObject({
      params: { code: 'PROVINCE_FORBIDDEN' },
    });
    await expect(unit.rpc('province.history', { planId, unitCode: B.code })).rejects.toMatchObject({
      params: { code: 'PROVINCE_FORBIDDEN' },
    });
    await expect(unit.rpc('province.overlaps.units', { planId, code: '1.001612' })).rejects.toMatchObject({
      params: { code: 'PROVINCE_FORBIDDEN' },
    });
    expect(await unit.rpc('province.history', { planId, unitCode: A.code })).toHaveLength(1);
    // An officer may not manage accounts; the admin may.
    const officer = session(server.url, OFFICER);
    await expect(
      officer.rpc('province.accounts.create', {
        name: 'ke.gian',
        role: 'admin',
        unitCode: null,
        password: '12345678',
      }),
    ).rejects.toMatchObject({ params: { code: 'PROVINCE_FORBIDDEN' } });
    expect(db.psql("SELECT count(*) FROM accounts WHERE name = 'ke.gian'")).toEqual(['0']);
    // Each refused call is audited with who tried what, never with the password it carried.
    expect(
      db.psql(
        "SELECT actor || ' ' || entity || ' ' || detail::text FROM audit_log WHERE action = 'forbidden' ORDER BY id",
      ),
    ).toEqual([
      `${unitA.name} province.status {"planId": ${planId}}`,
      `${unitA.name} province.history {"planId": ${planId}, "unitCode": "${B.code}"}`,
      `${unitA.name} province.overlaps.units {"code": "1.001612", "planId": ${planId}}`,
      `${OFFICER.name} province.accounts.create {"name": "ke.gian", "role": "admin", "unitCode": null}`,
    ]);

    // Another site's page posting with the officer's cookie (a browser would send Origin): refused.
    const login = await post('/api/login', JSON.stringify(OFFICER));
    const cookie = login.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const crossSite = await post('/rpc', rpc, {
      cookie: cookie.split(';')[0]!,
      origin: 'http://evil.example',
    });
    expect(crossSite.status).toBe(403);
    expect(sessionCookie('t', true)).toMatch(/; Secure$/);
  });
});
