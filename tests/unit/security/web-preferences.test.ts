import { describe, expect, test } from 'vitest';
import {
  secureWebPreferences,
  webPreferencesViolations,
} from '../../../electron/main/security/web-preferences';
import { mainWindowOptions } from '../../../electron/main/window/window-options';

const prefs = secureWebPreferences('/app/out/preload/index.cjs');
const options = mainWindowOptions({ x: 10, y: 20, width: 1200, height: 800 }, prefs);

describe('window options (checklist items 2, 3, 4, 6, 8, 9, 10, 11)', () => {
  test('item 2: no Node integration anywhere in the renderer', () => {
    expect(options.webPreferences.nodeIntegration).toBe(false);
    expect(options.webPreferences.nodeIntegrationInWorker).toBe(false);
    expect(options.webPreferences.nodeIntegrationInSubFrames).toBe(false);
  });
  test('item 3: context isolation on', () => expect(options.webPreferences.contextIsolation).toBe(true));
  test('item 4: sandbox on, with the CJS preload bundle', () => {
    expect(options.webPreferences.sandbox).toBe(true);
    expect(options.webPreferences.preload).toBe('/app/out/preload/index.cjs');
  });
  test('item 6: webSecurity kept on', () => expect(options.webPreferences.webSecurity).toBe(true));
  test('item 8: no insecure content', () =>
    expect(options.webPreferences.allowRunningInsecureContent).toBe(false));
  test('item 9: no experimental features', () =>
    expect(options.webPreferences.experimentalFeatures).toBe(false));
  test('item 10: no enableBlinkFeatures key at all', () =>
    expect('enableBlinkFeatures' in options.webPreferences).toBe(false));
  test('items 11–12: webview tag disabled', () => expect(options.webPreferences.webviewTag).toBe(false));

  test('the options main passes to BrowserWindow have no violations and open hidden until ready', () => {
    expect(webPreferencesViolations({ ...options.webPreferences })).toEqual([]);
    expect(options.show).toBe(false);
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, title: 'TinhGọn' });
  });

  test('each weakened option is reported', () => {
    const weakened: [string, unknown, RegExp][] = [
      ['sandbox', false, /sandbox/],
      ['contextIsolation', false, /contextIsolation/],
      ['nodeIntegration', true, /nodeIntegration/],
      ['webSecurity', false, /webSecurity/],
      ['allowRunningInsecureContent', true, /allowRunningInsecureContent/],
      ['experimentalFeatures', true, /experimentalFeatures/],
      ['webviewTag', true, /webviewTag/],
      ['enableBlinkFeatures', 'CSSVariables', /enableBlinkFeatures/],
      ['nodeIntegrationInSubFrames', true, /nodeIntegrationInSubFrames/],
      ['preload', '/app/preload.mjs', /preload/],
    ];
    for (const [key, value, message] of weakened) {
      const problems = webPreferencesViolations({ ...prefs, [key]: value });
      expect(problems.join('\n'), key).toMatch(message);
    }
    expect(webPreferencesViolations({})).toHaveLength(8); // Electron defaults are not trusted implicitly
  });
});
