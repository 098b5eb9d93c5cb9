import { describe, expect, test } from 'vitest';
import { isAppUrl } from '../../../electron/main/security/app-origin';
import { isNavigationAllowed } from '../../../electron/main/security/navigation-policy';

describe('checklist item 13: navigation limited to the app origin', () => {
  test('pages of the app are allowed', () => {
    for (const url of [
      'app://tinhgon/index.html',
      'app://tinhgon/',
      'app://tinhgon/index.html#/review?x=1',
      'APP://TINHGON/index.html',
    ])
      expect(isNavigationAllowed(url), url).toBe(true);
  });

  test('everything else is blocked, including look-alikes that a prefix check would let through', () => {
    const blocked = [
      'https://dichvucong.gov.vn/',
      'http://127.0.0.1:5173/',
      'file:///C:/Windows/win.ini',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(1)',
      'app://tinhgon.evil.example/index.html',
      'app://evil/index.html',
      'app://tinhgon:8080/index.html',
      'app://user:pass@tinhgon/index.html',
      'app://tinhgon@evil/index.html',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      'chrome://settings',
      'not a url',
      '',
    ];
    for (const url of blocked) expect(isNavigationAllowed(url), url).toBe(false);
  });

  test('non-string input is denied, never thrown on', () => {
    for (const v of [undefined, null, 42, {}, ['app://tinhgon/']]) expect(isAppUrl(v)).toBe(false);
  });
});
