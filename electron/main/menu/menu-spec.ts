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
        { kind: 'send', label: '&In…', command: 'print', accelerator: 'CmdOrCtrl+P' },
        SEP,
        { kind: 'send', label: 'Sao lưu &ngay', command: 'backup-now' },
        { kind: 'send', label: 'Khôi &phục từ bản sao lưu…', command: 'restore-backup' },
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
        { kind: 'send', label: 'Lịch sử &thao tác', command: 'show-history' },
        { kind: 'send', label: 'Nhật &ký thay đổi', command: 'show-audit' },
        SEP,
        { kind: 'role', label: '&Cắt', role: 'cut' },
        { kind: 'role', label: 'Sao &chép', role: 'copy' },
        { kind: 'role', label: '&Dán', role: 'paste' },
        { kind: 'role', label: 'Chọn &tất cả', role: 'selectAll' },
        SEP,
        { kind: 'send', label: 'Tìm thủ tục', command: 'find', accelerator: 'CmdOrCtrl+F' },
      ],
    },
    {
      label: 'Thủ tụ&c',
      items: [
        { kind: 'send', label: '&Thêm thủ tục…', command: 'new-procedure' },
        { kind: 'send', label: '&Nhân bản thủ tục đã chọn', command: 'duplicate-procedure' },
        { kind: 'send', label: 'Chuyển &vào thùng rác', command: 'trash-procedure' },
        { kind: 'send', label: 'Thùng &rác', command: 'show-trash' },
        SEP,
        { kind: 'send', label: 'Chọn &cột…', command: 'choose-columns' },
        { kind: 'send', label: '&Lọc theo giá trị…', command: 'filter-values' },
        { kind: 'send', label: 'Lưu &khung nhìn…', command: 'save-view' },
        SEP,
        { kind: 'send', label: 'Xuất bảng ra &Excel', command: 'export-grid-xlsx' },
        { kind: 'send', label: 'Xuất bảng ra CS&V', command: 'export-grid-csv' },
      ],
    },
    {
      label: '&Xem',
      items: [
        { kind: 'send', label: '&Tổng quan', command: 'go-dashboard', accelerator: 'CmdOrCtrl+1' },
        { kind: 'send', label: '&Danh mục TTHC', command: 'go-inventory', accelerator: 'CmdOrCtrl+2' },
        { kind: 'send', label: '&Rà soát', command: 'go-review', accelerator: 'CmdOrCtrl+3' },
        { kind: 'send', label: '&Báo cáo', command: 'go-reports', accelerator: 'CmdOrCtrl+4' },
        { kind: 'send', label: '&Nhập Excel', command: 'go-import', accelerator: 'CmdOrCtrl+5' },
        { kind: 'send', label: 'Đơn &vị', command: 'go-units', accelerator: 'CmdOrCtrl+6' },
        { kind: 'send', label: '&Sao lưu', command: 'go-backup', accelerator: 'CmdOrCtrl+7' },
        SEP,
        { kind: 'send', label: 'Đổi &người dùng…', command: 'switch-profile' },
        { kind: 'send', label: 'English / Tiếng &Việt', command: 'switch-locale' },
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
