/**
 * Menu items that the renderer carries out, sent one way from main over `MENU_CHANNEL`. File actions on the
 * database itself (open, save as) stay in main, which owns dialogs and paths. Pure constants: the preload
 * bundles this file. Shared with the renderer, which listens for them.
 */
export const MENU_CHANNEL = 'tinhgon:menu';

export const MENU_COMMANDS = ['new-database', 'import-excel', 'export-report', 'undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
