import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RPC_HTTP_PATH, TOKEN_HEADER } from '../../../electron/shared/contract/envelope';
import { createDownloadHost, startHostServer, type HostServer } from '../../../electron/node-host/server';
import { testBackend } from '../../support/backend';

const SECRET = 'BÍ MẬT: không được lộ ra ngoài thư mục ứng dụng';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: HostServer;
let close: () => void;
let dir: string;
let cookie = ''; // the sign-in cookie this file's client got from the printed link (see beforeAll)
const seen: Reply[] = [];

/** Raw HTTP (fetch would not let a test forge the Host header, which is exactly what DNS rebinding does). */
function send(o: {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: o.method ?? 'GET',
        path: o.path ?? '/',
        headers: { host: `127.0.0.1:${server.port}`, ...(cookie ? { cookie } : {}), ...o.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const reply = {
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          };
          seen.push(reply);
          resolve(reply);
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

const rpc = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  send({
    method: 'POST',
    path: RPC_HTTP_PATH,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, ...headers },
    body: JSON.stringify({ method, input }),
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tinhgon-host-')); // one folder for the whole file (the server outlives each test)
  const staticDir = join(dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(
    join(staticDir, 'index.html'),
    '<!doctype html><html><head><title>TinhGọn</title></head><body></body></html>',
  );
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  writeFileSync(join(staticDir, '.env'), SECRET);
  const { backend } = testBackend(dir);
  server = await startHostServer({ backend, downloads: createDownloadHost(), staticDir, port: 0 });
  close = () => backend.close();
  const signIn = await send({ path: new URL(server.link()).pathname + new URL(server.link()).search });
  cookie = (signIn.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
});

afterAll(async () => {
  await server.close();
  close();
  rmSync(dir, { recursive: true, force: true });
});

describe('browser-mode server on 127.0.0.1', () => {
  it('listens on loopback and answers the app with its token', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const ok = await rpc('app.info', {});
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { mode: 'test', locale: 'vi' } });
    const page = await send({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="tinhgon-token" content="${server.token}">`);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('no token → 401; a wrong token → 401', async () => {
    const none = await send({
      method: 'POST',
      path: RPC_HTTP_PATH,
      body: JSON.stringify({ method: 'app.info', input: {} }),
    });
    expect(none.status).toBe(401);
    expect((await rpc('app.info', {}, { [TOKEN_HEADER]: 'x'.repeat(server.token.length) })).status).toBe(401);
    expect(none.body).not.toContain('"ok"');
  });

  it('DNS rebinding: a foreign Host header → 403, and the page (with its token) is not served', async () => {
    const evilHost = `evil.example:${server.port}`;
    const api = await rpc('app.info', {}, { host: evilHost });
    expect(api.status).toBe(403);
    const page = await send({ path: '/', headers: { host: evilHost } });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain(server.token);
  });

  it('a foreign Origin → 403, including a CORS preflight', async () => {
    expect((await rpc('app.info', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await rpc('app.info', {}, { origin: 'null' })).status).toBe(403);
    const preflight = await send({
      method: 'OPTIONS',
      path: RPC_HTTP_PATH,
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
  });

  it('path traversal never reaches a file outside the app folder, nor a dotfile', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/.env',
    ]) {
      const reply = await send({ path });
      expect(reply.body, path).not.toContain(SECRET);
    }
    expect((await send({ path: '/assets/app.js' })).body).toBe('console.log("app")');
  });

  it('refuses a body over the cap without running it', async () => {
    const padding = ' '.repeat(49 * 1024 * 1024);
    const body = `{"method":"settings.setLocale","input":{"locale":"en"}${padding}}`;
    const outcome = await send({
      method: 'POST',
      path: RPC_HTTP_PATH,
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
      body,
    }).then(
      (r) => r.status,
      (err: NodeJS.ErrnoException) => err.code ?? 'error',
    );
    // The server stops reading at the cap: the client sees 413 or the connection closed under it.
    expect([413, 'ECONNRESET', 'EPIPE']).toContain(outcome);
    const info = JSON.parse((await rpc('app.info', {})).body) as { value: { locale: string } };
    expect(info.value.locale).toBe('vi');
  });

  it('never sends a CORS header (other origins can never read a response)', async () => {
    await rpc('app.info', {}, { origin: `http://127.0.0.1:${server.port}` });
    expect(seen.length).toBeGreaterThan(10);
    for (const reply of seen)
      expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });
});
