import { useEffect, useLayoutEffect, useRef } from 'react';
import type { MenuCommand } from '../../../electron/shared/contract/menu';
import { COMMANDS } from './commands';
import type { ScreenId } from './screens';

const EVENT = 'tinhgon:menu';

/** A command with its argument, if any (the report of "Xuất báo cáo: …"). */
export interface MenuEvent {
  command: MenuCommand;
  arg?: string;
}

function eventOf(detail: unknown): MenuEvent {
  return typeof detail === 'string' ? { command: detail as MenuCommand } : (detail as MenuEvent);
}

/**
 * Menu commands reach features as one DOM event, whatever sent them: the Electron menu (through the preload's
 * onMenu), the command palette, a toolbar or a keyboard shortcut. The detail is the command (a string) or
 * `{command, arg}`. Returns an unsubscribe function.
 */
export function onMenuCommand(cb: (command: MenuCommand, arg?: string) => void): () => void {
  const listener = (e: Event) => {
    const { command, arg } = eventOf((e as CustomEvent<unknown>).detail);
    cb(command, arg);
  };
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}

export function sendMenuCommand(command: MenuCommand, arg?: string): void {
  const detail: MenuEvent | MenuCommand = arg === undefined ? command : { command, arg };
  window.dispatchEvent(new CustomEvent(EVENT, { detail }));
}

/** Forwards the Electron menu (when present) into the DOM event. Called once at boot. */
export function bridgeElectronMenu(): void {
  window.tinhgon?.onMenu?.((command) => sendMenuCommand(command));
}

// A command for a screen that is not open: the shell opens the screen, which takes the command when it mounts.
let pending: MenuEvent[] = [];

export function queueForScreen(e: MenuEvent): void {
  pending.push(e);
}

function takePending(screen: ScreenId): MenuEvent[] {
  const mine = pending.filter((e) => COMMANDS[e.command].screen === screen);
  pending = pending.filter((e) => COMMANDS[e.command].screen !== screen);
  return mine;
}

/** A screen carries out its own commands (commands.ts): those queued before it opened, then every new one. */
export function useScreenCommands(screen: ScreenId, handler: (command: MenuCommand, arg?: string) => void) {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const mine = (command: MenuCommand, arg?: string) => {
      if (COMMANDS[command].screen === screen) latest.current(command, arg);
    };
    for (const e of takePending(screen)) mine(e.command, e.arg);
    return onMenuCommand(mine);
  }, [screen]);
}
