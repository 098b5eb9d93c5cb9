import type { MenuCommand } from '../../shared/contract/menu';

/**
 * The application menu as plain data (Vietnamese labels, full diacritics, NFC). Each item either asks the
 * renderer to act (`send`), runs a main-process action (`main`: dialogs and database files), or is a native
 * editing role. app-menu.ts turns this into Electron's template; tests read it directly.
 */
export type MainAction = 'open-database' | 'save-database-as' | 'about';
export type NativeRole = 'cut' | 'copy' | 'paste' | 'selectAll' | 'quit';

export type MenuItemSpec =
  | { kind: 'send'; label: string; command: MenuCommand; accelerator?: string }
  | { kind: 'main'; label: string; action: MainAction; accelerator?: string }
  | { kind: 'role'; label: string; role: NativeRole; accelerator?: string }
  | { kind: 'separator' };

export interface MenuSpec {
  label: string;
  items: MenuItemSpec[];
}

const SEP: MenuItemSpec = { kind: 'separator' };

export function buildMenuSpec(): MenuSpec[] {
  return [
    {
      label: '&Tệp',
      items: [
        { kind: 'send', label: 'Cơ sở dữ liệu &mới…', command: 'new-database', accelerator: 'CmdOrCtrl+N' },
        { kind: 'main', label: '&Mở…', action: 'open-database', accelerator: 'CmdOrCtrl+O' },
        { kind: 'main', label: '&Lưu thành…', action: 'save-database-as', accelerator: 'CmdOrCtrl+Shift+S' },
        SEP,
        { kind: 'send', label: '&Nhập Excel…', command: 'import-excel', accelerator: 'CmdOrCtrl+I' },
        { kind: 'send', label: '&Xuất báo cáo…', command: 'export-report', accelerator: 'CmdOrCtrl+E' },
        SEP,
        { kind: 'role', label: '&Thoát', role: 'quit' },
      ],
    },
    {
      label: '&Sửa',
      items: [
        // Undo/redo act on the renderer's edit history (inventory edits), not only on text fields, so the
        // renderer decides: text-field undo while typing, data undo otherwise.
        { kind: 'send', label: '&Hoàn tác', command: 'undo', accelerator: 'CmdOrCtrl+Z' },
        { kind: 'send', label: '&Làm lại', command: 'redo', accelerator: 'CmdOrCtrl+Y' },
        SEP,
        { kind: 'role', label: '&Cắt', role: 'cut' },
        { kind: 'role', label: 'Sao &chép', role: 'copy' },
        { kind: 'role', label: '&Dán', role: 'paste' },
        { kind: 'role', label: 'Chọn &tất cả', role: 'selectAll' },
      ],
    },
    {
      label: 'Trợ &giúp',
      items: [{ kind: 'main', label: '&Giới thiệu', action: 'about' }],
    },
  ];
}

/** Label without the `&` access-key markers (what the user reads). */
export function plainLabel(label: string): string {
  return label.replace(/&(?!&)/g, '');
}
