import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, createBridge } from '../main/security/preload-bridge';

/**
 * Sandboxed preload (built as one CJS file, out/preload/index.cjs): its only runtime import is `electron`;
 * the bridge and the channel constants are bundled in. It exposes `window.tinhgon = { invoke, onMenu }` and
 * nothing else (checklist items 3 and 20).
 */
contextBridge.exposeInMainWorld(BRIDGE_KEY, createBridge(ipcRenderer));
