import { registerErrorMessages } from '../../shared/errors';

/** Error codes of the inventory workbench (imported by its handlers so they register at module load). */
registerErrorMessages({
  HISTORY_STALE: {
    vi: 'Không thể hoàn tác/làm lại: thủ tục {code} đã được thay đổi sau thao tác này. Dữ liệu không bị thay đổi.',
    en: 'Cannot undo/redo: procedure {code} was changed after this step. No data was changed.',
  },
  CELL_INVALID: {
    vi: 'Dòng {row}, cột {column}: {message} Không có ô nào được lưu.',
    en: 'Row {row}, column {column}: {message} No cell was saved.',
  },
  NOT_IN_TRASH: {
    vi: 'Thủ tục {code} không nằm trong thùng rác.',
    en: 'Procedure {code} is not in the trash.',
  },
  STEP_ORDER_MISMATCH: {
    vi: 'Thứ tự các bước không khớp với các bước hiện có của thủ tục (hãy tải lại).',
    en: 'The step order does not match the procedure’s current steps (reload and retry).',
  },
  UNIT_INVALID: {
    vi: 'Thông tin đơn vị không hợp lệ: {reason}',
    en: 'Invalid unit: {reason}',
  },
});
