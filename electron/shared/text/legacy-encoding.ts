/**
 * TCVN3 (ABC) and VNI → Unicode for text read from old xlsx files (reliability-perf.md §3.4).
 * Input is what Excel stores for a cell typed in a legacy font: the Windows-1252 reading of the
 * bytes ("B¶o Th¾ng", "Thuû tuïc"). The cell's font is the best witness (`.VnTime` → TCVN3,
 * `.VnTimeH` → TCVN3 drawn in capitals, `VNI-Times` → VNI); without it, character statistics
 * decide, and text holding any character outside Windows-1252 (every real Unicode ă ơ ư đ ạ …)
 * is never treated as legacy. Output is NFC. Callers should preview before committing.
 * The npm package vietnamese-conversion mis-decodes VNI ("ngöôøi" → "ngươøi"); this module is table-
 * driven with longest-match-first decoding instead. Pure module: no Node, no DOM.
 */
import { TCVN3_DECODE, TCVN3_ENCODE, VNI_DECODE, VNI_ENCODE } from './legacy-encoding-tables';

export type LegacyEncoding = 'TCVN3' | 'VNI';

export interface LegacyFont {
  encoding: LegacyEncoding;
  /** TCVN3 "H" fonts (.VnTimeH, .VnArialH …) draw every lower-case code as a capital. */
  uppercase: boolean;
}

/** Font-name rules: `^\.Vn.*H$` → TCVN3 capitals, `^\.Vn` → TCVN3, `^VNI[- ]` → VNI. */
export function legacyFontOf(fontName?: string | null): LegacyFont | null {
  const name = (fontName ?? '').trim();
  if (/^\.vn/i.test(name)) return { encoding: 'TCVN3', uppercase: /H$/.test(name) };
  if (/^vni[- ]/i.test(name)) return { encoding: 'VNI', uppercase: false };
  return null;
}

/** Characters Windows-1252 can produce: 0x00–0xFF plus the 27 specials it puts in 0x80–0x9F. */
const CP1252_SPECIALS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
function isCp1252(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return cp <= 0xff || CP1252_SPECIALS.has(ch);
}
function allCp1252(text: string): boolean {
  for (const ch of text) if (!isCp1252(ch)) return false;
  return true;
}

export interface DecodeOptions {
  /** The cell's font is a TCVN3 "H" (capitals) font: decode, then upper-case everything. */
  uppercaseFont?: boolean;
}

/** TCVN3 → Unicode: one code per letter. U+00AD is the letter ư here, never a soft hyphen. */
export function decodeTcvn3(text: string, options: DecodeOptions = {}): string {
  let out = '';
  for (const ch of text) out += TCVN3_DECODE.get(ch) ?? ch;
  out = out.normalize('NFC');
  return options.uppercaseFont ? out.toUpperCase().normalize('NFC') : out;
}

/** VNI → Unicode, longest match first: "ôø" (ờ) must win over "ô" (ơ). */
export function decodeVni(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const two = VNI_DECODE.get(text.slice(i, i + 2));
    if (two !== undefined) {
      out += two;
      i += 2;
      continue;
    }
    const ch = text.charAt(i);
    out += VNI_DECODE.get(ch) ?? ch;
    i += 1;
  }
  return out.normalize('NFC');
}

export function decodeLegacy(text: string, encoding: LegacyEncoding, options: DecodeOptions = {}): string {
  return encoding === 'TCVN3' ? decodeTcvn3(text, options) : decodeVni(text);
}

export interface EncodeOptions {
  /** TCVN3 only: encode for an "H" font (input must be all capitals; codes are the lower-case ones). */
  uppercaseFont?: boolean;
  /**
   * TCVN3 only: a normal TCVN3 font has no toned capitals (Ấ, Ủ …); write their lower-case code
   * instead of throwing, which is what old files typed in .VnTime actually contain.
   */
  lowerUnrepresentable?: boolean;
}

const TCVN3_CODE_CHARS = new Set(TCVN3_DECODE.keys());
const VNI_CODE_CHARS = new Set([...VNI_DECODE.keys()].join('').replace(/[A-Za-z]/g, ''));

function encodeWith(
  text: string,
  map: ReadonlyMap<string, string>,
  codeChars: ReadonlySet<string>,
  name: string,
): string {
  let out = '';
  for (const ch of text) {
    const code = map.get(ch);
    if (code !== undefined) out += code;
    else if (codeChars.has(ch) || !isCp1252(ch)) {
      throw new RangeError(`Không mã hoá được "${ch}" sang ${name} / "${ch}" cannot be written in ${name}`);
    } else out += ch;
  }
  return out;
}

/** Unicode → TCVN3 as Excel would show it (for test fixtures and previews). Throws RangeError when lossy. */
export function encodeTcvn3(text: string, options: EncodeOptions = {}): string {
  let s = text.normalize('NFC');
  if (options.uppercaseFont) {
    if (s !== s.toUpperCase())
      throw new RangeError('Phông chữ hoa TCVN3 chỉ viết được chữ hoa / TCVN3 H fonts hold capitals only');
    s = s.toLowerCase();
  } else if (options.lowerUnrepresentable) {
    s = [...s]
      .map((ch) =>
        ch.charCodeAt(0) > 0x7f && !TCVN3_ENCODE.has(ch) && TCVN3_ENCODE.has(ch.toLowerCase())
          ? ch.toLowerCase()
          : ch,
      )
      .join('');
  }
  return encodeWith(s, TCVN3_ENCODE, TCVN3_CODE_CHARS, 'TCVN3');
}

/** Unicode → VNI as Excel would show it (for test fixtures and previews). Throws RangeError when lossy. */
export function encodeVni(text: string): string {
  return encodeWith(text.normalize('NFC'), VNI_ENCODE, VNI_CODE_CHARS, 'VNI');
}

/** Codes that only TCVN3 produces (never Vietnamese letters, never VNI); counted inside words. */
const TCVN3_ONLY = new Set('¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾×÷ÐÞß\u00AD');
/** TCVN3 codes of ă, â, đ and the toned ă: always followed by another letter in Vietnamese. */
const NEVER_FINAL = new Set('¨©®»¼½¾');
/** VNI tone/shape bytes that never follow a consonant in VNI; after one they are TCVN3 toned vowels. */
const VNI_MODIFIERS = new Set('øïûäåëü');
/** Two-character VNI codes that can also occur in real Vietnamese (hoà, hoá, loã) and so prove nothing. */
const AMBIGUOUS_VNI_PAIRS = new Set(['oà', 'oá', 'oã']);
const VNI_PAIRS = new Set(
  [...VNI_DECODE.keys()].filter((k) => k.length === 2 && !AMBIGUOUS_VNI_PAIRS.has(k.toLowerCase())),
);

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return /[A-Za-z]/.test(ch) || (ch.charCodeAt(0) >= 0xa1 && ch.charCodeAt(0) <= 0xff);
}

export interface LegacyEvidence {
  /** TCVN3-only codes inside words, and Latin-1 capitals right after a lower-case letter ("NguyÔn"). */
  tcvn3: number;
  /** VNI modifier bytes right after a consonant: TCVN3 toned vowels there, weaker evidence ("chøng"). */
  tcvn3Weak: number;
  /** VNI two-character letter codes ("uû", "aâ", "ôø"…) and the pair "öô" (ươ). */
  vni: number;
}

/** Raw statistics used by `detectLegacyEncoding`; shown in import previews. */
export function legacyEvidence(text: string): LegacyEvidence {
  let tcvn3 = 0;
  let tcvn3Weak = 0;
  let vni = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const prev = i > 0 ? text.charAt(i - 1) : undefined;
    const next = i + 1 < text.length ? text.charAt(i + 1) : undefined;
    // Some codes are also ordinary symbols: «Hòa Bình», ABC®, Microsoft®. As TCVN3 letters, ă â đ
    // (¨ © ® and the ă tones) never end a syllable, and ô («) touches a lower-case letter.
    const lowerNext = next !== undefined && /[a-z\u00A1-\u00FF]/.test(next);
    const lowerPrev = prev !== undefined && /[a-z\u00A1-\u00FF]/.test(prev);
    const symbolLike = (NEVER_FINAL.has(ch) && !lowerNext) || (ch === '\u00AB' && !lowerNext && !lowerPrev);
    if (TCVN3_ONLY.has(ch) && !symbolLike && (isWordChar(prev) || isWordChar(next))) tcvn3++;
    else if (/[\u00C0-\u00DE]/.test(ch) && prev !== undefined && /[a-z]/.test(prev)) tcvn3++;
    if (VNI_MODIFIERS.has(ch) && prev !== undefined && /[b-df-hj-np-tv-z]/i.test(prev)) tcvn3Weak++;
    if (prev !== undefined && (VNI_PAIRS.has(prev + ch) || (prev + ch).toLowerCase() === 'öô')) vni++;
  }
  return { tcvn3, tcvn3Weak, vni };
}

/**
 * Which legacy encoding a cell is in, or null for Unicode / plain text.
 * Never returns an encoding for text containing characters outside Windows-1252, so genuine
 * Unicode Vietnamese is never converted. A legacy font name wins over statistics.
 */
export function detectLegacyEncoding(text: string, fontName?: string | null): LegacyEncoding | null {
  if (!allCp1252(text)) return null;
  const font = legacyFontOf(fontName);
  if (font) return font.encoding;
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return null;
  const { tcvn3, tcvn3Weak, vni } = legacyEvidence(text);
  const t = tcvn3 + tcvn3Weak;
  // A lone VNI modifier after a consonant is also how foreign names look ("Müller"): ask for more.
  if (t > vni) return tcvn3 >= 1 || tcvn3Weak >= 2 ? 'TCVN3' : null;
  if (vni > t) return 'VNI';
  return null;
}

export interface LegacyConversion {
  text: string;
  /** The encoding that was decoded, or null when the text was left as it was. */
  encoding: LegacyEncoding | null;
}

/** Detect (font first) and decode one cell; Unicode and plain text come back unchanged. */
export function convertLegacyText(text: string, fontName?: string | null): LegacyConversion {
  const encoding = detectLegacyEncoding(text, fontName);
  if (encoding === null) return { text, encoding: null };
  const uppercaseFont = legacyFontOf(fontName)?.uppercase ?? false;
  return { text: decodeLegacy(text, encoding, { uppercaseFont }), encoding };
}
