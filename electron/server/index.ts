/**
 * The province server (issue 19): `npm run server -- --pg postgres://… [--port N] [--init-admin NAME]`, or
 * `… accounts add|list|passwd|disable|enable` to manage its accounts from the server machine (accounts-cli.ts).
 * The same backend code in server mode: the consolidation in PostgreSQL (node-postgres, numbered migrations),
 * real accounts with session cookies, every action audited, the built renderer's "Tổng hợp" screens on the LAN.
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { countAccounts, findAccount } from '../../db/pg/queries/accounts';
import { getPgSetting, setPgSetting } from '../../db/pg/queries/settings';
import { migratePg, PgSchemaError } from '../../db/pg/migrate';
import { createDownloadHost } from '../node-host/server';
import { AccountsInputError, runAccountsCommand } from './accounts-cli';
import { parseServerArgs, SERVER_USAGE, ServerUsageError } from './args';
import type { ServerContext } from './context';
import { createProvinceServer } from './http';

const say = (line: string) => process.stdout.write(line + '\n');
const complain = (line: string) => process.stderr.write(line + '\n');

/** PostgreSQL may still be starting (a service started with the machine): wait up to a minute for it. */
async function migrateWhenReady(pool: pg.Pool): Promise<number> {
  const until = Date.now() + 60_000;
  for (let delay = 500; ; delay = Math.min(delay * 2, 5000)) {
    try {
      return await migratePg(pool);
    } catch (err) {
      if (err instanceof PgSchemaError || Date.now() + delay > until) throw err;
      complain(
        `Chờ PostgreSQL / waiting for PostgreSQL: ${err instanceof Error ? err.message : String(err)}`,
      );
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

/** The first admin: the same call (rules, hashing, audit) as `accounts add NAME --role admin`. */
async function initAdmin(ctx: ServerContext, name: string): Promise<void> {
  if (await findAccount(ctx.pg, name)) {
    say(`Tài khoản quản trị "${name}" đã có; không đổi. / Admin account exists; unchanged.`);
    return;
  }
  await runAccountsCommand(ctx, { command: ['accounts', 'add', name], role: 'admin' }, say, {
    passwordVariable: 'TINHGON_ADMIN_PASSWORD',
  });
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseServerArgs(process.argv.slice(2), process.env);
  } catch (err) {
    complain(`${(err as Error).message}\n${SERVER_USAGE}`);
    return 2;
  }
  const pool = new pg.Pool({
    connectionString: args.pg,
    max: 10,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection dropped by a PostgreSQL restart must not bring the server down: the pool replaces it.
  pool.on('error', (err) => complain(`[tinhgon-server] PostgreSQL: ${err.message}`));
  const ctx: ServerContext = {
    pg: pool,
    provinceName: 'UBND tỉnh',
    downloads: createDownloadHost(),
    workDir: args.workDir ?? join(homedir(), '.local', 'share', 'TinhGon-server'),
    log: (err) =>
      complain(`[tinhgon-server] ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
  };
  let version: number;
  try {
    version = await migrateWhenReady(pool);
    if (args.command.length > 0) {
      await runAccountsCommand(ctx, args, say);
      await pool.end();
      return 0;
    }
    if (args.initAdmin) await initAdmin(ctx, args.initAdmin.normalize('NFC'));
    if (args.provinceName) await setPgSetting(pool, 'provinceName', args.provinceName.normalize('NFC'));
    ctx.provinceName = await getPgSetting(pool, 'provinceName', 'UBND tỉnh');
  } catch (err) {
    await pool.end().catch(() => undefined);
    if (err instanceof ServerUsageError) {
      complain(`${err.message}\n${SERVER_USAGE}`);
      return 2;
    }
    if (err instanceof PgSchemaError)
      complain(
        `Cơ sở dữ liệu của tỉnh do phiên bản mới hơn tạo (lược đồ ${err.detail.version}, bản này hỗ trợ ${err.detail.supported}); không thay đổi gì. / The database is from a newer TinhGọn.`,
      );
    else if (err instanceof AccountsInputError) complain(err.message);
    else
      complain(
        `Không mở được PostgreSQL / cannot use PostgreSQL: ${err instanceof Error ? err.message : String(err)}`,
      );
    return 1;
  }
  if ((await countAccounts(pool)) === 0)
    complain(
      'Chưa có tài khoản nào: chạy lại với --init-admin TÊN. / No account yet: restart with --init-admin NAME.',
    );
  mkdirSync(ctx.workDir, { recursive: true });
  const server = createProvinceServer(ctx, {
    staticDir: fileURLToPath(new URL('../renderer', import.meta.url)),
    secureCookies: args.secureCookies,
    trustProxy: args.trustProxy,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(args.port, args.host, resolve);
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : args.port;
  const shown = args.host === '0.0.0.0' || args.host === '::' ? '127.0.0.1' : args.host;
  say(`TinhGọn máy chủ tổng hợp / province server: http://${shown}:${port}/ (lược đồ PostgreSQL ${version})`);
  const stop = () => {
    setTimeout(() => process.exit(0), 3000).unref();
    server.close(() => void pool.end().finally(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return -1;
}

void main().then((code) => {
  if (code >= 0) process.exit(code);
});
