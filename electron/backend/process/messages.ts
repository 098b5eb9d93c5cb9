import { registerErrorMessages } from '../../shared/errors';

/** Error codes of the quy trình nội bộ (imported by its handlers so they register at module load). */
registerErrorMessages({
  PROCESS_ONE_SHEET: {
    vi: '{file}: cần đúng một trang tính chứa bảng quy trình nội bộ (tệp có {count} trang có dữ liệu). Chưa có gì được lưu.',
    en: '{file}: exactly one sheet holding the internal-process table is needed (the file has {count} sheets with data). Nothing was saved.',
  },
});
