/**
 * The province server's HTTP front: the built renderer (its "Tổng hợp" screens), /api/login and /api/logout
 * (session cookie), /rpc (the province contract), /api/submissions (a unit's package, as raw bytes),
 * /api/plans (a unit's plans and their packages) and one-time /download/ links. Listens on the LAN; TLS is a
 * reverse proxy's job (README), with `--secure-cookies` once it is in front.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { ApiFailure } from '../backend/api-failure';
import { MAX_PACKAGE_BYTES } from '../backend/submission/package-file';
import { CONTENT_SECURITY_POLICY, MIME, staticPath } from '../node-host/http-policy';
import { PROVINCE_PATHS } from '../shared/contract/province';
import { renderError, type Locale } from '../shared/errors';
import { findPlanByKey, planItemsOfUnit, plansOfUnit } from '../../db/pg/queries/plans';
import { accountOfSession, clearedCookie, login, logout, sessionCookie, sessionToken } from './auth';
import { consolidate } from './consolidate';
import type { Caller, ServerContext } from './context';
import { dispatchProvince } from './dispatch';
import { isPgUnavailable } from './pg-transaction';
import { planPackage } from './plans';
import { appendPgAudit } from '../../db/pg/queries/audit';

const MAX_JSON_BYTES = 100 * 1024 * 1024; // a catalog or a package sent as base64 through /rpc

export interface HttpOptions {
  staticDir: string;
  secureCookies: boolean;
  /** Take the client's address from X-Forwarded-For (only behind the reverse proxy). */
  trustProxy: boolean;
}

const securityHeaders = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...securityHeaders, ...extra });
  res.end(JSON.stringify(body));
}

function fail(res: ServerResponse, status: number, code: string, locale: Locale, params = {}): void {
  send(res, status, { ok: false, error: { code, message: renderError(code, params, locale) } });
}

class BodyTooLarge extends Error {}

/** The whole body, or an error when it is larger than `max` or the client went away before the end. */
function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('client went away'));
    });
  });
}

/** Refusal status of a package or request error: the caller's fault (4xx) or "try again later" (503). */
function statusOf(code: string): number {
  if (code === 'PROVINCE_NOT_YOUR_UNIT' || code === 'PROVINCE_FORBIDDEN') return 403;
  if (code === 'PACKAGE_TOO_LARGE') return 413;
  return 422;
}

export function createProvinceServer(ctx: ServerContext, o: HttpOptions): Server {
  const indexHtml = () =>
    readFileSync(`${o.staticDir}/index.html`, 'utf8').replace(
      '<head>',
      '<head><meta name="tinhgon-mode" content="province">',
    );

  const remoteOf = (req: IncomingMessage) => {
    const forwarded = o.trustProxy
      ? String(req.headers['x-forwarded-for'] ?? '')
          .split(',')[0]
          ?.trim()
      : '';
    return (forwarded || req.socket.remoteAddress) ?? '';
  };
  const localeOf = (req: IncomingMessage): Locale => (req.headers['x-tinhgon-locale'] === 'en' ? 'en' : 'vi');

  async function callerOf(req: IncomingMessage): Promise<Caller | null> {
    const account = await accountOfSession(ctx, sessionToken(req.headers.cookie));
    if (!account) return null;
    return {
      accountId: account.id,
      name: account.name,
      role: account.role,
      unitCode: account.unitCode,
      remote: remoteOf(req),
      locale: localeOf(req),
    };
  }

  /** Browsers send Origin on POST: it must be this server (SameSite=Strict already keeps other sites' cookies out). */
  const sameOrigin = (req: IncomingMessage) => {
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  };

  async function api(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const locale = localeOf(req);
    if (req.method === 'POST' && !sameOrigin(req))
      return fail(res, 403, 'PROVINCE_FORBIDDEN', locale, { name: '?', what: 'cross-origin' });
    if (path === PROVINCE_PATHS.login && req.method === 'POST') {
      const body = JSON.parse((await readBody(req, 64 * 1024)).toString('utf8') || '{}') as {
        name?: unknown;
        password?: unknown;
      };
      if (
        typeof body.name !== 'string' ||
        typeof body.password !== 'string' ||
        body.name.length > 100 ||
        body.password.length > 200
      )
        return fail(res, 400, 'PROVINCE_LOGIN_FAILED', locale);
      const { token, account } = await login(ctx, body.name, body.password, remoteOf(req));
      return send(
        res,
        200,
        { ok: true, value: { name: account.name, role: account.role } },
        { 'set-cookie': sessionCookie(token, o.secureCookies) },
      );
    }
    const caller = await callerOf(req);
    if (path === PROVINCE_PATHS.logout && req.method === 'POST') {
      await logout(ctx, sessionToken(req.headers.cookie), caller?.name ?? '?', remoteOf(req));
      return send(
        res,
        200,
        { ok: true, value: { ok: true } },
        { 'set-cookie': clearedCookie(o.secureCookies) },
      );
    }
    if (!caller) return fail(res, 401, 'PROVINCE_SIGNED_OUT', locale);

    if (path === PROVINCE_PATHS.rpc && req.method === 'POST') {
      let parsed: { method?: unknown; input?: unknown } = {};
      try {
        parsed = JSON.parse((await readBody(req, MAX_JSON_BYTES)).toString('utf8')) as typeof parsed;
      } catch (err) {
        if (err instanceof BodyTooLarge) throw err;
      }
      return send(res, 200, await dispatchProvince(ctx, caller, parsed.method, parsed.input));
    }
    if (path === PROVINCE_PATHS.submissions && req.method === 'POST') {
      const bytes = await readBody(req, MAX_PACKAGE_BYTES);
      let fileName = 'gói dữ liệu';
      try {
        fileName = decodeURIComponent(String(req.headers['x-tinhgon-file-name'] ?? fileName)).slice(0, 200);
      } catch {
        // keep the generic name
      }
      return send(res, 200, await consolidate(ctx, bytes, fileName, caller));
    }
    if (path === PROVINCE_PATHS.plans && req.method === 'GET') {
      if (caller.role !== 'unit' || !caller.unitCode)
        return fail(res, 403, 'PROVINCE_FORBIDDEN', locale, { name: caller.name, what: 'plans' });
      const plans = await plansOfUnit(ctx.pg, caller.unitCode);
      return send(
        res,
        200,
        plans.map((p) => ({ key: p.key, version: p.version, title: p.title, year: p.year })),
      );
    }
    const planPath = /^\/api\/plans\/([A-Za-z0-9._-]{3,80})\/package$/.exec(path);
    if (planPath && req.method === 'GET') {
      const plan = await findPlanByKey(ctx.pg, planPath[1]!);
      if (
        caller.role !== 'unit' ||
        !caller.unitCode ||
        !plan ||
        (await planItemsOfUnit(ctx.pg, plan.id, caller.unitCode)).length === 0
      )
        return fail(res, 404, 'PROVINCE_UNKNOWN_PLAN', locale, { plan: planPath[1]! });
      const { bytes, fileName } = await planPackage(ctx, plan, caller.unitCode);
      await appendPgAudit(ctx.pg, {
        actor: caller.name,
        action: 'plan.pull',
        entity: 'plan',
        entityKey: `${caller.unitCode}/${plan.key}`,
        remote: caller.remote,
      });
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        ...securityHeaders,
      });
      return void res.end(bytes);
    }
    const download = /^\/download\/([0-9a-f]{32})$/.exec(path);
    if (download && req.method === 'GET' && caller.role !== 'unit') {
      const entry = ctx.downloads.take(download[1]!);
      if (!entry || !existsSync(entry.file)) return fail(res, 404, 'NOT_FOUND', locale, { what: 'file' });
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(entry.name)}`,
        ...securityHeaders,
      });
      return void createReadStream(entry.file).pipe(res);
    }
    return fail(res, 404, 'NOT_FOUND', locale, { what: path.slice(0, 80) });
  }

  function serveStatic(req: IncomingMessage, res: ServerResponse, path: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false });
    const file = staticPath(o.staticDir, path);
    const isAsset = /\.[a-z0-9]+$/i.test(path);
    if (!file || !existsSync(file) || !statSync(file).isFile() || file.endsWith('/index.html')) {
      if (isAsset && !file?.endsWith('/index.html')) return send(res, 404, { ok: false });
      res.writeHead(200, { 'content-type': MIME['.html']!, ...securityHeaders });
      return void res.end(indexHtml());
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      ...securityHeaders,
    });
    createReadStream(file).pipe(res);
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const isApi = path === PROVINCE_PATHS.rpc || path.startsWith('/api/') || path.startsWith('/download/');
    if (!isApi) return serveStatic(req, res, path);
    api(req, res, path).catch((err: unknown) => {
      if (res.headersSent || res.destroyed) return;
      const locale = localeOf(req);
      if (err instanceof ApiFailure) {
        const status =
          err.code === 'PROVINCE_LOGIN_FAILED' || err.code === 'PROVINCE_ACCOUNT_LOCKED'
            ? 401
            : statusOf(err.code);
        return fail(res, status, err.code, locale, err.params);
      }
      if (err instanceof BodyTooLarge) {
        res.setHeader('connection', 'close');
        return fail(res, 413, 'PACKAGE_TOO_LARGE', locale, { file: '', mb: MAX_PACKAGE_BYTES >> 20 });
      }
      if (err instanceof SyntaxError) return fail(res, 400, 'VALIDATION', locale, { issues: 'JSON' });
      if (isPgUnavailable(err)) return fail(res, 503, 'PROVINCE_DB_UNAVAILABLE', locale);
      ctx.log(err);
      fail(res, 500, 'INTERNAL', locale);
    });
  });
  // A client whose link died mid-upload is dropped after this; nothing of its package was stored.
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;
  // Longer than clients keep idle connections, so a client never reuses one the server is just closing.
  server.keepAliveTimeout = 30_000;
  return server;
}
