/**
 * Accent-insensitive search ("tìm không dấu", reliability-perf.md §3.1).
 * `fold` is the key stored in `search_text` columns and applied to every query, so
 * "dang ky khai sinh" finds "Đăng ký khai sinh", "uy ban" finds both "Uỷ ban" and "Ủy ban",
 * and NFD-pasted text matches NFC text. đ/Đ have no Unicode decomposition, so they are mapped
 * by hand (SQLite's remove_diacritics never folds them). Pure module: no Node, no DOM.
 */

const MARKS_RE = /\p{M}/gu;
/** Invisible characters that must never split a word for search: soft hyphen, zero-width (non-)joiners, word joiner, BOM. */
const INVISIBLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** After lower-casing: đ (U+0111) and ð (eth, sometimes typed for Đ by old keyboards). */
const D_STROKE_RE = /[\u0111\u00F0]/g;
const SPACE_RUN_RE = /\s+/g;
const EDGE_PUNCT_RE = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** Folding without whitespace handling; the same steps as `fold`, so offsets can be mapped per character. */
function foldCore(s: string): string {
  return s
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .replace(INVISIBLE_RE, '')
    .toLowerCase()
    .replace(D_STROKE_RE, 'd');
}

/**
 * Per-character fold of the Latin, Vietnamese and general-punctuation blocks, precomputed with `foldCore` itself:
 * a code unit, SKIP (marks, invisible characters), SPACE (whitespace) or SLOW (anything else: surrogates, other
 * scripts, combining marks, characters that fold to several units). Only the first 0x2070 code units are listed.
 * Folding is per character in these blocks (NFD decomposes each character on its own and every mark is dropped,
 * so canonical reordering cannot matter; none of them lower-cases by context like Greek final sigma).
 */
const SKIP = -1;
const SPACE = -2;
const SLOW = -3;
const FAST_LIMIT = 0x2070;
const FOLD_TABLE = ((): Int32Array => {
  const table = new Int32Array(FAST_LIMIT).fill(SLOW);
  const blocks: [number, number][] = [
    [0x0000, 0x0250], // Basic Latin … Latin Extended-B
    [0x1e00, 0x1f00], // Latin Extended Additional (the precomposed Vietnamese letters)
    [0x2000, 0x2070], // General Punctuation (dashes, quotes, spaces, zero-width characters)
  ];
  for (const [from, to] of blocks) {
    for (let c = from; c < to; c++) {
      const folded = foldCore(String.fromCharCode(c));
      if (folded === '') table[c] = SKIP;
      else if (folded.length === 1) table[c] = /\s/.test(folded) ? SPACE : folded.charCodeAt(0);
    }
  }
  return table;
})();

let foldBuffer = new Uint16Array(1024);

/**
 * `fold` in one pass over the string through FOLD_TABLE, without NFD and four regular-expression passes: the
 * search text of a 10,000-procedure import is folded ~10× faster. Returns null (use the general path) as soon as
 * a character is outside the table.
 */
function foldFast(s: string): string | null {
  if (foldBuffer.length < s.length) foldBuffer = new Uint16Array(s.length * 2);
  const out = foldBuffer;
  let n = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const m = c < FAST_LIMIT ? FOLD_TABLE[c]! : SLOW;
    if (m >= 0) {
      if (space && n > 0) out[n++] = 0x20;
      space = false;
      out[n++] = m;
    } else if (m === SPACE) space = true;
    else if (m === SLOW) return null;
  }
  // fromCharCode in slices, not TextDecoder: in Chromium a TextDecoder call in the search keystroke path cost
  // one keystroke in forty 60 ms more (bench ui figure); slices keep apply's argument count small.
  let text = '';
  for (let from = 0; from < n; from += 8192)
    text += String.fromCharCode.apply(
      null,
      out.subarray(from, Math.min(n, from + 8192)) as unknown as number[],
    );
  return text;
}

/**
 * Accent- and case-insensitive with whitespace collapsed, but punctuation kept (a minus sign, a slash, a bracket
 * still count): for reading what a cell or a time says ("-4 giờ", "Biểu mẫu/Kết quả"), not for search keys.
 */
export const foldText = (s: string): string => foldCore(s).replace(SPACE_RUN_RE, ' ').trim();

/** NFD → strip combining marks → đ/Đ → d → lower case; whitespace runs become one space; trimmed. */
export function fold(s: string): string {
  return foldFast(s) ?? foldCore(s).replace(SPACE_RUN_RE, ' ').trim();
}

/**
 * The folded, de-duplicated words of a query. Punctuation at the edges of a word is dropped
 * ("sinh," → "sinh") but kept inside ("1.0011"), so procedure codes stay searchable.
 */
export function searchTokens(query: string): string[] {
  const out: string[] = [];
  for (const raw of fold(query).split(' ')) {
    const token = raw.replace(EDGE_PUNCT_RE, '');
    if (token !== '' && !out.includes(token)) out.push(token);
  }
  return out;
}

/**
 * True when every token of the query is a substring of the already folded haystack
 * (pass `fold(text)`, or the stored search_text). An empty query matches everything.
 * Pass pre-computed `searchTokens(query)` when filtering many rows with one query.
 */
export function matchesAll(foldedHaystack: string, query: string | readonly string[]): boolean {
  const tokens = typeof query === 'string' ? searchTokens(query) : query;
  return tokens.every((t) => foldedHaystack.includes(t));
}

/**
 * a–z or 0–9: in folded text a word is a run of these, anything else separates words (the search rule,
 * search.ts). The backend's SQL uses the same class, [0-9a-z].
 */
export const isWordUnit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);

/** A half-open range [start, end) of UTF-16 offsets in the original text. */
export interface HighlightRange {
  start: number;
  end: number;
}

export interface FoldMap {
  folded: string;
  /** For each UTF-16 unit of `folded`: where its source character starts / ends in the original. */
  starts: number[];
  ends: number[];
}

/**
 * Fold character by character, remembering which original characters produced each folded unit. Characters in
 * FOLD_TABLE's blocks take the table (one unit, nothing, or a space); the others fold through `foldCore`, as
 * `fold` does. The table's blocks hold no combining marks, so only the slow path widens a letter for its marks.
 * Search highlighting (search.ts highlightRanges) runs this on every visible cell of the text columns at every
 * keystroke.
 */
export function foldWithMap(text: string): FoldMap {
  const units: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  let spaceStart = -1;
  let lastSourceFirstUnit = -1;
  const emit = (folded: string, from: number, to: number) => {
    if (spaceStart >= 0) {
      if (units.length) {
        units.push(0x20);
        starts.push(spaceStart);
        ends.push(from);
      }
      spaceStart = -1;
    }
    lastSourceFirstUnit = units.length;
    for (let k = 0; k < folded.length; k++) {
      units.push(folded.charCodeAt(k));
      starts.push(from);
      ends.push(to);
    }
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const m = c < FAST_LIMIT ? FOLD_TABLE[c]! : SLOW;
    if (m === SPACE) {
      if (spaceStart < 0) spaceStart = i;
      i++;
      continue;
    }
    if (m === SKIP) {
      i++; // an invisible character (no mark is in the table's blocks)
      continue;
    }
    if (m >= 0) {
      emit(String.fromCharCode(m), i, i + 1);
      i++;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const len = ch.length;
    if (/\s/u.test(ch)) {
      if (spaceStart < 0) spaceStart = i;
      i += len;
      continue;
    }
    const slowText = foldCore(ch);
    if (slowText === '') {
      // A combining mark belongs to the letter before it (NFD input): widen that letter's range.
      if (lastSourceFirstUnit >= 0 && spaceStart < 0 && ends[ends.length - 1] === i && /\p{M}/u.test(ch)) {
        for (let k = lastSourceFirstUnit; k < ends.length; k++) ends[k] = i + len;
      }
      i += len;
      continue;
    }
    emit(slowText, i, i + len);
    i += len;
  }
  let folded = '';
  for (let from = 0; from < units.length; from += 8192)
    folded += String.fromCharCode.apply(null, units.slice(from, from + 8192));
  return { folded, starts, ends };
}
