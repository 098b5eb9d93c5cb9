import { registerErrorMessages } from '../../shared/errors';

/**
 * The importer's refusals. Every message names the file (and the sheet/row/column when there is one) and says
 * that nothing was written, because the user's first fear is a half-imported file.
 */
export const importMessages = {
  IMPORT_FILE_TOO_BIG: {
    vi: 'Tệp "{file}" quá lớn ({size} MB, giới hạn {limit} MB). Dữ liệu không bị thay đổi.',
    en: 'File "{file}" is too big ({size} MB, limit {limit} MB). No data was changed.',
  },
  IMPORT_EMPTY_FILE: {
    vi: 'Tệp "{file}" trống. Dữ liệu không bị thay đổi.',
    en: 'File "{file}" is empty. No data was changed.',
  },
  IMPORT_LEGACY_XLS: {
    vi: 'Tệp "{file}" là định dạng Excel cũ (.xls). Hãy mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx rồi nhập lại. Dữ liệu không bị thay đổi.',
    en: 'File "{file}" is an old Excel file (.xls). Open it in Excel or LibreOffice, save it as .xlsx and import again. No data was changed.',
  },
  IMPORT_ENCRYPTED: {
    vi: 'Tệp "{file}" được đặt mật khẩu. Hãy mở bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc), lưu lại rồi nhập lại. Dữ liệu không bị thay đổi.',
    en: 'File "{file}" is password-protected. Open it in Excel, remove the password, save and import again. No data was changed.',
  },
  IMPORT_NOT_XLSX: {
    vi: 'Tệp "{file}" không phải là tệp Excel .xlsx (có thể là tệp khác bị đổi đuôi). Dữ liệu không bị thay đổi.',
    en: 'File "{file}" is not an Excel .xlsx file (perhaps another file renamed). No data was changed.',
  },
  IMPORT_CORRUPT_ZIP: {
    vi: 'Tệp "{file}" bị hỏng hoặc chưa tải/chép xong ({detail}). Hãy lấy lại bản gốc. Dữ liệu không bị thay đổi.',
    en: 'File "{file}" is damaged or incompletely copied ({detail}). Get the original again. No data was changed.',
  },
  IMPORT_ZIP_BOMB: {
    vi: 'Tệp "{file}" có nội dung nén bất thường ({detail}) và bị từ chối để bảo vệ máy. Dữ liệu không bị thay đổi.',
    en: 'File "{file}" has abnormal compressed content ({detail}) and was refused to protect this computer. No data was changed.',
  },
  IMPORT_TOO_MANY_PARTS: {
    vi: 'Tệp "{file}" có {count} phần bên trong ({sheets} trang tính), quá giới hạn {limit} phần của một sổ danh mục, nên bị từ chối. Dữ liệu không bị thay đổi.',
    en: 'File "{file}" holds {count} parts ({sheets} sheets), more than the {limit} an inventory workbook may have, so it was refused. No data was changed.',
  },
  IMPORT_XML_TOO_DEEP: {
    vi: 'Tệp "{file}": phần "{part}" có các thẻ XML lồng nhau quá {limit} tầng (Excel không tạo như vậy) nên bị từ chối để bảo vệ máy. Dữ liệu không bị thay đổi.',
    en: 'File "{file}": part "{part}" nests XML tags more than {limit} deep (Excel never does), so it was refused to protect this computer. No data was changed.',
  },
  IMPORT_DOCTYPE: {
    vi: 'Tệp "{file}": phần "{part}" có khai báo DOCTYPE (Excel không tạo; có thể là tệp độc hại) nên bị từ chối. Dữ liệu không bị thay đổi.',
    en: 'File "{file}": part "{part}" has a DOCTYPE declaration (Excel never writes one; the file may be hostile), so it was refused. No data was changed.',
  },
  IMPORT_BAD_ENTITY: {
    vi: 'Tệp "{file}" bị hỏng ở trang "{sheet}", ô {cell}: ký hiệu "{entity}" không hợp lệ trong XML. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại. Dữ liệu không bị thay đổi.',
    en: 'File "{file}" is damaged at sheet "{sheet}", cell {cell}: "{entity}" is not valid in XML. Open it in Excel, save it and import again. No data was changed.',
  },
  IMPORT_MISSING_STRING: {
    vi: 'Tệp "{file}" bị hỏng ở trang "{sheet}", ô {cell}: ô trỏ tới chuỗi chữ số {index} mà tệp không có. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại. Dữ liệu không bị thay đổi.',
    en: 'File "{file}" is damaged at sheet "{sheet}", cell {cell}: it points at shared string {index}, which the file lacks. Open it in Excel, save it and import again. No data was changed.',
  },
  IMPORT_CELL_OUT_OF_RANGE: {
    vi: 'Tệp "{file}" bị hỏng ở trang "{sheet}": ô {cell} nằm ngoài giới hạn của Excel (cột XFD, dòng 1.048.576). Dữ liệu không bị thay đổi.',
    en: 'File "{file}" is damaged in sheet "{sheet}": cell {cell} lies beyond Excel\'s last column (XFD) or row (1,048,576). No data was changed.',
  },
  IMPORT_NO_WORKBOOK: {
    vi: 'Tệp "{file}" không có phần sổ làm việc (workbook.xml) hoặc không có trang tính nào. Dữ liệu không bị thay đổi.',
    en: 'File "{file}" has no workbook part (workbook.xml) or no worksheet. No data was changed.',
  },
  IMPORT_TRUNCATED_SHEET: {
    vi: 'Trang tính "{sheet}" trong tệp "{file}" bị cắt cụt ({detail}): chỉ đọc được một phần nên không nhập. Hãy lấy lại bản gốc. Dữ liệu không bị thay đổi.',
    en: 'Sheet "{sheet}" in "{file}" is truncated ({detail}): only part of it is readable, so nothing is imported. No data was changed.',
  },
  IMPORT_TOO_MANY_ROWS: {
    vi: 'Trang tính "{sheet}" trong tệp "{file}" có quá nhiều dòng/ô ({count}, giới hạn {limit}). Dữ liệu không bị thay đổi.',
    en: 'Sheet "{sheet}" in "{file}" has too many rows/cells ({count}, limit {limit}). No data was changed.',
  },
  IMPORT_TIMEOUT: {
    vi: 'Đọc tệp "{file}" quá {seconds} giây nên đã dừng. Dữ liệu không bị thay đổi.',
    en: 'Reading "{file}" took more than {seconds} s and was stopped. No data was changed.',
  },
  IMPORT_OUT_OF_MEMORY: {
    vi: 'Tệp "{file}" cần quá nhiều bộ nhớ để đọc (giới hạn {limit} MB) nên đã dừng. Dữ liệu không bị thay đổi.',
    en: 'File "{file}" needs too much memory to read (limit {limit} MB) and was stopped. No data was changed.',
  },
  IMPORT_UNREADABLE: {
    vi: 'Không đọc được tệp "{file}": {detail}. Dữ liệu không bị thay đổi.',
    en: 'Cannot read "{file}": {detail}. No data was changed.',
  },
  IMPORT_MISSING_COLUMN: {
    vi: 'Trang tính "{sheet}" trong tệp "{file}" thiếu cột bắt buộc "{column}" (dòng tiêu đề {row}). Hãy chọn cột tương ứng ở bước ghép cột. Dữ liệu không bị thay đổi.',
    en: 'Sheet "{sheet}" in "{file}" lacks the required column "{column}" (header row {row}). Map it in the column step. No data was changed.',
  },
  IMPORT_NO_SHEET: {
    vi: 'Tệp "{file}" không có trang tính "{sheet}". Dữ liệu không bị thay đổi.',
    en: 'File "{file}" has no sheet "{sheet}". No data was changed.',
  },
  IMPORT_NO_HEADER: {
    vi: 'Không tìm thấy dòng tiêu đề (có "Mã TTHC" và "Tên thủ tục") trong trang tính "{sheet}" của tệp "{file}". Dữ liệu không bị thay đổi.',
    en: 'No header row (with "Mã TTHC" and "Tên thủ tục") found in sheet "{sheet}" of "{file}". No data was changed.',
  },
  IMPORT_SESSION_GONE: {
    vi: 'Phiên nhập tệp đã hết hạn hoặc đã bị huỷ. Hãy chọn lại tệp.',
    en: 'The import session has expired or was cancelled. Pick the file again.',
  },
  IMPORT_CANCELLED: {
    vi: 'Đã huỷ nhập tệp "{file}". Dữ liệu không bị thay đổi.',
    en: 'Import of "{file}" was cancelled. No data was changed.',
  },
  IMPORT_NEEDS_DRY_RUN: {
    vi: 'Hãy chạy bước kiểm tra thử (dry run) trước khi ghi dữ liệu.',
    en: 'Run the dry run before committing.',
  },
  IMPORT_BUSY: {
    vi: 'Đang đọc tệp "{file}"; hãy chờ hoặc huỷ.',
    en: 'Still reading "{file}"; wait or cancel.',
  },
} as const;

registerErrorMessages(importMessages);

/** IMPORT_UNREADABLE's detail when no reader can make sense of the package (a library's words are not for users). */
export const NOT_XLSX_STRUCTURE = 'cấu trúc bên trong không đúng chuẩn .xlsx / not a valid .xlsx structure';

export type ImportErrorCode = keyof typeof importMessages;
