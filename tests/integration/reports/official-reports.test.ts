/**
 * Every official report generated from the demo data (plus a review campaign with the worked example) and
 * read back with an independent reader (python3 + openpyxl): layout, values, totals, print setup, safety.
 * LibreOffice then converts all of them to PDF in one call (rendering smoke test).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
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
      { report, unitId: seeded.unitId, campaignId: null, filters: { fields: [], codes: [] } },
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

describe('every report', () => {
  test.each(ReportId.options)('%s: motto block, title, header, print setup, fonts', (report) => {
    for (const s of books[report].sheets) {
      expect(text(s, 'A1')).toBe('UBND XÃ MINH HỌA (DỮ LIỆU MẪU)');
      const mottoCell = Object.entries(s.cells).find(
        ([ref, c]) => /^[B-Z]1$/.test(ref) && c.cv === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      );
      expect(mottoCell, s.name).toBeDefined();
      const col = mottoCell![0].replace('1', '');
      expect(text(s, `${col}2`)).toBe('Độc lập - Tự do - Hạnh phúc');
      expect(String(text(s, `${col}3`))).toMatch(/ngày \d{2} tháng \d{2} năm \d{4}$/);
      expect(String(text(s, 'A5'))).toMatch(/^[A-ZĐÀ-Ỹ ,.()0-9-]+/);
      expect(s.cells.A8?.b).toBe(true);
      expect(s.paperSize).toBe(9);
      expect(s.fitToPage).toBe(true);
      expect(s.printTitleRows).toMatch(/^\$8:\$(8|9)$/);
      expect(s.footer).toContain('Trang &P/&N');
      expect(s.freeze).toMatch(/^A(9|10)$/);
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
    expect(rowValues(s, 8)).toEqual([
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
    expect(String(v[3])).toContain('3 Ngày làm việc');
    expect(String(v[5])).toContain('HĐND tỉnh');
    expect(String(v[6])).toContain('76/2025/QH15');
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

describe('Nội dung cụ thể (details)', () => {
  test('one block per procedure with items a) to l)', () => {
    const s = sheet('details');
    const blocks = findRows(s, (v) => /^\d+\. .*\(Mã TTHC: /.test(v));
    expect(blocks).toHaveLength(54);
    const hkd = blocks.find((r) => String(text(s, `A${r}`)).includes('1.001612'))!;
    const labels = column(s, 'A', hkd + 1, hkd + 11);
    expect(labels.map((l) => String(l).split(')')[0])).toEqual([
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
    ]);
    expect(String(text(s, `B${hkd + 3}`))).toContain('Giấy đề nghị đăng ký hộ kinh doanh');
  });
});

describe('review reports (campaign with the worked example)', () => {
  test('cost form: before/after blocks reproduce the worked example and totals equal the rows', () => {
    const s = sheet('cost');
    const hkd = findRows(s, (v) => v.includes('1.001612'))[0]!;
    const totals = findRows(s, (v) => v === 'Cộng').filter((r) => r > hkd);
    const [before, after] = totals as [number, number];
    expect(text(s, `I${before}`)).toBe(405_477);
    expect(text(s, `L${before}`)).toBe(243_285_900);
    expect(text(s, `I${after}`)).toBe(128_125);
    expect(text(s, `L${after}`)).toBe(76_874_850);
    expect(text(s, `C${before}`)).toBe(8.5);
    expect(text(s, `C${after}`)).toBe(2.75);
    expect(s.cells[`L${before}`]!.v).toMatch(/^=SUM\(L\d+:L\d+\)$/);
    expect(sum(column(s, 'L', hkd + 2, before - 1))).toBe(243_285_900);
    expect(sum(column(s, 'L', before + 2, after - 1))).toBe(76_874_850);
    expect(rowValues(s, after + 1)).toContain(243_285_900);
    expect(rowValues(s, after + 3)).toContain(166_411_050);
    expect(rowValues(s, after + 4)).toContain(68.4);
    expect(s.cells[`L${after + 4}`]!.nf).toBe('0.00');
    expect(s.cells[`L${before}`]!.nf).toBe('#,##0');
  });

  /** The abolished procedure of the seed has no hand-entered activities: its cost follows from its record. */
  const ABOLISHED_PER_YEAR = 28_411_290;

  test('plan: blocks as §2.6 and a summary whose TỔNG CỘNG reproduces the worked example', () => {
    const blocks = sheet('plan', 0);
    const hkd = findRows(blocks, (v) => v.includes('(mã: 1.001612)'))[0]!;
    expect(String(text(blocks, `B${hkd + 1}`))).toMatch(
      /^Nội dung đơn giản hóa:\n- Thay bằng khai thác dữ liệu/,
    );
    expect(String(text(blocks, `B${hkd + 2}`))).toContain(
      'Kiến nghị thực thi: Sửa đổi, bổ sung khoản 2, Điều 88 của Nghị định 168/2025/NĐ-CP',
    );
    expect(String(text(blocks, `B${hkd + 3}`))).toContain('Chi phí tiết kiệm: 166.411.050 đồng/năm.');
    expect(String(text(blocks, `B${hkd + 3}`))).toContain('Tỷ lệ cắt giảm chi phí: 68,40 %.');

    const s = sheet('plan', 1);
    expect(rowValues(s, 8).slice(0, 4)).toEqual(['STT', 'Tên TTHC', 'Mã TTHC', 'Lĩnh vực']);
    const total = findRows(s, (v) => v === 'TỔNG CỘNG')[0]!;
    // The worked example plus the abolished procedure, whose whole derived cost (28.411.290 đ/năm) is saved.
    expect(text(s, `G${total}`)).toBe(243_285_900 + ABOLISHED_PER_YEAR);
    expect(text(s, `H${total}`)).toBe(76_874_850);
    expect(text(s, `I${total}`)).toBe(166_411_050 + ABOLISHED_PER_YEAR);
    expect(text(s, `J${total}`)).toBe(71.71);
    for (const col of ['G', 'H', 'I']) {
      expect(s.cells[`${col}${total}`]!.t).toBe('f');
      expect(text(s, `${col}${total}`)).toBe(sum(column(s, col, 9, total - 1)));
    }
    expect(s.cells[`J${total}`]!.t).toBe('n');
  });

  test('review results by lĩnh vực: TỔNG CỘNG equals the sum of the rows', () => {
    const s = sheet('review-results');
    expect(text(s, 'E8')).toBe('Số TTHC đề xuất đơn giản hóa');
    expect(rowValues(s, 9).slice(4, 8)).toEqual(['Tổng', 'Bãi bỏ', 'Sửa đổi, bổ sung', 'Thay thế']);
    const total = findRows(s, (v) => v === 'TỔNG CỘNG')[0]!;
    expect(text(s, `C${total}`)).toBe(3);
    expect(text(s, `D${total}`)).toBe(2);
    expect(text(s, `F${total}`)).toBe(1);
    expect(text(s, `I${total}`)).toBe(1);
    for (const col of ['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'N'])
      expect(text(s, `${col}${total}`), col).toBe(sum(column(s, col, 10, total - 1)));
    expect(text(s, `L${total}`)).toBe(166_411_050 + ABOLISHED_PER_YEAR);
    expect(text(s, `M${total}`)).toBe(66.71); // the not-started item counts in Σ before
  });

  test('review form: the answers of the reviewer and the cost result', () => {
    const s = sheet('review-form');
    const hkd = findRows(s, (v) => v.includes('1.001612'))[0]!;
    const sections = column(s, 'A', hkd + 1, hkd + 17);
    expect(sections.slice(0, 3)).toEqual(['I', 'II', 'III.1']);
    expect(text(s, `C${hkd + 2}`)).toBe('Có. Cần thiết để quản lý hộ kinh doanh');
    const components = sections.indexOf('III.4');
    expect(String(text(s, `C${hkd + 1 + components}`))).toContain('Thay bằng khai thác dữ liệu');
    const cost = sections.indexOf('V');
    expect(String(text(s, `C${hkd + 1 + cost}`))).toContain('tiết kiệm: 166.411.050 đồng/năm (68.40 %)');
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
    expect(text(s, `C${fieldsTotal}`)).toBe(54);
    expect(sum(column(s, 'C', 10, fieldsTotal - 1))).toBe(54);
    const byLabel = new Map(
      Array.from({ length: s.maxRow }, (_, i) => i + 1).map((r) => [
        `${r < onlineTotal && r > fieldsTotal ? 'o' : r > onlineTotal ? 'l' : 'f'}:${text(s, `B${r}`)}`,
        text(s, `C${r}`),
      ]),
    );
    expect(byLabel.get('o:Dịch vụ công trực tuyến toàn trình')).toBe(23);
    expect(byLabel.get('o:Dịch vụ công trực tuyến một phần')).toBe(23);
    expect(byLabel.get('o:Dịch vụ công (không trực tuyến)')).toBe(8);
    expect(byLabel.get('l:Mức độ 2')).toBe(8);
    expect(byLabel.get('l:Mức độ 3')).toBe(23);
    expect(byLabel.get('l:Mức độ 4')).toBe(23);
    expect(byLabel.get('f:Hộ tịch')).toBe(13);
    expect(text(s, `C${legacyTotal}`)).toBe(54);
    const ii = sheet('statistics', 1);
    expect(text(ii, 'C8')).toBe('Tổng số TTHC thuộc thẩm quyền giải quyết của địa phương');
    expect(rowValues(ii, 10).slice(1, 6)).toEqual(['UBND xã Minh họa (dữ liệu mẫu)', 54, 0, 0, 54]);
    const total = findRows(ii, (v) => v === 'Tổng cộng')[0]!;
    expect(text(ii, `C${total}`)).toBe(54);
  });
});

describe('rendering', () => {
  test('LibreOffice converts every report to PDF (one soffice call)', () => {
    const out = join(dir, 'pdf');
    const profile = mkdtempSync(join(tmpdir(), 'lo-'));
    try {
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          out,
          ...Object.values(files),
        ],
        { stdio: 'pipe', timeout: 170_000 },
      );
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    for (const report of ReportId.options) {
      const pdf = join(out, `${report}.pdf`);
      expect(existsSync(pdf), report).toBe(true);
      expect(statSync(pdf).size).toBeGreaterThan(1000);
    }
  }, 180_000);
});
