import { registerErrorMessages } from '../../shared/errors';

/** Error codes of the review feature (imported by its handlers so they register at module load). */
registerErrorMessages({
  COST_INVALID: { vi: '{vi}', en: '{en}' },
  REVIEW_STEP_GONE: {
    vi: 'Bước này không còn trong quy trình nội bộ (quy trình đã được sửa). Mở lại thủ tục để xem các bước hiện có. Chưa có gì được lưu.',
    en: 'This step is no longer in the internal process (it was edited). Reopen the procedure to see its steps. Nothing was saved.',
  },
  REVIEW_NO_POPULATION: {
    vi: 'Chưa có số hồ sơ/năm của thủ tục {code}: nhập ở Danh mục (Số hồ sơ/năm) hoặc ở thẻ Chi phí.',
    en: 'Procedure {code} has no dossiers per year: enter it in the inventory or on the Cost tab.',
  },
  REVIEW_NOT_APPROVED: {
    vi: 'Chỉ tính lại theo tham số mới được khi phương án đã phê duyệt hoặc đã thực thi.',
    en: 'Recomputing with the new parameters is only for an approved or implemented plan.',
  },
  REVIEW_REASON_REQUIRED: {
    vi: 'Hãy ghi lý do cho đề xuất "{action}" trước khi lưu. Chưa có gì được lưu.',
    en: 'Give a reason for the "{action}" proposal before saving. Nothing was saved.',
  },
  REVIEW_PROPOSED_VALUE_REQUIRED: {
    vi: 'Đề xuất sửa đổi cần giá trị mới ({hint}). Chưa có gì được lưu.',
    en: 'A "simplify" proposal needs the new value ({hint}). Nothing was saved.',
  },
  REVIEW_MERGE_TARGET: {
    vi: 'Hãy chọn bước (hoặc thành phần) khác của cùng thủ tục để gộp vào. Chưa có gì được lưu.',
    en: 'Choose another step (or document) of the same procedure to merge into. Nothing was saved.',
  },
  REVIEW_TARGET_NOT_IN_PROCEDURE: {
    vi: 'Phần tử được đánh dấu không thuộc thủ tục đang rà soát.',
    en: 'The marked element does not belong to the procedure under review.',
  },
  REVIEW_LOCKED: {
    vi: 'Thủ tục đang ở trạng thái "{status}": không sửa được đề xuất, câu trả lời hay chi phí.',
    en: 'The procedure is "{status}": proposals, answers and costs cannot be changed.',
  },
  REVIEW_SUBMIT_INCOMPLETE: {
    vi: 'Chưa gửi được: {count} đề xuất còn thiếu lý do hoặc kiến nghị thực thi (điều, văn bản, thẩm quyền): {listVi}.',
    en: 'Cannot submit: {count} proposals lack a reason or the legal provision (article, document, authority): {listEn}.',
  },
  REVIEW_NO_MARKS: {
    vi: 'Chưa có đề xuất nào để gửi. Hãy đánh dấu ít nhất một phần tử (hoặc "Giữ nguyên" cả thủ tục).',
    en: 'Nothing to submit yet. Mark at least one element (or "keep" the whole procedure).',
  },
  REVIEW_BAD_TRANSITION: {
    vi: 'Không thể "{action}" khi thủ tục đang ở trạng thái "{status}".',
    en: 'Cannot "{action}" while the procedure is "{status}".',
  },
  REVIEW_COMMENT_REQUIRED: {
    vi: 'Hãy ghi ý kiến khi trả lại để cán bộ biết cần sửa gì. Chưa có gì được lưu.',
    en: 'Write a comment when returning so the officer knows what to fix. Nothing was saved.',
  },
  REVIEW_DECISION_REQUIRED: {
    vi: 'Cần số và ngày quyết định thực thi. Chưa có gì được lưu.',
    en: 'The implementing decision number and date are required. Nothing was saved.',
  },
  REVIEW_POPULATION_INVALID: {
    vi: 'Số đối tượng tuân thủ/năm phải là số nguyên từ 1 trở lên (đang là {value}). Chưa có gì được lưu.',
    en: 'Population per year must be a whole number ≥ 1 (got {value}). Nothing was saved.',
  },
  REVIEW_FREQUENCY_INVALID: {
    vi: 'Tần suất/năm phải là số nguyên từ 1 trở lên (đang là {value}). Chưa có gì được lưu.',
    en: 'Frequency per year must be a whole number ≥ 1 (got {value}). Nothing was saved.',
  },
  REVIEW_DAYS_INVALID: {
    vi: 'Thời hạn giải quyết sau đơn giản hóa không được âm (đang là {value}). Chưa có gì được lưu.',
    en: 'Processing time after cannot be negative (got {value}). Nothing was saved.',
  },
  REVIEW_NO_PROCEDURES: {
    vi: 'Không có thủ tục nào được chọn cho kế hoạch rà soát.',
    en: 'No procedure was selected for the review plan.',
  },
  REVIEW_NO_ACTIVITIES: {
    vi: 'Thủ tục {code} chưa có hoạt động tính chi phí trong kế hoạch rà soát nào của đơn vị.',
    en: 'Procedure {code} has no cost activities in any review plan of this unit.',
  },
  PIN_WRONG: {
    vi: 'Mã PIN không đúng (còn {left} lần thử trước khi bị khóa 60 giây).',
    en: 'Wrong PIN ({left} attempts left before a 60-second lockout).',
  },
  PIN_LOCKED: {
    vi: 'Đã nhập sai PIN 5 lần liên tiếp. Hãy thử lại sau {seconds} giây.',
    en: 'Five wrong PINs in a row. Try again in {seconds} seconds.',
  },
  MANAGER_SESSION_ENDED: {
    vi: 'Chưa {what}: phiên Lãnh đạo đã kết thúc vì lâu không thao tác. Hãy chọn lại Lãnh đạo và nhập PIN.',
    en: 'Nothing was changed: the manager session ended after a period without activity. Choose the manager profile and enter the PIN again.',
  },
  PIN_REQUIRED: {
    vi: 'Hãy nhập mã PIN của lãnh đạo.',
    en: 'Enter the manager PIN.',
  },
  PIN_FORMAT: {
    vi: 'Mã PIN phải gồm 4 đến 12 chữ số.',
    en: 'The PIN must be 4 to 12 digits.',
  },
});
