import { describe, expect, it } from 'vitest';
import { readPartTwo } from '../../../electron/shared/decisions/appendix-content';

describe('Phần II read by meaning', () => {
  it('a heading and its text in one cell or in the next row; a block heading in one cell or two', () => {
    const blocks = readPartTwo([
      ['PHẦN II. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH'],
      ['1. Thủ tục: Chứng thực bản sao từ bản chính giấy tờ'],
      ['Trình tự thực hiện:'],
      ['Bước 1: Nộp hồ sơ tại Bộ phận một cửa. Bước 2: Nhận kết quả'],
      ['Thời hạn giải quyết: Trong ngày làm việc'],
      ['Phí, lệ phí:', '2.000 đồng/trang'],
      ['2. Thủ tục', 'Chứng thực chữ ký trong các giấy tờ, văn bản'],
      ['Thành phần, số lượng hồ sơ'],
      ['a) Giấy tờ, văn bản cần chứng thực chữ ký', 'Bản chính: 01', 'Bản sao: 0'],
      ['b) Giấy tờ tùy thân', 'Bản chính: 01'],
    ]);
    expect(blocks.map((b) => b.name)).toEqual([
      'Chứng thực bản sao từ bản chính giấy tờ',
      'Chứng thực chữ ký trong các giấy tờ, văn bản',
    ]);
    expect(blocks[0]!.content).toMatchObject({
      steps: ['Nộp hồ sơ tại Bộ phận một cửa.', 'Nhận kết quả'],
      timeText: 'Trong ngày làm việc',
      feeText: '2.000 đồng/trang',
    });
    expect(blocks[1]!.content.components).toEqual([
      { name: 'Giấy tờ, văn bản cần chứng thực chữ ký', originals: 1, copies: 0 },
      { name: 'Giấy tờ tùy thân', originals: 1, copies: 0 },
    ]);
  });

  it('text before the first block is not content; a hostile block stays within the row limits', () => {
    const blocks = readPartTwo([
      ['Trình tự thực hiện'],
      ['Bước 1: không thuộc thủ tục nào'],
      ['1. Thủ tục Cấp giấy phép rất dài dòng'],
      ['Trình tự thực hiện'],
      [Array.from({ length: 250 }, (_, i) => `Bước ${i + 1}: ${'x'.repeat(9000)}`).join(' ')],
      ['Thành phần hồ sơ'],
      ['a) Tờ khai', 'Bản chính: 123456'],
    ]);
    expect(blocks).toHaveLength(1);
    const c = blocks[0]!.content;
    expect(c.steps).toHaveLength(200);
    expect(Math.max(...c.steps.map((s) => s.length))).toBe(8000);
    expect(c.components[0]!.originals).toBe(999);
  });
});
