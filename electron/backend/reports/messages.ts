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
