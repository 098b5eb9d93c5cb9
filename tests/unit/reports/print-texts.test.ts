/**
 * Texts a leader signs: a legal keyword typed by the officer is not written twice, a name is cut at a word
 * with "…", a step's title is not repeated inside its text, a time always has its unit, money prints exactly
 * in Vietnamese digits, and the report period follows the cut-off of Nghị định 09/2019/NĐ-CP.
 */
import { describe, expect, test } from 'vitest';
import {
  exactMoneyText,
  implementationLines,
  legalCodesText,
} from '../../../electron/backend/reports/builders/text';
import { appendixLine } from '../../../electron/backend/reports/generate';
import { resolvePeriod } from '../../../electron/backend/reports/period';
import {
  decisionNumber,
  provisionText,
  stepLines,
  timeText,
  truncateWords,
} from '../../../electron/shared/text/record-text';

const legal = (article: string, clause: string, document = 'Nghị định số 168/2025/NĐ-CP') => ({
  legalArticle: article,
  legalClause: clause,
  legalDocument: document,
  legalAuthority: 'Chính phủ',
});

describe('legal citations', () => {
  test.each([
    ['Điều 88', '', 'Điều 88'],
    ['88', '', 'Điều 88'],
    ['Điều 85', 'Khoản 2 Điều 85', 'khoản 2 Điều 85'],
    ['85', '2', 'khoản 2 Điều 85'],
    ['', 'điểm a khoản 2 Điều 5', 'điểm a khoản 2 Điều 5'],
    ['12', 'khoản 3 điều 11', 'khoản 3 Điều 11, Điều 12'],
    ['', '', ''],
  ])('article %j, clause %j → %j', (article, clause, expected) => {
    expect(provisionText(article, clause)).toBe(expected);
  });
  test('kiến nghị thực thi: one line per document, each provision once, no keyword twice', () => {
    expect(
      implementationLines([
        legal('Điều 88', ''),
        legal('Điều 85', 'Khoản 2 Điều 85'),
        legal('Điều 88', ''),
        legal('3', '', 'Thông tư 68/2025/TT-BTC'),
      ]),
    ).toEqual([
      'Sửa đổi, bổ sung Điều 88, khoản 2 Điều 85 của Nghị định số 168/2025/NĐ-CP (thẩm quyền: Chính phủ)',
      'Sửa đổi, bổ sung Điều 3 của Thông tư 68/2025/TT-BTC (thẩm quyền: Chính phủ)',
    ]);
    for (const line of implementationLines([legal('Điều 88', 'Khoản 2')]))
      expect(line).not.toMatch(/(Điều|khoản) \1/i);
  });
  test('a decision number typed with its words gets them once', () => {
    expect(decisionNumber('Quyết định số 12/QĐ-UBND')).toBe('12/QĐ-UBND');
    expect(decisionNumber('số 12/QĐ-UBND')).toBe('12/QĐ-UBND');
    expect(
      appendixLine({
        label: '',
        decisionNo: 'Quyết định số 12/QĐ-UBND',
        decisionDate: '2026-03-05',
        issuer: 'của Chủ tịch UBND xã',
      }),
    ).toBe('(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 03 năm 2026 của Chủ tịch UBND xã)');
  });
});

describe('record texts', () => {
  test('labels are cut at a word, with an ellipsis', () => {
    const long =
      'Trường hợp chưa có tài khoản định danh điện tử thì hồ sơ của người ủy quyền phải kèm bản sao';
    const cut = truncateWords(long, 60);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(long.charAt(cut.length - 1)).toBe(' ');
    expect(truncateWords('ngắn', 60)).toBe('ngắn');
  });
  test('a step title that is the start of its text is not printed twice; its case heads the steps', () => {
    expect(
      stepLines([
        {
          title: 'Trường hợp nộp trực tiếp — Người nộp hồ sơ đến…',
          text: '- Người nộp hồ sơ đến Bộ phận một cửa.',
        },
        { title: 'Trường hợp nộp trực tiếp — Công chức…', text: '- Công chức tiếp nhận.' },
        { title: 'Bước 3: Trả kết quả…', text: 'Trả kết quả tại Bộ phận một cửa.' },
        { title: '+ Công dân đến…', text: '+ Công dân đến trụ sở.' },
        { title: 'Nộp hồ sơ', text: 'Tại Bộ phận một cửa' },
        { title: '', text: '' },
      ]),
    ).toEqual([
      'Trường hợp nộp trực tiếp:',
      'Bước 1: Người nộp hồ sơ đến Bộ phận một cửa.',
      'Bước 2: Công chức tiếp nhận.',
      'Bước 3: Trả kết quả tại Bộ phận một cửa.',
      'Bước 4: Công dân đến trụ sở.',
      'Bước 5: Nộp hồ sơ: Tại Bộ phận một cửa',
      'Bước 6',
    ]);
  });
  test('a processing time always has its unit (a bare number from the portal reads as working days)', () => {
    const t = (
      timeValue: number | null,
      timeUnit: 'WORKING_DAY' | 'CALENDAR_DAY' | 'UNSPECIFIED',
      text: string,
    ) => timeText({ timeValue, timeUnit, timeText: text });
    expect(t(1, 'UNSPECIFIED', '1')).toBe('1 ngày làm việc');
    expect(t(3, 'WORKING_DAY', '3 Ngày làm việc')).toBe('3 ngày làm việc');
    expect(t(20, 'CALENDAR_DAY', '20 Ngày')).toBe('20 ngày');
    expect(t(null, 'UNSPECIFIED', '7')).toBe('7 ngày làm việc');
    expect(t(null, 'UNSPECIFIED', 'Ngay trong ngày làm việc')).toBe('Ngay trong ngày làm việc');
  });
  test('Phần I lists the legal bases by number, each once', () => {
    expect(
      legalCodesText([
        { code: '60/2014/QH13', name: 'Luật Hộ tịch' },
        { code: '123/2015/NĐ-CP', name: 'Nghị định' },
        { code: '60/2014/QH13', name: '' },
        { code: '', name: 'Quyết định của Ủy ban nhân dân tỉnh về phí' },
      ]),
    ).toBe('60/2014/QH13; 123/2015/NĐ-CP; Quyết định của Ủy ban nhân dân tỉnh về phí');
  });
  test('exact money in Vietnamese digits, never rounded', () => {
    expect(exactMoneyText('405476.5')).toBe('405.476,5');
    expect(exactMoneyText('243285900')).toBe('243.285.900');
    expect(exactMoneyText('-1234.125')).toBe('-1.234,125');
  });
});

describe('report period (Nghị định 09/2019: from the 15th of the month before to the 14th)', () => {
  const today = '2026-12-07';
  test.each([
    [
      { kind: 'month', year: 2026, month: 3 },
      '2026-02-15',
      '2026-03-14',
      'Kỳ báo cáo: tháng 3 năm 2026 (từ ngày 15/02/2026 đến ngày 14/03/2026)',
    ],
    [
      { kind: 'month', year: 2026, month: 1 },
      '2025-12-15',
      '2026-01-14',
      'Kỳ báo cáo: tháng 1 năm 2026 (từ ngày 15/12/2025 đến ngày 14/01/2026)',
    ],
    [
      { kind: 'quarter', year: 2026, quarter: 1 },
      '2025-12-15',
      '2026-03-14',
      'Kỳ báo cáo: quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/03/2026)',
    ],
    [
      { kind: 'half', year: 2026, half: 2 },
      '2026-06-15',
      '2026-12-14',
      'Kỳ báo cáo: 6 tháng cuối năm 2026 (từ ngày 15/06/2026 đến ngày 14/12/2026); số liệu tính đến ngày 07/12/2026',
    ],
    [
      { kind: 'year', year: 2025 },
      '2024-12-15',
      '2025-12-14',
      'Kỳ báo cáo: năm 2025 (từ ngày 15/12/2024 đến ngày 14/12/2025)',
    ],
    [
      { kind: 'range', from: '2026-01-01', to: '2026-06-30' },
      '2026-01-01',
      '2026-06-30',
      'Kỳ báo cáo: từ ngày 01/01/2026 đến ngày 30/06/2026',
    ],
    [{ kind: 'asOf', date: '2026-03-31' }, null, '2026-03-31', 'Số liệu tính đến ngày 31/03/2026'],
    [null, null, today, 'Số liệu tính đến ngày 07/12/2026'],
  ] as const)('%j', (period, from, to, line) => {
    const r = resolvePeriod(period, today);
    expect([r.from, r.to, r.line]).toEqual([from, to, line]);
    expect(r.asOf).toBe(to > today ? today : to);
  });
  test.each([
    { kind: 'asOf', date: '2026-12-08' },
    { kind: 'range', from: '2026-06-30', to: '2026-01-01' },
    { kind: 'year', year: 2027 },
  ])('%j is refused', (period) => {
    expect(() => resolvePeriod(period as never, today)).toThrow(/REPORT_PERIOD_INVALID/);
  });
});
