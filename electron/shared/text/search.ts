/**
 * The one search rule of the inventory: the grid, `inventory.search`, `inventory.list`, the CLI's `list --search`,
 * grid exports and campaigns picked by a search all use it.
 * - The query is folded like the stored text (accent-free, đ = d, case-insensitive; `searchTokens`).
 * - Words: a word is a run of letters and digits of the folded text (a–z, 0–9); anything else separates words,
 *   so "(ban" and "sinh," hold the words "ban" and "sinh". A typed word may hold punctuation ("1.0011").
 * - In the grid's columns (code, name, lĩnh vực, agencies) every typed word must be a whole word, except the last
 *   one, which is being typed: alone, it may be the start of any word ("1.0011" finds 1.001193, "kha" finds
 *   "khai"); after other words, it may be the start of the word right after the one typed before it ("khai tu"
 *   finds "khai tử" but not the "tục" of "Thủ tục").
 * - In the text the grid does not show (subjects, competent agency, steps, dossier components) the words must
 *   follow one another as typed, as a phrase (the last may be cut short): long step texts hold most short words
 *   somewhere, so scattered words there would find nearly everything.
 * - Matches are ranked in tiers (MatchTier), each in Vietnamese order of the name (codes in code order).
 * The renderer ranks the rows it holds by the grid's own columns at each keystroke (`columnTier`); the backend
 * applies the same functions to the same columns, and finds the rows only the hidden text matches (`hasPhrase`
 * on the stored search text, `placeOf` for the hint), so the two never disagree.
 * Pure module: no Node, no DOM.
 */
import { compareVi } from './collate';
import { fold, foldWithMap, isWordUnit, searchTokens, type HighlightRange } from './fold';

/** A parsed query: the folded words as typed (order kept, repeats dropped). */
export interface SearchQuery {
  words: readonly string[];
}

export function parseSearch(query: string): SearchQuery {
  return { words: searchTokens(query) };
}

/** Ranks, best first (lower is better). `columnTier` gives CODE to COLUMNS; the backend adds TEXT rows. */
export const MatchTier = {
  /** The query is (the start of) the code. */
  CODE: 0,
  /** The name starts with the words as a phrase (a leading "Thủ tục" aside). */
  NAME_START: 1,
  /** The name holds the words as a phrase. */
  NAME_PHRASE: 2,
  /** The name holds every word, apart. */
  NAME_WORDS: 3,
  /** Lĩnh vực or the agencies hold some of the words. */
  COLUMNS: 4,
  /** Only text the grid does not show (steps, dossier components, subjects, competent agency) holds it. */
  TEXT: 5,
} as const;
export type MatchTier = (typeof MatchTier)[keyof typeof MatchTier];

/** Best first: by tier, then codes in code order and names in Vietnamese order (then code). */
export function compareMatches(
  a: { tier: number; code: string; name: string },
  b: { tier: number; code: string; name: string },
): number {
  if (a.tier !== b.tier) return a.tier - b.tier;
  const byCode = a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  return a.tier === MatchTier.CODE ? byCode : compareVi(a.name, b.name) || byCode;
}

/** Where a TEXT match was found, for the grid's hint ("trong bước 2"). Steps count from 1, in step order. */
export type MatchPlace =
  | { part: 'step'; step: number }
  | { part: 'document'; name: string }
  /** A note among the dossier components ("Lưu ý: …"), not a component. */
  | { part: 'note' }
  | { part: 'subjects' }
  | { part: 'authority' };

const startsWord = (s: string, at: number) => at === 0 || !isWordUnit(s.charCodeAt(at - 1));
const endsWord = (s: string, end: number) => end >= s.length || !isWordUnit(s.charCodeAt(end));

/** The first position ≥ `from` where `word` starts a word of the folded text, or -1. */
export function wordStartIndex(folded: string, word: string, from = 0): number {
  let at = folded.indexOf(word, from);
  while (at >= 0 && !startsWord(folded, at)) at = folded.indexOf(word, at + 1);
  return at;
}

/** The first position ≥ `from` where `word` is a whole word of the folded text, or -1. */
export function wholeWordIndex(folded: string, word: string, from = 0): number {
  let at = wordStartIndex(folded, word, from);
  while (at >= 0 && !endsWord(folded, at + word.length)) at = wordStartIndex(folded, word, at + 1);
  return at;
}

/**
 * Does `word` start right after the text's word ending at `end`, with nothing but separators between? (It may
 * start at any of those separators' ends: a word that begins with punctuation still continues the phrase.)
 */
function continuesAt(folded: string, end: number, word: string): boolean {
  for (let at = end + 1; at <= folded.length; at++) {
    if (folded.startsWith(word, at)) return true;
    if (isWordUnit(folded.charCodeAt(at - 1)) || at === folded.length) return false;
  }
  return false;
}

/** Is `last` the start of the word right after a whole-word `previous`? */
function continuesPhrase(folded: string, previous: string, last: string): boolean {
  for (let at = wholeWordIndex(folded, previous); at >= 0; at = wholeWordIndex(folded, previous, at + 1))
    if (continuesAt(folded, at + previous.length, last)) return true;
  return false;
}

/** Do the folded columns match the query by the rule above? An empty query matches everything. */
export function matchesQuery(folded: string, q: SearchQuery): boolean {
  const { words } = q;
  const n = words.length;
  if (n === 0) return true;
  if (n === 1) return wordStartIndex(folded, words[0]!) >= 0;
  for (let i = 0; i < n - 1; i++) if (wholeWordIndex(folded, words[i]!) < 0) return false;
  const last = words[n - 1]!;
  return wholeWordIndex(folded, last) >= 0 || continuesPhrase(folded, words[n - 2]!, last);
}

/** Do the words follow one another from `at` (whole words; the last may be the start of a word)? */
function phraseAt(folded: string, words: readonly string[], at: number): boolean {
  if (!startsWord(folded, at)) return false;
  let pos = at;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!folded.startsWith(w, pos)) return false;
    if (k === words.length - 1) return true;
    if (!endsWord(folded, pos + w.length)) return false;
    let next = pos + w.length;
    while (next < folded.length && !isWordUnit(folded.charCodeAt(next))) next++;
    pos = next;
  }
  return true;
}

/** Do the words occur as a phrase anywhere in the folded text? (The rule for the text the grid does not show.) */
export function hasPhrase(folded: string, q: SearchQuery): boolean {
  const first = q.words[0];
  if (first === undefined) return true;
  for (let at = wordStartIndex(folded, first); at >= 0; at = wordStartIndex(folded, first, at + 1))
    if (phraseAt(folded, q.words, at)) return true;
  return false;
}

/** Names on the national portal often begin "Thủ tục …"; officers type what follows, so it is skipped. */
const NAME_LEAD = 'thu tuc ';

/** Where the words occur as a phrase in a folded name: at its start, inside it, or not at all. */
export function phraseInName(name: string, q: SearchQuery): 'start' | 'inside' | null {
  const { words } = q;
  const first = words[0];
  if (first === undefined) return null;
  if (phraseAt(name, words, 0)) return 'start';
  if (name.startsWith(NAME_LEAD) && phraseAt(name, words, NAME_LEAD.length)) return 'start';
  for (let at = wordStartIndex(name, first, 1); at >= 0; at = wordStartIndex(name, first, at + 1))
    if (phraseAt(name, words, at)) return 'inside';
  return null;
}

/** The folded columns the grid shows, kept per row; `all` joins them in the stored search text's order. */
export interface FoldedColumns {
  code: string;
  name: string;
  all: string;
}

export function foldColumns(row: {
  code: string;
  name: string;
  field: string;
  executingAgencies: string;
}): FoldedColumns {
  const code = fold(row.code);
  const name = fold(row.name);
  return { code, name, all: `${code} ${name} ${fold(row.field)} ${fold(row.executingAgencies)}` };
}

/** The tier of a row found by the grid's own columns (code, name, lĩnh vực, agencies), or null. */
export function columnTier(cols: FoldedColumns, q: SearchQuery): MatchTier | null {
  if (!matchesQuery(cols.all, q)) return null;
  if (matchesQuery(cols.code, q)) return MatchTier.CODE;
  if (!matchesQuery(cols.name, q)) return MatchTier.COLUMNS;
  const phrase = phraseInName(cols.name, q);
  return phrase === 'start'
    ? MatchTier.NAME_START
    : phrase === 'inside'
      ? MatchTier.NAME_PHRASE
      : MatchTier.NAME_WORDS;
}

/** The parts of a procedure outside the grid's columns, in the order a hint names them (read lazily). */
export interface HiddenParts {
  authority: string;
  subjects: string;
  /** Each step's title, text and actor, in step order. */
  steps: Iterable<string>;
  /** Each dossier component: its name (shown in the hint), its searched text (name and form), whether a note. */
  documents: Iterable<{ name: string; text: string; note: boolean }>;
}

function* partsInOrder(parts: HiddenParts): Generator<{ place: MatchPlace; text: string }> {
  yield { place: { part: 'authority' }, text: parts.authority };
  yield { place: { part: 'subjects' }, text: parts.subjects };
  let n = 0;
  for (const s of parts.steps) yield { place: { part: 'step', step: ++n }, text: s };
  for (const d of parts.documents)
    yield { place: d.note ? { part: 'note' } : { part: 'document', name: d.name }, text: d.text };
}

/** The first hidden part holding the query as a phrase (the hint of a TEXT match), or null. */
export function placeOf(parts: HiddenParts, q: SearchQuery): MatchPlace | null {
  for (const { place, text } of partsInOrder(parts)) if (text && hasPhrase(fold(text), q)) return place;
  return null;
}

/** Where each word matches by the columns' rule, as [start, end) offsets of the folded text. */
function matchedSpans(folded: string, q: SearchQuery): [number, number][] {
  const { words } = q;
  const spans: [number, number][] = [];
  const each = (word: string, find: (from: number) => number) => {
    for (let at = find(0); at >= 0; at = find(at + 1)) spans.push([at, at + word.length]);
  };
  if (words.length === 1) {
    each(words[0]!, (from) => wordStartIndex(folded, words[0]!, from));
    return spans;
  }
  for (const w of words) each(w, (from) => wholeWordIndex(folded, w, from));
  const previous = words[words.length - 2]!;
  const last = words[words.length - 1]!;
  for (let at = wholeWordIndex(folded, previous); at >= 0; at = wholeWordIndex(folded, previous, at + 1)) {
    for (let next = at + previous.length + 1; next <= folded.length; next++) {
      if (folded.startsWith(last, next)) spans.push([next, next + last.length]);
      if (next === folded.length || isWordUnit(folded.charCodeAt(next - 1))) break;
    }
  }
  return spans;
}

/**
 * Where the query's words match in `text` by the rule of the grid's columns (so "khai tu" marks "khai tử" but not
 * the "tục" of "Thủ tục"), as sorted, merged [start, end) ranges of the ORIGINAL string (whatever its
 * normalisation), ready for <mark> rendering. Folding changes lengths (NFD expansion, stripped marks, collapsed
 * spaces), so matches are found in a folded copy and mapped back through a per-character offset table.
 */
export function highlightRanges(text: string, query: string | SearchQuery): HighlightRange[] {
  const q = typeof query === 'string' ? parseSearch(query) : query;
  if (q.words.length === 0 || text === '') return [];
  const { folded, starts, ends } = foldWithMap(text);
  const found: HighlightRange[] = [];
  for (const [from, to] of matchedSpans(folded, q)) {
    const start = starts[from];
    const end = ends[to - 1];
    if (start !== undefined && end !== undefined) found.push({ start, end });
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: HighlightRange[] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}
