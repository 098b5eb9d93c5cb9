import { registerErrorMessages } from '../../shared/errors';

/** Error codes of publication decisions, national updates and merges (registered at module load). */
registerErrorMessages({
  DECISION_NOT_FOUND: {
    vi: 'Không tìm thấy quyết định công bố #{id}.',
    en: 'Publication decision #{id} not found.',
  },
  DECISION_APPLIED: {
    vi: 'Quyết định {number} đã được áp dụng vào danh mục: không sửa hay xóa được (hãy hoàn tác nếu cần).',
    en: 'Decision {number} is already applied: it cannot be edited or deleted (undo it if needed).',
  },
  DECISION_DUPLICATE: {
    vi: 'Đơn vị đã có quyết định số {number}. Hãy mở quyết định đó để sửa.',
    en: 'This unit already has decision {number}. Open it to edit.',
  },
  DECISION_NO_ITEMS: {
    vi: 'Quyết định {number} chưa có thủ tục nào trong danh mục: không có gì để áp dụng.',
    en: 'Decision {number} lists no procedure: nothing to apply.',
  },
  DECISION_DATES: {
    vi: 'Ngày có hiệu lực ({effective}) không được trước ngày ký ({signed}). Chưa có gì được lưu.',
    en: 'The effective date ({effective}) cannot be before the signing date ({signed}). Nothing was saved.',
  },
  DECISION_REFUSED: {
    vi: 'Không áp dụng quyết định {number}: {count} dòng không hợp lệ. {first} Chưa có gì được ghi.',
    en: 'Decision {number} was not applied: {count} invalid rows. {first} Nothing was written.',
  },
  DECISION_OTHER_LEVEL: {
    vi: 'Không thuộc cấp của đơn vị: bỏ qua.',
    en: 'Not this unit’s level: skipped.',
  },
  DECISION_NEW_WITHOUT_CODE: {
    vi: 'Dòng {row}: TTHC mới "{name}" chưa có mã TTHC; hãy nhập mã trước khi áp dụng.',
    en: 'Row {row}: new procedure "{name}" has no code; enter it before applying.',
  },
  DECISION_REPEALS_UNKNOWN: {
    vi: 'Dòng {row}: bãi bỏ TTHC {code} "{name}" nhưng đơn vị không có thủ tục này trong danh mục.',
    en: 'Row {row}: repeals {code} "{name}", which is not in this unit’s inventory.',
  },
  DECISION_AMENDS_UNKNOWN: {
    vi: 'Dòng {row}: sửa đổi TTHC {code} "{name}" nhưng đơn vị không có thủ tục này trong danh mục.',
    en: 'Row {row}: amends {code} "{name}", which is not in this unit’s inventory.',
  },
  DECISION_REPLACES_UNKNOWN: {
    vi: 'Dòng {row}: TTHC {code} thay thế {replaced} nhưng đơn vị không có thủ tục {replaced}.',
    en: 'Row {row}: {code} replaces {replaced}, which is not in this unit’s inventory.',
  },
  DECISION_OLDER_THAN_RECORD: {
    vi: 'Quyết định {number} ngày {date} cũ hơn nội dung hiện hành của TTHC {code} (theo {current} ngày {currentDate}).',
    en: 'Decision {number} of {date} is older than the current text of {code} ({current} of {currentDate}).',
  },
  NATIONAL_NEEDS_COMPARE: {
    vi: 'Hãy so sánh danh mục quốc gia với danh mục của đơn vị trước khi áp dụng (chưa có gì được ghi).',
    en: 'Compare the national list with the unit’s inventory before applying (nothing was written).',
  },
  REPORT_NO_DECISION: {
    vi: 'Đơn vị chưa có quyết định công bố nào: hãy ghi một quyết định trong màn hình Quyết định.',
    en: 'This unit has no publication decision yet: record one on the Decisions screen.',
  },
  REPORT_UNIT_NOT_VALID_AT: {
    vi: 'Ngày {date}, {unit} không có hiệu lực (sáp nhập). Báo cáo cho ngày đó lập theo: {units}.',
    en: 'On {date}, {unit} was not in force (merger). Report that date for: {units}.',
  },
  APPENDIX_UNREADABLE: {
    vi: 'Tệp "{file}": {reason}',
    en: 'File "{file}": {reason}',
  },
});
