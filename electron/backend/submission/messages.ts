import { registerErrorMessages } from '../../shared/errors';

/** Error codes of submission packages and the province link (shared by the unit's app and the province server). */
registerErrorMessages({
  PACKAGE_NOT_A_PACKAGE: {
    vi: 'Tệp "{file}" không phải là gói dữ liệu TinhGọn (.tinhgon) hoặc đã hỏng. Không có gì được lưu.',
    en: 'File "{file}" is not a TinhGọn package (.tinhgon) or is damaged. Nothing was stored.',
  },
  PACKAGE_WRONG_KIND: {
    vi: 'Tệp "{file}" là loại gói khác (gói kế hoạch của tỉnh và gói kết quả của đơn vị không thay cho nhau được).',
    en: 'File "{file}" is the other kind of package (a province plan and a unit submission are not interchangeable).',
  },
  PACKAGE_TOO_LARGE: {
    vi: 'Gói "{file}" vượt quá {mb} MB. Không có gì được lưu.',
    en: 'Package "{file}" is larger than {mb} MB. Nothing was stored.',
  },
  PACKAGE_NEWER_FORMAT: {
    vi: 'Gói "{file}" do phiên bản TinhGọn mới hơn tạo (định dạng {version}, bản này đọc được đến {supported}). Hãy cập nhật TinhGọn; không có gì được lưu.',
    en: 'Package "{file}" was made by a newer TinhGọn (format {version}; this one reads up to {supported}). Please update; nothing was stored.',
  },
  PACKAGE_BAD_MANIFEST: {
    vi: 'Phần mô tả (manifest) của gói "{file}" không hợp lệ: {issues}. Không có gì được lưu.',
    en: 'The manifest of package "{file}" is invalid: {issues}. Nothing was stored.',
  },
  PACKAGE_HASH_MISMATCH: {
    vi: 'Gói "{file}" không khớp mã kiểm tra (SHA-256): nội dung đã bị sửa hoặc truyền lỗi. Hãy tạo và gửi lại gói; không có gì được lưu.',
    en: 'Package "{file}" does not match its checksum (SHA-256): the content was altered or damaged in transit. Build and send it again; nothing was stored.',
  },
  PACKAGE_BAD_CONTENT: {
    vi: 'Nội dung gói "{file}" không hợp lệ: {issues}. Không có gì được lưu.',
    en: 'The content of package "{file}" is invalid: {issues}. Nothing was stored.',
  },
  PACKAGE_MANIFEST_TAMPERED: {
    vi: 'Phần mô tả của gói "{file}" không khớp nội dung (trường "{field}"): gói đã bị sửa tay. Không có gì được lưu.',
    en: 'The manifest of package "{file}" does not match its content (field "{field}"): it was edited by hand. Nothing was stored.',
  },
  SUBMISSION_CAMPAIGN_NOT_FOUND: {
    vi: 'Không có kế hoạch rà soát số {id} trong tệp dữ liệu này.',
    en: 'There is no review plan number {id} in this database.',
  },
  SUBMISSION_NOT_LINKED: {
    vi: 'Kế hoạch "{title}" không phải kế hoạch do tỉnh ban hành: hãy nhận kế hoạch của tỉnh (từ máy chủ hoặc tệp .tinhgon) rồi rà soát trong kế hoạch đó.',
    en: 'Plan "{title}" was not issued by the province: receive the province\'s plan (from the server or a .tinhgon file) and review in that plan.',
  },
  SUBMISSION_UNIT_MISMATCH: {
    vi: 'Gói kế hoạch dành cho đơn vị "{planUnit}", không phải đơn vị "{unit}" của tệp dữ liệu này. Không có gì thay đổi.',
    en: 'This plan package is for unit "{planUnit}", not for this database\'s unit "{unit}". Nothing changed.',
  },
  SUBMISSION_OLDER_PLAN: {
    vi: 'Đơn vị đã có kế hoạch "{title}" phiên bản {have}; gói này là phiên bản cũ hơn ({version}). Không có gì thay đổi.',
    en: 'This unit already has plan "{title}" version {have}; this package is older (version {version}). Nothing changed.',
  },
  SUBMISSION_SERVER_UNREACHABLE: {
    vi: 'Không kết nối được máy chủ của tỉnh ({url}): {detail}. Hãy kiểm tra mạng, hoặc lưu gói ra tệp để gửi qua USB/thư điện tử.',
    en: 'Cannot reach the province server ({url}): {detail}. Check the network, or save the package to a file to send by USB/e-mail.',
  },
  SUBMISSION_SERVER_REFUSED: {
    vi: 'Máy chủ của tỉnh từ chối: {message}',
    en: 'The province server refused: {message}',
  },
  SUBMISSION_BAD_SERVER_URL: {
    vi: 'Địa chỉ máy chủ "{url}" không hợp lệ (ví dụ: https://tonghop.tinh.gov.vn hoặc http://192.168.1.10:8080).',
    en: 'Server address "{url}" is not valid (e.g. https://tonghop.tinh.gov.vn or http://192.168.1.10:8080).',
  },
});
