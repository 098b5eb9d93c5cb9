import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

/**
 * The thin Electron modules, run against a recording fake of the `electron` module (the binary is not needed):
 * checks that electron/main/index.ts really wires each policy into the Electron API it protects, in the right
 * order (scheme privileges and sandbox before ready).
 */
type Handler = (...args: unknown[]) => unknown;
const calls: string[] = [];
const appHandlers = new Map<string, Handler[]>();
let ready!: () => void;
const whenReady = new Promise<void>((r) => (ready = r));
const state = {
  paths: new Map<string, string>(),
  privileges: [] as unknown[],
  protocolHandlers: new Map<string, Handler>(),
  ipcHandlers: new Map<string, Handler>(),
  permissionRequest: null as Handler | null,
  permissionCheck: null as Handler | null,
  windows: [] as { options: Record<string, unknown>; url: string | null }[],
  menu: null as unknown,
  opened: [] as string[],
  errorBoxes: [] as string[],
};

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { send: vi.fn(), reload: vi.fn() };
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push({ options, url: null });
      calls.push('new BrowserWindow');
    }
    once() {}
    on() {}
    maximize() {}
    show() {}
    isDestroyed() {
      return false;
    }
    loadURL(url: string) {
      const w = state.windows.at(-1);
      if (w) w.url = url;
      return Promise.resolve();
    }
  }
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  return {
    app: {
      setPath: (name: string, value: string) => state.paths.set(name, value),
      getPath: (name: string) => state.paths.get(name) ?? tmpdir(),
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), true),
      on: (name: string, h: Handler) => appHandlers.set(name, [...(appHandlers.get(name) ?? []), h]),
      whenReady: () => (calls.push('whenReady'), whenReady),
      quit: () => calls.push('quit'),
      getAppPath: () => tmpdir(),
      getVersion: () => '0.0.0',
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => (
        calls.push('registerSchemesAsPrivileged'),
        state.privileges.push(...s)
      ),
      handle: (scheme: string, h: Handler) => state.protocolHandlers.set(scheme, h),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Handler) => (state.permissionRequest = h),
        setPermissionCheckHandler: (h: Handler) => (state.permissionCheck = h),
      },
    },
    shell: { openExternal: (url: string) => (state.opened.push(url), Promise.resolve()) },
    ipcMain: { handle: (channel: string, h: Handler) => state.ipcHandlers.set(channel, h) },
    dialog: {
      showErrorBox: (title: string, body: string) => state.errorBoxes.push(`${title}: ${body}`),
      showMessageBox: () => Promise.resolve({ response: 0 }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
    },
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (m: unknown) => (state.menu = m),
    },
    BrowserWindow,
  };
});

let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tinhgon-main-'));
  vi.stubEnv('TINHGON_DATA_DIR', dataDir);
  vi.stubEnv('TINHGON_DB', '');
  await import('../../../electron/main/index');
  calls.push('-- ready --');
  ready();
  await whenReady;
  await new Promise((r) => setImmediate(r));
}, 60_000);

afterAll(() => {
  for (const h of appHandlers.get('will-quit') ?? []) h();
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A fake webContents that records listeners, handed to the app's web-contents-created hook. */
function fakeContents() {
  const listeners = new Map<string, Handler>();
  let openHandler: Handler | null = null;
  const contents = {
    on: (name: string, h: Handler) => listeners.set(name, h),
    setWindowOpenHandler: (h: Handler) => (openHandler = h),
  };
  for (const h of appHandlers.get('web-contents-created') ?? []) h({}, contents);
  const fire = (name: string, url: string) => {
    let prevented = false;
    const event = { url, preventDefault: () => (prevented = true) };
    listeners.get(name)?.(event, url);
    return prevented;
  };
  return { fire, open: (url: string) => openHandler?.({ url }) };
}

describe('electron/main/index.ts wires every policy into Electron', () => {
  test('sandbox, scheme privileges and single-instance lock come before ready; the backend opened in the data dir', () => {
    expect(state.errorBoxes).toEqual([]);
    const readyAt = calls.indexOf('-- ready --');
    for (const c of ['enableSandbox', 'registerSchemesAsPrivileged', 'requestSingleInstanceLock'])
      expect(calls.indexOf(c), c).toBeLessThan(readyAt);
    expect(state.privileges).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
      },
    ]);
    expect(state.paths.get('userData')).toBe(dataDir);
  });

  test('items 1–4, 6, 8–10: one window with the secure webPreferences, loading app://tinhgon/index.html', () => {
    expect(state.windows).toHaveLength(1);
    const w = state.windows[0]!;
    expect(w.url).toBe('app://tinhgon/index.html');
    expect(w.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    });
    expect(String((w.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload[\\/]index\.cjs$/,
    );
  });

  test('items 13–15 and 11–12: navigation, redirects, new windows and webviews are guarded', () => {
    const c = fakeContents();
    expect(c.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(c.fire('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(c.fire('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(c.fire('will-navigate', 'app://tinhgon/index.html')).toBe(false);
    expect(c.fire('will-attach-webview', 'app://tinhgon/index.html')).toBe(true);
    expect(c.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(c.open('https://dichvucong.gov.vn/')).toEqual({ action: 'deny' });
    expect(state.opened).toEqual(['https://dichvucong.gov.vn/']);
  });

  test('item 5: permission requests and checks are denied', () => {
    let granted: unknown = 'not called';
    state.permissionRequest?.(
      { getURL: () => 'app://tinhgon/index.html' },
      'media',
      (v: unknown) => (granted = v),
    );
    expect(granted).toBe(false);
    expect(state.permissionCheck?.(null, 'clipboard-read', 'app://tinhgon')).toBe(false);
  });

  test('item 17: the RPC handler refuses a foreign frame and serves the app frame from the real backend', async () => {
    const handler = state.ipcHandlers.get('tinhgon:rpc');
    expect(handler).toBeDefined();
    const forged = (await handler?.({ senderFrame: { url: 'https://evil.example/' } }, 'app.info', {})) as {
      ok: boolean;
      error?: { code: string };
    };
    expect(forged).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const info = (await handler?.({ senderFrame: { url: 'app://tinhgon/index.html' } }, 'app.info', {})) as {
      ok: boolean;
      value?: { mode: string; isDemo: boolean; dbName: string };
    };
    expect(info).toMatchObject({
      ok: true,
      value: { mode: 'electron', isDemo: true, dbName: 'tinhgon.sqlite' },
    });
    const destroyed = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    expect(await handler?.(destroyed, 'app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  test('item 18 and 7: the app scheme handler refuses other hosts and sends the CSP on what it serves', async () => {
    const handle = state.protocolHandlers.get('app');
    expect(handle).toBeDefined();
    const foreign = (await handle?.({ url: 'app://evil/index.html' })) as Response;
    expect(foreign.status).toBe(403);
    const traversal = (await handle?.({ url: 'app://tinhgon/..%2f..%2fpackage.json' })) as Response;
    expect(traversal.status).toBe(403);
  });

  test('the Vietnamese menu is installed', () => {
    const menu = state.menu as { label: string }[];
    expect(menu.map((m) => m.label.replace(/&/g, ''))).toEqual(['Tệp', 'Sửa', 'Thủ tục', 'Xem', 'Trợ giúp']);
  });
});
