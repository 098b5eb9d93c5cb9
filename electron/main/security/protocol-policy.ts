import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, isAppUrl, parseUrl } from './app-origin';
import { APP_CONTENT_SECURITY_POLICY } from './csp';

/**
 * Checklist item 18 (no `file://`): the renderer is served from `app://tinhgon/…` by `protocol.handle`.
 * The scheme is registered before `ready` as standard (relative URLs, an origin of its own), secure (a secure
 * context, like https) and CORS/fetch-enabled (Vite emits `<script type="module" crossorigin>`, which Chromium
 * loads in CORS mode). Privileges are data here so the test can read them.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export type AppRequestResolution =
  { ok: true; file: string; headers: Record<string, string> } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps an `app://tinhgon/<path>` request to a file strictly inside `rendererRoot`. Refuses other hosts,
 * traversal (`..`, encoded or not), dot-files, backslashes, NUL and unknown file types (so nothing but the
 * built renderer can be read through the scheme). `/` is the index page.
 */
export function resolveAppRequest(rendererRoot: string, requestUrl: string): AppRequestResolution {
  const url = parseUrl(requestUrl);
  if (!url || !isAppUrl(requestUrl) || url.hostname.toLowerCase() !== APP_HOST)
    return { ok: false, status: 403 };
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (path.includes('\0') || path.includes('\\')) return { ok: false, status: 400 };
  const parts = path.split('/').filter(Boolean);
  if (parts.some((p) => p === '..' || p.startsWith('.') || p.includes(':')))
    return { ok: false, status: 403 };
  const rel = parts.length ? parts.join('/') : 'index.html';
  const root = resolve(rendererRoot);
  const file = resolve(root, rel);
  if (!file.startsWith(root + sep)) return { ok: false, status: 403 };
  const type = CONTENT_TYPES[extname(file).toLowerCase()];
  if (!type) return { ok: false, status: 404 };
  return { ok: true, file, headers: appResponseHeaders(type) };
}

/** Headers on every app response: the CSP (item 7), no MIME sniffing, no caching of stale builds. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': APP_CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
}
