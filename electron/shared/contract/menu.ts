/**
 * THE list of commands the user can give from a menu, a toolbar or the command palette (Ctrl+K). The native
 * menu (electron/main/menu/menu-spec.ts) sends them one way from main over `MENU_CHANNEL`; the palette lists
 * every one of them (renderer/src/app/commands.ts gives each a label and the screen that carries it out). File
 * actions on the database itself (open, save as) stay in main, which owns dialogs and paths. Pure constants: the
 * preload bundles this file.
 */
export const MENU_CHANNEL = 'tinhgon:menu';

export const MENU_COMMANDS = [
  // Tệp
  'new-database',
  'import-excel',
  'export-report',
  'print',
  'backup-now',
  'restore-backup',
  // Sửa
  'undo',
  'redo',
  'show-history',
  'show-audit',
  'find',
  // Thủ tục (the inventory toolbar)
  'new-procedure',
  'duplicate-procedure',
  'trash-procedure',
  'show-trash',
  'choose-columns',
  'filter-values',
  'save-view',
  'export-grid-xlsx',
  'export-grid-csv',
  // Xem
  'go-dashboard',
  'go-inventory',
  'go-review',
  'go-reports',
  'go-import',
  'go-units',
  'go-backup',
  'switch-profile',
  'switch-locale',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
