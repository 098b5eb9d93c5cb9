import { describe, expect, it } from 'vitest';
import { readAppendixTables } from '../../../electron/shared/decisions/appendix-table';
import { appendixRows } from '../../support/decision-appendix';

const read = (number: string, end: string) =>
  readAppendixTables([{ sheet: 'Phụ lục', rows: appendixRows(number, end) }]);
const count = (items: { change: string; level: string }[], change: string, level?: string) =>
  items.filter((i) => i.change === change && (!level || i.level === level)).length;

describe('Phần I tables of real 2025 decisions, read by meaning', () => {
  it('Vĩnh Long 2637: 12 amended (5 áp dụng chung, 7 cấp xã) and 1 repealed, lĩnh vực Chứng thực', () => {
    const p = read('2637', 'FILE ĐƯỢC ĐÍNH KÈM');
    expect(p.head).toMatchObject({ number: '2637/QĐ-UBND', signedDate: '2025-11-16' });
    expect(p.head.issuer).toMatch(/Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Long/);
    expect(count(p.items, 'AMENDED', 'CHUNG')).toBe(5);
    expect(count(p.items, 'AMENDED', 'XA')).toBe(7);
    expect(count(p.items, 'ABOLISHED', 'XA')).toBe(1);
    expect(p.items).toHaveLength(13);
    expect(new Set(p.items.map((i) => i.field))).toEqual(new Set(['Chứng thực']));
    const repealed = p.items.find((i) => i.change === 'ABOLISHED')!;
    expect(repealed.code).toBe('2.001009.000.00.00.H61');
    expect(repealed.legalText).toMatch(/280\/2025\/NĐ-CP/);
    const first = p.items[0]!;
    expect(first).toMatchObject({
      code: '2.000908.000.00.00.H61',
      name: 'Cấp bản sao từ sổ gốc',
      feeText: 'Không',
    });
    expect(first.timeText).toMatch(/ngay trong ngày/);
    expect(p.problems).toEqual([]);
  });

  it('Cao Bằng 2022: level first (cấp tỉnh 12, cấp tỉnh và xã 6), lĩnh vực under each, no list heading', () => {
    const p = read('2022', 'PHỤ LỤC 2');
    expect(p.items).toHaveLength(18);
    expect(count(p.items, 'NEW', 'TINH')).toBe(12);
    expect(count(p.items, 'NEW', 'CHUNG')).toBe(6);
    expect(p.items.find((i) => i.code === '2.000282')).toMatchObject({
      level: 'CHUNG',
      field: 'Bảo trợ xã hội',
    });
    expect(p.items.find((i) => i.code === '2.000027')!.field).toBe('Phòng, chống tệ nạn xã hội');
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]!.message).toMatch(/tiêu đề danh mục/);
  });

  it('Lai Châu 2926: a list without codes keeps names, lĩnh vực and agency', () => {
    const p = read('2926', 'PHẦN II');
    expect(p.items).toHaveLength(4);
    expect(p.items.every((i) => i.code === '' && i.field === 'Dược phẩm' && i.agency === 'Sở Y tế')).toBe(
      true,
    );
  });

  it('Vĩnh Long 2682: one new cấp xã procedure with a provincial code suffix', () => {
    const p = read('2682', '………2');
    expect(p.items).toHaveLength(1);
    expect(p.items[0]).toMatchObject({ change: 'NEW', level: 'XA', code: '3.000527.H61' });
    expect(p.items[0]!.legalText).toMatch(/73\/2021\/QH14/);
  });

  it('a table without a "Tên thủ tục" header is refused with where to look', () => {
    const p = readAppendixTables([
      {
        sheet: 'Sheet1',
        rows: [
          ['1', 'abc'],
          ['2', 'def'],
        ],
      },
    ]);
    expect(p.items).toEqual([]);
    expect(p.problems[0]!.message).toMatch(/Tên thủ tục hành chính/);
  });
});
