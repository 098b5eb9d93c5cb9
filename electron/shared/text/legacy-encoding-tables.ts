/**
 * Code tables for the two pre-Unicode Vietnamese encodings still found in old xlsx files
 * (reliability-perf.md §3.4). Codes are written as Excel hands them to us: the Windows-1252
 * reading of the font's bytes (for 0xA0–0xFF that is Latin-1, so byte 0xB6 is "¶").
 * TCVN3 (ABC, TCVN 5712:1993 VN3): one byte per letter, lower case only for toned letters
 * (checked against glibc iconv TCVN5712-1, whose 0xA1–0xFE lower-case positions VN3 shares).
 * VNI (VNI-Win): base letter + tone/shape byte, plus single bytes for ơ ư đ and the toned i/ỵ
 * (checked against the xvnkb VNI table). Pure data, no logic beyond building lookup maps.
 */

/** The 12 Vietnamese vowel letters without tone. */
export const VOWEL_BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
type VowelBase = (typeof VOWEL_BASES)[number];

/** Tone marks in table order: none, huyền, hỏi, ngã, sắc, nặng. */
export const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

/** TCVN3 code (cp1252 view) of each lower-case vowel, by tone in TONE_MARKS order. */
const TCVN3_VOWELS: Readonly<Record<VowelBase, readonly string[]>> = {
  a: ['a', '\u00B5', '\u00B6', '\u00B7', '\u00B8', '\u00B9'], // a µ ¶ · ¸ ¹
  ă: ['\u00A8', '\u00BB', '\u00BC', '\u00BD', '\u00BE', '\u00C6'], // ¨ » ¼ ½ ¾ Æ
  â: ['\u00A9', '\u00C7', '\u00C8', '\u00C9', '\u00CA', '\u00CB'], // © Ç È É Ê Ë
  e: ['e', '\u00CC', '\u00CE', '\u00CF', '\u00D0', '\u00D1'], // e Ì Î Ï Ð Ñ
  ê: ['\u00AA', '\u00D2', '\u00D3', '\u00D4', '\u00D5', '\u00D6'], // ª Ò Ó Ô Õ Ö
  i: ['i', '\u00D7', '\u00D8', '\u00DC', '\u00DD', '\u00DE'], // i × Ø Ü Ý Þ
  o: ['o', '\u00DF', '\u00E1', '\u00E2', '\u00E3', '\u00E4'], // o ß á â ã ä
  ô: ['\u00AB', '\u00E5', '\u00E6', '\u00E7', '\u00E8', '\u00E9'], // « å æ ç è é
  ơ: ['\u00AC', '\u00EA', '\u00EB', '\u00EC', '\u00ED', '\u00EE'], // ¬ ê ë ì í î
  u: ['u', '\u00EF', '\u00F1', '\u00F2', '\u00F3', '\u00F4'], // u ï ñ ò ó ô
  ư: ['\u00AD', '\u00F5', '\u00F6', '\u00F7', '\u00F8', '\u00F9'], // soft hyphen õ ö ÷ ø ù
  y: ['y', '\u00FA', '\u00FB', '\u00FC', '\u00FD', '\u00FE'], // y ú û ü ý þ
};

/** TCVN3 codes outside the vowel grid: đ and the seven untoned capitals the normal fonts do have. */
const TCVN3_OTHERS: Readonly<Record<string, string>> = {
  đ: '\u00AE', // ®
  Ă: '\u00A1',
  Â: '\u00A2',
  Ê: '\u00A3',
  Ô: '\u00A4',
  Ơ: '\u00A5',
  Ư: '\u00A6',
  Đ: '\u00A7', // ¡ ¢ £ ¤ ¥ ¦ §
};

/** VNI code of each lower-case vowel, by tone in TONE_MARKS order. Capitals are the same codes upper-cased. */
const VNI_VOWELS: Readonly<Record<VowelBase, readonly string[]>> = {
  a: ['a', 'aø', 'aû', 'aõ', 'aù', 'aï'],
  ă: ['aê', 'aè', 'aú', 'aü', 'aé', 'aë'],
  â: ['aâ', 'aà', 'aå', 'aã', 'aá', 'aä'],
  e: ['e', 'eø', 'eû', 'eõ', 'eù', 'eï'],
  ê: ['eâ', 'eà', 'eå', 'eã', 'eá', 'eä'],
  i: ['i', 'ì', 'æ', 'ó', 'í', 'ò'],
  o: ['o', 'oø', 'oû', 'oõ', 'où', 'oï'],
  ô: ['oâ', 'oà', 'oå', 'oã', 'oá', 'oä'],
  ơ: ['ô', 'ôø', 'ôû', 'ôõ', 'ôù', 'ôï'],
  u: ['u', 'uø', 'uû', 'uõ', 'uù', 'uï'],
  ư: ['ö', 'öø', 'öû', 'öõ', 'öù', 'öï'],
  y: ['y', 'yø', 'yû', 'yõ', 'yù', 'î'],
};
const VNI_D = 'ñ';

function letter(base: string, tone: string): string {
  return (base + tone).normalize('NFC');
}

/** The 134 non-ASCII Vietnamese letters: 66 toned or shaped vowels + đ, lower and upper case. */
export const VIETNAMESE_LETTERS: readonly string[] = (() => {
  const lower: string[] = [];
  for (const base of VOWEL_BASES) {
    TONE_MARKS.forEach((tone) => {
      const l = letter(base, tone);
      if (l.charCodeAt(0) > 0x7f) lower.push(l);
    });
  }
  lower.push('đ');
  return [...lower, ...lower.map((l) => l.toUpperCase())];
})();

/** Unicode letter → TCVN3 code, for everything a normal (non-"H") TCVN3 font can show. */
export const TCVN3_ENCODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const base of VOWEL_BASES) {
    TCVN3_VOWELS[base].forEach((code, t) => m.set(letter(base, TONE_MARKS[t] ?? ''), code));
  }
  for (const [l, code] of Object.entries(TCVN3_OTHERS)) m.set(l, code);
  return m;
})();

/** Unicode letter → VNI code, both cases. */
export const VNI_ENCODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const base of VOWEL_BASES) {
    VNI_VOWELS[base].forEach((code, t) => {
      const l = letter(base, TONE_MARKS[t] ?? '');
      m.set(l, code);
      m.set(l.toUpperCase(), code.toUpperCase());
    });
  }
  m.set('đ', VNI_D);
  m.set('Đ', VNI_D.toUpperCase());
  return m;
})();

/** Inverse maps; ASCII identities (a → a) are left out, so every key is a real legacy code. */
function invert(m: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const inv = new Map<string, string>();
  for (const [uni, code] of m) if (code !== uni) inv.set(code, uni);
  return inv;
}
export const TCVN3_DECODE = invert(TCVN3_ENCODE);
export const VNI_DECODE = invert(VNI_ENCODE);
