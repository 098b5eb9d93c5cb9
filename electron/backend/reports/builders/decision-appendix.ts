/**
 * Phụ lục of a publication decision (domain.md §1.6, §9.1): Phần I, one sheet per list with that list's columns
 * (mới ban hành / sửa đổi, bổ sung / thay thế / bãi bỏ), grouped by level and lĩnh vực; Phần II, items a)–l) of
 * each procedure the decision publishes or amends. The same text blocks make the .docx (decisions/appendix-docx).
 */
import { appendixModel } from '../../decisions/appendix-model';
import type { ReportSink } from '../xlsx/sink';
import { linesFor } from '../xlsx/stream-helpers';
import type { BuildContext } from './context';

const CONTENT_WIDTH = 90;
/**
 * Lines one row may hold: a row is at most 409 pt (Excel's limit), and a longer text would be cut or spill over
 * the next row when printed, so a long item (a procedure's steps) continues on the rows below it.
 */
const LINES_PER_ROW = 20;

/** The text cut at paragraph, then sentence, boundaries into parts that each fit one row. */
export function rowChunks(text: string, width = CONTENT_WIDTH, max = LINES_PER_ROW): string[] {
  const pieces = text.split('\n').flatMap((p) => (linesFor(p, width) > max ? p.split(/(?<=[.;:])\s+/) : [p]));
  const out: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const next = current ? `${current}\n${piece}` : piece;
    if (current && linesFor(next, width) > max) {
      out.push(current);
      current = piece;
    } else current = next;
  }
  out.push(current);
  return out;
}

export async function buildDecisionAppendix(ctx: BuildContext, sink: ReportSink): Promise<void> {
  if (!ctx.decision) throw new Error('decision appendix without a decision');
  const model = appendixModel(ctx.db, ctx.decision);
  const total = model.lists.reduce((n, l) => n + l.entries.length, 0) + model.details.length;
  let done = 0;
  for (const list of model.lists) {
    const sheet = sink.sheet({
      name: list.sheetName,
      title: `PHẦN I – ${list.heading.replace(/^\d+\.\s*/, '').toUpperCase()}`,
      subtitle: model.subtitle,
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
    subtitle: model.subtitle,
    landscape: false,
    columns: [
      { header: 'Mục', width: 24, kind: 'text' },
      { header: 'Nội dung', width: CONTENT_WIDTH, kind: 'text' },
    ],
  });
  for (const block of model.details) {
    details.group(block.heading);
    for (const [label, text] of block.rows)
      rowChunks(text).forEach((part, i) => details.row([i === 0 ? label : '', part]));
    sink.progress(++done, total);
    await Promise.resolve();
  }
}
