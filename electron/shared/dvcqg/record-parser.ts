/**
 * One DVCQG JSONL record (as crawled from dichvucong.gov.vn by chatbot-tthc/chatbot_tthc) → InventoryEntry.
 * Never throws: a weird record yields a best-effort entry plus warnings. All strings NFC and trimmed;
 * codes stay text (domain.md §1.3).
 */
import {
  PROCEDURE_CODE_RE,
  type InventoryEntry,
  type ProcedureRecord,
  type UnitProcedureFields,
} from '../domain';
import { parseChannels } from './channels';
import { parseComponentGroups } from './components';
import { parseLegalBases, parseResults } from './legal';
import { parseSteps } from './steps';
import { cleanText, emptyIfNoInfo, fit, oneLine, type ParseWarning } from './text';

export type { ParseWarning } from './text';

export interface ParsedRecord {
  entry: InventoryEntry;
  warnings: ParseWarning[];
}

/** Publishing ministry from the crawler's folder name (`…/raw/bo-tu-phap/1.001193.json`). */
const PUBLISHERS: Record<string, string> = {
  'bo-cong-an': 'Bộ Công an',
  'bo-tu-phap': 'Bộ Tư pháp',
  'bo-tai-chinh': 'Bộ Tài chính',
  'bo-xay-dung': 'Bộ Xây dựng',
  'bo-nong-nghiep-mt': 'Bộ Nông nghiệp và Môi trường',
  'toa-an-nhan-dan': 'Tòa án nhân dân tối cao',
};

export const DEFAULT_UNIT_FIELDS: UnitProcedureFields = {
  onlineLevel: null,
  legacyLevel: null,
  oneStop: true,
  hasInternalProcess: false,
  dossiersPerYear: null,
  note: '',
};

/** "1.00398" (trailing zeros lost in Excel) → "1.003980"; anything else is returned cleaned. */
export function normaliseProcedureCode(raw: unknown): string {
  const t = oneLine(cleanText(typeof raw === 'number' ? String(raw) : raw));
  const m = /^(\d)\.(\d{1,6})((?:\.\w+)*)$/u.exec(t);
  if (!m) return t;
  return `${m[1]}.${(m[2] ?? '').padEnd(6, '0')}${m[3] ?? ''}`;
}

function field(rec: Record<string, unknown>, key: string): string {
  return emptyIfNoInfo(cleanText(rec[key]));
}

function list(value: string): string[] {
  return value
    .split(/\n|,\s*/u)
    .map((v) => oneLine(v))
    .filter(Boolean);
}

export function parseDvcqgRecord(
  input: unknown,
  unitFields: Partial<UnitProcedureFields> = {},
): ParsedRecord {
  const warnings: ParseWarning[] = [];
  const rec: Record<string, unknown> =
    input !== null && typeof input === 'object' && !Array.isArray(input)
      ? (input as Record<string, unknown>)
      : {};
  if (rec !== input) warnings.push({ field: '*', message: 'Bản ghi không phải đối tượng JSON' });

  const safe = <T>(name: string, fallback: T, fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      warnings.push({
        field: name,
        message: `Lỗi phân tích: ${err instanceof Error ? err.message : String(err)}`,
      });
      return fallback;
    }
  };

  let code = normaliseProcedureCode(rec['ma_thu_tuc']);
  if (!PROCEDURE_CODE_RE.test(code)) {
    warnings.push({ field: 'ma_thu_tuc', message: `Mã thủ tục không hợp lệ: "${code.slice(0, 40)}"` });
    code = '0.000000';
  }
  let name = oneLine(field(rec, 'ten_thu_tuc'));
  if (!name) {
    warnings.push({ field: 'ten_thu_tuc', message: 'Thiếu tên thủ tục' });
    name = `(Chưa có tên) ${code}`;
  }
  const publisherSlug = cleanText(rec['_source_path']).split('/').slice(-2, -1)[0] ?? '';
  const detailUrl = field(rec, 'detail_url');
  const text = (key: string, max: number): string => fit(field(rec, key), max, key, warnings);

  const record: ProcedureRecord = {
    code,
    name: fit(name, 2000, 'ten_thu_tuc', warnings),
    field: oneLine(text('linh_vuc', 500)),
    fieldCode: '',
    kind: oneLine(text('loai_thu_tuc', 200)),
    levels: list(field(rec, 'cap_thuc_hien'))
      .map((l) => l.slice(0, 100))
      .slice(0, 10),
    subjects: oneLine(text('doi_tuong_thuc_hien', 4000)),
    executingAgencies: text('co_quan_thuc_hien', 4000),
    authorityAgencies: text('co_quan_co_tham_quyen', 4000),
    coordinatingAgencies: text('co_quan_phoi_hop', 4000),
    authorizedAgencies: text('co_quan_duoc_uy_quyen', 4000),
    receivingAddress: text('dia_chi_tiep_nhan', 4000),
    issuingAgency: PUBLISHERS[publisherSlug] ?? '',
    conditions: text('yeu_cau_dieu_kien', 20000),
    decisionNo: oneLine(text('so_quyet_dinh', 100)),
    decisionDate: '',
    status: 'ACTIVE',
    legacyCode: '',
    source: fit(
      detailUrl ? `Cổng DVCQG: ${detailUrl}` : 'Cổng Dịch vụ công quốc gia',
      500,
      'detail_url',
      warnings,
    ),
    channels: safe('cach_thuc_thuc_hien', [], () => parseChannels(rec['cach_thuc_thuc_hien'], warnings)),
    steps: safe('trinh_tu_thuc_hien', [], () => parseSteps(rec['trinh_tu_thuc_hien'], warnings)),
    componentGroups: safe('thanh_phan_ho_so', [], () =>
      parseComponentGroups(rec['thanh_phan_ho_so'], warnings),
    ),
    legalBases: safe('can_cu_phap_ly', [], () => parseLegalBases(rec['can_cu_phap_ly'], warnings)),
    results: safe('ket_qua_xu_ly', [], () => parseResults(rec['ket_qua_xu_ly'], warnings)),
  };
  if (record.channels.length === 0)
    warnings.push({ field: 'cach_thuc_thuc_hien', message: 'Không có cách thức thực hiện' });
  return { entry: { ...record, unitFields: { ...DEFAULT_UNIT_FIELDS, ...unitFields } }, warnings };
}

/** Parse JSONL text: one result per non-empty line; a line that is not JSON yields a warning-only entry. */
export function parseDvcqgJsonl(textIn: string): ParsedRecord[] {
  return textIn
    .split(/\r?\n/u)
    .filter((l) => l.trim() !== '')
    .map((line, i) => {
      let obj: unknown = null;
      try {
        obj = JSON.parse(line);
      } catch {
        const r = parseDvcqgRecord(null);
        r.warnings.push({ field: '*', message: `Dòng ${i + 1} không phải JSON hợp lệ` });
        return r;
      }
      return parseDvcqgRecord(obj);
    });
}
