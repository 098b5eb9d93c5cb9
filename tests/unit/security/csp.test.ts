import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { APP_CONTENT_SECURITY_POLICY, cspWeaknesses, parseCsp } from '../../../electron/main/security/csp';
import { appResponseHeaders } from '../../../electron/main/security/protocol-policy';

describe('checklist item 7: Content Security Policy', () => {
  const csp = parseCsp(APP_CONTENT_SECURITY_POLICY);

  test("script-src is exactly 'self' and nothing allows eval", () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(APP_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(cspWeaknesses(APP_CONTENT_SECURITY_POLICY)).toEqual([]);
  });

  test('objects, base URI and framing are closed', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  test('every app:// response carries the CSP header and nosniff', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8');
    expect(headers['content-security-policy']).toBe(APP_CONTENT_SECURITY_POLICY);
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  test("the meta CSP in renderer/index.html is as strict (script-src 'self', no eval)", () => {
    const html = readFileSync(resolve(__dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(cspWeaknesses(meta ?? '')).toEqual([]);
  });

  test('weak policies are detected', () => {
    expect(
      cspWeaknesses(
        "default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'",
      ),
    ).toContain("script-src must be exactly 'self'");
    expect(cspWeaknesses("default-src *; object-src 'none'; base-uri 'none'").join()).toMatch(/any host/);
    expect(cspWeaknesses("default-src 'self'; script-src 'self' https:").join()).toMatch(/any host|exactly/);
    expect(cspWeaknesses("default-src 'self'; script-src 'self'").join()).toMatch(/object-src/);
    expect(cspWeaknesses('').join()).toMatch(/no script-src/);
  });
});
