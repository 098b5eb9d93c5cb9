/**
 * Text helpers for the DVCQG flattened record format (dichvucong.gov.vn page text as crawled).
 * Pure functions: no Node, no DOM.
 */

/** The portal's placeholder for an empty cell. */
export const NO_INFO = 'Không có thông tin';

/** A problem found while parsing one record; parsing never throws, it reports. */
export interface ParseWarning {
  field: string;
  message: string;
}

/** NFC, unify line breaks and odd spaces, trim each line's right side and the whole text. */
export function cleanText(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/[ ]+\n/g, '\n')
    .trim();
}

/** Collapse all whitespace to single spaces (for names, titles, codes). */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** A field whose whole value is the portal placeholder (or dashes) is empty. */
export function emptyIfNoInfo(value: string): string {
  const v = value.trim();
  if (v === NO_INFO || /^[-–.\s]*$/.test(v)) return '';
  return v;
}

/** Cut to `max` characters on a word boundary, marking the cut with "…". */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Like truncate, but records a warning when something was cut. */
export function fit(value: string, max: number, field: string, warnings: ParseWarning[]): string {
  if (value.length <= max) return value;
  warnings.push({ field, message: `Cắt bớt văn bản dài ${value.length} ký tự còn ${max}` });
  return truncate(value, max);
}

/** The first sentence or clause of a text, for short titles. */
export function firstSentence(text: string, max = 160): string {
  // A leading list number ("1. ", "a) ", "(ii) ") is not the sentence.
  const flat = oneLine(text).replace(/^(?:\d+(?:\.\d+)*\.|[a-zđ]\)|\(?[ivx]{1,4}\))\s+/iu, '');
  const m = /^(.+?)(?:[.;:](?=\s|$)|\n|$)/.exec(flat);
  const head = (m?.[1] ?? flat).trim();
  return truncate(head, max);
}

/** Parse "1,500" / "1.500" / "150,000" (thousand separators) into an integer; null if not a number. */
export function parseGroupedInteger(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(t)) return Number(t.replace(/[.,]/g, ''));
  if (/^\d+$/.test(t)) return Number(t);
  return null;
}

/** Strip one pair of wrapping parentheses, if the whole text is wrapped. */
export function unwrapParens(text: string): string {
  const t = text.trim();
  if (t.startsWith('(') && t.endsWith(')')) return t.slice(1, -1).trim();
  return t;
}
