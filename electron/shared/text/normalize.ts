/**
 * Boundary clean-up for every piece of user or imported text (reliability-perf.md §3.3).
 * Everything stored is NFC; zero-width space and BOM are invisible noise from web and Word copies.
 * U+00AD (soft hyphen) is deliberately kept: in TCVN3 text it is the letter "ư", so it must survive
 * until legacy decoding (legacy-encoding.ts) has had its chance.
 * Pure module: no Node, no DOM.
 */

/** U+200B zero-width space and U+FEFF zero-width no-break space / BOM. */
const ZERO_WIDTH_RE = /[\u200B\uFEFF]/g;
const NEWLINE_RE = /\r\n?/g;

/** NFC, drop U+200B/U+FEFF, CRLF/CR → LF, trim. Inner whitespace is left as typed. */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(ZERO_WIDTH_RE, '').replace(NEWLINE_RE, '\n').trim();
}

/**
 * `cleanText`, then trim every line and drop empty lines at the start and end.
 * Blank lines inside the text are kept: they separate paragraphs in steps and notes.
 */
export function cleanMultiline(s: string): string {
  const lines = cleanText(s)
    .split('\n')
    .map((line) => line.trim());
  let end = lines.length;
  while (end > 0 && lines[end - 1] === '') end--;
  let start = 0;
  while (start < end && lines[start] === '') start++;
  return lines.slice(start, end).join('\n');
}
