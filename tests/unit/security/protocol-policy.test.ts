import { join, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { APP_ORIGIN } from '../../../electron/main/security/app-origin';
import { APP_CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp';
import { APP_SCHEME_PRIVILEGES, resolveAppRequest } from '../../../electron/main/security/protocol-policy';

const root = resolve('/srv/tinhgon/out/renderer');

describe('checklist item 18: the UI is served from app://tinhgon, never file://', () => {
  test('the scheme is registered privileged: standard, secure, fetch and CORS for module scripts', () => {
    expect(APP_ORIGIN).toBe('app://tinhgon');
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    });
  });

  test('files of the built renderer are served with their type and the CSP', () => {
    const index = resolveAppRequest(root, 'app://tinhgon/');
    expect(index).toMatchObject({ ok: true, file: join(root, 'index.html') });
    const js = resolveAppRequest(root, 'app://tinhgon/assets/index-KMq83ghI.js?v=1#x');
    expect(js.ok && js.file).toBe(join(root, 'assets', 'index-KMq83ghI.js'));
    expect(js.ok && js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.ok && js.headers['content-security-policy']).toBe(APP_CONTENT_SECURITY_POLICY);
    const font = resolveAppRequest(root, 'app://tinhgon/assets/noto-sans-vietnamese-400-normal.woff2');
    expect(font.ok && font.headers['content-type']).toBe('font/woff2');
    const spaced = resolveAppRequest(root, 'app://tinhgon/assets/a%20b.css');
    expect(spaced.ok && spaced.file).toBe(join(root, 'assets', 'a b.css'));
  });

  test('traversal, other hosts and odd paths never leave the renderer folder', () => {
    const cases: [string, number][] = [
      // URL parsing already removes (encoded) dot segments: these stay inside the folder (0 = inside or refused)
      ['app://tinhgon/../../etc/passwd', 0],
      ['app://tinhgon/%2e%2e/%2e%2e/etc/passwd.js', 0],
      ['app://tinhgon/assets/..%2f..%2fsecret.js', 403],
      ['app://tinhgon/assets%5c..%5c..%5csecret.js', 400],
      ['app://tinhgon/%00.js', 400],
      ['app://tinhgon/.env', 403],
      ['app://tinhgon/assets/.hidden.js', 403],
      ['app://tinhgon/C:/Windows/win.ini', 403],
      ['app://tinhgon/%E0%A4%A.js', 400],
      ['app://evil/index.html', 403],
      ['app://tinhgon:81/index.html', 403],
      ['file:///srv/tinhgon/out/renderer/index.html', 403],
      ['app://tinhgon/main.sqlite', 404],
      ['app://tinhgon/preload.node', 404],
    ];
    for (const [url, status] of cases) {
      const r = resolveAppRequest(root, url);
      if (status !== 0) expect(r.ok ? 200 : r.status, url).toBe(status);
      else if (r.ok) expect(r.file.startsWith(root + sep), url).toBe(true);
    }
  });
});
