/**
 * Báo cáo kết quả rà soát, đánh giá TTHC by lĩnh vực (domain.md §3.4 columns), with a TỔNG CỘNG row whose
 * counts and money are SUM formulas over the rows (cached values written) and whose rate is Σ saving / Σ before.
 */
import { aggregate } from '../../../shared/cost/engine';
import { aggregateToDto } from '../../../shared/cost/dto';
import { formatDateVi } from '../../../shared/text/format';
import type { ColumnSpec, ReportSink } from '../xlsx/sink';
import type { ItemModel } from '../review-model';
import { campaignOf, campaignSource, ticker, type BuildContext } from './context';
import { exact } from './cost';
import { groupByField } from './inventory';
import { fitColumns } from './fit';

export const RESULTS_COLUMNS: ColumnSpec[] = [
  { header: 'STT', width: 6, kind: 'stt' },
  { header: 'Lĩnh vực', width: 30, kind: 'text' },
  { header: 'Số TTHC thuộc kế hoạch rà soát', width: 11, kind: 'int' },
  { header: 'Số TTHC đã rà soát', width: 10, kind: 'int' },
  { header: 'Tổng', width: 8, kind: 'int' },
  { header: 'Bãi bỏ', width: 8, kind: 'int' },
  { header: 'Sửa đổi, bổ sung', width: 9, kind: 'int' },
  { header: 'Thay thế', width: 8, kind: 'int' },
  { header: 'Số TTHC đã được phê duyệt phương án', width: 12, kind: 'int' },
  { header: 'Trước (đ/năm)', width: 16, kind: 'money' },
  { header: 'Sau (đ/năm)', width: 16, kind: 'money' },
  { header: 'Tiết kiệm (đ/năm)', width: 16, kind: 'money' },
  { header: 'Tỷ lệ (%)', width: 9, kind: 'pct' },
  { header: 'Số phương án đã được thực thi', width: 11, kind: 'int' },
];

/**
 * One rule for every column: a procedure counts as reviewed once its result has been submitted to the leader
 * (đã trình, đã phê duyệt, đã thực thi); proposals and costs count only reviewed procedures with a proposal. A
 * draft (not started, in progress, returned for rework) counts as planned only, whatever marks it carries.
 */
const REVIEWED = new Set(['PROPOSED', 'APPROVED', 'IMPLEMENTED']);
const APPROVED = new Set(['APPROVED', 'IMPLEMENTED']);

export const isReviewed = (m: ItemModel) => REVIEWED.has(m.item.status);

export interface ResultCounts {
  planned: number;
  reviewed: number;
  proposed: number;
  abolish: number;
  amend: number;
  replace: number;
  approved: number;
  implemented: number;
}

export function countResults(models: readonly ItemModel[]): ResultCounts {
  const c: ResultCounts = {
    planned: 0,
    reviewed: 0,
    proposed: 0,
    abolish: 0,
    amend: 0,
    replace: 0,
    approved: 0,
    implemented: 0,
  };
  for (const m of models) {
    c.planned++;
    if (!isReviewed(m)) continue;
    c.reviewed++;
    if (m.kind) c.proposed++;
    if (m.kind === 'ABOLISH') c.abolish++;
    if (m.kind === 'AMEND') c.amend++;
    if (m.kind === 'REPLACE') c.replace++;
    if (APPROVED.has(m.item.status)) c.approved++;
    if (m.item.status === 'IMPLEMENTED') c.implemented++;
  }
  return c;
}

export async function buildReviewResults(ctx: BuildContext, sink: ReportSink): Promise<void> {
  const campaign = campaignOf(ctx);
  const { items, load } = campaignSource(ctx, campaign.id);
  const tick = ticker(sink, items.length, 20);
  let done = 0;
  const groups: { field: string; models: ItemModel[] }[] = [];
  for (const g of groupByField(items)) {
    const models: ItemModel[] = [];
    for (const item of g.rows) {
      models.push(load(item));
      await tick(++done);
    }
    groups.push({ field: g.field, models });
  }
  const all = groups.flatMap((g) => g.models);
  const drafts = all.filter((m) => !isReviewed(m));
  const draftsWithProposals = drafts.filter((m) => m.kind).length;
  const sheet = sink.sheet({
    name: 'Kết quả rà soát',
    title: 'BÁO CÁO KẾT QUẢ RÀ SOÁT, ĐÁNH GIÁ VÀ ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH',
    subtitle: `${campaign.title} – năm ${campaign.year}`,
    landscape: true,
    fontSize: 11,
    notes: [
      `Cách đếm: một TTHC được tính là đã rà soát khi kết quả rà soát đã trình lãnh đạo (đã trình, đã phê duyệt hoặc đã thực thi), theo trạng thái ngày ${formatDateVi(ctx.asOf)}; số đề xuất đơn giản hóa và chi phí tuân thủ chỉ tính các TTHC đã rà soát có đề xuất.` +
        (drafts.length
          ? ` Chưa tính: ${drafts.length} TTHC chưa trình${draftsWithProposals ? ` (trong đó ${draftsWithProposals} TTHC đang có dự thảo đề xuất)` : ''}.`
          : ''),
    ],
    columns: fitColumns(
      RESULTS_COLUMNS,
      groups.map((g) => [null, g.field || 'Lĩnh vực khác']),
      [1],
    ),
    headerGroups: [
      { label: 'Số TTHC đề xuất đơn giản hóa', from: 4, to: 7 },
      { label: 'Chi phí tuân thủ', from: 9, to: 12 },
    ],
  });
  sheet.beginSum();
  groups.forEach((g, i) => {
    const { cells, rate } = resultCells(g.models);
    sheet.row([i + 1, g.field || 'Lĩnh vực khác', ...cells.slice(0, 10), rate, ...cells.slice(10)]);
  });
  const { cells, rate } = resultCells(all);
  // The overall rate is Σ savings / Σ before over every item, never a formula over the group rates.
  sheet.total('TỔNG CỘNG', [null, null, ...cells.slice(0, 10), { plain: rate }, ...cells.slice(10)], 2);
}

/** The counts and cost columns of one row (groups or the whole campaign); the rate column comes apart. */
function resultCells(models: readonly ItemModel[]) {
  const c = countResults(models);
  const counted = models.filter((m) => isReviewed(m) && m.kind && m.totals);
  const agg = aggregateToDto(aggregate(counted.map((m) => m.totals!)));
  const cells = [
    c.planned,
    c.reviewed,
    c.proposed,
    c.abolish,
    c.amend,
    c.replace,
    c.approved,
    exact(agg.before),
    exact(agg.after),
    exact(agg.saving),
    c.implemented,
  ];
  return { cells, rate: agg.reductionBp === null ? null : agg.reductionBp / 100 };
}
