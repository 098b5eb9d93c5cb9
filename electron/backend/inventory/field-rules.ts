import { PROCEDURE_CODE_RE, type OnlineLevel } from '../../shared/domain';
import type { EditableField } from '../../shared/contract/inventory';
import { fold } from '../../shared/text/fold';
import { ApiFailure } from '../api-failure';

type Scalar = string | number | null;
type Raw = string | number | boolean | null;

const invalid = (field: string, value: Raw, reason: string) =>
  new ApiFailure('INVALID_VALUE', { field, value: String(value ?? ''), reason });

const ONLINE_LEVELS: Record<string, OnlineLevel> = {
  none: 'NONE',
  khong: 'NONE',
  'dich vu cong': 'NONE',
  '2': 'NONE',
  partial: 'PARTIAL',
  'mot phan': 'PARTIAL',
  '3': 'PARTIAL',
  full: 'FULL',
  'toan trinh': 'FULL',
  '4': 'FULL',
};

/**
 * Turns what a user typed or pasted into the stored value of a field, or refuses it with the reason. Accepts
 * Excel habits: "1.234" for a count, "có"/"không" for a flag, "toàn trình" for an online level.
 */
export function coerceField(field: EditableField, value: Raw): Scalar {
  const text = typeof value === 'string' ? value.trim() : value;
  switch (field) {
    case 'code': {
      if (typeof text !== 'string' || !PROCEDURE_CODE_RE.test(text))
        throw new ApiFailure('INVALID_CODE', { value: String(value ?? '') });
      return text;
    }
    case 'name':
      if (typeof text !== 'string' || text === '') throw invalid('Tên thủ tục', value, 'không được để trống');
      return text;
    case 'onlineLevel': {
      if (text === null || text === '') return null;
      const level = ONLINE_LEVELS[fold(String(text))] ?? ONLINE_LEVELS[String(text).toLowerCase()];
      if (!level) throw invalid('Mức độ DVC trực tuyến', value, 'chọn Không / Một phần / Toàn trình');
      return level;
    }
    case 'dossiersPerYear': {
      if (text === null || text === '') return null;
      const n = typeof text === 'number' ? text : Number(String(text).replace(/[.\s]/g, ''));
      // Capped well below 2^53 so SQLite stores an INTEGER (a huge float would be refused as REAL).
      if (!Number.isSafeInteger(n) || n < 0 || n > 100_000_000)
        throw invalid('Số hồ sơ/năm', value, 'phải là số nguyên từ 0 đến 100.000.000');
      return n;
    }
    case 'oneStop': {
      if (typeof text === 'boolean') return text ? 1 : 0;
      const f = fold(String(text ?? ''));
      if (['co', 'x', '1', 'true', 'yes'].includes(f)) return 1;
      if (['khong', '', '0', 'false', 'no'].includes(f)) return 0;
      throw invalid('Một cửa', value, 'chọn Có hoặc Không');
    }
    case 'decisionDate': {
      if (text === null || text === '') return '';
      const s = String(text);
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s) ?? null;
      const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : s;
      const d = new Date(`${iso}T00:00:00Z`);
      if (
        !/^\d{4}-\d{2}-\d{2}$/.test(iso) ||
        Number.isNaN(d.getTime()) ||
        d.toISOString().slice(0, 10) !== iso
      )
        throw invalid('Ngày quyết định', value, 'nhập ngày dạng dd/mm/yyyy');
      return iso;
    }
    default:
      if (typeof text === 'boolean' || typeof text === 'number') return String(text);
      return text ?? '';
  }
}

const LABELS: Record<EditableField, [vi: string, en: string]> = {
  code: ['Mã TTHC', 'Code'],
  name: ['Tên thủ tục', 'Name'],
  field: ['Lĩnh vực', 'Field'],
  kind: ['Loại thủ tục', 'Kind'],
  subjects: ['Đối tượng thực hiện', 'Subjects'],
  executingAgencies: ['Cơ quan thực hiện', 'Executing agency'],
  authorityAgencies: ['Cơ quan có thẩm quyền', 'Competent authority'],
  coordinatingAgencies: ['Cơ quan phối hợp', 'Coordinating agency'],
  conditions: ['Yêu cầu, điều kiện', 'Conditions'],
  decisionNo: ['Số quyết định', 'Decision no.'],
  decisionDate: ['Ngày quyết định', 'Decision date'],
  onlineLevel: ['DVC trực tuyến', 'Online level'],
  dossiersPerYear: ['Hồ sơ/năm', 'Dossiers/year'],
  oneStop: ['Một cửa', 'One-stop'],
  note: ['Ghi chú', 'Note'],
};

/** The column name shown in messages about a field. */
export function fieldLabel(field: EditableField, locale: 'vi' | 'en'): string {
  return LABELS[field][locale === 'vi' ? 0 : 1];
}
