import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fold, matchesAll, searchTokens } from '../../../electron/shared/text/fold';
import { highlightRanges } from '../../../electron/shared/text/search';
import { LOWER_VOWELS, NON_ASCII_LETTERS } from './vietnamese-alphabet';

describe('fold', () => {
  test('every Vietnamese vowel with every tone folds to its ASCII base, both cases', () => {
    expect(LOWER_VOWELS).toHaveLength(72);
    for (const { letter, ascii } of LOWER_VOWELS) {
      expect(fold(letter), letter).toBe(ascii);
      expect(fold(letter.toUpperCase()), letter.toUpperCase()).toBe(ascii);
      expect(fold(letter.normalize('NFD')), `NFD ${letter}`).toBe(ascii);
    }
  });

  test('đ and Đ fold to d (they have no Unicode decomposition)', () => {
    expect(fold('đ')).toBe('d');
    expect(fold('Đ')).toBe('d');
    expect(fold('ĐĂNG KÝ')).toBe('dang ky');
    expect(fold('Đổi giấy phép lái xe')).toBe('doi giay phep lai xe');
  });

  test('folds all 134 non-ASCII letters to one ASCII letter each', () => {
    for (const l of NON_ASCII_LETTERS) expect(fold(l), l).toMatch(/^[a-z]$/);
  });

  test('NFC and NFD input give the same key', () => {
    const s = 'Thủ tục đăng ký khai sinh – Ủy ban nhân dân phường Hòa Bình';
    expect(fold(s.normalize('NFD'))).toBe(fold(s.normalize('NFC')));
    expect(fold(s)).toBe('thu tuc dang ky khai sinh – uy ban nhan dan phuong hoa binh');
  });

  test('old and new tone placement fold alike', () => {
    expect(fold('Uỷ ban')).toBe(fold('Ủy ban'));
    expect(fold('hoà')).toBe(fold('hòa'));
    expect(fold('thuý')).toBe(fold('thúy'));
  });

  test('zero-width characters, soft hyphen and BOM disappear', () => {
    expect(fold('đăng\u200Bký')).toBe('dangky');
    expect(fold('\uFEFFkhai\u00ADsinh\u200D')).toBe('khaisinh');
  });

  test('collapses whitespace runs (tabs, newlines, NBSP) and trims', () => {
    expect(fold('  Thủ\t tục\n\u00A0hành   chính ')).toBe('thu tuc hanh chinh');
  });

  test('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...NON_ASCII_LETTERS, 'a', 'B', ' ', '\t', '.', '1') }),
        (s) => {
          expect(fold(fold(s))).toBe(fold(s));
        },
      ),
      { seed: 20261126, numRuns: 300 },
    );
  });
});

/** The definition of fold, spelled out: the one-pass table path must give exactly this for any input. */
const referenceFold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .toLowerCase()
    .replace(/[\u0111\u00F0]/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();

describe('fold matches its definition (the one-pass table and the general path)', () => {
  test('every UTF-16 code unit on its own and between letters and spaces', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `A${ch}b`, ` ${ch}\t${ch}Đ `])
        expect(fold(s), `U+${c.toString(16)} in ${JSON.stringify(s)}`).toBe(referenceFold(s));
    }
  });

  test('property: mixed Vietnamese, NFD marks, whitespace, invisible and other-script text', () => {
    const units = [
      ...NON_ASCII_LETTERS,
      ...NON_ASCII_LETTERS.map((l) => l.normalize('NFD')),
      'a',
      'Z',
      '1',
      ' ',
      '\t',
      '\n',
      '\u00A0',
      '\u2003',
      '\u3000',
      '\u200B',
      '\u00AD',
      '\uFEFF',
      '–',
      '“',
      '\u0301',
      'Σ',
      'σ',
      'İ',
      'ß',
      'Ǆ',
      'ﬁ',
      '𝐀',
      '\uD800',
      '漢',
    ];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...units), maxLength: 80 }), (s) => {
        expect(fold(s)).toBe(referenceFold(s));
      }),
      { seed: 20261126, numRuns: 3000 },
    );
  });

  test('long texts (past the reusable buffer) fold whole', () => {
    const long = 'Thủ tục ĐĂNG KÝ khai sinh – Ủy ban  nhân dân\n'.repeat(500);
    expect(fold(long)).toBe(referenceFold(long));
    expect(fold(long).length).toBeGreaterThan(20_000);
  });
});

describe('searchTokens and matchesAll', () => {
  test('tokens are folded, unique, and lose edge punctuation only', () => {
    expect(searchTokens('  Đăng  ký, khai-sinh đăng "1.0011" ')).toEqual([
      'dang',
      'ky',
      'khai-sinh',
      '1.0011',
    ]);
    expect(searchTokens(' , - ')).toEqual([]);
  });

  test('unaccented query finds accented text', () => {
    const hay = fold('Thủ tục Đăng ký khai sinh');
    expect(matchesAll(hay, 'dang ky khai sinh')).toBe(true);
    expect(matchesAll(hay, 'ĐĂNG KÝ')).toBe(true);
    expect(matchesAll(hay, 'khai sinh đăng')).toBe(true);
    expect(matchesAll(hay, 'ket hon')).toBe(false);
    // Substring semantics: "tu" is inside "tuc".
    expect(matchesAll(hay, 'khai tu')).toBe(true);
  });

  test('every token must match, as a substring', () => {
    const hay = fold('1.001193 Thủ tục đăng ký khai sinh');
    expect(matchesAll(hay, '1.0011')).toBe(true);
    expect(matchesAll(hay, 'sinh 1.001')).toBe(true);
    expect(matchesAll(hay, 'sinh 1.002')).toBe(false);
  });

  test('matches "Uỷ ban" and "Ủy ban" both ways, and NFD text', () => {
    expect(matchesAll(fold('Uỷ ban nhân dân'), 'Ủy ban')).toBe(true);
    expect(matchesAll(fold('Ủy ban nhân dân'), 'uỷ ban')).toBe(true);
    expect(matchesAll(fold('Quyền sử dụng đất'.normalize('NFD')), 'dat')).toBe(true);
  });

  test('an empty query matches everything; precomputed tokens work', () => {
    expect(matchesAll('', '')).toBe(true);
    expect(matchesAll(fold('Cấp giấy phép xây dựng'), [])).toBe(true);
    expect(matchesAll(fold('Cấp giấy phép xây dựng'), searchTokens('giay xay'))).toBe(true);
  });
});

describe('highlightRanges', () => {
  const slices = (text: string, q: string) => highlightRanges(text, q).map((r) => text.slice(r.start, r.end));

  test('maps folded matches back to the NFC text', () => {
    expect(slices('Thủ tục Đăng ký khai sinh', 'dang ky')).toEqual(['Đăng', 'ký']);
    expect(highlightRanges('Thủ tục Đăng ký khai sinh', 'dang ky')).toEqual([
      { start: 8, end: 12 },
      { start: 13, end: 15 },
    ]);
  });

  test('maps back correctly through NFD text, where letters are longer', () => {
    const nfd = 'Thủ tục Đăng ký khai sinh'.normalize('NFD');
    const got = slices(nfd, 'dang ky');
    expect(got.map((s) => s.normalize('NFC'))).toEqual(['Đăng', 'ký']);
    // The range ends after the combining marks of the last letter.
    expect(got[1]).toBe('ký'.normalize('NFD'));
  });

  test('survives zero-width characters and collapsed whitespace before the match', () => {
    const text = '\u200BỦy\u00A0\u00A0 ban   nhân dân';
    expect(slices(text, 'nhan dan')).toEqual(['nhân', 'dân']);
    expect(slices('khai\u200Bsinh', 'khaisinh')).toEqual(['khai\u200Bsinh']);
  });

  test('finds every occurrence and merges overlaps', () => {
    expect(slices('Đăng ký, đăng ký lại', 'đăng')).toEqual(['Đăng', 'đăng']);
    expect(highlightRanges('khai sinh', 'khai kha')).toEqual([{ start: 0, end: 4 }]);
    expect(highlightRanges('1.001193', '1.0011')).toEqual([{ start: 0, end: 6 }]);
  });

  test('marks only where a word starts, as the search matches', () => {
    expect(slices('Thủ tục đăng ký khai tử', 'khai tu')).toEqual(['khai', 'tử']);
    expect(slices('Thủ tục đăng ký khai tử', 'tu')).toEqual(['tụ', 'tử']);
    expect(slices('Mẫu CT01', 'ct')).toEqual(['CT']);
    expect(slices('Hộ tịch', 'ich')).toEqual([]);
    expect(highlightRanges('1.001193', '1193')).toEqual([]);
  });

  test('no tokens or no match gives no ranges', () => {
    expect(highlightRanges('Hòa Bình', '')).toEqual([]);
    expect(highlightRanges('Hòa Bình', 'xyz')).toEqual([]);
    expect(highlightRanges('', 'a')).toEqual([]);
  });

  test('property: every range folds to text containing a token, in NFC and NFD', () => {
    const word = fc.string({
      unit: fc.constantFrom(...NON_ASCII_LETTERS, 'n', 'g', 'h', 'T'),
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.boolean(),
        (words, pick, nfd) => {
          const text = nfd ? words.join('  ').normalize('NFD') : words.join(' ');
          const target = words[pick % words.length] ?? '';
          const token = fold(target);
          const ranges = highlightRanges(text, token);
          expect(ranges.length).toBeGreaterThan(0);
          for (const r of ranges) {
            expect(r.start).toBeGreaterThanOrEqual(0);
            expect(r.end).toBeLessThanOrEqual(text.length);
            expect(fold(text.slice(r.start, r.end))).toContain(token);
          }
        },
      ),
      { seed: 7, numRuns: 400 },
    );
  });
});

describe('highlightRanges, table-driven', () => {
  // The per-character algorithm it replaced (NFD and regular expressions for every character), kept here as the
  // reference: the table must give the very same ranges.
  const foldChar = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
      .toLowerCase()
      .replace(/[\u0111\u00F0]/g, 'd');
  function referenceRanges(text: string, tokens: string[]) {
    let folded = '';
    const starts: number[] = [];
    const ends: number[] = [];
    let i = 0;
    let spaceStart = -1;
    let lastFirst = -1;
    for (const ch of text) {
      const len = ch.length;
      if (/\s/u.test(ch)) {
        if (spaceStart < 0) spaceStart = i;
        i += len;
        continue;
      }
      const f = foldChar(ch);
      if (f === '') {
        if (lastFirst >= 0 && spaceStart < 0 && ends[ends.length - 1] === i && /\p{M}/u.test(ch))
          for (let k = lastFirst; k < ends.length; k++) ends[k] = i + len;
        i += len;
        continue;
      }
      if (spaceStart >= 0) {
        if (folded !== '') {
          folded += ' ';
          starts.push(spaceStart);
          ends.push(i);
        }
        spaceStart = -1;
      }
      lastFirst = folded.length;
      for (let k = 0; k < f.length; k++) {
        starts.push(i);
        ends.push(i + len);
      }
      folded += f;
      i += len;
    }
    const found: { start: number; end: number }[] = [];
    for (const token of tokens)
      for (let pos = folded.indexOf(token); pos >= 0;) {
        // Only where the token starts a word (the search rule): not after a-z or 0-9.
        const atWordStart = pos === 0 || !/[0-9a-z]/.test(folded[pos - 1]!);
        if (atWordStart) found.push({ start: starts[pos]!, end: ends[pos + token.length - 1]! });
        pos = folded.indexOf(token, atWordStart ? pos + token.length : pos + 1);
      }
    found.sort((a, b) => a.start - b.start || a.end - b.end);
    const merged: { start: number; end: number }[] = [];
    for (const r of found) {
      const last = merged[merged.length - 1];
      if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
      else merged.push({ ...r });
    }
    return merged;
  }

  test('property: the same ranges as folding character by character, whatever the text', () => {
    const unit = fc.constantFrom(
      ...NON_ASCII_LETTERS,
      'a',
      'n',
      'h',
      'D',
      ' ',
      '\t',
      '\n',
      '\u00A0',
      '\u2003',
      '\u200B',
      '\u00AD',
      '\uFEFF',
      '\u0301',
      '\u0323',
      '\u0309',
      'ß',
      'İ',
      'Ω',
      '中',
      '😀',
      '–',
      '"',
      '.',
      '1',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.boolean(), fc.nat(), (raw, nfd, pick) => {
        const text = nfd ? raw.normalize('NFD') : raw;
        const words = fold(raw).split(' ').filter(Boolean);
        const query = words.length ? words[pick % words.length]!.slice(0, 3) : 'a';
        expect(highlightRanges(text, query)).toEqual(referenceRanges(text, searchTokens(query)));
      }),
      { seed: 20261126, numRuns: 2000 },
    );
  });
});
