import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { RPC_CHANNEL } from '../shared/contract/envelope';
import type { Locale } from '../shared/errors';
import { gateRpc, type Dispatch } from './security/rpc-gate';

/**
 * The one IPC entry point (items 17 and 20): `ipcMain.handle(RPC_CHANNEL)`. The sender frame's URL is checked
 * before anything reaches the backend; the renderer passes a method name and zod-validated input, never a file
 * path (main shows the dialogs and passes paths to the backend itself).
 */
export function handleRpc(dispatch: Dispatch, locale: () => Locale): void {
  ipcMain.handle(RPC_CHANNEL, (event, method: unknown, input: unknown) =>
    gateRpc({ senderUrl: senderUrl(event), method, input }, dispatch, locale()),
  );
}

/** A frame destroyed or navigated away mid-call has no usable URL (Electron may throw): treated as untrusted. */
function senderUrl(event: IpcMainInvokeEvent): string | undefined {
  try {
    return event.senderFrame?.url;
  } catch {
    return undefined;
  }
}
