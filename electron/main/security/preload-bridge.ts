import type { Envelope } from '../../shared/contract/envelope';
import { RPC_CHANNEL } from '../../shared/contract/envelope';
import { isMenuCommand, MENU_CHANNEL, type MenuCommand } from '../../shared/contract/menu';

/**
 * Checklist item 20 (do not expose Electron APIs to web content): the only object the preload puts on
 * `window` is this bridge: one `invoke` over the single RPC channel and one `onMenu` listener. No
 * `ipcRenderer`, no event objects, no channel names chosen by the page. Pure (it takes the ipcRenderer it
 * wraps) so tests can check it; the preload bundles it, and it has no runtime import besides constants.
 */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export interface TinhgonBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Calls `cb` with each menu command; returns the function that stops listening. */
  onMenu(cb: (command: MenuCommand) => void): () => void;
}

export const BRIDGE_KEY = 'tinhgon';

export function createBridge(ipc: RendererIpc): TinhgonBridge {
  return {
    invoke: (method, input) => ipc.invoke(RPC_CHANNEL, method, input) as Promise<Envelope<unknown>>,
    onMenu: (cb) => {
      if (typeof cb !== 'function') return () => undefined;
      const listener = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) cb(command); // the IpcRendererEvent never reaches the page
      };
      ipc.on(MENU_CHANNEL, listener);
      return () => {
        ipc.removeListener(MENU_CHANNEL, listener);
      };
    },
  };
}
