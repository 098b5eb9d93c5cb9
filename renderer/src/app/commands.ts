import type { MenuCommand } from '../../../electron/shared/contract/menu';
import type { MessageKey } from '../i18n';
import type { ScreenId } from './screens';

/**
 * Every command of the menus and toolbars, as the palette shows it: its label, its shortcut, and the screen that
 * carries it out (the shell opens that screen first; no screen: the shell does it). Typed against the shared
 * MENU_COMMANDS, so a command added to the menu cannot be missing here.
 */
export const COMMANDS: Record<MenuCommand, { label: MessageKey; hint?: string; screen?: ScreenId }> = {
  'new-database': { label: 'cmd.new-database', hint: 'Ctrl+N' },
  'import-excel': { label: 'cmd.import-excel', hint: 'Ctrl+I' },
  'export-report': { label: 'cmd.export-report', hint: 'Ctrl+E', screen: 'reports' },
  print: { label: 'cmd.print', hint: 'Ctrl+P' },
  'backup-now': { label: 'cmd.backup-now', screen: 'backup' },
  'restore-backup': { label: 'cmd.restore-backup', screen: 'backup' },
  undo: { label: 'cmd.undo', hint: 'Ctrl+Z', screen: 'inventory' },
  redo: { label: 'cmd.redo', hint: 'Ctrl+Y', screen: 'inventory' },
  'show-history': { label: 'cmd.show-history', screen: 'inventory' },
  'show-audit': { label: 'cmd.show-audit', screen: 'inventory' },
  find: { label: 'cmd.find', hint: 'Ctrl+F', screen: 'inventory' },
  'new-procedure': { label: 'cmd.new-procedure', screen: 'inventory' },
  'duplicate-procedure': { label: 'cmd.duplicate-procedure', screen: 'inventory' },
  'trash-procedure': { label: 'cmd.trash-procedure', screen: 'inventory' },
  'show-trash': { label: 'cmd.show-trash', screen: 'inventory' },
  'choose-columns': { label: 'cmd.choose-columns', screen: 'inventory' },
  'filter-values': { label: 'cmd.filter-values', screen: 'inventory' },
  'save-view': { label: 'cmd.save-view', screen: 'inventory' },
  'export-grid-xlsx': { label: 'cmd.export-grid-xlsx', screen: 'inventory' },
  'export-grid-csv': { label: 'cmd.export-grid-csv', screen: 'inventory' },
  'go-dashboard': { label: 'cmd.go-dashboard', hint: 'Ctrl+1' },
  'go-inventory': { label: 'cmd.go-inventory', hint: 'Ctrl+2' },
  'go-review': { label: 'cmd.go-review', hint: 'Ctrl+3' },
  'go-reports': { label: 'cmd.go-reports', hint: 'Ctrl+4' },
  'go-import': { label: 'cmd.go-import', hint: 'Ctrl+5' },
  'go-units': { label: 'cmd.go-units', hint: 'Ctrl+6' },
  'go-backup': { label: 'cmd.go-backup', hint: 'Ctrl+7' },
  'switch-profile': { label: 'cmd.switch-profile', screen: 'review' },
  'switch-locale': { label: 'cmd.switch-locale' },
};

/** The screen a go-* command opens. */
export function screenOfGo(command: MenuCommand): ScreenId | null {
  return command.startsWith('go-') ? (command.slice(3) as ScreenId) : null;
}
