import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL } from '../../shared/contract/menu';
import { buildMenuSpec, type MainAction, type MenuItemSpec } from './menu-spec';

/**
 * Turns the menu spec into Electron's application menu. `send` items post a command to the focused app window
 * (one-way, `webContents.send`); `main` items run the handlers given here; roles are native editing commands.
 */
export function installAppMenu(
  window: () => BrowserWindow | null,
  actions: Record<MainAction, () => void>,
): void {
  const toItem = (spec: MenuItemSpec): MenuItemConstructorOptions => {
    switch (spec.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'role':
        return {
          label: spec.label,
          role: spec.role,
          ...(spec.accelerator ? { accelerator: spec.accelerator } : {}),
        };
      case 'send':
        return {
          label: spec.label,
          ...(spec.accelerator ? { accelerator: spec.accelerator } : {}),
          click: () => window()?.webContents.send(MENU_CHANNEL, spec.command),
        };
      case 'main':
        return {
          label: spec.label,
          ...(spec.accelerator ? { accelerator: spec.accelerator } : {}),
          click: () => actions[spec.action](),
        };
    }
  };
  const template = buildMenuSpec().map((menu) => ({ label: menu.label, submenu: menu.items.map(toItem) }));
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
