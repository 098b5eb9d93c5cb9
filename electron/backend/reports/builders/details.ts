/**
 * Nội dung cụ thể của từng TTHC (domain.md §1.6 Phần II): one block per procedure with items a) to l).
 * Built procedure by procedure, so the whole national dataset streams through in constant memory.
 */
import {
  listReportProcedures,
  procedurePartsReader,
  type ProcedurePartsReader,
  type ReportProcedure,
} from '../../../../db/queries/report-procedures';
import { formatNumber } from '../../../shared/text/format';
import { stepLines } from '../../../shared/text/record-text';
import type { ReportSink } from '../xlsx/sink';
import { asOfView, type AsOfView } from './as-of';
import { ticker, type BuildContext } from './context';
import { groupByField } from './inventory';
import { processRowsReader } from './process-rows';
import { CHANNEL_LABEL, channelTime, feesText, legalText, quantityText, timesText } from './text';

export function componentsText(groups: ReturnType<ProcedurePartsReader['componentGroups']>): string {
  const lines: string[] = [];
  for (const g of groups) {
    if (g.heading.trim()) lines.push(g.heading.trim());
    for (const c of g.components) {
      const qty = quantityText(c);
      lines.push(`- ${c.name.trim()}${qty ? ` (${qty})` : ''}`);
    }
  }
  return lines.join('\n');
}

/** A record's parts as the report's day saw them (live, or kept with an implemented plan). */
export function partsOn(view: AsOfView, parts: ProcedurePartsReader) {
  return {
    channels: (id: number) => view.part(id, 'channels', () => parts.channels(id)),
    steps: (id: number) => view.part(id, 'steps', () => parts.steps(id)),
    componentGroups: (id: number) => view.part(id, 'componentGroups', () => parts.componentGroups(id)),
    legalBases: (id: number) => view.part(id, 'legalBases', () => parts.legalBases(id)),
    results: (id: number) => view.part(id, 'results', () => parts.results(id)),
  };
}
export type PartsOn = ReturnType<typeof partsOn>;

export function detailRows(p: ReportProcedure, parts: PartsOn): [string, string][] {
  const channels = parts.channels(p.procedureId);
  const groups = parts.componentGroups(p.procedureId);
  const forms = [
    ...new Set(groups.flatMap((g) => g.components.map((c) => c.formName.trim()).filter(Boolean))),
  ];
  const agencies = [
    p.authorityAgencies && `Cơ quan có thẩm quyền: ${p.authorityAgencies}`,
    p.executingAgencies && `Cơ quan trực tiếp thực hiện: ${p.executingAgencies}`,
    p.authorizedAgencies && `Cơ quan được ủy quyền: ${p.authorizedAgencies}`,
    p.coordinatingAgencies && `Cơ quan phối hợp: ${p.coordinatingAgencies}`,
  ].filter(Boolean);
  return [
    ['a) Trình tự thực hiện', stepLines(parts.steps(p.procedureId)).join('\n')],
    [
      'b) Cách thức thực hiện',
      channels
        .map(
          (c) =>
            `- ${CHANNEL_LABEL[c.method]}${channelTime(c) ? ` (${channelTime(c)})` : ''}${c.description.trim() ? ': ' + c.description.trim() : ''}`,
        )
        .join('\n'),
    ],
    ['c) Thành phần, số lượng hồ sơ', componentsText(groups)],
    ['d) Thời hạn giải quyết', timesText(channels)],
    ['đ) Đối tượng thực hiện TTHC', p.subjects],
    ['e) Cơ quan thực hiện TTHC', agencies.join('\n')],
    ['g) Kết quả thực hiện TTHC', parts.results(p.procedureId).join('\n')],
    ['h) Phí, lệ phí (nếu có)', feesText(channels)],
    ['i) Tên mẫu đơn, mẫu tờ khai', forms.length ? forms.map((f) => `- ${f}`).join('\n') : 'Không'],
    ['k) Yêu cầu, điều kiện thực hiện TTHC (nếu có)', p.conditions.trim() || 'Không'],
    ['l) Căn cứ pháp lý của TTHC', legalText(parts.legalBases(p.procedureId))],
  ];
}

export async function buildDetails(ctx: BuildContext, sink: ReportSink): Promise<void> {
  const view = asOfView(ctx);
  const procedures = groupByField(
    view.heads(listReportProcedures(ctx.db, ctx.unit.id, { ...ctx.filters, asOf: ctx.asOf })),
  ).flatMap((g) => g.rows);
  const parts = partsOn(view, procedurePartsReader(ctx.db, ctx.unit.id));
  const processRows = processRowsReader(ctx.db, ctx.unit.id);
  const sheet = sink.sheet({
    name: 'Nội dung TTHC',
    title: `NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA ${ctx.unit.name.toUpperCase()}`,
    subtitle: `(Tổng số: ${formatNumber(procedures.length)} thủ tục hành chính)`,
    landscape: false,
    columns: [
      { header: 'Mục', width: 20, kind: 'text' },
      { header: 'Nội dung', width: 80, kind: 'text' },
    ],
  });
  const tick = ticker(sink, procedures.length, 20);
  for (const [i, p] of procedures.entries()) {
    sheet.group(`${i + 1}. ${p.name} (Mã TTHC: ${p.code}) – ${p.field.trim() || 'Lĩnh vực khác'}`);
    for (const row of detailRows(p, parts)) sheet.row(row);
    for (const row of processRows(p.procedureId)) sheet.row(row);
    await tick(i + 1);
  }
}
