/**
 * Checklist items 2, 3, 4, 6, 8, 9, 10, 11 and 12: the webPreferences of every window, built in one place.
 * Written as plain data (no `electron` import) so the unit tests read exactly what main passes to
 * `new BrowserWindow`. Most values equal Electron's defaults; they are spelled out so a future edit that flips
 * one is visible in review and caught by `webPreferencesViolations`.
 */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  spellcheck: false;
}

export function secureWebPreferences(preloadPath: string): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true, // item 3
    sandbox: true, // item 4: the preload is one CJS bundle that needs only `electron`
    nodeIntegration: false, // item 2
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true, // item 6
    allowRunningInsecureContent: false, // item 8
    experimentalFeatures: false, // item 9
    webviewTag: false, // items 11–12
    navigateOnDragDrop: false, // a file dropped on the window must not replace the app page
    spellcheck: false, // the Vietnamese dictionary is not bundled; avoids red underlines on every word
  };
}

/** The rules above as checks over any options object; main refuses to open a window that breaks one. */
export function webPreferencesViolations(prefs: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const must = (key: string, value: unknown) => {
    if (prefs[key] !== value) problems.push(`${key} must be ${String(value)}`);
  };
  must('contextIsolation', true);
  must('sandbox', true);
  must('nodeIntegration', false);
  must('webSecurity', true);
  must('allowRunningInsecureContent', false);
  must('experimentalFeatures', false);
  must('webviewTag', false);
  if (prefs.nodeIntegrationInWorker === true) problems.push('nodeIntegrationInWorker must not be true');
  if (prefs.nodeIntegrationInSubFrames === true) problems.push('nodeIntegrationInSubFrames must not be true');
  if ('enableBlinkFeatures' in prefs) problems.push('enableBlinkFeatures must not be set'); // item 10
  if (typeof prefs.preload !== 'string' || !/index\.cjs$/.test(prefs.preload))
    problems.push('preload must be the CJS bundle index.cjs');
  return problems;
}
