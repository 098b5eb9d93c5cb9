/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security, items 1–20 as listed in
 * reliability-perf.md §2.1) mapped to the code that implements each item, or to the reason it does not apply.
 * `module` is a repo-relative path and `exports` the names it must export; the unit test imports each one,
 * so a renamed or deleted policy fails the build machines' tests. `wiredIn` names the thin Electron module
 * that applies the policy at run time.
 */
export interface ChecklistImplementation {
  module: string;
  exports: readonly string[];
}

export interface ChecklistEntry {
  item: number;
  title: string;
  implementedBy: readonly ChecklistImplementation[];
  wiredIn?: string;
  /** Why the item does not apply (or is a process step, not code); required when implementedBy is empty. */
  notApplicable?: string;
}

const S = 'electron/main/security/';

export const SECURITY_CHECKLIST: readonly ChecklistEntry[] = [
  {
    item: 1,
    title: 'Only load secure content',
    implementedBy: [
      { module: `${S}app-origin.ts`, exports: ['APP_ENTRY_URL', 'isAppUrl'] },
      { module: `${S}navigation-policy.ts`, exports: ['isNavigationAllowed'] },
    ],
    wiredIn: 'electron/main/window/main-window.ts (loads APP_ENTRY_URL only; nothing remote is ever loaded)',
  },
  {
    item: 2,
    title: 'Do not enable Node.js integration for remote content',
    implementedBy: [
      { module: `${S}web-preferences.ts`, exports: ['secureWebPreferences', 'webPreferencesViolations'] },
    ],
    wiredIn: 'electron/main/window/main-window.ts',
  },
  {
    item: 3,
    title: 'Enable context isolation',
    implementedBy: [{ module: `${S}web-preferences.ts`, exports: ['secureWebPreferences'] }],
    wiredIn: 'electron/main/window/main-window.ts',
  },
  {
    item: 4,
    title: 'Enable process sandboxing',
    implementedBy: [{ module: `${S}web-preferences.ts`, exports: ['secureWebPreferences'] }],
    wiredIn: 'electron/main/window/main-window.ts; electron/main/index.ts (app.enableSandbox())',
  },
  {
    item: 5,
    title: 'Handle session permission requests',
    implementedBy: [
      { module: `${S}permission-policy.ts`, exports: ['isPermissionGranted', 'GRANTED_PERMISSIONS'] },
    ],
    wiredIn: 'electron/main/web-contents-guards.ts (setPermissionRequestHandler + setPermissionCheckHandler)',
  },
  {
    item: 6,
    title: 'Do not disable webSecurity',
    implementedBy: [
      { module: `${S}web-preferences.ts`, exports: ['secureWebPreferences', 'webPreferencesViolations'] },
    ],
    wiredIn: 'electron/main/window/main-window.ts',
  },
  {
    item: 7,
    title: 'Define a Content Security Policy',
    implementedBy: [
      { module: `${S}csp.ts`, exports: ['APP_CONTENT_SECURITY_POLICY', 'cspWeaknesses'] },
      { module: `${S}protocol-policy.ts`, exports: ['appResponseHeaders'] },
    ],
    wiredIn:
      'electron/main/app-protocol.ts (CSP header on every response; renderer/index.html has the meta copy)',
  },
  {
    item: 8,
    title: 'Do not enable allowRunningInsecureContent',
    implementedBy: [
      { module: `${S}web-preferences.ts`, exports: ['secureWebPreferences', 'webPreferencesViolations'] },
    ],
    wiredIn: 'electron/main/window/main-window.ts',
  },
  {
    item: 9,
    title: 'Do not enable experimental features',
    implementedBy: [
      { module: `${S}web-preferences.ts`, exports: ['secureWebPreferences', 'webPreferencesViolations'] },
    ],
    wiredIn: 'electron/main/window/main-window.ts',
  },
  {
    item: 10,
    title: 'Do not use enableBlinkFeatures',
    implementedBy: [{ module: `${S}web-preferences.ts`, exports: ['webPreferencesViolations'] }],
    wiredIn: 'electron/main/window/main-window.ts (throws before creating a window that sets it)',
  },
  {
    item: 11,
    title: '<webview>: do not use allowpopups',
    implementedBy: [
      { module: `${S}web-preferences.ts`, exports: ['secureWebPreferences'] },
      { module: `${S}webview-policy.ts`, exports: ['shouldPreventWebviewAttach'] },
    ],
    wiredIn: 'electron/main/web-contents-guards.ts (webviewTag:false, will-attach-webview prevented)',
  },
  {
    item: 12,
    title: 'Verify webview options before creation',
    implementedBy: [{ module: `${S}webview-policy.ts`, exports: ['shouldPreventWebviewAttach'] }],
    wiredIn: 'electron/main/web-contents-guards.ts',
  },
  {
    item: 13,
    title: 'Disable or limit navigation',
    implementedBy: [{ module: `${S}navigation-policy.ts`, exports: ['isNavigationAllowed'] }],
    wiredIn: 'electron/main/web-contents-guards.ts (will-navigate, will-frame-navigate, will-redirect)',
  },
  {
    item: 14,
    title: 'Disable or limit creation of new windows',
    implementedBy: [{ module: `${S}external-url-policy.ts`, exports: ['decideWindowOpen'] }],
    wiredIn: 'electron/main/web-contents-guards.ts (setWindowOpenHandler → deny)',
  },
  {
    item: 15,
    title: 'Do not use shell.openExternal with untrusted content',
    implementedBy: [
      { module: `${S}external-url-policy.ts`, exports: ['isAllowedExternalUrl', 'EXTERNAL_URL_ALLOWLIST'] },
    ],
    wiredIn: 'electron/main/web-contents-guards.ts (the only shell.openExternal call)',
  },
  {
    item: 16,
    title: 'Use a current version of Electron',
    implementedBy: [],
    notApplicable:
      'Process, not code: package.json pins electron exactly (39.5.0, a supported major at the time of writing); ' +
      'the release checklist bumps it to the newest patch of a supported major (Electron supports the latest ' +
      'three majors) and reruns the desktop E2E suite. No runtime check can know the newest release offline.',
  },
  {
    item: 17,
    title: 'Validate the sender of all IPC messages',
    implementedBy: [
      { module: `${S}ipc-sender-policy.ts`, exports: ['isTrustedSender'] },
      { module: `${S}rpc-gate.ts`, exports: ['gateRpc'] },
    ],
    wiredIn: 'electron/main/ipc.ts (the single ipcMain.handle(RPC_CHANNEL))',
  },
  {
    item: 18,
    title: 'Avoid usage of the file:// protocol and prefer custom protocols',
    implementedBy: [
      { module: `${S}protocol-policy.ts`, exports: ['APP_SCHEME_PRIVILEGES', 'resolveAppRequest'] },
      { module: `${S}app-origin.ts`, exports: ['APP_ORIGIN'] },
    ],
    wiredIn:
      'electron/main/app-protocol.ts (registerSchemesAsPrivileged before ready, protocol.handle after)',
  },
  {
    item: 19,
    title: 'Check which fuses you can change',
    implementedBy: [{ module: `${S}fuses.ts`, exports: ['RECOMMENDED_FUSES'] }],
    wiredIn:
      'electron/main/security/fuses.ts (fuses.json; build/after-pack.mjs, the electron-builder afterPack hook, ' +
      'flips that list with @electron/fuses in every packaged binary; tests/unit/packaging checks it)',
  },
  {
    item: 20,
    title: 'Do not expose Electron APIs to untrusted web content',
    implementedBy: [{ module: `${S}preload-bridge.ts`, exports: ['createBridge', 'BRIDGE_KEY'] }],
    wiredIn: 'electron/preload/index.ts (exposeInMainWorld("tinhgon", { invoke, onMenu }) only)',
  },
];

/** Items with neither an implementation nor a reason; the unit test requires this to be empty. */
export function uncoveredChecklistItems(list: readonly ChecklistEntry[] = SECURITY_CHECKLIST): number[] {
  const missing: number[] = [];
  for (let item = 1; item <= 20; item++) {
    const entry = list.find((e) => e.item === item);
    const reason = entry?.notApplicable?.trim() ?? '';
    if (!entry || (entry.implementedBy.length === 0 && reason.length === 0)) missing.push(item);
  }
  return missing;
}
