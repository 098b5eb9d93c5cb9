/**
 * Thống kê TTHC: counts by lĩnh vực, cấp thực hiện, mức độ DVC trực tuyến (NĐ 42/2022) and the legacy
 * mức độ 1–4 (NĐ 43/2011) of older data; plus Biểu II.07b (domain.md §3.3) for the unit and its sub-units.
 */
import {
  countByField,
  countByLegacyLevel,
  countByLevelLabel,
  countByOnlineLevel,
  countForII07b,
  countProcedures,
} from '../../../../db/queries/report-statistics';
import { compareVi } from '../../../shared/text/collate';
import { formatNumber } from '../../../shared/text/format';
import type { ReportSink, SheetSink } from '../xlsx/sink';
import type { BuildContext } from './context';
import { roman } from './text';

export const ONLINE_LEVEL_LABEL: Record<string, string> = {
  NONE: 'Dịch vụ công (không trực tuyến)',
  PARTIAL: 'Dịch vụ công trực tuyến một phần',
  FULL: 'Dịch vụ công trực tuyến toàn trình',
  UNKNOWN: 'Chưa xác định',
};

const pct = (n: number, total: number) => (total > 0 ? Math.round((n / total) * 10000) / 100 : 0);

function section(
  sheet: SheetSink,
  index: number,
  title: string,
  rows: { label: string; count: number }[],
  total: number | null,
): void {
  sheet.group(`${roman(index)}. ${title}`);
  sheet.beginSum();
  rows.forEach((r, i) => sheet.row([i + 1, r.label, r.count, total ? pct(r.count, total) : null]));
  if (total !== null) sheet.total('Cộng', [null, null, total, { plain: total > 0 ? 100 : 0 }], 2);
}

/** Who receives the unit's Biểu II.07b: its parent, else the office above its level (xã → tỉnh since 7/2025). */
export function receiverOf(unit: { level: string; parentName: string }): string {
  if (unit.parentName) return unit.parentName;
  if (unit.level === 'TINH' || unit.level === 'BO')
    return 'Văn phòng Chính phủ (Cục Kiểm soát thủ tục hành chính)';
  return 'Văn phòng Ủy ban nhân dân tỉnh';
}

export function buildStatistics(ctx: BuildContext, sink: ReportSink): void {
  const { db, unit, asOf } = ctx;
  const total = countProcedures(db, unit.id, asOf);
  const sheet = sink.sheet({
    name: 'Thống kê',
    title: `THỐNG KÊ THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA ${unit.name.toUpperCase()}`,
    subtitle: `(Tổng số: ${formatNumber(total)} thủ tục hành chính)`,
    landscape: false,
    columns: [
      { header: 'STT', width: 6, kind: 'stt' },
      { header: 'Chỉ tiêu', width: 60, kind: 'text' },
      { header: 'Số TTHC', width: 12, kind: 'int' },
      { header: 'Tỷ lệ (%)', width: 12, kind: 'pct' },
    ],
  });
  const fields = countByField(db, unit.id, asOf)
    .map((r) => ({ label: r.field || 'Lĩnh vực khác', count: r.count, empty: r.field === '' }))
    .sort((a, b) => (a.empty !== b.empty ? (a.empty ? 1 : -1) : compareVi(a.label, b.label)));
  section(sheet, 1, 'Theo lĩnh vực', fields, total);
  const levels = countByLevelLabel(db, unit.id, asOf).sort((a, b) => compareVi(a.level, b.level));
  // A procedure can be carried out at several levels, so this section has no total.
  section(
    sheet,
    2,
    'Theo cấp thực hiện (một TTHC có thể thuộc nhiều cấp)',
    levels.map((l) => ({ label: l.level, count: l.count })),
    null,
  );
  const online = new Map(countByOnlineLevel(db, unit.id, asOf).map((r) => [r.level ?? 'UNKNOWN', r.count]));
  section(
    sheet,
    3,
    'Theo mức độ dịch vụ công trực tuyến (Nghị định 42/2022/NĐ-CP)',
    ['NONE', 'PARTIAL', 'FULL', 'UNKNOWN'].map((k) => ({
      label: ONLINE_LEVEL_LABEL[k]!,
      count: online.get(k) ?? 0,
    })),
    total,
  );
  const legacy = new Map(countByLegacyLevel(db, unit.id, asOf).map((r) => [r.level ?? 0, r.count]));
  section(
    sheet,
    4,
    'Theo mức độ dịch vụ công trực tuyến cũ (Nghị định 43/2011/NĐ-CP)',
    [1, 2, 3, 4, 0].map((k) => ({
      label: k === 0 ? 'Chưa xác định' : `Mức độ ${k}`,
      count: legacy.get(k) ?? 0,
    })),
    total,
  );

  const ii07b = sink.sheet({
    name: 'Biểu II.07b',
    title: 'TỔNG HỢP SỐ LƯỢNG THỦ TỤC HÀNH CHÍNH',
    subtitle: '',
    landscape: true,
    form: {
      code: 'Biểu số II.07b/VPCP/KSTT',
      right: [`Đơn vị báo cáo: ${unit.name}`, `Đơn vị nhận báo cáo: ${receiverOf(unit)}`],
      unit: 'Đơn vị tính: Số TTHC, số quy trình',
    },
    columns: [
      { header: 'STT', width: 6, kind: 'stt' },
      { header: 'Đơn vị', width: 30, kind: 'text' },
      ...[
        'Tổng số TTHC',
        'Cấp tỉnh',
        'Cấp huyện',
        'Cấp xã',
        'Tổng số TTHC',
        'Tại BPMC cấp tỉnh',
        'Tại BPMC cấp huyện',
        'Tại BPMC cấp xã',
        'Tổng số quy trình',
        'Cấp tỉnh',
        'Cấp huyện',
        'Cấp xã',
      ].map((header) => ({ header, width: 10, kind: 'int' as const })),
    ],
    headerGroups: [
      { label: 'Tổng số TTHC thuộc thẩm quyền giải quyết của địa phương', from: 2, to: 5 },
      { label: 'TTHC được thực hiện theo CCMC, MCLT', from: 6, to: 9 },
      { label: 'Quy trình nội bộ giải quyết TTHC theo CCMC, MCLT được ban hành', from: 10, to: 13 },
    ],
  });
  ii07b.beginSum();
  const sums = Array<number>(12).fill(0);
  countForII07b(db, unit.id, asOf).forEach((u, i) => {
    // A unit's procedures are counted at the unit's own level (after 7/2025 the huyện columns stay empty).
    const col = u.level === 'XA' ? 3 : u.level === 'HUYEN_LEGACY' ? 2 : 1;
    const block = (n: number) => [n, col === 1 ? n : 0, col === 2 ? n : 0, col === 3 ? n : 0];
    const values = [...block(u.total), ...block(u.oneStop), ...block(u.internalProcess)];
    values.forEach((v, j) => (sums[j]! += v));
    ii07b.row([i + 1, u.name, ...values]);
  });
  ii07b.total('Tổng cộng', [null, null, ...sums], 2);
}
