/**
 * Phương án đơn giản hóa TTHC (domain.md §2.6): one block per procedure with proposals (1.1 nội dung,
 * 1.2 kiến nghị thực thi, 1.3 lợi ích), then the approval decision's summary table with TỔNG CỘNG. Money is
 * the cost engine's exact figure (the review screen's), printed without rounding so the table adds up as printed.
 */
import { aggregate } from '../../../shared/cost/engine';
import { aggregateToDto } from '../../../shared/cost/dto';
import { formatNumber, formatPercent } from '../../../shared/text/format';
import type { ColumnSpec, ReportSink } from '../xlsx/sink';
import { estimatedNote, type ItemModel } from '../review-model';
import { campaignOf, campaignSource, ticker, type BuildContext } from './context';
import { exact } from './cost';
import { CODE_SAMPLE, fitColumns } from './fit';
import { exactMoneyText, implementationLines as legalLines, proposalText } from './text';

export const PLAN_SUMMARY_COLUMNS: ColumnSpec[] = [
  { header: 'STT', width: 4, kind: 'stt', widest: '999' },
  { header: 'Tên TTHC', width: 16, kind: 'text' },
  { header: 'Mã TTHC', width: 8, kind: 'text', widest: CODE_SAMPLE },
  { header: 'Lĩnh vực', width: 11, kind: 'text' },
  { header: 'Nội dung đơn giản hóa', width: 52, kind: 'text' },
  { header: 'Kiến nghị thực thi', width: 20, kind: 'text' },
  { header: 'Chi phí trước (đ/năm)', width: 12, kind: 'money' },
  { header: 'Chi phí sau (đ/năm)', width: 12, kind: 'money' },
  { header: 'Tiết kiệm (đ/năm)', width: 12, kind: 'money' },
  { header: 'Tỷ lệ (%)', width: 6, kind: 'pct' },
];

export function hasPlan(m: ItemModel): boolean {
  return (
    m.proposals.length > 0 || (m.daysBefore !== null && m.daysAfter !== null && m.daysAfter < m.daysBefore)
  );
}

export function contentLines(m: ItemModel): string[] {
  const lines = m.proposals.map(
    (p) => `- ${proposalText(p)}${p.reason.trim() ? `\n  Lý do: ${p.reason.trim()}` : ''}`,
  );
  const timeMarked = m.proposals.some((p) => p.targetKind === 'CHANNEL_TIME');
  if (!timeMarked && m.daysBefore !== null && m.daysAfter !== null && m.daysAfter < m.daysBefore)
    lines.push(
      `- Rút ngắn thời hạn giải quyết từ ${formatNumber(m.daysBefore)} ngày làm việc xuống ${formatNumber(m.daysAfter)} ngày làm việc${estimatedNote(m)}`,
    );
  return lines;
}

export function implementationLines(m: ItemModel): string[] {
  return legalLines(m.proposals);
}

const money = (m: { exact: string } | undefined) => (m === undefined ? '…' : exactMoneyText(m.exact));
const rate = (bp: number | null | undefined) => (bp == null ? '…' : formatPercent(bp / 100));

const STATUS_NOTE: Record<string, string> = {
  NOT_STARTED: 'chưa rà soát',
  IN_PROGRESS: 'đang rà soát, chưa trình',
  RETURNED: 'đã trả lại để rà soát lại',
};

export async function buildPlan(ctx: BuildContext, sink: ReportSink): Promise<void> {
  const campaign = campaignOf(ctx);
  const { items, load } = campaignSource(ctx, campaign.id);
  const models = items.map(load).filter(hasPlan);
  const drafts = models.filter((m) => STATUS_NOTE[m.item.status]);
  const draftNote = drafts.length
    ? [
        `Ghi chú: ${drafts.length} phương án là dự thảo (${[...new Set(drafts.map((m) => STATUS_NOTE[m.item.status]))].join('; ')}): ${drafts.map((m) => m.item.code).join(', ')}.`,
      ]
    : [];
  const blocks = sink.sheet({
    name: 'Phương án',
    title: 'PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH',
    subtitle: campaign.title,
    landscape: false,
    columns: [
      { header: 'Mục', width: 8, kind: 'text' },
      { header: 'Nội dung', width: 92, kind: 'text' },
    ],
    notes: draftNote,
  });
  const tick = ticker(sink, models.length, 10);
  for (const [i, m] of models.entries()) {
    const n = i + 1;
    blocks.group(`${n}. ${m.item.name} (mã: ${m.item.code}) – Lĩnh vực: ${m.item.field || 'khác'}`);
    blocks.row([`${n}.1.`, ['Nội dung đơn giản hóa:', ...contentLines(m)].join('\n')]);
    const impl = implementationLines(m);
    blocks.row([`${n}.2.`, `Kiến nghị thực thi: ${impl.length ? impl.join('; ') : '…'}`]);
    const c = m.cost;
    blocks.row([
      `${n}.3.`,
      [
        'Lợi ích phương án đơn giản hóa:',
        `- Chi phí tuân thủ TTHC trước khi đơn giản hóa: ${money(c?.before.perYear)} đồng/năm.`,
        `- Chi phí tuân thủ TTHC sau khi đơn giản hóa: ${money(c?.after.perYear)} đồng/năm.`,
        `- Chi phí tiết kiệm: ${money(c?.saving)} đồng/năm.`,
        `- Tỷ lệ cắt giảm chi phí: ${rate(c?.reductionBp)}.`,
      ].join('\n'),
    ]);
    await tick(n);
  }

  const summary = sink.sheet({
    name: 'Tổng hợp',
    title: 'BẢNG TỔNG HỢP PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH',
    subtitle: campaign.title,
    landscape: true,
    fontSize: 11,
    columns: fitColumns(
      PLAN_SUMMARY_COLUMNS,
      models.map((m) => [null, m.item.name, m.item.code, m.item.field]),
      [1, 2, 3],
    ),
    notes: [
      'Chi phí theo Thông tư 02/2017/TT-VPCP, tính chính xác; tỷ lệ chung = tổng tiết kiệm ÷ tổng chi phí trước.',
    ],
  });
  summary.beginSum();
  models.forEach((m, i) => {
    const c = m.cost;
    summary.row([
      i + 1,
      m.item.name,
      m.item.code,
      m.item.field,
      contentLines(m).join('\n'),
      implementationLines(m).join('\n'),
      c ? exact(c.before.perYear) : null,
      c ? exact(c.after.perYear) : null,
      c ? exact(c.saving) : null,
      c?.reductionBp != null ? c.reductionBp / 100 : null,
    ]);
  });
  const total = aggregateToDto(aggregate(models.flatMap((m) => (m.totals ? [m.totals] : []))));
  summary.total(
    'TỔNG CỘNG',
    // The overall rate is Σ tiết kiệm / Σ trước (never a sum or mean of the rates): a value, not a formula.
    [
      null,
      null,
      null,
      null,
      null,
      null,
      exact(total.before),
      exact(total.after),
      exact(total.saving),
      { plain: total.reductionBp === null ? null : total.reductionBp / 100 },
    ],
    6,
  );
}
