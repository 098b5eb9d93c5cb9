/**
 * The Phần I of a real 2025 decision (tests/fixtures/public-data/decisions/*.md) as the rows of its table — the
 * layout as published: heading paragraphs (list, level, lĩnh vực) as one-cell rows, table rows cell by cell —
 * and as an .xlsx written the way an office converts the Word appendix (headings in merged cells).
 */
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import { publicData } from './public-data';

const clean = (s: string) =>
  s
    .replace(/<br>/g, '\n')
    .replace(/\*+/g, '')
    .replace(/_+/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();

export function decisionMarkdown(number: string): string {
  const dir = publicData('decisions');
  const name = readdirSync(dir).find((f) => f.startsWith(`Quyet-dinh-${number}-`))!;
  return readFileSync(`${dir}/${name}`, 'utf8');
}

/**
 * Rows from the first "PHỤ LỤC" heading up to (not including) the first line containing `end` (a table row
 * holding `end` is kept, cut at that cell: the Lai Châu conversion runs Phần II into the last row).
 */
export function appendixRows(number: string, end: string): string[][] {
  const text = decisionMarkdown(number);
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^\*\*PHỤ LỤC/.test(l));
  const rows: string[][] = [];
  let para: string[] = [];
  const flush = () => {
    const block = para.join(' ');
    para = [];
    for (const part of block.split(/(\*\*[^*]+?\*\*)/)) {
      const t = clean(part);
      if (t) rows.push([t]);
    }
  };
  for (const line of lines.slice(start)) {
    if (line.startsWith('|')) {
      flush();
      if (/^\|(---\|)+$/.test(line.trim())) continue;
      let cells = line.split('|').slice(1, -1);
      const stop = cells.findIndex((c) => clean(c).includes(end));
      if (stop >= 0) cells = cells.slice(0, stop);
      rows.push(cells.map(clean));
      if (stop >= 0) return rows;
    } else if (line.includes(end)) {
      flush();
      return rows;
    } else if (!line.trim()) flush();
    else para.push(line.trim());
  }
  flush();
  return rows;
}

/** The rows as a workbook: one sheet, a one-cell row merged across the table's width. */
export async function appendixWorkbook(rows: string[][], sheetName = 'Phụ lục'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  const width = Math.max(...rows.map((r) => r.length));
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((c, j) => (row.getCell(j + 1).value = c));
    if (r.length === 1 && width > 1) ws.mergeCells(i + 1, 1, i + 1, width);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const DEMO_HELD = ['2.000908', '2.000815', '2.000884', '2.001035', '2.001019', '2.000913'];

/**
 * A decision in the real Vĩnh Long 2637 layout, cut to what the demo commune holds: the six amended Chứng thực
 * rows it has, its repealed list naming 2.000927, and a new list in the 2682 layout with Cao Bằng's 2.000282.
 */
export function mixedDecisionRows(): string[][] {
  const vl = appendixRows('2637', 'FILE ĐƯỢC ĐÍNH KÈM');
  const isData = (r: string[]) => /^\d+$/.test(r[0] ?? '') && r.length > 3;
  const repealAt = vl.findIndex((r) => /2\.001009/.test(r[1] ?? ''));
  vl[repealAt] = ['1', '2.000927.000.00.00.H61', 'Sửa lỗi sai sót trong giao dịch', vl[repealAt]![3]!];
  const kept = vl.filter(
    (r, i) =>
      i === repealAt || !isData(r) || DEMO_HELD.some((c) => (r[1] ?? '').replace(/\s/g, '').startsWith(c)),
  );
  const header = appendixRows('2682', '………2').find((r) => r.includes('Tên thủ tục hành chính'))!;
  const news = [
    header,
    [
      '01',
      '2.000282',
      'Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội',
      '01 ngày làm việc',
      'Trung tâm Phục vụ hành chính công cấp xã',
      'Không',
      '- Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ',
    ],
  ];
  return [...kept, ['C. DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH'], ['THỦ TỤC HÀNH CHÍNH CẤP XÃ'], ...news];
}
