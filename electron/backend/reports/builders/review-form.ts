/**
 * Biểu mẫu rà soát, đánh giá TTHC (domain.md §2.3), one block per procedure of the campaign: each section
 * with the reviewer's answer, the element proposals under III.2 / III.4, and the cost result under V.
 */
import type { ReportAnswer } from '../../../../db/queries/report-review';
import { formatNumber, formatPercent } from '../../../shared/text/format';
import type { ReportSink } from '../xlsx/sink';
import type { ItemModel } from '../review-model';
import { campaignItemsOn, estimatedNote, itemModelLoader } from '../review-model';
import { campaignOf, ticker, type BuildContext } from './context';
import { implementationLines } from './plan';
import { factsReader, type Facts } from './review-facts';
import { exactMoneyText, proposalText } from './text';

/** Keys as stored by the review feature (review_answers.question_key), in the order of the form. */
export const FORM_SECTIONS: { key: string; section: string; question: string }[] = [
  {
    key: 'legalBasis',
    section: 'I',
    question: 'Căn cứ pháp lý: điều, khoản, tên văn bản QPPL quy định từng bộ phận của TTHC',
  },
  {
    key: 'necessity',
    section: 'II',
    question: 'Sự cần thiết: mục tiêu quản lý nhà nước; TTHC còn cần thiết không? Lý do',
  },
  {
    key: 'nameClear',
    section: 'III.1',
    question: 'Tên TTHC có được quy định rõ ràng, cụ thể, phù hợp không?',
  },
  {
    key: 'stepsClear',
    section: 'III.2',
    question: 'Trình tự thực hiện: các bước có rõ ràng, phân định trách nhiệm, thời gian từng bước không?',
  },
  { key: 'channels', section: 'III.3', question: 'Cách thức thực hiện: trực tiếp / bưu chính / trực tuyến' },
  {
    key: 'components',
    section: 'III.4',
    question: 'Thành phần hồ sơ: lý do quy định; yêu cầu bản chính, bản sao; số lượng bộ hồ sơ',
  },
  {
    key: 'timeLimit',
    section: 'III.5',
    question: 'Thời hạn giải quyết: có quy định không? Có thể rút ngắn?',
  },
  {
    key: 'agencies',
    section: 'III.6',
    question: 'Cơ quan thực hiện: có thẩm quyền, được ủy quyền, trực tiếp thực hiện, phối hợp',
  },
  {
    key: 'subjects',
    section: 'III.7',
    question: 'Đối tượng thực hiện: cá nhân / tổ chức; phạm vi; số lượng đối tượng/năm',
  },
  { key: 'fees', section: 'III.8', question: 'Phí, lệ phí: có / không; mức; lý do; văn bản quy định' },
  {
    key: 'forms',
    section: 'III.9',
    question: 'Mẫu đơn, tờ khai: có / không; thông tin yêu cầu khai và lý do; yêu cầu xác nhận',
  },
  {
    key: 'conditions',
    section: 'III.10',
    question: 'Yêu cầu, điều kiện: có / không; có rõ ràng, đo lường được không',
  },
  { key: 'result', section: 'III.11', question: 'Kết quả thực hiện: hình thức; thời hạn hiệu lực' },
  {
    key: 'legality',
    section: 'IV',
    question: 'Tính hợp pháp: phù hợp thẩm quyền ban hành, văn bản cấp trên, điều ước quốc tế',
  },
  { key: 'cost', section: 'V', question: 'Chi phí tuân thủ: kết quả tính toán trước / sau đơn giản hóa' },
  {
    key: 'proposal',
    section: 'VI',
    question: 'Ý kiến / phương án đơn giản hóa: nội dung đề xuất; lý do; kiến nghị thực thi',
  },
  { key: 'contact', section: 'VII', question: 'Thông tin liên hệ: họ tên người điền; điện thoại; email' },
];

function answerText(a: ReportAnswer | undefined): string {
  if (!a) return '';
  const yesNo = a.answerBool === null ? '' : a.answerBool === 1 ? 'Có' : 'Không';
  return [yesNo, a.answerText.trim()].filter(Boolean).join('. ');
}

function marksOf(m: ItemModel, kinds: string[]): string[] {
  return m.proposals
    .filter((p) => kinds.includes(p.targetKind))
    .map((p) => `- ${proposalText(p)}${p.reason ? ` (lý do: ${p.reason})` : ''}`);
}

/** One row per section: number, question, what the record says, the reviewer's assessment. */
export function formRows(m: ItemModel, facts: Facts = {}): [string, string, string, string][] {
  const byKey = new Map(m.answers.map((a) => [a.questionKey, a]));
  const extra: Record<string, string[]> = {
    stepsClear: marksOf(m, ['STEP']),
    components: marksOf(m, ['COMPONENT', 'COMPONENT_COPY_REQ', 'COMPONENT_QTY']),
    timeLimit:
      m.daysBefore !== null && m.daysAfter !== null && m.daysAfter !== m.daysBefore
        ? [
            `Đề xuất: từ ${formatNumber(m.daysBefore)} ngày làm việc xuống ${formatNumber(m.daysAfter)} ngày làm việc${estimatedNote(m)}`,
          ]
        : [],
    fees: marksOf(m, ['FEE']),
    conditions: marksOf(m, ['CONDITION']),
    proposal: [
      ...marksOf(m, ['PROCEDURE']),
      ...implementationLines(m).map((l) => `Kiến nghị thực thi: ${l}`),
    ],
  };
  const c = m.cost;
  const cost = c
    ? `Trước: ${exactMoneyText(c.before.perYear.exact)} đồng/năm; sau: ${exactMoneyText(c.after.perYear.exact)} đồng/năm; tiết kiệm: ${exactMoneyText(c.saving.exact)} đồng/năm (${c.reductionBp === null ? '…' : formatPercent(c.reductionBp / 100)})`
    : 'Chưa tính được (cần hoạt động, thu nhập bình quân/giờ và số đối tượng/năm)';
  const rows: [string, string, string, string][] = FORM_SECTIONS.map((s) => [
    s.section,
    s.question,
    s.key === 'cost' ? cost : (facts[s.key] ?? ''),
    [answerText(byKey.get(s.key)), ...(extra[s.key] ?? [])].filter(Boolean).join('\n'),
  ]);
  // Answers under keys this form does not know yet are kept, not dropped.
  const known = new Set(FORM_SECTIONS.map((s) => s.key));
  for (const a of m.answers) if (!known.has(a.questionKey)) rows.push(['', a.questionKey, '', answerText(a)]);
  return rows;
}

export async function buildReviewForm(ctx: BuildContext, sink: ReportSink): Promise<void> {
  const campaign = campaignOf(ctx);
  const load = itemModelLoader(ctx.db, ctx.asOf);
  const items = campaignItemsOn(ctx.db, campaign.id, ctx.filters, ctx.asOf);
  const facts = factsReader(ctx, items);
  const sheet = sink.sheet({
    name: 'Biểu mẫu rà soát',
    title: 'BIỂU MẪU RÀ SOÁT, ĐÁNH GIÁ THỦ TỤC HÀNH CHÍNH',
    subtitle: `${campaign.title} – Cơ quan rà soát: ${ctx.unit.name}`,
    landscape: true,
    fontSize: 11,
    columns: [
      { header: 'Mục', width: 6, kind: 'text' },
      { header: 'Nội dung rà soát, đánh giá', width: 26, kind: 'text' },
      { header: 'Thông tin của TTHC (theo hồ sơ)', width: 48, kind: 'text' },
      { header: 'Ý kiến rà soát, đánh giá', width: 38, kind: 'text' },
    ],
  });
  const tick = ticker(sink, items.length, 10);
  for (const [i, item] of items.entries()) {
    const m = load(item);
    sheet.group(
      `${i + 1}. ${item.name} (Mã TTHC: ${item.code}) – Lĩnh vực: ${item.field || 'khác'}${item.reviewer ? ` – Người rà soát: ${item.reviewer}` : ''}`,
    );
    for (const row of formRows(m, facts(item))) sheet.row(row);
    await tick(i + 1);
  }
}
