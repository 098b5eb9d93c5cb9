/**
 * Every official report generated from the demo data (plus a review campaign with the worked example) and
 * read back with an independent reader (python3 + openpyxl): layout, values, totals, print setup, safety.
 * How they print (LibreOffice → PDF) is checked by layout.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Backend } from '../../../electron/backend/session';
import { generateReport } from '../../../electron/backend/reports/generate';
import { ReportId } from '../../../electron/shared/contract/reports';
import { testBackend } from '../../support/backend';
import {
  findRows,
  readWorkbooks,
  rowValues,
  type DumpedSheet,
  type DumpedWorkbook,
} from '../../support/xlsx-reader';
import { seedReviewCampaign, type SeededReview } from './review-seed';

const INJECTED = '=HYPERLINK("x")';
let dir = '';
let backend: Backend;
let seeded: SeededReview;
let injectedCode = '';
const files = {} as Record<ReportId, string>;
let books = {} as Record<ReportId, DumpedWorkbook>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tinhgon-reports-'));
  backend = testBackend(dir).backend;
  const db = backend.ctx.db;
  seeded = seedReviewCampaign(db);
  injectedCode = (
    db.prepare("SELECT code FROM procedures WHERE code <> '1.001612' ORDER BY code DESC LIMIT 1").get() as {
      code: string;
    }
  ).code;
  db.prepare('UPDATE procedures SET name = ? WHERE code = ?').run(INJECTED, injectedCode);
  for (const report of ReportId.options) {
    files[report] = join(dir, `${report}.xlsx`);
    await generateReport(
      db,
      {
        report,
        unitId: seeded.unitId,
        campaignId: null,
        filters: { fields: [], codes: [] },
        period: null,
        appendix: null,
      },
      files[report],
    );
  }
  const dumped = readWorkbooks(Object.values(files));
  books = Object.fromEntries(ReportId.options.map((r) => [r, dumped[files[r]]!])) as typeof books;
}, 60_000);

afterAll(() => {
  backend?.close();
  rmSync(dir, { recursive: true, force: true });
});

const text = (s: DumpedSheet, ref: string) => s.cells[ref]?.cv ?? null;
const sheet = (r: ReportId, i = 0) => books[r].sheets[i]!;
const sum = (xs: unknown[]) => xs.reduce<number>((a, b) => a + (typeof b === 'number' ? b : 0), 0);
/** Values of column `col` for rows first..last. */
const column = (s: DumpedSheet, col: string, first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => s.cells[`${col}${first + i}`]?.cv ?? null);
/** The table's (first) header row: the row whose first cell is "STT" or "Mục". */
const headerRow = (s: DumpedSheet) => findRows(s, (v) => v === 'STT' || v === 'Mục')[0]!;
/** The column letter of a header cell. */
const colOf = (s: DumpedSheet, text: string) => {
  const hit = Object.entries(s.cells).find(([ref, c]) => c.cv === text && !/^[A-Z]+[1-7]$/.test(ref));
  return hit![0].replace(/\d+$/, '');
};
const VI = '[$-42A]';

describe('every report', () => {
  test('decision-appendix: headed PHỤ LỤC with its decision, no motto (it is part of the decision)', () => {
    for (const s of books['decision-appendix'].sheets) {
      const texts = Object.values(s.cells).map((c) => String(c.cv));
      expect(texts, s.name).toContain('PHỤ LỤC');
      expect(texts.some((v) => /^\(Kèm theo Quyết định số .+ ngày \d{2} tháng \d{2} năm \d{4}/.test(v))).toBe(
        true,
      );
      expect(texts).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    }
  });

  const signed = ReportId.options.filter((r) => r !== 'decision-appendix');
  test.each(signed)('%s: motto block, title, header, print setup, fonts', (report) => {
    for (const s of books[report].sheets) {
      expect(String(text(s, 'A1'))).toMatch(/^UBND XÃ MINH HỌA \(DỮ LIỆU MẪU\)\n—+$/);
      const mottoCell = Object.entries(s.cells).find(
        ([ref, c]) => /^[B-Z]1$/.test(ref) && c.cv === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      );
      expect(mottoCell, s.name).toBeDefined();
      const col = mottoCell![0].replace('1', '');
      expect(text(s, `${col}2`)).toBe('Độc lập - Tự do - Hạnh phúc');
      expect(String(text(s, `${col}3`))).toMatch(/ngày \d{2} tháng \d{2} năm \d{4}$/);
      const titles = Object.values(s.cells).map((c) => c.cv);
      expect(
        titles.some((v) => typeof v === 'string' && /^Số liệu tính đến ngày \d{2}\/\d{2}\/\d{4}$/.test(v)),
      ).toBe(true);
      const h = headerRow(s);
      expect(s.cells[`A${h}`]?.b).toBe(true);
      expect(s.paperSize).toBe(9);
      expect(s.fitToPage).toBe(false);
      expect(s.scale).toBe(100);
      expect(s.printTitleRows).toMatch(new RegExp(`^\\$${h}:\\$(${h}|${h + 1})$`));
      expect(s.footer).toContain('Trang &P/&N');
      expect(s.freeze).toMatch(new RegExp(`^A(${h + 1}|${h + 2})$`));
      expect(s.margins.left).toBeGreaterThan(s.margins.right);
      const fonts = new Set(Object.values(s.cells).map((c) => c.font));
      expect([...fonts]).toEqual(['Times New Roman']);
      const signature = findRows(s, (v) => v === 'NGƯỜI LẬP BIỂU');
      expect(signature).toHaveLength(1);
      expect(rowValues(s, signature[0]!)).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    }
  });

  test('sheet names and orientation', () => {
    expect(books.inventory.sheets.map((s) => s.name)).toEqual(['Danh mục TTHC']);
    expect(books.details.sheets.map((s) => s.name)).toEqual(['Nội dung TTHC']);
    expect(books['review-form'].sheets.map((s) => s.name)).toEqual(['Biểu mẫu rà soát']);
    expect(books.cost.sheets.map((s) => s.name)).toEqual(['Chi phí tuân thủ']);
    expect(books.plan.sheets.map((s) => s.name)).toEqual(['Phương án', 'Tổng hợp']);
    expect(books['review-results'].sheets.map((s) => s.name)).toEqual(['Kết quả rà soát']);
    expect(books.statistics.sheets.map((s) => s.name)).toEqual(['Thống kê', 'Biểu II.07b']);
    expect(sheet('inventory').orientation).toBe('landscape');
    expect(sheet('cost').orientation).toBe('landscape');
    expect(sheet('details').orientation).toBe('portrait');
  });
});

describe('Danh mục TTHC (inventory)', () => {
  test('header row, Roman-numbered lĩnh vực groups, STT restarting per group', () => {
    const s = sheet('inventory');
    expect(rowValues(s, headerRow(s))).toEqual([
      'STT',
      'Mã TTHC',
      'Tên thủ tục hành chính',
      'Thời hạn giải quyết',
      'Địa điểm thực hiện',
      'Phí, lệ phí (nếu có)',
      'Căn cứ pháp lý',
    ]);
    const groups = findRows(s, (v) => /^[IVXLC]+\. Lĩnh vực /.test(v));
    expect(groups.length).toBe(19);
    expect(String(text(s, `A${groups[0]}`))).toMatch(/^I\. /);
    expect(String(text(s, `A${groups[1]}`))).toMatch(/^II\. /);
    expect(String(text(s, `A${groups[3]}`))).toMatch(/^IV\. /);
    for (const g of groups) {
      expect(s.merged).toContain(`A${g}:G${g}`);
      expect(text(s, `A${g + 1}`)).toBe(1);
    }
    const dataRows = Array.from({ length: s.maxRow }, (_, i) => i + 1).filter(
      (r) => typeof text(s, `A${r}`) === 'number',
    );
    expect(dataRows).toHaveLength(54);
  });

  test('values of a known procedure (1.001612)', () => {
    const s = sheet('inventory');
    const row = Array.from({ length: s.maxRow }, (_, i) => i + 1).find(
      (r) => text(s, `B${r}`) === '1.001612',
    )!;
    const v = rowValues(s, row);
    expect(v[2]).toBe('Đăng ký thành lập hộ kinh doanh');
    expect(String(v[3])).toBe('3 ngày làm việc');
    expect(String(v[5])).toContain('HĐND tỉnh');
    // Phần I lists the legal bases by number; their titles are in Phần II.
    expect(String(v[6])).toMatch(/(^|; )76\/2025\/QH15(;|$)/);
    expect(String(v[6])).not.toContain('\n');
    expect(s.cells[`B${row}`]!.t).toBe('s');
    expect(s.cells[`C${row}`]!.wrap).toBe(true);
    expect(s.cells[`C${row}`]!.border).toBe('thin');
  });

  test('a procedure named =HYPERLINK("x") stays plain text: no formula, no link', () => {
    const s = sheet('inventory');
    const cell = Object.values(s.cells).find((c) => c.v === INJECTED);
    expect(cell).toBeDefined();
    expect(cell!.t).toBe('s');
    expect(cell!.link).toBeNull();
    const xml = execFileSync('unzip', ['-p', files.inventory, 'xl/worksheets/sheet1.xml'], {
      encoding: 'utf8',
    });
    expect(xml).not.toMatch(/<f>[^<]*HYPERLINK/);
    expect(xml).not.toContain('<hyperlink');
  });
});

/** The rows of a block: from the row after `start` to the next row holding `next` in column A. */
const blockRows = (s: DumpedSheet, start: number, next: (v: string) => boolean) => {
  const rows: number[] = [];
  for (let r = start + 1; r <= s.maxRow; r++) {
    const v = text(s, `A${r}`);
    if (typeof v === 'string' && next(v)) break;
    rows.push(r);
  }
  return rows;
};

describe('Nội dung cụ thể (details)', () => {
  test('one block per procedure with items a) to l); steps without their title repeated', () => {
    const s = sheet('details');
    const isBlock = (v: string) => /^\d+\. .*\(Mã TTHC: /.test(v);
    const blocks = findRows(s, isBlock);
    expect(blocks).toHaveLength(54);
    const hkd = blocks.find((r) => String(text(s, `A${r}`)).includes('1.001612'))!;
    const rows = blockRows(s, hkd, isBlock);
    const labels = rows.map((r) => text(s, `A${r}`)).filter((v): v is string => typeof v === 'string');
    expect(labels.map((l) => l.split(')')[0])).toEqual([
      'a',
      'b',
      'c',
      'd',
      'đ',
      'e',
      'g',
      'h',
      'i',
      'k',
      'l',
      'm', // its quy trình nội bộ
    ]);
    const content = rows.map((r) => String(text(s, `B${r}`) ?? '')).join('\n');
    expect(content).toContain('Giấy đề nghị đăng ký hộ kinh doanh');
    expect(content).toMatch(
      /^Trường hợp đăng ký trực tiếp hoặc đăng ký qua dịch vụ bưu chính:\nBước 1: Chủ hộ/,
    );
  });
});

describe('review reports (campaign with the worked example)', () => {
  test('cost form: the worked example exactly, rows that add up as printed, the income basis stated', () => {
    const s = sheet('cost');
    const hkd = findRows(s, (v) => v.includes('1.001612'))[0]!;
    const totals = findRows(s, (v) => v === 'Cộng').filter((r) => r > hkd);
    const [before, after] = totals as [number, number];
    const [perDossier, perYear, hours, timeCost] = [
      'Chi phí 1 lần (đ)',
      'Tổng chi phí/ năm (đ)',
      'Thời gian (giờ)',
      'Chi phí thời gian (đ)',
    ].map((h) => colOf(s, h)) as [string, string, string, string];
    expect(text(s, `${perDossier}${before}`)).toBe(405_476.5);
    expect(text(s, `${perYear}${before}`)).toBe(243_285_900);
    expect(text(s, `${perDossier}${after}`)).toBe(128_124.75);
    expect(text(s, `${perYear}${after}`)).toBe(76_874_850);
    expect(text(s, `${hours}${before}`)).toBe(8.5);
    expect(text(s, `${hours}${after}`)).toBe(2.75);
    // Every total is the sum of the rows printed above it: a formula.
    for (const col of [perDossier, perYear, timeCost]) {
      expect(s.cells[`${col}${before}`]!.v).toMatch(/^=SUM\(/);
      expect(text(s, `${col}${before}`)).toBe(sum(column(s, col, hkd + 2, before - 1)));
      expect(text(s, `${col}${after}`)).toBe(sum(column(s, col, before + 2, after - 1)));
    }
    expect(s.cells[`${timeCost}${hkd + 4}`]).toMatchObject({ cv: 42_613.5, nf: `${VI}#,##0.0##` });
    expect(rowValues(s, after + 1)).toContain(243_285_900);
    expect(rowValues(s, after + 3)).toContain(166_411_050);
    expect(rowValues(s, after + 4)).toContain(68.4);
    expect(s.cells[`${perYear}${after + 4}`]!.nf).toBe(`${VI}0.00`);
    expect(s.cells[`${perYear}${before}`]!.nf).toBe(`${VI}#,##0`);
    const notes = Object.values(s.cells).map((c) => String(c.cv));
    expect(notes).toContainEqual(
      expect.stringMatching(
        /^Thu nhập bình quân dùng để tính: 5\.000\.000 đồng\/tháng ÷ 22 ngày làm việc ÷ 8 giờ = 28\.409 đồng\/giờ \(làm tròn đến đồng\); áp dụng từ ngày \d{2}\/\d{2}\/\d{4}; nguồn, ghi chú: .+\.$/,
      ),
    );
    expect(notes).toContainEqual(expect.stringContaining('Không làm tròn giữa chừng'));
  });

  /** The abolished procedure of the seed has no hand-entered activities: its cost follows from its record. */
  const ABOLISHED_PER_YEAR = 28_411_290;

  test('plan: blocks as §2.6 and a summary whose TỔNG CỘNG reproduces the worked example', () => {
    const blocks = sheet('plan', 0);
    const hkd = findRows(blocks, (v) => v.includes('(mã: 1.001612)'))[0]!;
    expect(String(text(blocks, `B${hkd + 1}`))).toMatch(
      /^Nội dung đơn giản hóa:\n- Thay bằng khai thác dữ liệu/,
    );
    expect(String(text(blocks, `B${hkd + 2}`))).toBe(
      'Kiến nghị thực thi: Sửa đổi, bổ sung khoản 2 Điều 88 của Nghị định 168/2025/NĐ-CP (thẩm quyền: Chính phủ)',
    );
    expect(String(text(blocks, `B${hkd + 3}`))).toContain('Chi phí tiết kiệm: 166.411.050 đồng/năm.');
    expect(String(text(blocks, `B${hkd + 3}`))).toContain('Tỷ lệ cắt giảm chi phí: 68,40%.');
    expect(Object.values(blocks.cells).map((c) => c.cv)).toContain('Rà soát TTHC năm 2026');

    const s = sheet('plan', 1);
    const h = headerRow(s);
    expect(rowValues(s, h).slice(0, 4)).toEqual(['STT', 'Tên TTHC', 'Mã TTHC', 'Lĩnh vực']);
    const total = findRows(s, (v) => v === 'TỔNG CỘNG')[0]!;
    const [before, after, saving, rate] = [
      'Chi phí trước (đ/năm)',
      'Chi phí sau (đ/năm)',
      'Tiết kiệm (đ/năm)',
      'Tỷ lệ (%)',
    ].map((x) => colOf(s, x)) as [string, string, string, string];
    // The worked example plus the abolished procedure, whose whole derived cost (28.411.290 đ/năm) is saved.
    expect(text(s, `${before}${total}`)).toBe(243_285_900 + ABOLISHED_PER_YEAR);
    expect(text(s, `${after}${total}`)).toBe(76_874_850);
    expect(text(s, `${saving}${total}`)).toBe(166_411_050 + ABOLISHED_PER_YEAR);
    expect(text(s, `${rate}${total}`)).toBe(71.71);
    for (const col of [before, after, saving]) {
      expect(s.cells[`${col}${total}`]!.t).toBe('f');
      expect(text(s, `${col}${total}`)).toBe(sum(column(s, col, h + 1, total - 1)));
    }
    expect(s.cells[`${rate}${total}`]!.t).toBe('n');
  });

  test('review results by lĩnh vực: one rule for every column; TỔNG CỘNG equals the sum of the rows', () => {
    const s = sheet('review-results');
    const h = headerRow(s);
    expect(text(s, `E${h}`)).toBe('Số TTHC đề xuất đơn giản hóa');
    expect(rowValues(s, h + 1).slice(4, 8)).toEqual(['Tổng', 'Bãi bỏ', 'Sửa đổi, bổ sung', 'Thay thế']);
    const total = findRows(s, (v) => v === 'TỔNG CỘNG')[0]!;
    // Planned 3; reviewed = submitted (the approved 1.001612 and the proposed abolition); the one not started is
    // neither reviewed nor proposed, and the cost counts the reviewed proposals only.
    expect(text(s, `C${total}`)).toBe(3);
    expect(text(s, `D${total}`)).toBe(2);
    expect(text(s, `E${total}`)).toBe(2);
    expect(text(s, `F${total}`)).toBe(1);
    expect(text(s, `I${total}`)).toBe(1);
    for (const col of ['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'N'])
      expect(text(s, `${col}${total}`), col).toBe(sum(column(s, col, h + 2, total - 1)));
    // Σ savings / Σ before of the reviewed proposals: the worked example and the abolished procedure.
    expect(text(s, `L${total}`)).toBe(166_411_050 + ABOLISHED_PER_YEAR);
    expect(text(s, `M${total}`)).toBe(71.71);
    const notes = Object.values(s.cells).map((c) => String(c.cv));
    expect(notes).toContainEqual(expect.stringMatching(/^Cách đếm: một TTHC được tính là đã rà soát khi/));
  });

  test('review form: the record’s facts beside the reviewer’s answers and the cost result', () => {
    const s = sheet('review-form');
    const hkd = findRows(s, (v) => v.includes('1.001612'))[0]!;
    const rows = blockRows(s, hkd, (v) => /^\d+\. .*Mã TTHC/.test(v));
    const bySection = new Map<string, { facts: string; opinion: string }>();
    const [factsCol, opinionCol] = ['Thông tin của TTHC (theo hồ sơ)', 'Ý kiến rà soát, đánh giá'].map((h) =>
      colOf(s, h),
    ) as [string, string];
    let current = '';
    for (const r of rows) {
      const label = text(s, `A${r}`);
      if (typeof label === 'string' && label) current = label;
      const e = bySection.get(current) ?? { facts: '', opinion: '' };
      e.facts += String(text(s, `${factsCol}${r}`) ?? '');
      e.opinion += String(text(s, `${opinionCol}${r}`) ?? '');
      bySection.set(current, e);
    }
    expect([...bySection.keys()].slice(0, 3)).toEqual(['I', 'II', 'III.1']);
    expect(bySection.get('II')!.opinion).toBe('Có. Cần thiết để quản lý hộ kinh doanh');
    expect(bySection.get('I')!.facts).toContain('76/2025/QH15');
    expect(bySection.get('III.1')!.facts).toBe('Đăng ký thành lập hộ kinh doanh');
    expect(bySection.get('III.5')!.facts).toContain('3 ngày làm việc');
    expect(bySection.get('III.7')!.facts).toMatch(/Số đối tượng thực hiện\/năm: /);
    expect(bySection.get('III.4')!.opinion).toContain('Thay bằng khai thác dữ liệu');
    expect(bySection.get('V')!.facts).toContain('tiết kiệm: 166.411.050 đồng/năm (68,40%)');
  });
});

describe('Thống kê', () => {
  test('counts by lĩnh vực, online level and legacy mức độ; Biểu II.07b', () => {
    const s = sheet('statistics', 0);
    const [fieldsTotal, onlineTotal, legacyTotal] = findRows(s, (v) => v === 'Cộng') as [
      number,
      number,
      number,
    ];
    const firstField = findRows(s, (v) => v === 'I. Theo lĩnh vực')[0]! + 1;
    // "Chỉ tiêu" is cut in two under the heading's 40 % mark: the counts are one column further.
    const [label, count] = [colOf(s, 'Chỉ tiêu'), colOf(s, 'Số TTHC')] as [string, string];
    expect(text(s, `${count}${fieldsTotal}`)).toBe(54);
    expect(sum(column(s, count, firstField, fieldsTotal - 1))).toBe(54);
    const byLabel = new Map(
      Array.from({ length: s.maxRow }, (_, i) => i + 1).map((r) => [
        `${r < onlineTotal && r > fieldsTotal ? 'o' : r > onlineTotal ? 'l' : 'f'}:${text(s, `${label}${r}`)}`,
        text(s, `${count}${r}`),
      ]),
    );
    expect(byLabel.get('o:Dịch vụ công trực tuyến toàn trình')).toBe(23);
    expect(byLabel.get('o:Dịch vụ công trực tuyến một phần')).toBe(23);
    expect(byLabel.get('o:Dịch vụ công (không trực tuyến)')).toBe(8);
    expect(byLabel.get('l:Mức độ 2')).toBe(8);
    expect(byLabel.get('l:Mức độ 3')).toBe(23);
    expect(byLabel.get('l:Mức độ 4')).toBe(23);
    expect(byLabel.get('f:Hộ tịch')).toBe(13);
    expect(text(s, `${count}${legacyTotal}`)).toBe(54);
    const ii = sheet('statistics', 1);
    const h = headerRow(ii);
    expect(text(ii, `C${h}`)).toBe('Tổng số TTHC thuộc thẩm quyền giải quyết của địa phương');
    expect(rowValues(ii, h + 2).slice(1, 6)).toEqual(['UBND xã Minh họa (dữ liệu mẫu)', 54, 0, 0, 54]);
    // The form's own header: its number, who reports to whom, the unit of measure.
    const cells = Object.values(ii.cells).map((c) => c.cv);
    expect(cells).toContain('Biểu số II.07b/VPCP/KSTT');
    expect(cells).toContain(
      'Đơn vị báo cáo: UBND xã Minh họa (dữ liệu mẫu)\nĐơn vị nhận báo cáo: Văn phòng Ủy ban nhân dân tỉnh',
    );
    expect(cells).toContain('Đơn vị tính: Số TTHC, số quy trình');
    const total = findRows(ii, (v) => v === 'Tổng cộng')[0]!;
    expect(text(ii, `C${total}`)).toBe(54);
  });
});
