/** Error messages of the reports feature (registered into the shared catalogue at module load). */
import { registerErrorMessages } from '../../shared/errors';

registerErrorMessages({
  REPORT_UNIT_NOT_FOUND: { vi: 'Không tìm thấy đơn vị đã chọn.', en: 'The selected unit was not found.' },
  REPORT_NO_CAMPAIGN: {
    vi: 'Báo cáo này cần một đợt rà soát, nhưng đơn vị chưa có đợt rà soát nào.',
    en: 'This report needs a review campaign, but the unit has none.',
  },
  REPORT_CAMPAIGN_NOT_FOUND: {
    vi: 'Không tìm thấy đợt rà soát số {id} của đơn vị này.',
    en: 'Review campaign {id} was not found for this unit.',
  },
  REPORT_PERIOD_INVALID: {
    vi: 'Kỳ báo cáo không hợp lệ ({detail}): ngày bắt đầu phải trước ngày kết thúc và không sau ngày hôm nay.',
    en: 'Invalid report period ({detail}): the start must come before the end and not after today.',
  },
  REPORT_NOT_APPENDIX: {
    vi: 'Báo cáo này không in kèm theo quyết định; chỉ Danh mục TTHC, Nội dung cụ thể và Phương án đơn giản hóa là phụ lục của quyết định.',
    en: 'This report is not an appendix of a decision; only Phần I, Phần II and the simplification plan are.',
  },
  REPORT_PDF_UNSUPPORTED: {
    vi: 'Chế độ trình duyệt không lưu PDF trực tiếp: hãy bấm In rồi chọn "Lưu thành PDF" trong hộp thoại in.',
    en: 'Browser mode cannot save a PDF directly: press Print and choose "Save as PDF" in the print dialog.',
  },
  REPORT_JOB_NOT_FOUND: {
    vi: 'Không tìm thấy lượt xuất báo cáo này (có thể đã quá cũ).',
    en: 'This export job was not found.',
  },
  REPORT_EXPORT_FAILED: {
    vi: 'Không xuất được báo cáo: {detail}',
    en: 'The report could not be exported: {detail}',
  },
  REPORT_DISK_FULL: {
    vi: 'Ổ đĩa đã đầy: không ghi được tệp báo cáo, tệp dở dang đã được xóa. Hãy giải phóng dung lượng rồi xuất lại.',
    en: 'The disk is full: the report file could not be written and the partial file was removed. Free some space and export again.',
  },
  REPORT_FILE_BUSY: {
    vi: 'Không ghi được tệp "{file}": tệp đang mở trong Excel hoặc thư mục không cho phép ghi. Hãy đóng tệp rồi thử lại.',
    en: 'Cannot write "{file}": it is open in Excel or the folder is read-only. Close it and try again.',
  },
});
