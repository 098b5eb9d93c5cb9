/**
 * The official appendix of a publication decision (domain.md §1.6, §9.1) as plain text blocks, written both as
 * .xlsx (reports builder 'decision-appendix') and as .docx (appendix-docx.ts): Phần I, one list per kind of
 * change with that list's columns, grouped by level (A, B, C…) and lĩnh vực (I, II…); Phần II, items a)–l) of
 * each new, amended or replacing procedure (from the record when the inventory holds it).
 */
import type { Database } from 'better-sqlite3';
import { listReportProcedures, procedurePartsReader } from '../../../db/queries/report-procedures';
import type {
  DecisionChange,
  DecisionDetail,
  DecisionItemRow,
  DecisionLevel,
} from '../../shared/contract/decisions';
import { baseCode } from '../../shared/decisions/appendix-table';
import { compareVi } from '../../shared/text/collate';
import { formatDateVi } from '../../shared/text/format';
import { toRoman } from '../../shared/text/roman';
import { detailRows } from '../reports/builders/details';

export interface AppendixColumn {
  header: string;
  width: number;
}

export type AppendixEntry = { group: string; level: 1 | 2 } | { row: string[] };

export interface AppendixList {
  change: DecisionChange;
  heading: string;
  /** ≤ 31 characters (an Excel sheet name). */
  sheetName: string;
  columns: AppendixColumn[];
  entries: AppendixEntry[];
}

export interface AppendixModel {
  title: string;
  /** "(Kèm theo Quyết định số … ngày … của …)" */
  subtitle: string;
  lists: AppendixList[];
  details: { heading: string; rows: [string, string][] }[];
}

const STT = { header: 'STT', width: 6 };
const CODE = { header: 'Mã thủ tục hành chính', width: 21 };
const NAME = { header: 'Tên thủ tục hành chính', width: 36 };
const FIELD = { header: 'Lĩnh vực', width: 18 };
const AGENCY = { header: 'Cơ quan thực hiện', width: 22 };

const LISTS: Record<
  DecisionChange,
  { heading: string; sheet: string; columns: AppendixColumn[]; cells: (it: DecisionItemRow) => string[] }
> = {
  NEW: {
    heading: 'Danh mục thủ tục hành chính mới ban hành',
    sheet: 'I.1 Mới ban hành',
    columns: [
      STT,
      CODE,
      NAME,
      { header: 'Thời hạn giải quyết', width: 22 },
      { header: 'Địa điểm thực hiện', width: 28 },
      { header: 'Phí, lệ phí (nếu có)', width: 22 },
      { header: 'Căn cứ pháp lý', width: 40 },
    ],
    cells: (it) => [it.code, it.name, it.timeText, it.placeText, it.feeText || 'Không', it.legalText],
  },
  AMENDED: {
    heading: 'Danh mục thủ tục hành chính được sửa đổi, bổ sung',
    sheet: 'I.2 Sửa đổi, bổ sung',
    columns: [
      STT,
      CODE,
      NAME,
      { header: 'Tên VBQPPL quy định nội dung sửa đổi, bổ sung', width: 40 },
      FIELD,
      AGENCY,
    ],
    cells: (it) => [it.code, it.name, it.legalText, it.field, it.agency],
  },
  REPLACED: {
    heading: 'Danh mục thủ tục hành chính được thay thế',
    sheet: 'I.3 Thay thế',
    columns: [
      STT,
      CODE,
      NAME,
      { header: 'Mã TTHC được thay thế', width: 14 },
      { header: 'Tên VBQPPL quy định nội dung thay thế', width: 36 },
      FIELD,
      AGENCY,
    ],
    cells: (it) => [it.code, it.name, it.replacesCode, it.legalText, it.field, it.agency],
  },
  ABOLISHED: {
    heading: 'Danh mục thủ tục hành chính bị bãi bỏ',
    sheet: 'I.4 Bãi bỏ',
    columns: [
      STT,
      CODE,
      NAME,
      { header: 'Tên VBQPPL quy định việc bãi bỏ thủ tục hành chính', width: 40 },
      FIELD,
      AGENCY,
    ],
    cells: (it) => [it.code, it.name, it.legalText, it.field, it.agency],
  },
};

const LEVEL_LABEL: Record<DecisionLevel, string> = {
  TINH: 'Thủ tục hành chính cấp tỉnh',
  CHUNG: 'Thủ tục hành chính áp dụng chung cấp tỉnh, cấp xã',
  XA: 'Thủ tục hành chính cấp xã',
};
const LEVEL_ORDER: DecisionLevel[] = ['TINH', 'CHUNG', 'XA'];
const CHANGE_ORDER: DecisionChange[] = ['NEW', 'AMENDED', 'REPLACED', 'ABOLISHED'];

function listOf(change: DecisionChange, items: DecisionItemRow[], index: number): AppendixList {
  const spec = LISTS[change];
  const entries: AppendixEntry[] = [];
  const levels = LEVEL_ORDER.filter((l) => items.some((it) => it.level === l));
  levels.forEach((level, li) => {
    entries.push({ group: `${String.fromCharCode(65 + li)}. ${LEVEL_LABEL[level].toUpperCase()}`, level: 1 });
    const mine = items.filter((it) => it.level === level);
    const fields = [...new Set(mine.map((it) => it.field.trim()))].sort((a, b) =>
      a === '' ? 1 : b === '' ? -1 : compareVi(a, b),
    );
    let stt = 0;
    fields.forEach((field, fi) => {
      entries.push({ group: `${toRoman(fi + 1)}. Lĩnh vực ${field || 'khác'}`, level: 2 });
      for (const it of mine.filter((x) => x.field.trim() === field))
        entries.push({ row: [String(++stt), ...spec.cells(it)] });
    });
  });
  return {
    change,
    heading: `${index}. ${spec.heading}`,
    sheetName: spec.sheet,
    columns: spec.columns,
    entries,
  };
}

export function decisionSubtitle(d: DecisionDetail): string {
  const by = d.issuer.trim() ? ` của ${d.issuer.trim()}` : '';
  return `(Kèm theo Quyết định số ${d.number} ngày ${formatDateVi(d.signedDate)}${by})`;
}

export function appendixModel(db: Database, d: DecisionDetail): AppendixModel {
  const present = CHANGE_ORDER.filter((c) => d.items.some((it) => it.change === c));
  const lists = present.map((c, i) =>
    listOf(
      c,
      d.items.filter((it) => it.change === c),
      i + 1,
    ),
  );
  const described = d.items.filter((it) => it.change !== 'ABOLISHED');
  const codes = described.map((it) => baseCode(it.code)).filter(Boolean);
  const records = new Map(listReportProcedures(db, d.unitId, { codes }).map((p) => [p.code, p] as const));
  const parts = procedurePartsReader(db, d.unitId);
  const details = described.map((it, i) => {
    const p = records.get(baseCode(it.code));
    const heading = `${i + 1}. ${it.name}${it.code ? ` (Mã TTHC: ${it.code})` : ''}`;
    if (p) return { heading, rows: detailRows(p, parts) };
    const rows: [string, string][] = [
      ['d) Thời hạn giải quyết', it.timeText],
      ['e) Cơ quan thực hiện TTHC', it.agency],
      ['h) Phí, lệ phí (nếu có)', it.feeText || 'Không'],
      ['l) Căn cứ pháp lý của TTHC', it.legalText],
    ];
    return { heading, rows };
  });
  return {
    title: 'DANH MỤC VÀ NỘI DUNG THỦ TỤC HÀNH CHÍNH',
    subtitle: decisionSubtitle(d),
    lists,
    details,
  };
}
