import { fold } from '../../shared/text/fold';

/**
 * The columns the importer understands, per sheet role, with the Vietnamese header names offices use
 * (compared folded: accent- and case-insensitive, punctuation ignored). The first synonym is the canonical
 * header TinhGọn writes itself (multi-sheet-format.ts), so its own exports map without help.
 */
export type SheetRole = 'list' | 'channels' | 'fees' | 'steps' | 'components' | 'results' | 'legal';

export interface FieldSpec {
  key: string;
  vi: string;
  en: string;
  synonyms: string[];
  required?: boolean;
}

const f = (key: string, vi: string, en: string, synonyms: string[], required = false): FieldSpec => ({
  key,
  vi,
  en,
  synonyms: [vi, ...synonyms],
  required,
});

const CODE = f(
  'code',
  'Mã TTHC',
  'Procedure code',
  ['Mã số', 'Mã thủ tục', 'Mã thủ tục hành chính', 'Số hồ sơ TTHC', 'Mã số TTHC', 'Mã'],
  true,
);

export const FIELDS: Record<SheetRole, FieldSpec[]> = {
  list: [
    CODE,
    f(
      'name',
      'Tên thủ tục hành chính',
      'Name',
      ['Tên', 'Tên TTHC', 'Tên thủ tục', 'Thủ tục hành chính', 'Tên thủ tục hành chính (TTHC)'],
      true,
    ),
    f('field', 'Lĩnh vực', 'Field', ['Lĩnh vực thực hiện', 'Tên lĩnh vực']),
    f('fieldCode', 'Mã lĩnh vực', 'Field code', []),
    f('kind', 'Loại thủ tục', 'Kind', ['Loại TTHC']),
    f('levels', 'Cấp thực hiện', 'Levels', ['Cấp']),
    f('subjects', 'Đối tượng thực hiện', 'Subjects', ['Đối tượng']),
    f('executingAgencies', 'Cơ quan thực hiện', 'Executing agencies', [
      'Cơ quan giải quyết',
      'Cơ quan thực hiện TTHC',
    ]),
    f('authorityAgencies', 'Cơ quan có thẩm quyền', 'Authority', ['Cơ quan có thẩm quyền quyết định']),
    f('coordinatingAgencies', 'Cơ quan phối hợp', 'Coordinating agencies', []),
    f('authorizedAgencies', 'Cơ quan được ủy quyền', 'Authorised agencies', ['Cơ quan được uỷ quyền']),
    f('receivingAddress', 'Địa chỉ tiếp nhận hồ sơ', 'Receiving address', [
      'Địa chỉ tiếp nhận',
      'Địa chỉ tiếp nhận HS',
    ]),
    f('issuingAgency', 'Cơ quan ban hành', 'Issuing agency', ['Cơ quan công bố']),
    f('conditions', 'Yêu cầu, điều kiện', 'Conditions', [
      'Yêu cầu điều kiện thực hiện',
      'Yêu cầu, điều kiện thực hiện',
      'Điều kiện',
    ]),
    f('decisionNo', 'Số quyết định', 'Decision no.', [
      'Quyết định công bố',
      'Số QĐ công bố',
      'Số quyết định công bố',
    ]),
    f('decisionDate', 'Ngày quyết định', 'Decision date', ['Ngày ban hành quyết định', 'Ngày QĐ']),
    f('status', 'Trạng thái', 'Status', ['Tình trạng']),
    f('legacyCode', 'Mã cũ', 'Legacy code', []),
    f('source', 'Nguồn', 'Source', ['Nguồn dữ liệu']),
    f('time', 'Thời hạn giải quyết', 'Processing time', ['Thời gian giải quyết', 'Thời hạn', 'Thời gian']),
    f('fee', 'Phí, lệ phí', 'Fee', ['Phí lệ phí', 'Lệ phí', 'Phí', 'Mức phí', 'Phí, lệ phí (nếu có)']),
    f('onlineLevel', 'Mức độ DVC trực tuyến', 'Online level', [
      'DVC trực tuyến',
      'Mức độ dịch vụ công',
      'Mức độ DVCTT',
    ]),
    f('legacyLevel', 'Mức độ (cũ)', 'Legacy level', ['Mức độ cũ']),
    f('oneStop', 'Một cửa', 'One-stop', ['Tiếp nhận tại bộ phận một cửa']),
    f('hasInternalProcess', 'Quy trình nội bộ', 'Internal process', ['Có quy trình nội bộ']),
    f('dossiersPerYear', 'Số hồ sơ/năm', 'Dossiers per year', [
      'Số hồ sơ năm',
      'Số lượng hồ sơ/năm',
      'Số hồ sơ trung bình/năm',
    ]),
    f('note', 'Ghi chú', 'Note', []),
    f('stt', 'STT', 'No.', ['Số thứ tự', 'TT']),
  ],
  channels: [
    CODE,
    f('method', 'Hình thức nộp', 'Channel', ['Cách thức thực hiện', 'Cách thức', 'Hình thức'], true),
    f('time', 'Thời hạn giải quyết', 'Processing time', ['Thời gian', 'Thời hạn']),
    f('timeValue', 'Thời hạn (số)', 'Time value', []),
    f('timeUnit', 'Đơn vị thời gian', 'Time unit', []),
    f('fee', 'Phí, lệ phí', 'Fee', ['Phí lệ phí', 'Lệ phí', 'Phí']),
    f('description', 'Mô tả', 'Description', []),
  ],
  fees: [
    CODE,
    f('channelNo', 'Cách thức số', 'Channel no.', ['STT cách thức']),
    f('kind', 'Loại phí', 'Fee kind', []),
    f('amount', 'Số tiền', 'Amount', ['Số tiền (đồng)', 'Mức thu']),
    f('setBy', 'Do HĐND tỉnh quyết định', 'Set by provincial council', []),
    f('currency', 'Tiền tệ', 'Currency', []),
    f('perUnit', 'Đơn vị tính', 'Per unit', []),
    f('text', 'Nội dung phí', 'Fee text', ['Mô tả phí'], true),
  ],
  steps: [
    CODE,
    f('title', 'Tên bước', 'Step', ['Bước', 'Trường hợp xử lý']),
    f('text', 'Mô tả chi tiết', 'Details', ['Nội dung', 'Mô tả', 'Trình tự thực hiện'], true),
    f('actor', 'Người thực hiện', 'Actor', ['Chủ thể thực hiện']),
    f('durationValue', 'Thời gian (số)', 'Duration value', []),
    f('durationUnit', 'Đơn vị thời gian', 'Duration unit', []),
    f('duration', 'Thời gian thực hiện', 'Duration', ['Thời gian']),
  ],
  components: [
    CODE,
    f('groupNo', 'Nhóm số', 'Group no.', []),
    f('heading', 'Trường hợp', 'Group', ['Nhóm giấy tờ', 'Loại giấy tờ']),
    f('name', 'Tên giấy tờ', 'Document', ['Thành phần hồ sơ', 'Tên thành phần hồ sơ'], true),
    f('componentCode', 'Mã giấy tờ', 'Document code', ['Mã TPHS', 'Mã thành phần']),
    f('originalQty', 'Số bản chính', 'Originals', ['Bản chính']),
    f('copyQty', 'Số bản sao', 'Copies', ['Bản sao']),
    f('copyRequirement', 'Yêu cầu bản sao', 'Copy requirement', []),
    f('formName', 'Mẫu đơn, tờ khai', 'Form', ['Mẫu đơn tờ khai', 'Biểu mẫu']),
    f('isNote', 'Là ghi chú', 'Is note', []),
    f('required', 'Bắt buộc', 'Required', []),
  ],
  results: [
    CODE,
    f('resultCode', 'Mã kết quả', 'Result code', []),
    f('name', 'Tên kết quả', 'Result', ['Kết quả thực hiện', 'Kết quả'], true),
  ],
  legal: [
    CODE,
    f('legalCode', 'Số ký hiệu', 'Number', ['Số hiệu văn bản', 'Mã văn bản', 'Ký hiệu']),
    f('name', 'Trích yếu', 'Title', ['Tên văn bản', 'Tên văn bản pháp lý', 'Căn cứ pháp lý'], true),
    f('issuer', 'Cơ quan ban hành', 'Issuer', []),
    f('issuedDate', 'Ngày ban hành', 'Issued', []),
    f('effectiveDate', 'Ngày hiệu lực', 'Effective', []),
  ],
};

/** Sheet names of each role (the provincial workbook, domain.md §1.2) and TinhGọn's own export. */
export const ROLE_SHEET_NAMES: Record<SheetRole, string[]> = {
  list: ['Danh sách TTHC', 'TTHC', 'Danh mục TTHC', 'Danh sách'],
  channels: ['Cách thức thực hiện', 'Cách thức'],
  fees: ['Phí, lệ phí', 'Phí lệ phí'],
  steps: ['Trình tự thực hiện', 'Trình tự'],
  components: ['TPHS', 'Thành phần hồ sơ'],
  results: ['KQTH', 'Kết quả thực hiện'],
  legal: ['CCPL', 'Căn cứ pháp lý'],
};

/** Header text folded for comparison: no accents, no punctuation, single spaces. */
export function headerKey(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const index = new Map<SheetRole, Map<string, string>>();
for (const role of Object.keys(FIELDS) as SheetRole[]) {
  const m = new Map<string, string>();
  for (const spec of FIELDS[role])
    for (const syn of spec.synonyms) if (!m.has(headerKey(syn))) m.set(headerKey(syn), spec.key);
  index.set(role, m);
}

/** The field a header names in a sheet of this role, or undefined. */
export function fieldForHeader(role: SheetRole, header: string): string | undefined {
  const key = headerKey(header);
  if (!key) return undefined;
  return index.get(role)!.get(key);
}

export function fieldSpec(role: SheetRole, key: string): FieldSpec | undefined {
  return FIELDS[role].find((s) => s.key === key);
}

export function roleOfSheetName(name: string): SheetRole | undefined {
  const key = headerKey(name);
  for (const role of Object.keys(ROLE_SHEET_NAMES) as SheetRole[])
    if (ROLE_SHEET_NAMES[role].some((n) => headerKey(n) === key)) return role;
  return undefined;
}
