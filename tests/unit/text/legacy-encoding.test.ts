import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  convertLegacyText,
  decodeLegacy,
  decodeTcvn3,
  decodeVni,
  encodeTcvn3,
  encodeVni,
  legacyFontOf,
} from '../../../electron/shared/text/legacy-encoding';
import { cleanText } from '../../../electron/shared/text/normalize';
import { DOMAIN_WORDS, KNOWN_TCVN3, KNOWN_VNI } from './fixtures/legacy-samples';
import { NON_ASCII_LETTERS } from './vietnamese-alphabet';
const LOWER = NON_ASCII_LETTERS.slice(0, 67);
const UPPER = NON_ASCII_LETTERS.slice(67);
/** Capitals a normal (non-"H") TCVN3 font has. */
const TCVN3_PLAIN_CAPITALS = new Set(['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']);

/** TCVN3 as a file typed in .VnTime would hold it: toned capitals written with their lower-case codes. */
const TONED_CAPITALS = new Set(UPPER.filter((c) => !TCVN3_PLAIN_CAPITALS.has(c)));
const tcvn3Expected = (s: string) =>
  [...s].map((c) => (TONED_CAPITALS.has(c) ? c.toLowerCase() : c)).join('');

describe('font rules', () => {
  test.each([
    ['.VnTime', { encoding: 'TCVN3', uppercase: false }],
    ['.VnTimeH', { encoding: 'TCVN3', uppercase: true }],
    ['.VnArial NarrowH', { encoding: 'TCVN3', uppercase: true }],
    ['.VnArial', { encoding: 'TCVN3', uppercase: false }],
    [' .vntime ', { encoding: 'TCVN3', uppercase: false }],
    ['VNI-Times', { encoding: 'VNI', uppercase: false }],
    ['VNI Helve', { encoding: 'VNI', uppercase: false }],
    ['Times New Roman', null],
    ['Arial', null],
    ['VNITimes', null],
    ['', null],
  ] as const)('%j', (font, expected) => {
    expect(legacyFontOf(font)).toEqual(expected);
  });

  test('missing font gives null', () => {
    expect(legacyFontOf(undefined)).toBeNull();
    expect(legacyFontOf(null)).toBeNull();
  });
});

describe('known legacy text decodes', () => {
  test.each(KNOWN_TCVN3)('TCVN3 %j', (legacy, unicode) => {
    expect(decodeTcvn3(legacy)).toBe(unicode);
  });
  test.each(KNOWN_VNI)('VNI %j', (legacy, unicode) => {
    expect(decodeVni(legacy)).toBe(unicode);
  });

  test('the encoders produce the same hand-written forms', () => {
    for (const [legacy, unicode] of KNOWN_TCVN3) expect(encodeTcvn3(unicode)).toBe(legacy);
    for (const [legacy, unicode] of KNOWN_VNI) expect(encodeVni(unicode)).toBe(legacy);
  });

  test('output is NFC and ASCII passes through untouched', () => {
    for (const [legacy] of KNOWN_VNI) expect(decodeVni(legacy).normalize('NFC')).toBe(decodeVni(legacy));
    for (const [legacy] of KNOWN_TCVN3)
      expect(decodeTcvn3(legacy).normalize('NFC')).toBe(decodeTcvn3(legacy));
    const ascii = 'Ma so 1.001193 - ABC xyz (2026)';
    expect(decodeTcvn3(ascii)).toBe(ascii);
    expect(decodeVni(ascii)).toBe(ascii);
    expect(decodeLegacy('B¶o', 'TCVN3')).toBe('Bảo');
    expect(decodeLegacy('Baûo', 'VNI')).toBe('Bảo');
  });
});

describe('round trips: every letter and every ordered letter pair', () => {
  test('134 letters', () => {
    expect(NON_ASCII_LETTERS).toHaveLength(134);
    expect(new Set(NON_ASCII_LETTERS).size).toBe(134);
  });

  test('every letter through VNI', () => {
    for (const l of NON_ASCII_LETTERS) expect(decodeVni(encodeVni(l)), l).toBe(l);
  });

  test('every lower-case letter and plain capital through a normal TCVN3 font, every capital through an H font', () => {
    for (const l of LOWER) expect(decodeTcvn3(encodeTcvn3(l)), l).toBe(l);
    for (const l of TCVN3_PLAIN_CAPITALS) expect(decodeTcvn3(encodeTcvn3(l)), l).toBe(l);
    for (const l of UPPER) {
      expect(decodeTcvn3(encodeTcvn3(l, { uppercaseFont: true }), { uppercaseFont: true }), l).toBe(l);
    }
  });

  test('a normal TCVN3 font cannot hold toned capitals: strict encoding throws, lenient writes lower case', () => {
    expect(() => encodeTcvn3('Ủy ban')).toThrow(RangeError);
    expect(decodeTcvn3(encodeTcvn3('Ủy ban', { lowerUnrepresentable: true }))).toBe('ủy ban');
    expect(() => encodeTcvn3('Thủ tục', { uppercaseFont: true })).toThrow(RangeError);
  });

  test('all 17,956 ordered pairs through VNI', () => {
    let failures = 0;
    let checked = 0;
    for (const a of NON_ASCII_LETTERS) {
      for (const b of NON_ASCII_LETTERS) {
        checked++;
        if (decodeVni(encodeVni(a + b)) !== a + b) failures++;
      }
    }
    expect(checked).toBe(17956);
    expect(failures).toBe(0);
  });

  test('all 17,956 ordered pairs through TCVN3 (H font for capitals, lower-case codes when mixed)', () => {
    let failures = 0;
    let checked = 0;
    for (const a of NON_ASCII_LETTERS) {
      for (const b of NON_ASCII_LETTERS) {
        checked++;
        const pair = a + b;
        let got: string;
        let want = pair;
        if (pair === pair.toUpperCase()) {
          got = decodeTcvn3(encodeTcvn3(pair, { uppercaseFont: true }), { uppercaseFont: true });
        } else {
          want = tcvn3Expected(pair);
          got = decodeTcvn3(encodeTcvn3(pair, { lowerUnrepresentable: true }));
        }
        if (got !== want) failures++;
      }
    }
    expect(checked).toBe(17956);
    expect(failures).toBe(0);
  });

  test('every letter next to every ASCII letter through VNI (no false longest match)', () => {
    const ascii = [...'abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY'];
    for (const l of NON_ASCII_LETTERS) {
      for (const c of ascii) {
        expect(decodeVni(encodeVni(c + l + c))).toBe(c + l + c);
      }
    }
  });

  test('property: random Vietnamese text round-trips through VNI', () => {
    const unit = fc.constantFrom(
      ...NON_ASCII_LETTERS,
      ...'abcdeghiklmnopqrstuvxy AEOUY0123456789.,;:()-/"\n',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        expect(decodeVni(encodeVni(s))).toBe(s);
      }),
      { seed: 3, numRuns: 3000 },
    );
  });
});

describe('domain words', () => {
  test(`${DOMAIN_WORDS.length} words decode correctly from both encodings`, () => {
    expect(DOMAIN_WORDS.length).toBeGreaterThanOrEqual(60);
    for (const w of DOMAIN_WORDS) {
      expect(decodeVni(encodeVni(w)), w).toBe(w);
      expect(decodeTcvn3(encodeTcvn3(w, { lowerUnrepresentable: true })), w).toBe(tcvn3Expected(w));
      expect(
        decodeTcvn3(encodeTcvn3(w.toUpperCase(), { uppercaseFont: true }), { uppercaseFont: true }),
      ).toBe(w.toUpperCase());
    }
  });

  test('TCVN3 "ư" is U+00AD: it survives cleanText, and losing it corrupts the word', () => {
    const legacy = encodeTcvn3('Mường Khương');
    expect(legacy).toContain('\u00AD');
    expect(decodeTcvn3(cleanText(legacy))).toBe('Mường Khương');
    expect(decodeTcvn3(legacy.replace(/\u00AD/g, ''))).toBe('Mờng Khơng');
  });

  test('upper case comes from the .VnTimeH font', () => {
    const cell = 'TH\u00F1 T\u00F4C';
    expect(decodeTcvn3(cell)).toBe('THủ TụC');
    expect(convertLegacyText(cell, '.VnTimeH')).toEqual({ text: 'THỦ TỤC', encoding: 'TCVN3' });
    expect(convertLegacyText('thñ tôc ®¨ng ký khai sinh', '.VnArialH').text).toBe(
      'THỦ TỤC ĐĂNG KÝ KHAI SINH',
    );
    expect(convertLegacyText('Thñ tôc', '.VnTime').text).toBe('Thủ tục');
  });
});
