/**
 * The cell values of the two benchmark workbooks, kept apart from the file writing so the layout can be
 * tested without Excel: the DVCQG-format list (title block, then `Mã số | Tên | Cơ quan ban hành | Cơ quan
 * thực hiện | Lĩnh vực`) and a free-form list as provinces publish it (title block, STT, a group row per
 * lĩnh vực numbered I, II, III…).
 */
import type { ProcedureRecord } from '../../../shared/domain';
import { formatMoney } from '../../../shared/text/format';
import { toRoman } from '../../../shared/text/roman';

export const LIST_TITLE = 'DANH SÁCH THỦ TỤC HÀNH CHÍNH';
export const LIST_HEADERS = ['Mã số', 'Tên', 'Cơ quan ban hành', 'Cơ quan thực hiện', 'Lĩnh vực'] as const;

export const FREE_FORM_TITLE =
  'DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA ỦY BAN NHÂN DÂN TỈNH';
export const FREE_FORM_SUBTITLE =
  '(Kèm theo Quyết định số 1234/QĐ-UBND ngày 15/10/2026 của Chủ tịch UBND tỉnh)';
export const FREE_FORM_HEADERS = [
  'STT',
  'Tên thủ tục hành chính',
  'Mã TTHC',
  'Cơ quan thực hiện',
  'Thời hạn giải quyết',
  'Phí, lệ phí',
] as const;

/** What a list row needs from a record (kept small: 10,000 of these are buffered while the DB is written). */
export type SheetSource = Pick<
  ProcedureRecord,
  'code' | 'name' | 'issuingAgency' | 'executingAgencies' | 'field' | 'channels'
>;

const DEFAULT_AGENCY = 'Ủy ban nhân dân cấp xã';

export function listRow(r: SheetSource): string[] {
  return [r.code, r.name, r.issuingAgency, r.executingAgencies || DEFAULT_AGENCY, r.field];
}

export { toRoman };

export type FreeFormRow = { kind: 'group'; cells: string[] } | { kind: 'item'; cells: (string | number)[] };

/** Groups by lĩnh vực in order of first appearance; items numbered 1…n across the whole list, as in the decisions. */
export function freeFormRows(records: readonly SheetSource[]): FreeFormRow[] {
  const groups = new Map<string, SheetSource[]>();
  for (const r of records) {
    const list = groups.get(r.field);
    if (list) list.push(r);
    else groups.set(r.field, [r]);
  }
  const rows: FreeFormRow[] = [];
  let stt = 0;
  let g = 0;
  for (const [field, items] of groups) {
    rows.push({ kind: 'group', cells: [toRoman(++g), `Lĩnh vực ${field}`] });
    for (const r of items) {
      const first = r.channels[0];
      const fee = first?.fees[0];
      rows.push({
        kind: 'item',
        cells: [
          ++stt,
          r.name,
          r.code,
          r.executingAgencies || DEFAULT_AGENCY,
          first?.timeText ?? '',
          fee ? (fee.amount === null ? fee.text.slice(0, 200) : formatMoney(fee.amount)) : 'Không',
        ],
      });
    }
  }
  return rows;
}
