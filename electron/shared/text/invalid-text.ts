/**
 * Text that must never be stored: control characters other than tab and newline (NUL, the other C0 codes, DEL,
 * C1), lone UTF-16 surrogates (half of a pair: they become invalid UTF-8 in SQLite), and bytes that were not
 * valid UTF-8 in an imported file. The importer's XML decoder replaces those bytes with INVALID_BYTES (U+FFFF, a
 * noncharacter XML forbids, so it cannot come from a well-formed file) instead of U+FFFD, so a cell can tell
 * "the file's bytes were broken here" from a real U+FFFD. Pure module: no Node, no DOM.
 */

/** The zod message of a refusal for such text (the dispatcher renders it in the user's language). */
export const INVALID_CHARACTERS = 'invalid-characters';

/** Stands for bytes of an imported file that were not valid UTF-8 (see above). */
export const INVALID_BYTES = '\uFFFF';

/** Everything that needs a closer look: any control but tab/newline/CR, any surrogate, the marker. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFF]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROLS_RE = new RegExp(CONTROL_RE.source, 'g');
/** A lone surrogate: paired ones are one code point under the u flag. */
const LONE_SURROGATE_RE = /\p{Cs}/u;
const BROKEN_RE = /\p{Cs}|\uFFFF/gu;

export type TextFault = 'invalidBytes' | 'loneSurrogate' | 'control';

/** The worst fault of a text (broken bytes, then a lone surrogate, then control characters), or null. */
export function textFault(s: string): TextFault | null {
  if (!SUSPECT_RE.test(s)) return null; // the usual case, one scan
  if (s.includes(INVALID_BYTES)) return 'invalidBytes';
  if (LONE_SURROGATE_RE.test(s)) return 'loneSurrogate';
  return CONTROL_RE.test(s) ? 'control' : null; // only paired surrogates (emoji…): fine
}

/** True for text that may be stored: textFault finds nothing (the schemas' refinement; quick-check.ts knows it). */
export function isStorableText(s: string): boolean {
  return textFault(s) === null;
}

/** The text without its control characters (tab, newline and CR kept), and how many were removed. */
export function withoutControls(s: string): { text: string; removed: number } {
  let removed = 0;
  const text = s.replace(CONTROLS_RE, () => (removed++, ''));
  return { text, removed };
}

/** The text without control characters and without broken characters (for headings, which are not refused). */
export function withoutBrokenText(s: string): string {
  return withoutControls(s).text.replace(BROKEN_RE, '').trim();
}

/**
 * A value quoted in a message: one line, controls dropped, broken characters shown as "�", and cut with "…"
 * after `max` characters (a 40,000-character cell must not make a 40,000-character message).
 */
export function snippet(s: string, max = 80): string {
  const one = withoutControls(s.replace(/\s+/g, ' ')).text.replace(BROKEN_RE, '\uFFFD').trim();
  return one.length > max ? one.slice(0, max - 1).trimEnd() + '…' : one;
}

/** A name read from a file (a sheet's): controls dropped, broken characters shown as "�", at most `max` long. */
export function cleanName(s: string, max = 100): string {
  const one = withoutControls(s).text.replace(BROKEN_RE, '\uFFFD');
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}
