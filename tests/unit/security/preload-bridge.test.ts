import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { RPC_CHANNEL } from '../../../electron/shared/contract/envelope';
import { MENU_CHANNEL } from '../../../electron/shared/contract/menu';
import { BRIDGE_KEY, createBridge, type RendererIpc } from '../../../electron/main/security/preload-bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: 1 })),
    on: vi.fn((channel: string, l: Listener) =>
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l)),
    ),
    removeListener: vi.fn((channel: string, l: Listener) => listeners.get(channel)?.delete(l)),
  } satisfies RendererIpc;
  const emit = (channel: string, ...args: unknown[]) =>
    listeners.get(channel)?.forEach((l) => l({ sender: 'ipcRenderer internals' }, ...args));
  return { ipc, emit, listeners };
}

describe('checklist item 20: the page gets two functions, not Electron APIs', () => {
  test('the bridge has exactly invoke and onMenu', () => {
    expect(BRIDGE_KEY).toBe('tinhgon');
    expect(Object.keys(createBridge(fakeIpc().ipc)).sort()).toEqual(['invoke', 'onMenu']);
  });

  test('invoke always uses the single RPC channel; the page cannot choose another', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    await bridge.invoke('app.info', {});
    await bridge.invoke('tinhgon:menu', { x: 1 });
    expect(ipc.invoke.mock.calls).toEqual([
      [RPC_CHANNEL, 'app.info', {}],
      [RPC_CHANNEL, 'tinhgon:menu', { x: 1 }],
    ]);
  });

  test('onMenu passes known commands only, never the IPC event, and can unsubscribe', () => {
    const { ipc, emit } = fakeIpc();
    const seen: unknown[][] = [];
    const stop = createBridge(ipc).onMenu((...args) => seen.push(args));
    emit(MENU_CHANNEL, 'undo');
    emit(MENU_CHANNEL, 'rm -rf');
    emit(MENU_CHANNEL, { command: 'undo' });
    emit(MENU_CHANNEL, 'redo');
    expect(seen).toEqual([['undo'], ['redo']]);
    stop();
    emit(MENU_CHANNEL, 'undo');
    expect(seen).toHaveLength(2);
    expect(createBridge(ipc).onMenu('not a function' as never)()).toBeUndefined();
  });

  test('the preload imports only electron at run time (sandboxed preload)', () => {
    const source = readFileSync(resolve(__dirname, '../../../electron/preload/index.ts'), 'utf8');
    const imports = [...source.matchAll(/^import\s+(type\s+)?[^;]*from\s+'([^']+)'/gm)]
      .filter((m) => !m[1])
      .map((m) => m[2]);
    expect(imports).toEqual(['electron', '../main/security/preload-bridge']);
    // and what the bridge pulls in is constants and pure functions, no node:* or electron
    for (const file of [
      'electron/main/security/preload-bridge.ts',
      'electron/shared/contract/menu.ts',
      'electron/shared/contract/envelope.ts',
    ]) {
      const text = readFileSync(resolve(__dirname, '../../..', file), 'utf8');
      const runtime = [...text.matchAll(/^import\s+(type\s+)?[^;]*from\s+'([^']+)'/gm)]
        .filter((m) => !m[1])
        .map((m) => m[2]);
      for (const spec of runtime) expect(spec, `${file} imports ${spec}`).toMatch(/^\.\.?\//);
    }
  });

  test('the preload exposes the bridge under window.tinhgon and nothing else', async () => {
    const exposeInMainWorld = vi.fn();
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: fakeIpc().ipc }));
    await import('../../../electron/preload/index');
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('tinhgon');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onMenu']);
    vi.doUnmock('electron');
  });
});
