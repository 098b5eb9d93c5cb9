import { registerErrorMessages } from '../shared/errors';

/** Error codes of the province server (issue 19). */
registerErrorMessages({
  PROVINCE_LOGIN_FAILED: {
    vi: 'Tên tài khoản hoặc mật khẩu không đúng.',
    en: 'Wrong account name or password.',
  },
  PROVINCE_ACCOUNT_LOCKED: {
    vi: 'Tài khoản "{name}" tạm khóa sau nhiều lần nhập sai mật khẩu; hãy thử lại sau {minutes} phút.',
    en: 'Account "{name}" is locked after too many wrong passwords; try again in {minutes} minutes.',
  },
  PROVINCE_SIGNED_OUT: {
    vi: 'Chưa đăng nhập hoặc phiên làm việc đã hết hạn. Hãy đăng nhập lại.',
    en: 'Not signed in, or the session expired. Please sign in again.',
  },
  PROVINCE_FORBIDDEN: {
    vi: 'Tài khoản "{name}" không có quyền {what}.',
    en: 'Account "{name}" may not {what}.',
  },
  PROVINCE_UNKNOWN_UNIT: {
    vi: 'Đơn vị mã "{unit}" chưa có trong danh sách đơn vị của tỉnh. Không có gì được lưu.',
    en: 'Unit "{unit}" is not in the province\'s list of units. Nothing was stored.',
  },
  PROVINCE_NOT_YOUR_UNIT: {
    vi: 'Tài khoản "{account}" là tài khoản gửi của đơn vị "{own}", không gửi thay đơn vị "{unit}" được. Không có gì được lưu.',
    en: 'Account "{account}" submits for unit "{own}" and cannot submit for unit "{unit}". Nothing was stored.',
  },
  PROVINCE_UNKNOWN_PLAN: {
    vi: 'Gói gửi cho kế hoạch "{plan}" nhưng tỉnh không có kế hoạch này. Không có gì được lưu.',
    en: 'The package is for plan "{plan}", which the province does not have. Nothing was stored.',
  },
  PROVINCE_UNIT_NOT_IN_PLAN: {
    vi: 'Kế hoạch "{plan}" không giao cho đơn vị "{unit}". Không có gì được lưu.',
    en: 'Plan "{plan}" does not assign unit "{unit}". Nothing was stored.',
  },
  PROVINCE_DB_UNAVAILABLE: {
    vi: 'Cơ sở dữ liệu của tỉnh tạm thời không truy cập được; không có gì được lưu. Hãy thử lại sau ít phút.',
    en: 'The province database is unavailable for now; nothing was stored. Try again in a few minutes.',
  },
  PROVINCE_PLAN_NOT_FOUND: {
    vi: 'Không tìm thấy kế hoạch số {id}.',
    en: 'Plan {id} not found.',
  },
  PROVINCE_OVERLAP_NOT_FOUND: {
    vi: 'Không đơn vị nào trong kế hoạch này đề xuất đơn giản hóa thủ tục mã "{code}".',
    en: 'No unit in this plan proposes to simplify procedure "{code}".',
  },
  PROVINCE_CODES_NOT_IN_CATALOG: {
    vi: '{count} mã TTHC chưa có trong danh mục của tỉnh: {list}. Hãy nạp danh mục trước; kế hoạch chưa được ban hành.',
    en: '{count} procedure codes are not in the province catalog: {list}. Load the catalog first; the plan was not published.',
  },
  PROVINCE_UNITS_UNKNOWN: {
    vi: 'Đơn vị chưa có trong danh sách của tỉnh: {list}. Kế hoạch chưa được ban hành.',
    en: "Units not in the province's list: {list}. The plan was not published.",
  },
  PROVINCE_ACCOUNT_EXISTS: {
    vi: 'Tài khoản "{name}" đã có.',
    en: 'Account "{name}" already exists.',
  },
  PROVINCE_ACCOUNT_NOT_FOUND: {
    vi: 'Không có tài khoản "{name}".',
    en: 'There is no account "{name}".',
  },
  PROVINCE_ACCOUNT_UNIT: {
    vi: 'Tài khoản gửi của đơn vị cần một mã đơn vị có trong danh sách (tài khoản cán bộ tỉnh thì không).',
    en: "A unit's submitting account needs a listed unit code (a province officer's account has none).",
  },
  PROVINCE_CATALOG_BAD_FILE: {
    vi: 'Tệp danh mục "{file}" không đọc được ở dòng {line}: {reason}. Danh mục không thay đổi.',
    en: 'Catalog file "{file}" cannot be read at line {line}: {reason}. The catalog was not changed.',
  },
});
