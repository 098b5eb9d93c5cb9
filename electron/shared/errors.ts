/**
 * Every error code the API can return, with its message in Vietnamese (default) and English.
 * Error classes do not survive IPC or JSON; codes and rendered messages do. `{name}` placeholders are filled
 * from the error's params. Features add their codes here so the UI has one catalogue.
 */
import { snippet } from './text/invalid-text';
import { fillTemplate } from './text/template';

export type Locale = 'vi' | 'en';

const catalogue = {
  UNKNOWN_METHOD: {
    vi: 'Chức năng "{method}" không tồn tại.',
    en: 'Unknown function "{method}".',
  },
  BAD_REQUEST: {
    vi: 'Yêu cầu không hợp lệ: nội dung phải là một đối tượng JSON {method, input}.',
    en: 'Bad request: the body must be a JSON object {method, input}.',
  },
  VALIDATION: {
    vi: 'Dữ liệu không hợp lệ: {issues}',
    en: 'Invalid data: {issues}',
  },
  NOT_FOUND: {
    vi: 'Không tìm thấy {what}.',
    en: '{what} not found.',
  },
  CONFLICT: {
    vi: '{what} đã tồn tại.',
    en: '{what} already exists.',
  },
  INVALID_CODE: {
    vi: 'Mã TTHC "{value}" không đúng dạng d.dddddd (ví dụ 1.001193).',
    en: 'Procedure code "{value}" must look like d.dddddd (e.g. 1.001193).',
  },
  INVALID_VALUE: {
    vi: 'Giá trị "{value}" không hợp lệ cho cột {field}: {reason}',
    en: 'Value "{value}" is not valid for {field}: {reason}',
  },
  FORBIDDEN: {
    vi: 'Bạn không có quyền thực hiện thao tác này ({reason}).',
    en: 'You are not allowed to do this ({reason}).',
  },
  UNAUTHORIZED: {
    vi: 'Phiên làm việc không hợp lệ. Hãy mở lại ứng dụng.',
    en: 'Invalid session. Please reopen the app.',
  },
  DB_FROM_NEWER_VERSION: {
    vi: 'Tệp dữ liệu "{file}" được tạo bởi phiên bản TinhGọn mới hơn (lược đồ {version}, phiên bản này hỗ trợ đến {supported}). Hãy cập nhật TinhGọn; tệp không bị thay đổi.',
    en: 'Database "{file}" was written by a newer TinhGọn (schema {version}; this version supports up to {supported}). Please update; the file was not changed.',
  },
  DB_NOT_A_DATABASE: {
    vi: 'Tệp "{file}" không phải là cơ sở dữ liệu TinhGọn (hoặc đã hỏng). Tệp không bị thay đổi.',
    en: 'File "{file}" is not a TinhGọn database (or is damaged). The file was not changed.',
  },
  DB_UNREADABLE: {
    vi: 'Không đọc được tệp dữ liệu "{file}". Kiểm tra đường dẫn và quyền truy cập.',
    en: 'Cannot read database "{file}". Check the path and permissions.',
  },
  DB_HELD_BY: {
    vi: 'Tệp dữ liệu "{file}" đang được {user} (máy {host}) mở để sửa từ {since}; chỉ một nơi được ghi. Bạn vẫn xem được; hãy nhờ họ đóng TinhGọn rồi thử lại.',
    en: 'Database "{file}" is open for editing by {user} on {host} since {since}; only one place may write. You can still view it; ask them to close TinhGọn, then try again.',
  },
  DB_LOCKED: {
    vi: 'Tệp dữ liệu "{file}" đang được một chương trình khác sử dụng. Hãy đóng chương trình đó rồi thử lại.',
    en: 'Database "{file}" is in use by another program. Close it and try again.',
  },
  DB_CORRUPT: {
    vi: 'Tệp dữ liệu "{file}" bị hỏng. Tệp được giữ nguyên; hãy khôi phục từ bản sao lưu.',
    en: 'Database "{file}" is damaged. It was kept as it is; restore it from a backup.',
  },
  DB_NETWORK_PATH: {
    vi: 'Không mở cơ sở dữ liệu trên ổ mạng ("{file}"): SQLite có thể làm hỏng dữ liệu ở đó. Hãy chép tệp về máy.',
    en: 'Refusing to open a database on a network share ("{file}"): SQLite can corrupt it there. Copy it locally.',
  },
  DB_MIGRATION_GAP: {
    vi: 'Bộ nâng cấp dữ liệu bị thiếu bước (mong đợi {expected}, gặp {found}).',
    en: 'The migration list has a gap (expected {expected}, found {found}).',
  },
  DB_READ_ONLY: {
    vi: 'Tệp dữ liệu "{file}" chỉ đọc: không thể lưu thay đổi. Dữ liệu đã lưu vẫn nguyên vẹn.',
    en: 'Database "{file}" is read-only: changes cannot be saved. Saved data is intact.',
  },
  DB_DISK_FULL: {
    vi: 'Ổ đĩa chứa "{file}" đã đầy: thay đổi chưa được lưu. Dữ liệu đã lưu vẫn nguyên vẹn.',
    en: 'The disk holding "{file}" is full: the change was not saved. Saved data is intact.',
  },
  INTERNAL: {
    vi: 'Đã xảy ra lỗi không mong muốn. Dữ liệu không bị thay đổi.',
    en: 'An unexpected error occurred. No data was changed.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type CoreErrorCode = keyof typeof catalogue;

/** Features register their own codes (import, reports, review, backup) at module load. */
const extra: Record<string, Record<Locale, string>> = {};
export function registerErrorMessages(messages: Record<string, Record<Locale, string>>): void {
  Object.assign(extra, messages);
}

export type ErrorParams = Record<string, string | number>;

export function renderError(code: string, params: ErrorParams = {}, locale: Locale = 'vi'): string {
  const entry =
    (catalogue as Record<string, Record<Locale, string>>)[code] ?? extra[code] ?? catalogue.INTERNAL;
  return fillTemplate(entry[locale], quotedWithin(entry[locale], params));
}

/** Room for a message's values: the whole message stays under 300 characters. */
const MESSAGE_MAX = 290;

/**
 * Values come from files and requests: one line, no control characters, and cut with "…" so that the message
 * stays short. The room left by the template is shared, the shortest values first, so a short name is never cut
 * to make room and a composed sentence (a row's reason) keeps what it can (at least 60 characters each).
 */
function quotedWithin(template: string, params: ErrorParams): ErrorParams {
  const quoted: ErrorParams = {};
  const texts: [string, string][] = [];
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'string') texts.push([k, snippet(v, MESSAGE_MAX)]);
    else quoted[k] = v;
  }
  let room = MESSAGE_MAX - template.replace(/\{\w+\}/g, '').length;
  texts.sort((a, b) => a[1].length - b[1].length);
  texts.forEach(([k, v], i) => {
    const cap = Math.max(60, Math.floor(room / (texts.length - i)));
    quoted[k] = snippet(v, cap);
    room -= quoted[k].length;
  });
  return quoted;
}

export function isKnownErrorCode(code: string): boolean {
  return code in catalogue || code in extra;
}
