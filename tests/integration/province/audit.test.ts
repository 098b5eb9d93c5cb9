/**
 * "Every action audited" on the province server: each call that changes something leaves one audit row naming
 * who, what and from where (never a password); an officer opening or exporting a report is audited; the screens'
 * own reads (status, sums, overlaps, history, lists), repeated on every screen opened, are not
 * (docs/usage/province.md says why).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provinceContract } from '../../../electron/shared/contract/province';
import { openTestDatabase, pgSkipReason, type TestDatabase } from '../../support/pg-cluster';
import {
  ADMIN,
  OFFICER,
  root,
  session,
  setUpProvince,
  startServer,
  unitAccount,
  unitPassword,
  type RunningServer,
} from '../../support/province-server';
import { workedExampleSubmission } from '../../support/synthetic-submission';

const skip = pgSkipReason('province audit tests');
const A = { code: 'XA-AN-BINH', name: 'UBND xã An Bình' };

describe.skipIf(skip)('province server audit', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let planId: number;
  let planKey: string;
  const dir = mkdtempSync(join(tmpdir(), 'tinhgon-audit-'));
  const rows = (where: string) =>
    db.psql(
      `SELECT actor || ' ' || action || ' ' || coalesce(remote, '') FROM audit_log WHERE ${where} ORDER BY id`,
    );
  const lastId = () => Number(db.psql('SELECT coalesce(max(id), 0) FROM audit_log')[0]);

  beforeAll(async () => {
    execFileSync(process.execPath, [join(root, 'scripts/ensure-build.mjs')], { cwd: root, stdio: 'ignore' });
    db = await openTestDatabase('audit');
    server = await startServer(db.url, dir, { TINHGON_ADMIN_PASSWORD: ADMIN.password }, [
      '--init-admin',
      ADMIN.name,
    ]);
    ({ id: planId, key: planKey } = await setUpProvince(session(server.url, ADMIN), [A]));
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('audits every call that changes something, with who and from where, never a password', async () => {
    const admin = session(server.url, ADMIN);
    const unit = session(server.url, { name: unitAccount(A.code), password: unitPassword(A.code) });
    await unit.upload(
      workedExampleSubmission({
        unitCode: A.code,
        unitName: A.name,
        planKey,
        population: 600,
        createdAt: '2026-06-01T08:00:00.000Z',
      }),
      'goi.tinhgon',
    );
    await admin.rpc('province.accounts.setPassword', { name: OFFICER.name, password: 'mat-khau-moi-2026' });
    await admin.rpc('province.accounts.setDisabled', { name: OFFICER.name, disabled: true });
    await admin.rpc('province.submissions.upload', {
      fileName: 'usb.tinhgon',
      dataBase64: workedExampleSubmission({
        unitCode: A.code,
        unitName: A.name,
        planKey,
        population: 900,
        createdAt: '2026-06-02T08:00:00.000Z',
      }).toString('base64'),
    });
    await admin.rpc('province.catalog.load', {
      fileName: 'lai.jsonl',
      dataBase64: readFileSync(
        join(root, 'tests/fixtures/public-data/dvcqg-tthc-cap-xa-2026.jsonl'),
      ).toString('base64'),
    });

    // Each changing method of the contract, and the audit action it leaves (a new one fails here until audited).
    const audited: Record<string, string> = {
      'province.plans.publish': 'plan.publish',
      'province.submissions.upload': 'submission.stored',
      'province.units.save': 'unit.save',
      'province.accounts.create': 'account.create',
      'province.accounts.setPassword': 'account.password',
      'province.accounts.setDisabled': 'account.disable',
      'province.catalog.load': 'catalog.load',
    };
    const mutating = Object.entries(provinceContract)
      .filter(([, spec]) => (spec as { mutates?: boolean }).mutates)
      .map(([name]) => name);
    expect(mutating.sort()).toEqual(Object.keys(audited).sort());
    for (const action of Object.values(audited))
      expect(rows(`action = '${action}'`), action).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^\S+ \S+ (127\.0\.0\.1|::ffff:127\.0\.0\.1|console@.+)$/),
        ]),
      );
    // The unit's upload is its own, the USB package the admin's.
    expect(rows("action = 'submission.stored'").map((r) => r.split(' ')[0])).toEqual([
      unitAccount(A.code),
      ADMIN.name,
    ]);
    expect(db.psql("SELECT count(*) FROM audit_log WHERE detail::text ~ 'mat-khau|dataBase64'")).toEqual([
      '0',
    ]);
  });

  it("audits opening and exporting a report, not the screens' own reads", async () => {
    const officer = session(server.url, { name: 'canbo.doc', password: 'mat-khau-can-bo' });
    await session(server.url, ADMIN).rpc('province.accounts.create', {
      name: 'canbo.doc',
      role: 'officer',
      unitCode: null,
      password: 'mat-khau-can-bo',
    });
    await officer.rpc('province.me', {}); // signs in (audited)
    const from = lastId();
    for (let poll = 0; poll < 3; poll++) {
      await officer.rpc('province.plans.list', {});
      await officer.rpc('province.status', { planId });
      await officer.rpc('province.summary', { planId });
      await officer.rpc('province.overlaps', { planId });
      await officer.rpc('province.history', { planId, unitCode: A.code });
      await officer.rpc('province.units.list', {});
      await officer.rpc('province.catalog.list', { search: '', limit: 20 });
      await officer.rpc('province.audit.list', { limit: 50 });
    }
    expect(lastId()).toBe(from);

    await officer.rpc('province.reports.preview', { planId, report: 'statistics' });
    await officer.rpc('province.reports.export', { planId, report: 'plan' });
    expect(
      db.psql(
        `SELECT actor || ' ' || action || ' ' || (detail->>'report') FROM audit_log WHERE id > ${from} ORDER BY id`,
      ),
    ).toEqual(['canbo.doc report.view statistics', 'canbo.doc report.export plan']);
  });
});
