/**
 * Biểu mẫu tính toán chi phí tuân thủ TTHC (domain.md §2.4), one block per procedure: the activities
 * before and after simplification with the 12 columns of the form, then the footer lines (tổng chi phí
 * trước / sau, chi phí tiết kiệm, tỷ lệ cắt giảm). Figures come from the exact cost engine, the same one the
 * review screen uses, and are printed exactly (a fraction of a đồng shows its decimals), so every "Cộng" is the
 * sum of the rows printed above it; the sheet states the income it used and this rule.
 */
import type { Database } from 'better-sqlite3';
import { costParamOn, type CostParamRecord } from '../../../../db/queries/review-cost';
import type { Activity } from '../../../shared/cost/engine';
import type { MoneyDto, ScenarioDto } from '../../../shared/cost/dto';
import { formatDateVi, formatNumber } from '../../../shared/text/format';
import type { ColumnSpec, ReportSink, SheetSink } from '../xlsx/sink';
import { campaignItemsOn, itemModelLoader } from '../review-model';
import { campaignOf, ticker, type BuildContext } from './context';

/** Widths sized for one procedure's figures: per-dossier amounts up to 9.999.999,5 đ, yearly ones up to 99 tỷ. */
export const COST_COLUMNS: ColumnSpec[] = [
  { header: 'STT', width: 4, kind: 'stt', widest: '99' },
  { header: 'Công việc / hoạt động khi thực hiện TTHC', width: 30, kind: 'text' },
  { header: 'Thời gian (giờ)', width: 6, kind: 'hours', widest: '99,25' },
  { header: 'Thu nhập BQ (đ/giờ)', width: 7, kind: 'money', widest: '999.999' },
  { header: 'Chi phí thời gian (đ)', width: 9, kind: 'money', widest: '9.999.999,5' },
  { header: 'Chi phí thuê tư vấn, dịch vụ (đ)', width: 8, kind: 'money', widest: '9.999.999' },
  { header: 'Chi phí khác (đ)', width: 8, kind: 'money', widest: '9.999.999' },
  { header: 'Phí, lệ phí (đ)', width: 8, kind: 'money', widest: '9.999.999' },
  { header: 'Chi phí 1 lần (đ)', width: 9, kind: 'money', widest: '9.999.999,5' },
  { header: 'Số đối tượng/ năm', width: 6, kind: 'int', widest: '99.999' },
  { header: 'Tần suất/ năm', width: 5, kind: 'int', widest: '999' },
  { header: 'Tổng chi phí/ năm (đ)', width: 12, kind: 'money', widest: '99.999.999.999' },
];

/** The exact figure as a number (milli-đồng precision: at most 3 decimals, held exactly enough to print). */
export const exact = (m: MoneyDto): number => Number(m.exact);

function scenarioBlock(sheet: SheetSink, label: string, activities: Activity[], s: ScenarioDto | null): void {
  sheet.group(label);
  sheet.beginSum();
  activities.forEach((a, i) => {
    const r = s?.rows[i];
    sheet.row([
      i + 1,
      a.name + (a.isOverride ? ' (điều chỉnh)' : ''),
      a.hoursMilli / 1000,
      s?.hourlyIncome ?? null,
      r ? exact(r.timeCost) : null,
      a.serviceCost,
      a.otherCost,
      a.fee,
      r ? exact(r.perDossier) : null,
      s?.population ?? null,
      s?.frequency ?? null,
      r ? exact(r.perYear) : null,
    ]);
  });
  if (!s) return;
  sheet.total(
    'Cộng',
    [
      null,
      null,
      s.totalHoursMilli / 1000,
      null,
      exact(s.timeCost),
      exact(s.serviceCost),
      exact(s.otherCost),
      exact(s.fee),
      exact(s.perDossier),
      null,
      null,
      exact(s.perYear),
    ],
    2,
  );
}

/** The income the figures use, where it comes from, and the rule every figure follows. */
export function costNotes(param: CostParamRecord | undefined): string[] {
  const basis = param
    ? (param.monthlyIncome
        ? `Thu nhập bình quân dùng để tính: ${formatNumber(param.monthlyIncome)} đồng/tháng ÷ ${param.workingDays} ngày làm việc ÷ ${param.hoursPerDay} giờ = ${formatNumber(param.hourlyIncome)} đồng/giờ (làm tròn đến đồng)`
        : `Thu nhập bình quân dùng để tính: ${formatNumber(param.hourlyIncome)} đồng/giờ`) +
      `; áp dụng từ ngày ${formatDateVi(param.validFrom)}` +
      (param.note.trim() ? `; nguồn, ghi chú: ${param.note.trim()}` : '') +
      '.'
    : 'Chưa có thu nhập bình quân (đồng/giờ): các chi phí thời gian chưa tính được.';
  return [
    basis,
    'Cách tính (Thông tư 02/2017/TT-VPCP): Chi phí thời gian = Thời gian × Thu nhập BQ; Chi phí 1 lần = Chi phí thời gian + Chi phí thuê tư vấn, dịch vụ + Chi phí khác + Phí, lệ phí; Tổng chi phí/năm = Chi phí 1 lần × Số đối tượng/năm × Tần suất/năm. ' +
      'Không làm tròn giữa chừng: số lẻ dưới một đồng được ghi bằng chữ số thập phân (ví dụ 1,5 giờ × 28.409 = 42.613,5 đồng), nên mỗi dòng Cộng bằng đúng tổng các dòng in phía trên. ' +
      'Tỷ lệ cắt giảm = Chi phí tiết kiệm ÷ Tổng chi phí trước, làm tròn đến 2 chữ số thập phân.',
  ];
}

export function incomeOn(db: Database, asOf: string): CostParamRecord | undefined {
  return costParamOn(db, asOf);
}

export async function buildCost(ctx: BuildContext, sink: ReportSink): Promise<void> {
  const campaign = campaignOf(ctx);
  const items = campaignItemsOn(ctx.db, campaign.id, ctx.filters, ctx.asOf);
  const load = itemModelLoader(ctx.db, ctx.asOf);
  const sheet = sink.sheet({
    name: 'Chi phí tuân thủ',
    title: 'BIỂU MẪU TÍNH TOÁN CHI PHÍ TUÂN THỦ THỦ TỤC HÀNH CHÍNH',
    subtitle: `${campaign.title} – theo Thông tư 02/2017/TT-VPCP`,
    landscape: true,
    columns: COST_COLUMNS,
    fontSize: 11,
    notes: costNotes(incomeOn(ctx.db, ctx.asOf)),
  });
  const tick = ticker(sink, items.length, 10);
  for (const [i, item] of items.entries()) {
    const m = load(item);
    sheet.group(`${i + 1}. ${item.name} (Mã TTHC: ${item.code}) – Lĩnh vực: ${item.field || 'khác'}`);
    scenarioBlock(sheet, 'A. Trước khi đơn giản hóa', m.before, m.cost?.before ?? null);
    scenarioBlock(sheet, 'B. Sau khi đơn giản hóa', m.after, m.cost?.after ?? null);
    if (m.cost) {
      sheet.pair('Tổng chi phí trước khi đơn giản hóa (đồng/năm)', exact(m.cost.before.perYear));
      sheet.pair('Tổng chi phí sau khi đơn giản hóa (đồng/năm)', exact(m.cost.after.perYear));
      sheet.pair('Chi phí tiết kiệm (đồng/năm)', exact(m.cost.saving));
      sheet.pair('Tỷ lệ cắt giảm (%)', m.cost.reductionBp === null ? null : m.cost.reductionBp / 100, 'pct');
    } else {
      sheet.line(
        'Chưa đủ dữ liệu để tính chi phí (cần hoạt động, thu nhập bình quân/giờ và số đối tượng/năm).',
        { italic: true },
      );
    }
    await tick(i + 1);
  }
}
