import { describe, expect, test } from 'vitest';
import { shouldPreventWebviewAttach } from '../../../electron/main/security/webview-policy';
import { secureWebPreferences } from '../../../electron/main/security/web-preferences';

describe('checklist items 11–12: no <webview>', () => {
  test('the tag is disabled in every window', () =>
    expect(secureWebPreferences('/p/index.cjs').webviewTag).toBe(false));
  test('will-attach-webview is prevented whatever its options', () => {
    expect(shouldPreventWebviewAttach({ src: 'app://tinhgon/index.html' })).toBe(true);
    expect(shouldPreventWebviewAttach({ src: 'https://evil.example/', allowpopups: true })).toBe(true);
    expect(shouldPreventWebviewAttach({})).toBe(true);
  });
});
