import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { basename, extname } from 'node:path';
import { RPC_HTTP_PATH, TOKEN_HEADER } from '../shared/contract/envelope';
import { renderError } from '../shared/errors';
import type { HostServices } from '../backend/context';
import type { Backend } from '../backend/session';
import { createBrowserLogin, LOGIN_PARAM, SIGN_IN_PAGE, type BrowserLogin } from './browser-login';
import { checkRequest, CONTENT_SECURITY_POLICY, MIME, staticPath } from './http-policy';
import { rpcRequestOf } from './rpc-body';

const MAX_BODY_BYTES = 48 * 1024 * 1024; // an upload of a 30 MB workbook as base64 fits

export interface HostServer {
  /** The app's address without a secret (what the address bar shows once signed in). */
  url: string;
  /** The one-time link to print and open (browser-login.ts); a new one after each use. */
  link(): string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Downloads offered to the browser: one-time, unguessable ids mapped to files the backend wrote. */
export function createDownloadHost(): HostServices & {
  take(id: string): { file: string; name: string } | undefined;
} {
  const pending = new Map<string, { file: string; name: string }>();
  return {
    deliverFile(file, suggestedName) {
      const id = randomBytes(16).toString('hex');
      pending.set(id, { file, name: suggestedName });
      return Promise.resolve({ kind: 'download', url: `/download/${id}` });
    },
    take(id) {
      const entry = pending.get(id);
      pending.delete(id);
      return entry;
    },
  };
}

/**
 * Browser mode: the same renderer and backend as the desktop app, on 127.0.0.1 only. Port 0 picks a free one;
 * a taken fixed port falls back to a free one (the caller prints the URL it got).
 */
export async function startHostServer(o: {
  backend: Backend;
  downloads: ReturnType<typeof createDownloadHost>;
  staticDir: string;
  port: number;
  /** Told the next one-time link each time one is used (the host prints it). */
  onNewLink?: (link: string) => void;
}): Promise<HostServer> {
  // The per-run token is the CSRF defence of /rpc (a custom header a cross-site form cannot send); the cookie
  // (browser-login.ts) is who may use the app at all. The page carrying the token is served only with the cookie.
  const token = randomBytes(24).toString('hex');
  let port = o.port;
  const signIn: { login?: BrowserLogin } = {}; // made once the port is known (the cookie's name holds it)
  const indexHtml = () =>
    readFileSync(`${o.staticDir}/index.html`, 'utf8').replace(
      '<head>',
      `<head><meta name="tinhgon-token" content="${token}">`,
    );

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const isRpc = req.url === RPC_HTTP_PATH;
    const verdict = checkRequest(
      {
        host: req.headers.host,
        origin: req.headers.origin,
        token: req.headers[TOKEN_HEADER] as string | undefined,
        remoteAddress: req.socket.remoteAddress,
      },
      port,
      token,
      isRpc,
    );
    if (!verdict.ok) return send(res, verdict.status, 'text/plain; charset=utf-8', verdict.reason);
    const login = signIn.login;
    if (!login) return send(res, 503, 'text/plain; charset=utf-8', 'starting');
    const url = new URL(req.url ?? '/', 'http://host');
    const secret = url.searchParams.get(LOGIN_PARAM);
    const signedIn = login.signedIn(req.headers.cookie);
    if (secret !== null && !isRpc && req.method === 'GET') {
      const cookie = login.redeem(secret);
      if (!cookie && !signedIn) return send(res, 401, MIME['.html']!, SIGN_IN_PAGE);
      // Off the address bar and out of the history's current entry; the fragment (#inventory) is kept.
      res.writeHead(303, {
        location: url.pathname,
        ...(cookie ? { 'set-cookie': login.setCookie(cookie) } : {}),
        ...securityHeaders(),
      });
      return void res.end();
    }
    if (!signedIn)
      return isRpc || isAssetPath(req.url)
        ? send(res, 401, 'text/plain; charset=utf-8', 'sign in with the printed link')
        : send(res, 401, MIME['.html']!, SIGN_IN_PAGE);
    if (isRpc) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST only');
      const body = await readBody(req);
      if (body === null) {
        res.setHeader('connection', 'close');
        return send(res, 413, 'text/plain; charset=utf-8', 'too large');
      }
      const parsed = rpcRequestOf(body);
      if (!parsed) {
        const error = { code: 'BAD_REQUEST', message: renderError('BAD_REQUEST', {}, o.backend.ctx.locale) };
        return send(res, 400, 'application/json; charset=utf-8', JSON.stringify({ ok: false, error }));
      }
      // A non-string method is passed as is: the dispatcher refuses it as UNKNOWN_METHOD.
      const envelope = await o.backend.dispatch(parsed.method as string, parsed.input);
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(envelope));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
    const download = /^\/download\/([0-9a-f]{32})$/.exec(req.url ?? '');
    if (download) {
      const entry = o.downloads.take(download[1]!);
      if (!entry || !existsSync(entry.file)) return send(res, 404, 'text/plain', 'gone');
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(entry.name || basename(entry.file))}`,
        'x-content-type-options': 'nosniff',
      });
      return void createReadStream(entry.file).pipe(res);
    }
    const file = staticPath(o.staticDir, req.url ?? '/');
    if (!file || !existsSync(file) || !statSync(file).isFile())
      return isAssetPath(req.url)
        ? send(res, 404, 'text/plain; charset=utf-8', 'not found')
        : send(res, 200, MIME['.html']!, indexHtml());
    if (file.endsWith('/index.html')) return send(res, 200, MIME['.html']!, indexHtml());
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      ...securityHeaders(),
    });
    createReadStream(file).pipe(res);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'text/plain', 'error'));
  });
  port = await listen(server, o.port);
  const base = `http://127.0.0.1:${port}/`;
  const login = createBrowserLogin(base, port, o.onNewLink);
  signIn.login = login;
  return {
    url: base,
    link: () => login.link(),
    port,
    token,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        // Browsers keep idle keep-alive connections open; without this, close() waits for them forever.
        server.closeAllConnections();
      }),
  };
}

/** A file name with an extension (a script, a font…) rather than a screen of the app. */
function isAssetPath(url: string | undefined): boolean {
  return /\.[a-z0-9]+$/i.test((url ?? '').split('?')[0] ?? '');
}

function securityHeaders(): Record<string, string> {
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cache-control': 'no-store',
  };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, ...securityHeaders() });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      if (over) return; // discard the rest; the 413 answer closes the connection
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        over = true;
        chunks.length = 0;
        resolve(null);
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE' && port !== 0) {
        server.removeListener('error', onError);
        resolve(listen(server, 0));
      } else reject(err);
    };
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.removeListener('error', onError);
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : port);
    });
  });
}
