/**
 * Biểu mẫu tính toán chi phí tuân thủ TTHC (domain.md §2.4), one block per procedure: the activities
 * before and after simplification with the 12 columns of the form, then the footer lines (tổng chi phí
 * trước / sau, chi phí tiết kiệm, tỷ lệ cắt giảm). Figures come from the exact cost engine.
 */
import { listCampaignItems } from '../../../../db/queries/report-review';
import type { Activity } from '../../../shared/cost/engine';
import type { ScenarioDto } from '../../../shared/cost/dto';
import type { ColumnSpec, ReportSink, SheetSink } from '../xlsx/sink';
import { itemModelLoader } from '../review-model';
import { campaignOf, ticker, type BuildContext } from './context';

export const COST_COLUMNS: ColumnSpec[] = [
  { header: 'STT', width: 6, kind: 'stt' },
  { header: 'Công việc / hoạt động khi thực hiện TTHC', width: 38, kind: 'text' },
  { header: 'Thời gian (giờ)', width: 10, kind: 'hours' },
  { header: 'Thu nhập BQ (đ/giờ)', width: 12, kind: 'money' },
  { header: 'Chi phí thời gian (đ)', width: 13, kind: 'money' },
  { header: 'Chi phí thuê tư vấn, dịch vụ (đ)', width: 13, kind: 'money' },
  { header: 'Chi phí khác (đ)', width: 12, kind: 'money' },
  { header: 'Phí, lệ phí (đ)', width: 12, kind: 'money' },
  { header: 'Chi phí 1 lần (đ)', width: 13, kind: 'money' },
  { header: 'Số đối tượng/năm', width: 11, kind: 'int' },
  { header: 'Tần suất/năm', width: 9, kind: 'int' },
  { header: 'Tổng chi phí/năm (đ)', width: 16, kind: 'money' },
];

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
      r?.timeCost.dong ?? null,
      a.serviceCost,
      a.otherCost,
      a.fee,
      r?.perDossier.dong ?? null,
      s?.population ?? null,
      s?.frequency ?? null,
      r?.perYear.dong ?? null,
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
      s.timeCost.dong,
      s.serviceCost.dong,
      s.otherCost.dong,
      s.fee.dong,
      s.perDossier.dong,
      null,
      null,
      s.perYear.dong,
    ],
    2,
  );
}

export async function buildCost(ctx: BuildContext, sink: ReportSink): Promise<void> {
  const campaign = campaignOf(ctx);
  const items = listCampaignItems(ctx.db, campaign.id, ctx.filters);
  const load = itemModelLoader(ctx.db, ctx.date);
  const sheet = sink.sheet({
    name: 'Chi phí tuân thủ',
    title: 'BIỂU MẪU TÍNH TOÁN CHI PHÍ TUÂN THỦ THỦ TỤC HÀNH CHÍNH',
    subtitle: `(${campaign.title}; theo Thông tư 02/2017/TT-VPCP)`,
    landscape: true,
    columns: COST_COLUMNS,
  });
  const tick = ticker(sink, items.length, 10);
  for (const [i, item] of items.entries()) {
    const m = load(item);
    sheet.group(`${i + 1}. ${item.name} (Mã TTHC: ${item.code}) – Lĩnh vực: ${item.field || 'khác'}`);
    scenarioBlock(sheet, 'A. Trước khi đơn giản hóa', m.before, m.cost?.before ?? null);
    scenarioBlock(sheet, 'B. Sau khi đơn giản hóa', m.after, m.cost?.after ?? null);
    if (m.cost) {
      sheet.pair('Tổng chi phí trước khi đơn giản hóa (đồng/năm)', m.cost.before.perYear.dong);
      sheet.pair('Tổng chi phí sau khi đơn giản hóa (đồng/năm)', m.cost.after.perYear.dong);
      sheet.pair('Chi phí tiết kiệm (đồng/năm)', m.cost.saving.dong);
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
