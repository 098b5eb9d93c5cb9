/**
 * Command line of the province server: `npm run server -- --pg postgres://… [--port N] [--init-admin NAME]`
 * starts it; `npm run server -- --pg postgres://… accounts add|list|passwd|disable|enable …` manages its
 * accounts on the server machine and exits.
 */
export interface ServerArgs {
  pg: string;
  port: number;
  host: string;
  initAdmin: string | undefined;
  provinceName: string | undefined;
  workDir: string | undefined;
  secureCookies: boolean;
  trustProxy: boolean;
  /** `accounts …`: the words after the options (empty: start the server). */
  command: string[];
  role: string | undefined;
  unit: string | undefined;
  json: boolean;
}

export const SERVER_USAGE = `npm run server -- --pg postgres://USER@HOST/DB [--port 8080] [--host 0.0.0.0]
    [--init-admin NAME] [--province-name "UBND tỉnh …"] [--work-dir DIR] [--secure-cookies] [--trust-proxy]
  --pg              PostgreSQL connection string (or TINHGON_PG_URL); the password may come from PGPASSWORD
  --init-admin      create the first administrator account (password: TINHGON_ADMIN_PASSWORD or a prompt)
  --province-name   the name printed on the province's reports (remembered in the database)
  --secure-cookies  mark the session cookie Secure (set it once a TLS reverse proxy is in front)
  --trust-proxy     take the client's address from X-Forwarded-For (only behind that proxy)
npm run server -- --pg postgres://… accounts <command>      (tài khoản / accounts, then exits)
  accounts add NAME --role officer|unit|admin [--unit CODE]   a new account (--unit: a unit's account)
  accounts list [--json]                                      every account
  accounts passwd NAME                                        a new password (also lifts a lock-out)
  accounts disable NAME | accounts enable NAME                lock (signs it out) / unlock an account
  passwords: TINHGON_PASSWORD or a prompt that does not echo, never on the command line`;

export class ServerUsageError extends Error {}

export function parseServerArgs(argv: readonly string[], env: NodeJS.ProcessEnv): ServerArgs {
  const known = new Set([
    '--pg',
    '--port',
    '--host',
    '--init-admin',
    '--province-name',
    '--work-dir',
    '--role',
    '--unit',
  ]);
  const flags = new Set(['--secure-cookies', '--trust-proxy', '--json']);
  const values = new Map<string, string>();
  const set = new Set<string>();
  const command: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (!a.startsWith('-')) command.push(a);
    else if (flags.has(name)) set.add(name);
    else if (name === '--password')
      // A password on the command line stays in the shell's history and in the process list.
      throw new ServerUsageError(
        'Mật khẩu không nhận trên dòng lệnh: dùng TINHGON_PASSWORD hoặc gõ khi được hỏi. / No passwords on the command line: use TINHGON_PASSWORD or the prompt.',
      );
    else if (known.has(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '') throw new ServerUsageError(`${name} cần một giá trị / needs a value`);
      values.set(name, v);
    } else throw new ServerUsageError(`Tùy chọn lạ / unknown option: ${a}`);
  }
  if (command.length > 0 && command[0] !== 'accounts')
    throw new ServerUsageError(`Lệnh lạ / unknown command: ${command[0]}`);
  if (command.length === 0 && (values.has('--role') || values.has('--unit') || set.has('--json')))
    throw new ServerUsageError('--role, --unit, --json: chỉ dùng với accounts / only with accounts');
  const pg = values.get('--pg') ?? env['TINHGON_PG_URL'];
  if (!pg) throw new ServerUsageError('Thiếu --pg postgres://… / missing --pg');
  const portText = values.get('--port') ?? env['TINHGON_SERVER_PORT'] ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ServerUsageError(`--port: ${portText}`);
  return {
    pg,
    port,
    host: values.get('--host') ?? '0.0.0.0',
    initAdmin: values.get('--init-admin'),
    provinceName: values.get('--province-name'),
    workDir: values.get('--work-dir') ?? env['TINHGON_SERVER_DIR'],
    secureCookies: set.has('--secure-cookies'),
    trustProxy: set.has('--trust-proxy'),
    command,
    role: values.get('--role'),
    unit: values.get('--unit'),
    json: set.has('--json'),
  };
}
