/** Command line of the province server (`npm run server -- --pg postgres://… [--port N] [--init-admin NAME]`). */
export interface ServerArgs {
  pg: string;
  port: number;
  host: string;
  initAdmin: string | undefined;
  provinceName: string | undefined;
  workDir: string | undefined;
  secureCookies: boolean;
  trustProxy: boolean;
}

export const SERVER_USAGE = `npm run server -- --pg postgres://USER@HOST/DB [--port 8080] [--host 0.0.0.0]
    [--init-admin NAME] [--province-name "UBND tỉnh …"] [--work-dir DIR] [--secure-cookies] [--trust-proxy]
  --pg              PostgreSQL connection string (or TINHGON_PG_URL); the password may come from PGPASSWORD
  --init-admin      create the first administrator account (password: TINHGON_ADMIN_PASSWORD or a prompt)
  --province-name   the name printed on the province's reports (remembered in the database)
  --secure-cookies  mark the session cookie Secure (set it once a TLS reverse proxy is in front)
  --trust-proxy     take the client's address from X-Forwarded-For (only behind that proxy)`;

export class ServerUsageError extends Error {}

export function parseServerArgs(argv: readonly string[], env: NodeJS.ProcessEnv): ServerArgs {
  const known = new Set(['--pg', '--port', '--host', '--init-admin', '--province-name', '--work-dir']);
  const flags = new Set(['--secure-cookies', '--trust-proxy']);
  const values = new Map<string, string>();
  const set = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (flags.has(name)) set.add(name);
    else if (known.has(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '') throw new ServerUsageError(`${name} cần một giá trị / needs a value`);
      values.set(name, v);
    } else throw new ServerUsageError(`Tùy chọn lạ / unknown option: ${a}`);
  }
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
  };
}
