/**
 * Phần II of a publication decision, "Nội dung cụ thể của từng thủ tục hành chính", as an office's workbook of the
 * Word appendix holds it: one block per procedure ("1. Thủ tục <tên>", in one cell or two), headed paragraphs
 * (Trình tự thực hiện, Cách thức thực hiện, Thành phần, số lượng hồ sơ, Thời hạn giải quyết, Phí/Lệ phí, Căn cứ
 * pháp lý…) as one-cell rows, a heading and its text in one row or in consecutive ones. Read by meaning, as the
 * real 2025 decisions lay it out (Lai Châu 2926); the forms attached after a block (Mẫu số …) are not content.
 * Pure: no Node, no DOM.
 */
import type { DecisionContent } from '../contract/decisions';
import { fold } from '../text/fold';

type Section = 'steps' | 'ways' | 'components' | 'time' | 'fee' | 'legal' | 'result' | 'skip';

/** Folded heading prefix → section; a heading may carry its text after a colon. */
const HEADINGS: [RegExp, Section][] = [
  [/^trinh tu thuc hien/, 'steps'],
  [/^cach thuc thuc hien/, 'ways'],
  [/^thanh phan(,| va)? so luong ho so|^thanh phan ho so/, 'components'],
  [/^thoi han giai quyet/, 'time'],
  [/^(phi\s*\/\s*le phi|phi, le phi|le phi)/, 'fee'],
  [/^can cu phap ly/, 'legal'],
  [/^ket qua thuc hien/, 'result'],
  [/^(doi tuong thuc hien|co quan thuc hien|ten mau don|yeu cau,? dieu kien|mau so\b)/, 'skip'],
];

/** "1. Thủ tục Cho phép …", "Thủ tục: …", "2. Thủ tục | …" (the two cells joined). */
const BLOCK = /^(?:\d{1,3}\s*[.)]\s*)?thủ tục(?: hành chính)?\s*[:.]?\s+(\S.*)$/iu;
/** A numbered block heading in a cell of its own ("4. Thủ tục", "4. Thủ tục: Cấp phép …"). */
const NUMBERED_BLOCK = /^\d{1,3}\s*[.)]\s*thủ tục(?: hành chính)?\s*[:.]?(\s|$)/iu;
const LEGAL_DOC = /(Luật|Nghị định|Thông tư|Quyết định|Nghị quyết|Pháp lệnh)/u;

export interface PartTwoBlock {
  name: string;
  content: DecisionContent;
}

const empty = (): DecisionContent => ({
  steps: [],
  components: [],
  timeText: '',
  feeText: '',
  legalText: '',
  result: '',
});

/** The row's text, a heading split from its own text: ["Thời hạn giải quyết", "15 ngày."]. */
function headingOf(line: string): { section: Section; rest: string } | null {
  const f = fold(line);
  for (const [re, section] of HEADINGS) {
    if (!re.test(f)) continue;
    // "Thời hạn giải quyết: 15 ngày." / "Phí/Lệ phí (nếu có): Không." — the text after the heading's colon.
    const colon = line.indexOf(':');
    return { section, rest: colon >= 0 && colon < 80 ? line.slice(colon + 1).trim() : '' };
  }
  return null;
}

const cleanLine = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[-–•+]\s*/, '')
    .trim();

function addText(c: DecisionContent, section: Section, text: string, pending: { name: string } | null) {
  const t = text.trim();
  if (!t) return pending;
  switch (section) {
    case 'steps':
      for (const part of t.split(/(?=Bước\s*\d+\s*[:.])/u)) {
        const step = cleanLine(part.replace(/^Bước\s*\d+\s*[:.]\s*/u, ''));
        if (!step) continue;
        if (/^Bước\s*\d/u.test(part) || !c.steps.length) c.steps.push(step);
        else c.steps[c.steps.length - 1] += ' ' + step;
      }
      return pending;
    case 'components': {
      let current = pending;
      // "a) Đơn đề nghị … Bản chính: 01 Bản sao: 0" may share one row; a quantity line closes the item.
      for (const part of t.split(/(?=(?:^|\s)[a-zđ]\)\s)|(?=Bản chính\s*:)|(?=Bản sao\s*:)/u)) {
        const p = part.trim();
        const qty = /^Bản (chính|sao)\s*:\s*(\d+)/u.exec(p);
        if (qty && current) {
          const item = c.components.find((x) => x.name === current!.name);
          if (item) item[qty[1] === 'chính' ? 'originals' : 'copies'] = Number(qty[2]);
          continue;
        }
        const item = /^[a-zđ]\)\s+(.+)$/su.exec(p);
        if (item) {
          const name = cleanLine(item[1]!).slice(0, 4000);
          c.components.push({ name, originals: 0, copies: 0 });
          current = { name };
        }
      }
      return current;
    }
    case 'time':
      c.timeText = cleanLine(c.timeText ? `${c.timeText} ${t}` : t).slice(0, 4000);
      return pending;
    case 'fee':
      c.feeText = cleanLine(c.feeText ? `${c.feeText} ${t}` : t).slice(0, 4000);
      return pending;
    case 'result':
      c.result = cleanLine(c.result ? `${c.result} ${t}` : t).slice(0, 4000);
      return pending;
    case 'legal': {
      const docs = t
        .split(/(?:^|\s)(?=\d{1,2}\.\s+\S)|\n|;\s*(?=-)/u)
        .map((l) => cleanLine(l.replace(/^\d{1,2}\.\s+/, '')))
        .filter((l) => LEGAL_DOC.test(l));
      const lines = [...(c.legalText ? c.legalText.split('\n') : []), ...docs];
      c.legalText = lines.join('\n').slice(0, 8000);
      return pending;
    }
    default:
      return pending;
  }
}

/** Reads the rows after the "PHẦN II" heading into one block per procedure. */
export function readPartTwo(rows: readonly (readonly string[])[]): PartTwoBlock[] {
  const blocks: PartTwoBlock[] = [];
  let block: PartTwoBlock | null = null;
  let section: Section = 'skip';
  let pending: { name: string } | null = null;
  const read = (cells: readonly string[]) => {
    const whole = [...new Set(cells)].join(' ').trim();
    const head = BLOCK.exec(whole.replace(/\s+/g, ' '));
    if (head && head[1]!.length > 10 && !/^\s*(bao gồm|này)/u.test(head[1]!)) {
      block = { name: head[1]!.trim(), content: empty() };
      blocks.push(block);
      section = 'skip';
      pending = null;
      return;
    }
    if (!block) return;
    for (const cell of cells) {
      const h = headingOf(cell);
      if (h) {
        section = h.section;
        pending = null;
        pending = addText(block.content, section, h.rest, pending);
      } else pending = addText(block.content, section, cell, pending);
    }
  };
  for (const raw of rows) {
    const cells = raw.map((c) => (c ?? '').trim()).filter(Boolean);
    if (!cells.length) continue;
    // The next block's heading ("4. Thủ tục | Cấp phép …") may share a row with this block's last row (a form's
    // table the Word conversion ran on): the cells before it are this block's, the rest start the next.
    const at = cells.findIndex((c, i) => i > 0 && NUMBERED_BLOCK.test(c));
    if (at > 0) {
      read(cells.slice(0, at));
      read(cells.slice(at));
    } else read(cells);
  }
  // Within what a decision row may hold (the contract's limits), however long the file's text.
  for (const b of blocks) {
    const c = b.content;
    c.steps = c.steps.slice(0, 200).map((x) => x.slice(0, 8000));
    c.components = c.components
      .slice(0, 300)
      .map((x) => ({ ...x, originals: Math.min(x.originals, 999), copies: Math.min(x.copies, 999) }));
  }
  return blocks;
}
