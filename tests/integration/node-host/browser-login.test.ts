import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCookie } from '../../../electron/node-host/browser-login';
import { createDownloadHost, startHostServer, type HostServer } from '../../../electron/node-host/server';
import { RPC_HTTP_PATH, TOKEN_HEADER } from '../../../electron/shared/contract/envelope';
import { testBackend } from '../../support/backend';

/**
 * Browser mode on a shared PC: another account knows the port (anyone can list listening sockets) but never
 * saw the printed link. Such a client is a plain HTTP client with no cookie: it must learn nothing and change
 * nothing. The owner's link works once and becomes a cookie.
 */
interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: HostServer;
let dir: string;
let closeBackend: () => void;
let downloads: ReturnType<typeof createDownloadHost>;
const newLinks: string[] = [];

function send(o: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: o.method ?? 'GET',
        path: o.path,
        headers: { host: `127.0.0.1:${server.port}`, ...o.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

const pathOf = (link: string) => {
  const u = new URL(link);
  return u.pathname + u.search;
};
const cookieOf = (reply: Reply) => (reply.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
const rpc = (headers: Record<string, string>) =>
  send({
    method: 'POST',
    path: RPC_HTTP_PATH,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ method: 'units.create', input: { name: 'Đơn vị lạ', level: 'XA' } }),
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tinhgon-login-'));
  const staticDir = join(dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head></head><body>app</body></html>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app")');
  const { backend } = testBackend(dir);
  closeBackend = () => backend.close();
  downloads = createDownloadHost();
  server = await startHostServer({
    backend,
    downloads,
    staticDir,
    port: 0,
    onNewLink: (l) => newLinks.push(l),
  });
});

afterAll(async () => {
  await server.close();
  closeBackend();
  rmSync(dir, { recursive: true, force: true });
});

describe('browser mode: the printed link is the only way in', () => {
  it('prints a link with a one-time secret, not the bare address', () => {
    expect(server.link()).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?k=[0-9a-f]{48}$`));
  });

  it('a client without the cookie reads neither the page, nor its token, nor the scripts', async () => {
    for (const path of ['/', '/index.html', '/#inventory', '/assets/app.js', '/anything']) {
      const reply = await send({ path });
      expect(reply.status, path).toBe(401);
      expect(reply.body, path).not.toContain(server.token);
      expect(reply.body, path).not.toContain('console.log');
    }
    const page = await send({ path: '/' });
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Hãy mở liên kết mà TinhGọn in ra');
    expect(page.body).toContain('Open the link TinhGọn printed');
  });

  it('a client without the cookie cannot call the API, even knowing the token', async () => {
    expect((await rpc({})).status).toBe(401);
    expect((await rpc({ [TOKEN_HEADER]: server.token })).status).toBe(401);
  });

  it('a client without the cookie cannot take a download', async () => {
    const file = join(dir, 'bao-cao.xlsx');
    writeFileSync(file, 'BÁO CÁO MẬT');
    const delivery = await downloads.deliverFile(file, 'bao-cao.xlsx');
    const path = (delivery as { url: string }).url;
    const stranger = await send({ path });
    expect(stranger.status).toBe(401);
    expect(stranger.body).not.toContain('BÁO CÁO');
    // …and its attempt did not use the download up: the owner still gets it.
    const owner = await signIn();
    const mine = await send({ path, headers: { cookie: owner } });
    expect(mine.status).toBe(200);
    expect(mine.body).toBe('BÁO CÁO MẬT');
  });

  it('the link works once: it sets an HttpOnly, SameSite=Strict cookie and redirects to the clean address', async () => {
    const link = server.link();
    const first = await send({ path: pathOf(link) });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const setCookie = first.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toMatch(new RegExp(`^tinhgon-${server.port}=[0-9a-f]{48}; `));
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    // Spent: the same link from another client (another account, another browser) is refused…
    const again = await send({ path: pathOf(link) });
    expect(again.status).toBe(401);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).not.toContain(server.token);
    // …while the browser that used it keeps working (a reload) and is sent back to the clean address.
    const cookie = cookieOf(first);
    expect((await send({ path: '/', headers: { cookie } })).body).toContain(server.token);
    const reload = await send({ path: pathOf(link), headers: { cookie } });
    expect(reload.status).toBe(303);
    expect(reload.headers['set-cookie']).toBeUndefined();
    // A new link was minted for the next browser, and only the host's own output got it.
    expect(newLinks.at(-1)).toBe(server.link());
    expect(server.link()).not.toBe(link);
  });

  it('a guessed or altered secret is refused', async () => {
    const link = server.link();
    for (const k of [
      '',
      '0'.repeat(48),
      link.slice(-48, -1) + (link.endsWith('a') ? 'b' : 'a'),
      'x'.repeat(5000),
    ])
      expect((await send({ path: `/?k=${k}` })).status).toBe(401);
    expect(server.link()).toBe(link); // a wrong guess does not spend (or change) the real link
  });

  it('with the cookie, the API still wants the per-run token header and the right Origin (CSRF)', async () => {
    const cookie = await signIn();
    expect((await rpc({ cookie })).status).toBe(401);
    expect((await rpc({ cookie, [TOKEN_HEADER]: server.token, origin: 'http://evil.example' })).status).toBe(
      403,
    );
    const ok = await send({
      method: 'POST',
      path: RPC_HTTP_PATH,
      headers: { cookie, [TOKEN_HEADER]: server.token, 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'app.info', input: {} }),
    });
    expect(ok.status).toBe(200);
  });

  it('a forged cookie is refused', async () => {
    const forged = `tinhgon-${server.port}=${'f'.repeat(48)}`;
    expect((await send({ path: '/', headers: { cookie: forged } })).status).toBe(401);
    expect(readCookie(`a=1; ${forged}; b=2`, `tinhgon-${server.port}`)).toBe('f'.repeat(48));
  });
});

async function signIn(): Promise<string> {
  return cookieOf(await send({ path: pathOf(server.link()) }));
}
