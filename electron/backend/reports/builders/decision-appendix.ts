/**
 * Phụ lục of a publication decision (domain.md §1.6, §9.1): Phần I, one sheet per list with that list's columns
 * (mới ban hành / sửa đổi, bổ sung / thay thế / bãi bỏ), grouped by level and lĩnh vực; Phần II, items a)–l) of
 * each procedure the decision publishes or amends. The same text blocks make the .docx (decisions/appendix-docx).
 */
import { appendixModel } from '../../decisions/appendix-model';
import type { ReportSink } from '../xlsx/sink';
import type { BuildContext } from './context';

const CONTENT_WIDTH = 90;

export async function buildDecisionAppendix(ctx: BuildContext, sink: ReportSink): Promise<void> {
  if (!ctx.decision) throw new Error('decision appendix without a decision');
  const model = appendixModel(ctx.db, ctx.decision);
  const total = model.lists.reduce((n, l) => n + l.entries.length, 0) + model.details.length;
  let done = 0;
  for (const list of model.lists) {
    const sheet = sink.sheet({
      name: list.sheetName,
      subtitle: '',
      title: `PHẦN I – ${list.heading.replace(/^\d+\.\s*/, '').toUpperCase()}`,
      landscape: true,
      columns: list.columns.map((c, i) => ({ ...c, kind: i === 0 ? 'stt' : 'text' })),
    });
    for (const e of list.entries) {
      if ('group' in e) sheet.group(e.group);
      else sheet.row(e.row.map((c, i) => (i === 0 ? Number(c) : c)));
      sink.progress(++done, total);
    }
  }
  const details = sink.sheet({
    name: 'Phần II Nội dung',
    title: 'PHẦN II. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH',
    subtitle: '',
    landscape: false,
    columns: [
      { header: 'Mục', width: 24, kind: 'text' },
      { header: 'Nội dung', width: CONTENT_WIDTH, kind: 'text' },
    ],
  });
  for (const block of model.details) {
    details.group(block.heading);
    // A long item (a procedure's steps) is continued on the next page by the writer, never cut.
    for (const [label, text] of block.rows) details.row([label, text]);
    sink.progress(++done, total);
    await Promise.resolve();
  }
}
