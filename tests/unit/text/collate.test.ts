import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareVi, sortKeyVi } from '../../../electron/shared/text/collate';
import { NON_ASCII_LETTERS } from './vietnamese-alphabet';

const byKey = (a: string, b: string) => {
  const ka = sortKeyVi(a);
  const kb = sortKeyVi(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/** reliability-perf.md §3.2, the order measured with Node and Chromium (the "…" part left out). */
const MEASURED = [
  'An',
  'Ánh',
  'Ăn',
  'Ân',
  'Bình',
  'Dương',
  'Đào',
  'Đặng',
  'Hoa',
  'Hoà',
  'Hòa',
  'Hỏa',
  'Hõa',
  'Hóa',
  'Họa',
  'Oanh',
  'Ông',
  'Ơn',
  'Uyên',
  'Ưng',
  'Zung',
];

/** 60 people, places and procedure titles as they appear in inventories. */
const NAMES = [
  'Nguyễn Văn An',
  'Nguyễn Văn Ân',
  'Nguyễn Thị Ánh',
  'Lê Ăn',
  'Trần Bình',
  'Phạm Dương',
  'Đỗ Đào',
  'Đặng Hùng',
  'Đinh Hòa',
  'Hoàng Hoà',
  'Hồ Hỏa',
  'Hà Hõa',
  'Hứa Hóa',
  'Huỳnh Họa',
  'Oanh',
  'Ông Ích Khiêm',
  'Ơn',
  'Uyên',
  'Ưng Hoàng Phúc',
  'Zung',
  'Võ Văn Kiệt',
  'Vũ Thư',
  'Vương Đình Huệ',
  'Lý Thường Kiệt',
  'Lương Thế Vinh',
  'Bùi Thị Xuân',
  'Cao Bá Quát',
  'Chu Văn An',
  'Dương Văn Minh',
  'Giang Văn Minh',
  'Kha Vạn Cân',
  'Khúc Thừa Dụ',
  'Mạc Đĩnh Chi',
  'Ngô Quyền',
  'Nghiêm Xuân Yêm',
  'Phan Bội Châu',
  'Quách Thị Trang',
  'Tạ Quang Bửu',
  'Tôn Đức Thắng',
  'Trương Định',
  'Yết Kiêu',
  'An Giang',
  'Bà Rịa – Vũng Tàu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bạc Liêu',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Hà Giang',
  'Hà Nam',
  'Hà Nội',
  'Hà Tĩnh',
  'Thủ tục đăng ký khai sinh',
  'Thủ tục đăng ký kết hôn',
  'Thủ tục đăng ký khai tử',
  'thu tuc',
  'THỦ TỤC',
  'Cấp Giấy phép xây dựng (GPXD) 1.013225',
  'Cấp giấy phép xây dựng',
  'Ủy ban nhân dân',
  'Uỷ ban nhân dân',
  'đăng ký lại khai sinh',
  'Đăng ký giám hộ',
  '1.001193',
  '1.000894',
  '2.000986',
  'Hòa Bình',
  'Hoà Bình',
];

/** A fixed shuffle, so the test does not pass merely because the input was already sorted. */
function shuffled<T>(xs: readonly T[]): T[] {
  const out = [...xs];
  let seed = 12345;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('compareVi', () => {
  test('reproduces the measured Vietnamese order', () => {
    expect(shuffled(MEASURED).sort(compareVi)).toEqual(MEASURED);
  });

  test('puts đ right after d, and the Vietnamese letters after their base', () => {
    const sorted = shuffled([
      'Zung',
      'Đào',
      'Dương',
      'Ơn',
      'Ông',
      'Oanh',
      'Ưng',
      'Uyên',
      'Ăn',
      'Ân',
      'An',
      'Eo',
      'Êm',
    ]).sort(compareVi);
    expect(sorted).toEqual([
      'An',
      'Ăn',
      'Ân',
      'Dương',
      'Đào',
      'Eo',
      'Êm',
      'Oanh',
      'Ông',
      'Ơn',
      'Uyên',
      'Ưng',
      'Zung',
    ]);
  });

  test('treats NFC and NFD as equal', () => {
    expect(compareVi('Hòa', 'Hòa'.normalize('NFD'))).toBe(0);
  });
});

describe('sortKeyVi', () => {
  test('reproduces the measured order by plain string comparison', () => {
    expect(shuffled(MEASURED).sort(byKey)).toEqual(MEASURED);
  });

  test(`sorts ${NAMES.length} names and titles exactly like compareVi`, () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(50);
    const viaCollator = shuffled(NAMES).sort(compareVi);
    const viaKey = shuffled(NAMES).sort(byKey);
    expect(viaKey).toEqual(viaCollator);
    const d = viaKey.findIndex((n) => n.startsWith('Dương Văn'));
    expect(viaKey[d + 1]?.startsWith('Đ')).toBe(true);
  });

  test('tone is weaker than letters, case weaker than tone', () => {
    const words = ['họa', 'hoa', 'Hoa', 'HOA', 'hóa', 'hoà', 'hòa', 'Hòa', 'hoab', 'hoa b', 'hoa-'];
    expect(shuffled(words).sort(byKey)).toEqual(shuffled(words).sort(compareVi));
    expect(sortKeyVi('hoa') < sortKeyVi('Hoa')).toBe(true);
    expect(sortKeyVi('Hoa') < sortKeyVi('hoà')).toBe(true);
    expect(sortKeyVi('họa') < sortKeyVi('hoa b')).toBe(true);
  });

  test('NFC and NFD give the same key; keys use only safe BMP code units', () => {
    for (const s of [...NAMES, ...NON_ASCII_LETTERS, 'a\u20AC\u2026\u{1F600}\u4E2D']) {
      const k = sortKeyVi(s);
      expect(sortKeyVi(s.normalize('NFD'))).toBe(k);
      for (const ch of k) {
        const c = ch.charCodeAt(0);
        expect(c > 0 && c < 0xd800).toBe(true);
      }
    }
  });

  test('the empty string sorts first', () => {
    expect(sortKeyVi('') < sortKeyVi(' ')).toBe(true);
    expect(sortKeyVi('') < sortKeyVi('a')).toBe(true);
  });

  const alphabets: Record<string, string[]> = {
    'tones and case': [..."aàAÀăẠạáÁoóÓ ‘'\u00A0"],
    'shaped letters': [...'dđĐDeêÊEèềỀoôơƠÔuưŨỰiIyỴ'],
    punctuation: [
      ...'aA ,.-–—_;:!?…·\'‘’‚‹›"“”„«»()[]{}§¶@*/\\&#%‰†‡•′″`^°©®←→+±÷×<=>¬|¦~−■□▪○●★✓¢$£¥₫€0123456789\t\n\r\u3000\u2002\u2003\u2009\u00A0\u202F',
    ],
    'digraph consonants': [...'nNgGhHcCtTrRkKpPqQuU yY'],
    'all Vietnamese letters': [...'bcdghklmnpqrstvx', ...NON_ASCII_LETTERS],
    'other Latin': [...'çÇñÑüÜðÐøØłŁ cndol'],
  };
  for (const [name, alphabet] of Object.entries(alphabets)) {
    test(`property: key order equals collator order (${name})`, () => {
      const str = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 6 });
      fc.assert(
        fc.property(str, str, (a, b) => {
          expect(Math.sign(byKey(a, b))).toBe(Math.sign(compareVi(a, b)));
        }),
        { seed: 42, numRuns: 20000 },
      );
    });
  }
});
