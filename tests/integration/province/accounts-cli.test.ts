/**
 * The province server's accounts from the command line of the server machine (`npm run server -- --pg …
 * accounts add|list|passwd|disable|enable`), through the built server: the accounts made there sign in, every
 * change is audited (never with its password), and bad input is refused in both languages, exit 1, nothing stored.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvinceSession } from '../../../electron/backend/submission/province-client';
import { openTestDatabase, pgSkipReason, type TestDatabase } from '../../support/pg-cluster';
import { ADMIN, count, root, session, startServer, type RunningServer } from '../../support/province-server';

const skip = pgSkipReason('province accounts CLI tests');
const UNIT = { code: 'XA-AN-BINH', name: 'UBND xã An Bình', level: 'XA' as const };

describe.skipIf(skip)('province server: accounts from the command line', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let admin: ProvinceSession;
  const dir = mkdtempSync(join(tmpdir(), 'tinhgon-accounts-cli-'));

  /** `node out/main/server.js --pg URL accounts …`, the password (if any) in TINHGON_PASSWORD, stdin empty. */
  function accounts(args: string[], password?: string) {
    const env = { ...process.env };
    delete env['TINHGON_PASSWORD'];
    if (password !== undefined) env['TINHGON_PASSWORD'] = password;
    const r = spawnSync(
      process.execPath,
      [join(root, 'out/main/server.js'), '--pg', db.url, 'accounts', ...args],
      {
        env,
        input: '',
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }
  const stored = () => count(db, 'accounts') * 1000 + count(db, 'audit_log', "action LIKE 'account.%'");

  beforeAll(async () => {
    execFileSync(process.execPath, [join(root, 'scripts/ensure-build.mjs')], { cwd: root, stdio: 'ignore' });
    db = await openTestDatabase('accounts_cli');
    server = await startServer(db.url, dir, { TINHGON_ADMIN_PASSWORD: ADMIN.password }, [
      '--init-admin',
      ADMIN.name,
    ]);
    admin = session(server.url, ADMIN);
    await admin.rpc('province.units.save', UNIT);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds an officer and a unit account that sign in, audited as the machine user, without passwords', async () => {
    const officer = accounts(['add', 'canbo.tinh', '--role', 'officer'], 'mat-khau-can-bo');
    expect(officer).toMatchObject({ status: 0, stderr: '' });
    expect(officer.stdout).toMatch(/Đã tạo tài khoản "canbo.tinh".*Account created/);
    const unit = accounts(['add', 'gui.an-binh', '--role', 'unit', '--unit', UNIT.code], 'mat-khau-don-vi');
    expect(unit.status).toBe(0);

    const me = await session(server.url, { name: 'canbo.tinh', password: 'mat-khau-can-bo' }).rpc(
      'province.me',
      {},
    );
    expect(me).toMatchObject({ role: 'officer', unitCode: null });
    const unitMe = await session(server.url, { name: 'gui.an-binh', password: 'mat-khau-don-vi' }).rpc(
      'province.me',
      {},
    );
    expect(unitMe).toMatchObject({ role: 'unit', unitCode: UNIT.code, unitName: UNIT.name });

    const listed = accounts(['list', '--json']);
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'canbo.tinh', role: 'officer', unitCode: null, disabled: false }),
        expect.objectContaining({ name: 'gui.an-binh', role: 'unit', unitCode: UNIT.code, disabled: false }),
      ]),
    );
    // The screen lists them as well (one store, one set of rules).
    expect((await admin.rpc('province.accounts.list', {})).map((a) => a.name)).toEqual(
      expect.arrayContaining(['canbo.tinh', 'gui.an-binh']),
    );
    const audit = db.psql(
      `SELECT actor || ' ' || action || ' ' || entity_key || ' ' || detail::text || ' ' || remote FROM audit_log
       WHERE action = 'account.create' AND entity_key <> '${ADMIN.name}' ORDER BY id`,
    );
    const who = `console:${userInfo().username}`;
    expect(audit).toEqual([
      expect.stringMatching(
        new RegExp(`^${who} account.create canbo.tinh \\{"role": "officer", "unitCode": null\\} console@`),
      ),
      expect.stringMatching(
        new RegExp(`^${who} account.create gui.an-binh \\{"role": "unit", "unitCode": "${UNIT.code}"\\}`),
      ),
    ]);
    expect(db.psql("SELECT count(*) FROM audit_log WHERE detail::text LIKE '%mat-khau%'")).toEqual(['0']);
  });

  it('sets a new password, locks an account out (closing its sessions) and lets it back in', async () => {
    const officer = session(server.url, { name: 'canbo.tinh', password: 'mat-khau-can-bo' });
    await officer.rpc('province.me', {});
    expect(accounts(['passwd', 'canbo.tinh'], 'mat-khau-moi-2026')).toMatchObject({ status: 0, stderr: '' });
    await expect(
      session(server.url, { name: 'canbo.tinh', password: 'mat-khau-can-bo' }).rpc('province.me', {}),
    ).rejects.toMatchObject({ params: { code: 'PROVINCE_LOGIN_FAILED' } });
    const renewed = session(server.url, { name: 'canbo.tinh', password: 'mat-khau-moi-2026' });
    await renewed.rpc('province.me', {});

    expect(accounts(['disable', 'canbo.tinh']).status).toBe(0);
    expect(count(db, 'sessions', "account_id = (SELECT id FROM accounts WHERE name = 'canbo.tinh')")).toBe(0);
    await expect(renewed.rpc('province.me', {})).rejects.toMatchObject({
      params: { code: 'PROVINCE_LOGIN_FAILED' },
    });
    expect(accounts(['list']).stdout).toMatch(/canbo\.tinh\tcán bộ tỉnh \/ officer\t—\tđã khóa \/ locked/);
    expect(accounts(['enable', 'canbo.tinh']).status).toBe(0);
    await session(server.url, { name: 'canbo.tinh', password: 'mat-khau-moi-2026' }).rpc('province.me', {});
    expect(
      db.psql(
        "SELECT action FROM audit_log WHERE entity_key = 'canbo.tinh' AND action LIKE 'account.%' ORDER BY id",
      ),
    ).toEqual(['account.create', 'account.password', 'account.disable', 'account.enable']);
  });

  it('refuses bad input in Vietnamese and English, exit 1, nothing stored', () => {
    const before = stored();
    const cases: [string[], string | undefined, RegExp][] = [
      [
        ['add', 'gui.la', '--role', 'unit', '--unit', 'XA-LA'],
        'mat-khau-don-vi',
        /Đơn vị mã "XA-LA" chưa có.* \/ Unit "XA-LA" is not/,
      ],
      [
        ['add', 'canbo.tinh', '--role', 'officer'],
        'mat-khau-khac',
        /Tài khoản "canbo.tinh" đã có\. \/ Account "canbo.tinh" already exists/,
      ],
      [
        ['add', 'gui.thieu', '--role', 'unit'],
        'mat-khau-don-vi',
        /cần một mã đơn vị .* \/ A unit's submitting account needs/,
      ],
      [
        ['add', 'canbo.yeu', '--role', 'officer'],
        '1234567',
        /Mật khẩu cần từ 8 đến 200 ký tự; không lưu gì\. \/ The password needs 8/,
      ],
      [['add', 'canbo.rong', '--role', 'officer'], undefined, /Thiếu mật khẩu.* \/ Missing password/],
      [
        ['add', 'tên có dấu cách', '--role', 'officer'],
        'mat-khau-can-bo',
        /Tên tài khoản "tên có dấu cách" không hợp lệ.* \/ Invalid account name/,
      ],
      [
        ['passwd', 'khong.co'],
        'mat-khau-moi-2026',
        /Không có tài khoản "khong.co"\. \/ There is no account "khong.co"/,
      ],
      [['disable', 'khong.co'], undefined, /Không có tài khoản "khong.co"\. \/ There is no account/],
      [['passwd', 'canbo.tinh'], '', /Thiếu mật khẩu/],
    ];
    for (const [args, password, message] of cases) {
      const r = accounts(args, password);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
      expect(r.stderr.length).toBeLessThan(300);
      expect(r.stdout).toBe('');
    }
    // A password on the command line is refused outright (it would stay in the shell history).
    const onCommandLine = accounts(['add', 'canbo.lo', '--role', 'officer', '--password', 'mat-khau-lo-ra']);
    expect(onCommandLine.status).toBe(2);
    expect(onCommandLine.stderr).toMatch(
      /Mật khẩu không nhận trên dòng lệnh.* \/ No passwords on the command line/,
    );
    expect(accounts(['frob']).status).toBe(2);
    expect(stored()).toBe(before);
    expect(
      count(db, 'accounts', "name IN ('gui.la', 'canbo.yeu', 'canbo.rong', 'gui.thieu', 'canbo.lo')"),
    ).toBe(0);
  });
});
