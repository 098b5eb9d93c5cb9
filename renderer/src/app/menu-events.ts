import type { MenuCommand } from '../../../electron/shared/contract/menu';

const EVENT = 'tinhgon:menu';

/**
 * Menu commands reach features as one DOM event, whatever sent them: the Electron menu (through the preload's
 * onMenu), the command palette, or a keyboard shortcut in browser mode. Returns an unsubscribe function.
 */
export function onMenuCommand(cb: (command: MenuCommand) => void): () => void {
  const listener = (e: Event) => cb((e as CustomEvent<MenuCommand>).detail);
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}

export function sendMenuCommand(command: MenuCommand): void {
  window.dispatchEvent(new CustomEvent<MenuCommand>(EVENT, { detail: command }));
}

/** Forwards the Electron menu (when present) into the DOM event. Called once at boot. */
export function bridgeElectronMenu(): void {
  window.tinhgon?.onMenu?.((command) => sendMenuCommand(command));
}
