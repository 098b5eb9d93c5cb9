import type { Locale } from '../../shared/errors';
import { snippet } from '../../shared/text/invalid-text';
import { fillTemplate } from '../../shared/text/template';

/**
 * Per-cell and per-row problems found while reading rows. Errors reject the row (it goes to the error
 * report); warnings keep it and are shown in the preview. Messages are rendered in the user's language.
 */
const catalogue = {
  CODE_MISSING: { vi: 'Thiếu mã TTHC.', en: 'Procedure code is missing.' },
  CODE_INVALID: {
    vi: 'Mã TTHC "{value}" không đúng dạng d.dddddd (ví dụ 1.001193).',
    en: 'Code "{value}" is not d.dddddd (e.g. 1.001193).',
  },
  CODE_NUMERIC: {
    vi: 'Mã TTHC "{value}" đang là ô số: Excel có thể đã xoá số 0 ở cuối (có thể là "{suggest}"). Hãy định dạng cột mã là Văn bản (Text) và nhập lại mã; TinhGọn không tự đoán.',
    en: 'Code "{value}" is a number cell: Excel may have dropped trailing zeros (perhaps "{suggest}"). Format the column as Text and retype it; TinhGọn does not guess.',
  },
  CODE_SHORT: {
    vi: 'Mã TTHC "{value}" thiếu chữ số (có thể là "{suggest}"). Hãy sửa trong tệp; TinhGọn không tự đoán.',
    en: 'Code "{value}" has too few digits (perhaps "{suggest}"). Fix it in the file; TinhGọn does not guess.',
  },
  NAME_MISSING: { vi: 'Thiếu tên thủ tục.', en: 'Procedure name is missing.' },
  DATE_IN_TEXT: {
    vi: 'Ô chứa ngày tháng ({value}) nhưng cột này cần văn bản.',
    en: 'The cell holds a date ({value}) where text is expected.',
  },
  FORMULA_ERROR: {
    vi: 'Công thức trong ô bị lỗi ({value}).',
    en: 'The formula in this cell has an error ({value}).',
  },
  FORMULA_NO_RESULT: {
    vi: 'Ô có công thức nhưng không có kết quả đã lưu; hãy mở tệp bằng Excel, lưu lại rồi nhập lại.',
    en: 'The cell has a formula without a saved result; open and save the file in Excel, then import again.',
  },
  DUPLICATE_CODE: {
    vi: 'Mã TTHC {value} xuất hiện nhiều lần trong tệp (dòng {rows}).',
    en: 'Code {value} appears more than once in the file (rows {rows}).',
  },
  LEGACY_CONVERTED: {
    vi: 'Đã chuyển chữ từ bảng mã {value} sang Unicode; hãy kiểm tra.',
    en: 'Converted from {value} to Unicode; please check.',
  },
  TIME_UNREADABLE: {
    vi: 'Không đọc được thời hạn "{value}"; giữ nguyên chữ, chưa có số ngày.',
    en: 'Cannot read time "{value}"; text kept without a number.',
  },
  FEE_UNREADABLE: {
    vi: 'Không đọc được mức phí "{value}"; giữ nguyên chữ, chưa có số tiền.',
    en: 'Cannot read fee "{value}"; text kept without an amount.',
  },
  BAD_VALUE: {
    vi: 'Giá trị "{value}" không hợp lệ: {reason}.',
    en: 'Value "{value}" is not valid: {reason}.',
  },
  UNKNOWN_PARENT: {
    vi: 'Mã TTHC {value} không có trong trang danh sách.',
    en: 'Code {value} is not in the list sheet.',
  },
  CHILD_REJECTED: {
    vi: 'Dòng {rows} của trang "{value}" bị lỗi nên thủ tục này không được nhập.',
    en: 'Row {rows} of sheet "{value}" has an error, so this procedure is not imported.',
  },
  TOO_LONG: { vi: 'Nội dung dài quá {reason} ký tự.', en: 'Text longer than {reason} characters.' },
  FIELD_SEVERAL: {
    vi: 'Ô lĩnh vực ghi nhiều lĩnh vực ("{value}", "{others}"): lấy lĩnh vực đầu tiên "{value}". Hãy kiểm tra.',
    en: 'The field cell names several fields ("{value}", "{others}"): the first, "{value}", is taken. Please check.',
  },
  TEXT_INVALID_BYTES: {
    vi: 'Ô chứa byte không hợp lệ (không phải UTF-8) nên dòng này không được nhập: "{value}". Hãy gõ lại ô này trong Excel rồi nhập lại.',
    en: 'The cell holds bytes that are not valid UTF-8, so this row is not imported: "{value}". Retype the cell in Excel and import again.',
  },
  TEXT_LONE_SURROGATE: {
    vi: 'Ô chứa ký tự hỏng (nửa cặp mã UTF-16) nên dòng này không được nhập: "{value}". Hãy gõ lại ô này trong Excel rồi nhập lại.',
    en: 'The cell holds a broken character (half of a UTF-16 pair), so this row is not imported: "{value}". Retype the cell in Excel and import again.',
  },
  HEADING_CLEANED: {
    vi: 'Tiêu đề nhóm lĩnh vực ở dòng này có ký tự hỏng hoặc ký tự điều khiển; đã bỏ các ký tự đó: "{value}".',
    en: 'The field heading on this row had broken or control characters; they were dropped: "{value}".',
  },
  TEXT_CONTROLS_REMOVED: {
    vi: 'Đã xoá {count} ký tự điều khiển không in được (như NUL) khỏi ô.',
    en: 'Removed {count} non-printing control characters (such as NUL) from the cell.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ProblemCode = keyof typeof catalogue;

export interface Problem {
  sheet: string;
  /** Excel row number (1-based). */
  row: number;
  /** Column letter, '' for a whole-row problem. */
  column: string;
  field: string;
  code: ProblemCode;
  severity: 'error' | 'warning';
  params: Record<string, string>;
}

export function renderProblem(p: Problem, locale: Locale): string {
  // A quoted cell is cut (a 40,000-character cell would otherwise make a 40,000-character message).
  const quoted: Record<string, string> = {};
  for (const [k, v] of Object.entries(p.params)) quoted[k] = snippet(v, 80);
  return fillTemplate(catalogue[p.code][locale], quoted);
}

const WARNINGS = new Set<ProblemCode>([
  'LEGACY_CONVERTED',
  'TIME_UNREADABLE',
  'FEE_UNREADABLE',
  'FIELD_SEVERAL',
  'TEXT_CONTROLS_REMOVED',
  'HEADING_CLEANED',
]);

export function problem(
  at: { sheet: string; row: number; column: string; field: string },
  code: ProblemCode,
  params: Record<string, string> = {},
): Problem {
  return { ...at, code, severity: WARNINGS.has(code) ? 'warning' : 'error', params };
}
