import { describe, expect, it } from 'vitest';
import {
  allowedHosts,
  checkRequest,
  CONTENT_SECURITY_POLICY,
  isLoopbackAddress,
  staticPath,
  type PolicyInput,
} from '../../../electron/node-host/http-policy';

const PORT = 43117;
const TOKEN = 'a'.repeat(48);
const good: PolicyInput = {
  host: `127.0.0.1:${PORT}`,
  origin: undefined,
  token: TOKEN,
  remoteAddress: '127.0.0.1',
};
const verdict = (patch: Partial<PolicyInput>, needsToken = true) =>
  checkRequest({ ...good, ...patch }, PORT, TOKEN, needsToken);

describe('browser mode: loopback only', () => {
  it('accepts IPv4 and IPv6 loopback peers and nothing else', () => {
    for (const a of ['127.0.0.1', '127.0.0.5', '::1', '::ffff:127.0.0.1'])
      expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ['10.0.0.5', '192.168.1.10', '::ffff:192.168.1.10', 'fe80::1', '', undefined])
      expect(isLoopbackAddress(a)).toBe(false);
    expect(verdict({ remoteAddress: '192.168.1.10' })).toEqual({
      ok: false,
      status: 403,
      reason: 'not loopback',
    });
  });
});

describe('browser mode: exact Host header (no DNS rebinding)', () => {
  it('accepts only the loopback names with the exact port', () => {
    expect(allowedHosts(PORT)).toEqual([`127.0.0.1:${PORT}`, `localhost:${PORT}`, `[::1]:${PORT}`]);
    for (const host of allowedHosts(PORT)) expect(verdict({ host })).toEqual({ ok: true });
    expect(verdict({ host: `LOCALHOST:${PORT}` })).toEqual({ ok: true });
  });

  it('refuses a rebinding name, another port, a missing Host and look-alikes', () => {
    for (const host of [
      `evil.example:${PORT}`,
      '127.0.0.1:80',
      '127.0.0.1',
      undefined,
      `127.0.0.1.evil.example:${PORT}`,
      `localhost.:${PORT}`,
    ])
      expect(verdict({ host })).toMatchObject({ ok: false, status: 403, reason: 'bad host' });
  });
});

describe('browser mode: Origin', () => {
  it('allows no Origin (same-origin GET) and the app’s own origin', () => {
    expect(verdict({ origin: undefined })).toEqual({ ok: true });
    expect(verdict({ origin: `http://127.0.0.1:${PORT}` })).toEqual({ ok: true });
    expect(verdict({ origin: `http://localhost:${PORT}` })).toEqual({ ok: true });
  });

  it('refuses foreign, null, https-upgraded and other-port origins', () => {
    for (const origin of [
      'https://evil.example',
      'null',
      `https://127.0.0.1:${PORT}`,
      'http://127.0.0.1:1',
      `http://evil.example:${PORT}`,
    ])
      expect(verdict({ origin })).toMatchObject({ ok: false, status: 403, reason: 'bad origin' });
  });
});

describe('browser mode: per-run token', () => {
  it('requires the exact token on API calls (401), not on static files', () => {
    expect(verdict({ token: undefined })).toMatchObject({ ok: false, status: 401 });
    expect(verdict({ token: TOKEN.slice(1) })).toMatchObject({ ok: false, status: 401 });
    expect(verdict({ token: TOKEN.slice(0, -1) + 'b' })).toMatchObject({ ok: false, status: 401 });
    expect(verdict({ token: undefined }, false)).toEqual({ ok: true });
  });

  it('checks Host and Origin before the token (a rebinding page learns nothing from 401 vs 403)', () => {
    expect(verdict({ host: `evil.example:${PORT}`, token: undefined })).toMatchObject({ status: 403 });
  });
});

describe('browser mode: static files stay inside the app folder', () => {
  const root = '/app/out/renderer';
  it('maps normal paths and the root', () => {
    expect(staticPath(root, '/')).toBe(`${root}/index.html`);
    expect(staticPath(root, '/assets/index-abc.js?v=1')).toBe(`${root}/assets/index-abc.js`);
  });

  it('refuses traversal in every spelling, backslashes, NUL and dotfiles', () => {
    for (const p of [
      '/../../etc/passwd',
      '/assets/../../secret',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/%2E%2E%2Fsecret',
      '/..%5c..%5csecret',
      '/assets%5c..%5c..%5csecret',
      '/a%00.js',
      '/.env',
      '/%',
    ])
      expect(staticPath(root, p), p).toBeNull();
  });
});

describe('browser mode: content security policy', () => {
  it('allows only the app itself: no eval, no plugins, no framing, no foreign connections', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|http:/);
  });
});
