import { registerErrorMessages } from '../../shared/errors';

/** Error codes of merges of units (registered at module load). */
registerErrorMessages({
  MERGE_SAME_UNIT_TWICE: {
    vi: 'Một đơn vị được chọn hai lần để sáp nhập. Chưa có gì được ghi.',
    en: 'A unit was chosen twice for the merge. Nothing was written.',
  },
  MERGE_INTO_ITSELF: {
    vi: 'Không thể sáp nhập một đơn vị vào chính nó: mã mới {code} là mã của một đơn vị cũ. Chưa có gì được ghi.',
    en: 'A unit cannot be merged into itself: the new code {code} is an old unit’s code. Nothing was written.',
  },
  MERGE_LEVELS: {
    vi: 'Chỉ sáp nhập các đơn vị cùng cấp: {units}. Chưa có gì được ghi.',
    en: 'Only units of the same level can merge: {units}. Nothing was written.',
  },
  MERGE_ALREADY_MERGED: {
    vi: '{name} đã được sáp nhập vào {by}. Chưa có gì được ghi.',
    en: '{name} was already merged into {by}. Nothing was written.',
  },
  MERGE_DATE: {
    vi: '{name} chỉ có hiệu lực từ {date}: ngày sáp nhập phải sau ngày đó. Chưa có gì được ghi.',
    en: '{name} is valid only from {date}: the merge date must be later. Nothing was written.',
  },
  MERGE_DROPS_REVIEWS: {
    vi: 'Sáp nhập sẽ bỏ {count} rà soát đang mở ({list}): hãy chọn rà soát nào được giữ cho từng thủ tục. Chưa có gì được ghi.',
    en: 'The merge would drop {count} open reviews ({list}): choose which review to keep for each. Nothing was written.',
  },
  MERGE_UNRESOLVED: {
    vi: 'Còn {count} xung đột chưa giải quyết ({list}…): hãy chọn giá trị cho từng xung đột. Chưa có gì được ghi.',
    en: '{count} conflicts are unresolved ({list}…): choose a value for each. Nothing was written.',
  },
  MERGE_PROCESS_MARKS: {
    vi: 'Rà soát {code} của {unit} đánh dấu các bước quy trình nội bộ của xã đó: hãy giữ quy trình nội bộ của {unit}, hoặc giữ rà soát của xã khác. Chưa có gì được ghi.',
    en: 'The review of {code} from {unit} marks steps of that unit’s internal process: keep {unit}’s process, or keep another unit’s review. Nothing was written.',
  },
  MERGE_BAD_RESOLUTION: {
    vi: 'Lựa chọn "{key}" không hợp lệ: {reason}. Chưa có gì được ghi.',
    en: 'Resolution "{key}" is invalid: {reason}. Nothing was written.',
  },
});
