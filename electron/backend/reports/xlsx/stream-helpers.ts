/** Small helpers of the streaming xlsx writer: column letters and how much written data is still in flight. */
import type { Worksheet } from 'exceljs';
import { isWhitespace } from '../../../shared/text/whitespace';

export function colLetter(index0: number): string {
  let n = index0 + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The parts of exceljs's StreamBuf (lib/utils/stream-buf.js) used to measure what is still in flight. */
interface StreamBufInternals {
  /** archiver's PassThrough (readable-stream 2: no writableLength getter, hence the states). */
  pipes?: { _writableState?: { length?: number }; _readableState?: { length?: number } }[];
  buffers?: unknown[];
}

export const MAX_IN_FLIGHT = 8 * 1024 * 1024;

/**
 * Bytes written to a sheet but not yet compressed and on disk. exceljs pipes the sheet's StreamBuf into the
 * zip without waiting for the destination, so a fast producer piles everything up in memory (measured:
 * 350 MiB of Buffers for the 10k-procedure Phần II) unless it waits for this to go down.
 */
export function inFlight(ws: Worksheet): number {
  const stream = (ws as unknown as { stream?: StreamBufInternals }).stream;
  if (!stream) return 0;
  const piped = (stream.pipes ?? []).reduce(
    (n, p) => n + (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0),
    0,
  );
  return piped + (stream.buffers?.length ?? 0) * 65536;
}

const LINE_PT = 15.75; // one line of Times New Roman 12
const MAX_ROW_PT = 409; // Excel's limit

/** linesFor with the column's characters per line. */
function countLines(text: string, perLine: number, limit: number): number {
  const end = text.length;
  let lines = 0;
  let i = 0;
  for (;;) {
    // One paragraph: text[i .. its '\n' or the end).
    let used = 0;
    let count = 1;
    for (;;) {
      const start = i;
      while (i < end && !isWhitespace(text.charCodeAt(i)) && text.charCodeAt(i) !== 10) i++;
      const w = i - start;
      if (used === 0) used = w;
      else if (used + 1 + w <= perLine) used += 1 + w;
      else {
        count++;
        used = w;
      }
      while (used > perLine) {
        count++;
        used -= perLine;
      }
      if (lines + count >= limit) return lines + count;
      if (i >= end || text.charCodeAt(i) === 10) break;
      // A run of whitespace within the paragraph, then the next word (empty when the run ends it).
      while (i < end && text.charCodeAt(i) !== 10 && isWhitespace(text.charCodeAt(i))) i++;
    }
    lines += count;
    if (i >= end) break;
    i++; // past the '\n': the next paragraph (empty when the text ends with it)
  }
  return lines;
}

/**
 * Lines a text needs in a column `width` characters wide, wrapping at words. Neither Excel nor LibreOffice
 * re-measures rows of a file on open, so the writer sets each row's height itself (an estimate: Times New
 * Roman 12 fits about one character per width unit).
 * Paragraphs are the text's '\n'-separated parts and words the parts of a paragraph between runs of
 * whitespace (as `split('\n')` then `split(/\s+/)` would give them, empty words included), counted in one
 * pass over the characters: this runs for every cell of a 10k-row report. Counting stops at `limit` (the
 * result is then at least `limit`), for callers that only need to know whether a text reaches it.
 */
export function linesFor(text: string, width: number, limit = Infinity): number {
  const perLine = Math.max(1, Math.floor(width * 1.0) - 1);
  return Math.max(1, countLines(text, perLine, limit));
}

/** Lines from which a row is as tall as Excel allows: counting further cannot change its height. */
const LINES_AT_MAX = Math.ceil((MAX_ROW_PT - 3) / LINE_PT);

/** Row height in points for cells given as (text, width of the cell or merged range). */
export function rowHeight(cells: readonly { text: string; width: number; bold?: boolean }[]): number {
  let lines = 1;
  for (const c of cells) {
    lines = Math.max(lines, linesFor(c.text, c.bold ? c.width * 0.92 : c.width, LINES_AT_MAX));
    if (lines >= LINES_AT_MAX) break;
  }
  return Math.min(MAX_ROW_PT, Math.ceil(lines * LINE_PT + 3));
}
