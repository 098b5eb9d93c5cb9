/**
 * How wide text is in Times New Roman, so the writer can choose row heights itself: neither Excel nor
 * LibreOffice re-measures the rows of a file on open, so a row the writer makes too short prints clipped.
 * Advance widths are Times New Roman's (the metric-compatible Liberation Serif's tables, in thousandths of an
 * em; the wider of upright and italic, of bold and bold italic). Vietnamese letters take their base letter's
 * width, plus the horn of ơ/ư. Wrapping follows the spreadsheet's rule: at whitespace, a word longer than the
 * line broken anywhere; measured a little wide (SAFETY) so the real renderer never needs a line more.
 */
import { isWhitespace } from '../../../shared/text/whitespace';

// prettier-ignore
const ASCII_NORMAL = [250,333,420,500,500,833,778,214,333,333,500,675,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,675,675,675,500,921,722,667,667,722,611,611,722,722,333,444,722,611,889,722,722,611,722,667,556,611,722,722,944,722,722,611,389,278,389,469,500,333,500,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,389,389,278,500,500,722,500,500,444,480,275,480,541];
// prettier-ignore
const ASCII_BOLD = [250,389,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,667,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,570];

/** Punctuation and signs outside ASCII that reports print (quotes, dashes, ellipsis, arrows, ×, ÷, ≤, ≥). */
const EXTRA: Record<string, [number, number]> = {
  đ: [500, 556],
  Đ: [722, 722],
  '“': [556, 500],
  '”': [556, 500],
  '‘': [333, 333],
  '’': [333, 333],
  '–': [500, 500],
  '—': [1000, 1000],
  '…': [1000, 1000],
  '•': [350, 350],
  '→': [1000, 1000],
  '×': [675, 570],
  '÷': [549, 549],
  '≤': [549, 549],
  '≥': [549, 549],
  '°': [400, 400],
  '\u00a0': [250, 250],
};
/** Anything else (CJK, emoji, symbols from a fallback font): a full em, never narrower than reality. */
const UNKNOWN = 1000;
const HORN = /\u031b/;
const TABLE_END = 0x2200;

function buildTable(bold: boolean): Uint16Array {
  const ascii = bold ? ASCII_BOLD : ASCII_NORMAL;
  const table = new Uint16Array(TABLE_END).fill(UNKNOWN);
  for (let c = 32; c < 127; c++) table[c] = ascii[c - 32]!;
  // Accented Latin letters (Latin-1, Latin Extended, the Vietnamese block): their base letter's width.
  for (const [from, to] of [
    [0xc0, 0x250],
    [0x1e00, 0x1f00],
  ] as const)
    for (let c = from; c < to; c++) {
      const nfd = String.fromCharCode(c).normalize('NFD');
      const base = nfd.charCodeAt(0);
      if (nfd.length > 1 && base >= 32 && base < 127)
        table[c] = ascii[base - 32]! + (HORN.test(nfd) ? 56 : 0);
    }
  for (const [ch, [normal, b]] of Object.entries(EXTRA)) table[ch.charCodeAt(0)] = bold ? b : normal;
  return table;
}

const NORMAL = buildTable(false);
const BOLD = buildTable(true);

/** Measured this much wider than the tables say: Excel rounds glyph widths to whole pixels at 96 dpi. */
const SAFETY = 1.04;

export interface FontStyle {
  size: number;
  bold?: boolean;
}

function advance(table: Uint16Array, code: number): number {
  return code < TABLE_END ? table[code]! : UNKNOWN;
}

/** Width of one line of text in points (no wrapping). */
export function textWidthPt(text: string, font: FontStyle): number {
  const table = font.bold ? BOLD : NORMAL;
  let w = 0;
  for (let i = 0; i < text.length; i++) w += advance(table, text.charCodeAt(i));
  return (w * font.size * SAFETY) / 1000;
}

/**
 * Line height of wrapped text, in points. Calc draws lines 1.11 em apart; Excel 1.16–1.19 em (the font's
 * ascent, descent and gap rounded up to whole pixels at 96 dpi). 1.21 em with the width measured 4 % wide keeps
 * Excel's rows whole, at the price of some white space under long cells in Calc.
 */
export function lineHeightPt(size: number): number {
  return size * 1.21;
}

/**
 * Where the lines of `text` end when wrapped into `widthPt`: calls `line(start, end)` for each line (indices
 * into `text`, end exclusive, whitespace at the break left out) and returns the count. Stops counting at
 * `limit` (the result is then ≥ limit). One pass over the characters: this runs for every cell of a 10k-row
 * report.
 */
export function wrapLines(
  text: string,
  widthPt: number,
  font: FontStyle,
  line?: (start: number, end: number) => void,
  limit = Infinity,
): number {
  const table = font.bold ? BOLD : NORMAL;
  const max = Math.max(1, (widthPt * 1000) / (font.size * SAFETY));
  const space = table[32]!;
  const end = text.length;
  let count = 0;
  let i = 0;
  for (;;) {
    // One paragraph: text[i .. its '\n' or the end).
    let lineStart = i;
    let lineEnd = i;
    let used = 0;
    let empty = true;
    for (;;) {
      while (i < end && text.charCodeAt(i) !== 10 && isWhitespace(text.charCodeAt(i))) i++;
      if (i >= end || text.charCodeAt(i) === 10) break;
      const wordStart = i;
      let w = 0;
      while (i < end && text.charCodeAt(i) !== 10 && !isWhitespace(text.charCodeAt(i)))
        w += advance(table, text.charCodeAt(i++));
      if (!empty && used + space + w <= max) {
        used += space + w;
        lineEnd = i;
        continue;
      }
      if (!empty) {
        count++;
        line?.(lineStart, lineEnd);
        if (count >= limit) return count;
      }
      // The word starts a line; a word wider than the line is broken between characters.
      lineStart = wordStart;
      used = 0;
      for (let k = wordStart; k < i; k++) {
        const a = advance(table, text.charCodeAt(k));
        if (used > 0 && used + a > max) {
          count++;
          line?.(lineStart, k);
          if (count >= limit) return count;
          lineStart = k;
          used = 0;
        }
        used += a;
      }
      lineEnd = i;
      empty = false;
    }
    count++;
    line?.(lineStart, empty ? lineStart : lineEnd);
    if (count >= limit || i >= end) return count;
    i++; // past the '\n'
  }
}

/** The lines themselves (for splitting a tall cell over several rows). */
export function wrappedLines(text: string, widthPt: number, font: FontStyle): string[] {
  const lines: string[] = [];
  wrapLines(text, widthPt, font, (s, e) => lines.push(text.slice(s, e)));
  return lines;
}
