/**
 * Vietnamese alphabetical order (reliability-perf.md §3.2).
 * - `compareVi`: one cached `Intl.Collator('vi')` for sorting in JS (grids, lists, exports).
 * - `sortKeyVi`: a plain string whose code-point order equals that collator's order, so a
 *   `sort_key` column makes SQL `ORDER BY` (BINARY) and keyset paging come out in Vietnamese order;
 *   better-sqlite3 cannot register an ICU collation.
 * The key mimics ICU's three levels: letters (a ă â b c d đ e ê … o ô ơ … u ư … z), then tone
 * (none < huyền < hỏi < ngã < sắc < nặng), then case (lower < upper). Parity with the collator
 * is tested for Vietnamese/ASCII letters, digits, whitespace and the punctuation in
 * PUNCTUATION_GROUPS; other scripts and symbols sort after z by code point (an approximation).
 * Keys are static (no ICU at key time), so stored keys do not drift with the ICU version.
 * Pure module: no Node, no DOM.
 */

const collator = new Intl.Collator('vi');

/** Vietnamese comparison (tertiary strength, the collator's default), cached. */
export const compareVi: (a: string, b: string) => number = collator.compare;

/**
 * Non-letter characters in ICU 'vi' primary order (measured with Node 20 / ICU 78).
 * Characters in one string share a primary weight and differ only at lower levels (PUNCTUATION_LEVELS).
 */
// prettier-ignore
const PUNCTUATION_GROUPS: readonly string[] = [
  '\u0009', '\u000A', '\u000D', ' \u3000\u2002\u2003\u2009\u00A0\u202F', '_', '-', '\u2013', '\u2014', ',',
  ';', ':', '!', '?', '.', '\u2026', '\u00B7', '\u0027\u2018\u2019\u201A', '\u2039', '\u203A',
  '"\u201C\u201D\u201E', '\u00AB', '\u00BB', '(', ')', '[', ']', '{', '}', '\u00A7', '\u00B6', '@', '*', '/',
  '\u005C', '&', '#', '%', '\u2030', '\u2020', '\u2021', '\u2022', '\u2032', '\u2033', '`', '^', '\u00B0',
  '\u00A9', '\u00AE', '\u2190', '\u2192', '+', '\u00B1', '\u00F7', '\u00D7', '<', '=', '>', '\u00AC', '|',
  '\u00A6', '~', '\u2212', '\u25A0', '\u25A1', '\u25AA', '\u25CB', '\u25CF', '\u2605', '\u2713', '\u00A2',
  '$', '\u00A3', '\u00A5', '\u20AB', '\u20AC',
];
/** Group members that differ from the group's first character at the second or third level: [second, third]. */
const PUNCTUATION_LEVELS: Readonly<Record<string, readonly [number, number]>> = {
  '\u3000': [0, 1],
  '\u2002': [0, 2],
  '\u2003': [0, 2],
  '\u2009': [0, 2],
  '\u00A0': [0, 3],
  '\u202F': [0, 3],
  '\u2018': [1, 0],
  '\u2019': [2, 0],
  '\u201A': [3, 0],
  '\u201C': [1, 0],
  '\u201D': [2, 0],
  '\u201E': [3, 0],
};
const DIGITS = '0123456789';
/** The Vietnamese alphabet plus f j w z, in collation order. */
const LETTERS = [...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'];

/** Tone marks as secondary weights, in the measured order: huyền, hỏi, ngã, sắc, nặng. */
const TONES: Readonly<Record<string, number>> = {
  '\u0300': 1,
  '\u0309': 2,
  '\u0303': 3,
  '\u0301': 4,
  '\u0323': 5,
};
/** Marks that make a different letter (ă â ê ô ơ ư) rather than a tone. */
const SHAPES: Readonly<Record<string, string>> = {
  'a\u0306': 'ă',
  'a\u0302': 'â',
  'e\u0302': 'ê',
  'o\u0302': 'ô',
  'o\u031B': 'ơ',
  'u\u031B': 'ư',
};
/** Compatibility characters ICU expands into several primaries (a tertiary variant of the expansion). */
const EXPANSIONS: Readonly<Record<string, string>> = { '\u2026': '...', '\u2033': '\u2032\u2032' };
/** Letters without a decomposition that ICU sorts with a base letter. */
const BASE_ALIASES: Readonly<Record<string, string>> = { ð: 'd', ø: 'o', ł: 'l' };

/** Every weight is a single UTF-16 unit in [0x21, 0xD800): code-unit, code-point and UTF-8 byte order agree. */
const W0 = 0x21;
/** Separates the levels; lower than every weight, so a shorter primary string sorts first. */
const LEVEL_SEPARATOR = '\u0001';

const primaryWeight = new Map<string, number>();
let nextWeight = W0;
for (const group of PUNCTUATION_GROUPS) {
  for (const ch of group) primaryWeight.set(ch, nextWeight);
  nextWeight++;
}
for (const ch of [...DIGITS, ...LETTERS]) primaryWeight.set(ch, nextWeight++);
/** Introduces an unknown character, written as two more units holding its code point. */
const UNKNOWN_MARKER = nextWeight;

function unknownPrimary(cp: number): string {
  return String.fromCharCode(UNKNOWN_MARKER, W0 + (cp >> 11), W0 + (cp & 0x7ff));
}

function otherMarkWeight(mark: string): number {
  return 6 + ((mark.codePointAt(0) ?? 0) & 0x3ff);
}

/**
 * A key such that `sortKeyVi(a) < sortKeyVi(b)` (plain code-point / SQLite BINARY order)
 * exactly when `compareVi(a, b) < 0`, for the characters documented above.
 */
export function sortKeyVi(s: string): string {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  const chars = [...s.normalize('NFD')];
  let i = 0;
  while (i < chars.length) {
    const base = chars[i] ?? '';
    i++;
    const marks: string[] = [];
    while (i < chars.length && /\p{M}/u.test(chars[i] ?? '')) marks.push(chars[i++] ?? '');
    if (/\p{M}/u.test(base) || base === '\u00AD' || base === '\u200B' || base === '\uFEFF') continue;

    const expansion = EXPANSIONS[base];
    if (expansion !== undefined) {
      for (const unit of expansion) {
        primary += String.fromCharCode(primaryWeight.get(unit) ?? UNKNOWN_MARKER);
        secondary += String.fromCharCode(W0);
        tertiary += String.fromCharCode(W0 + 1);
      }
      continue;
    }
    const lower = base.toLowerCase();
    let letter = BASE_ALIASES[lower] ?? lower;
    let second = 0;
    for (const mark of marks) {
      const shaped = SHAPES[letter + mark];
      if (shaped !== undefined) {
        letter = shaped;
      } else if (second === 0) {
        second = TONES[mark] ?? otherMarkWeight(mark);
      }
    }
    if (BASE_ALIASES[lower] !== undefined && second === 0) second = otherMarkWeight('\u0335');

    const weight = primaryWeight.get(letter) ?? primaryWeight.get(base);
    primary += weight !== undefined ? String.fromCharCode(weight) : unknownPrimary(base.codePointAt(0) ?? 0);
    const levels = PUNCTUATION_LEVELS[base];
    if (levels) second = levels[0];
    const third = levels ? levels[1] : base !== lower ? 1 : 0;
    secondary += String.fromCharCode(W0 + second);
    tertiary += String.fromCharCode(W0 + third);
  }
  return primary + LEVEL_SEPARATOR + secondary + LEVEL_SEPARATOR + tertiary;
}
