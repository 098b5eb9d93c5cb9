import { registerErrorMessages, type Locale } from '../shared/errors';
import { fillTemplate } from '../shared/text/template';

/**
 * Texts of the desktop shell's own dialogs (Vietnamese first, English second), and the error codes it adds to
 * the shared catalogue. Database errors reuse the catalogue's DB_* messages via renderError.
 */
registerErrorMessages({
  EXPORT_TARGET_IN_USE: {
    vi: 'Không ghi được "{file}": tệp đang mở trong chương trình khác (ví dụ Excel). Hãy đóng tệp rồi thử lại.',
    en: 'Cannot write "{file}": it is open in another program (e.g. Excel). Close it and try again.',
  },
});

const texts = {
  openTitle: { vi: 'Mở cơ sở dữ liệu TinhGọn', en: 'Open a TinhGọn database' },
  saveAsTitle: { vi: 'Lưu cơ sở dữ liệu thành…', en: 'Save database as…' },
  saveFileTitle: { vi: 'Lưu tệp', en: 'Save file' },
  filterDatabase: { vi: 'Cơ sở dữ liệu TinhGọn', en: 'TinhGọn database' },
  filterAll: { vi: 'Tất cả các tệp', en: 'All files' },
  openFailed: { vi: 'Không mở được cơ sở dữ liệu', en: 'Could not open the database' },
  saveAsFailed: { vi: 'Không lưu được cơ sở dữ liệu', en: 'Could not save the database' },
  saveAsSameFile: {
    vi: 'Tệp đã chọn chính là cơ sở dữ liệu đang mở. Hãy chọn tên hoặc thư mục khác.',
    en: 'That is the database already open. Choose another name or folder.',
  },
  saveAsTargetInUse: {
    vi: 'Tệp "{file}" đang được một chương trình khác sử dụng (có tệp nhật ký -wal bên cạnh). Hãy chọn tên khác.',
    en: '"{file}" is in use by another program (it has a -wal journal next to it). Choose another name.',
  },
  saveAsDone: { vi: 'Đã lưu và đang làm việc trên "{file}".', en: 'Saved; now working on "{file}".' },
  startupFallback: {
    vi: 'TinhGọn sẽ mở cơ sở dữ liệu mặc định "{file}".',
    en: 'TinhGọn will open the default database "{file}".',
  },
  startupFailed: { vi: 'TinhGọn không khởi động được', en: 'TinhGọn could not start' },
  aboutTitle: { vi: 'Giới thiệu TinhGọn', en: 'About TinhGọn' },
  aboutBody: {
    vi: 'TinhGọn {version}\nBàn làm việc ngoại tuyến cho cải cách thủ tục hành chính.\nCơ sở dữ liệu: {file}',
    en: 'TinhGọn {version}\nOffline workbench for administrative procedure reform.\nDatabase: {file}',
  },
  nativeMissing: {
    vi: 'Thiếu thư viện SQLite dành cho Electron (native/electron/better_sqlite3.node). Trên máy phát triển, chạy "npm run native:electron" rồi mở lại.',
    en: 'The SQLite library built for Electron is missing (native/electron/better_sqlite3.node). On a development machine run "npm run native:electron" and restart.',
  },
  ok: { vi: 'Đồng ý', en: 'OK' },
} as const satisfies Record<string, Record<Locale, string>>;

export type ShellText = keyof typeof texts;

export function shellText(key: ShellText, locale: Locale, params: Record<string, string> = {}): string {
  return fillTemplate(texts[key][locale], params);
}
