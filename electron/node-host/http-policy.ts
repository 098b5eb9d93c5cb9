/**
 * Browser-mode request policy, as pure functions so each rule is unit-tested:
 * loopback only, exact Host (defeats DNS rebinding), same Origin when a browser sends one, the per-run token on
 * every API call, and no CORS headers ever (other origins cannot read responses).
 */
export interface PolicyInput {
  host: string | undefined;
  origin: string | undefined;
  token: string | undefined;
  remoteAddress: string | undefined;
}

export type PolicyVerdict = { ok: true } | { ok: false; status: 403 | 401; reason: string };

export function isLoopbackAddress(addr: string | undefined): boolean {
  if (!addr) return false;
  return addr === '::1' || addr.startsWith('127.') || addr.startsWith('::ffff:127.');
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
}

export function checkRequest(
  req: PolicyInput,
  port: number,
  expectedToken: string,
  needsToken: boolean,
): PolicyVerdict {
  if (!isLoopbackAddress(req.remoteAddress)) return { ok: false, status: 403, reason: 'not loopback' };
  const hosts = allowedHosts(port);
  if (!req.host || !hosts.includes(req.host.toLowerCase()))
    return { ok: false, status: 403, reason: 'bad host' };
  if (req.origin !== undefined && !hosts.map((h) => `http://${h}`).includes(req.origin.toLowerCase()))
    return { ok: false, status: 403, reason: 'bad origin' };
  if (needsToken && !timingSafeEqualText(req.token ?? '', expectedToken))
    return { ok: false, status: 401, reason: 'bad token' };
  return { ok: true };
}

function timingSafeEqualText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The same CSP as the Electron app (see electron/main/security), sent as a header in browser mode. */
/** The content types of the renderer's static files, served by the browser-mode host and the province server. */
export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
};

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // AG Grid injects its theme CSS at run time
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Resolves a URL path to a file strictly inside `root`, or null (no traversal, no dotfiles). */
export function staticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const parts = decoded.split('/').filter(Boolean);
  if (parts.some((p) => p === '..' || p.startsWith('.') || p.includes('\\'))) return null;
  const rel = parts.length ? parts.join('/') : 'index.html';
  return `${root.replace(/[\\/]+$/, '')}/${rel}`;
}
