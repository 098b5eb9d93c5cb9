import type { Run } from './cell-text';

/**
 * The XML pieces of an xlsx package the small reader (fast-reader.ts) understands: entity and _xHHHH_ escapes,
 * attributes, shared strings with their rich-text runs, and cell styles (font name, date formats). Patterns are
 * compiled once: building a RegExp per cell was a large share of the parse.
 */
/** Something the small reader does not understand: the caller falls back to exceljs. */
export class UnsupportedXlsx extends Error {}

/**
 * An entity XML does not define ("&nbsp;"), or a character reference to no character ("&#x110000;"): the XML is
 * not well-formed, so no reader can read it. The caller refuses the file naming the cell.
 */
export class BadEntity extends Error {
  constructor(readonly entity: string) {
    super(entity);
  }
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function xmlText(s: string): string {
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        if (!(cp <= 0x10ffff)) throw new BadEntity(m);
        return String.fromCodePoint(cp);
      }
      const v = ENTITY[e];
      if (v === undefined) throw new BadEntity(m);
      return v;
    })
    .replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const ATTR_RE = new Map<string, RegExp>();
export function attr(tag: string, name: string): string | undefined {
  let re = ATTR_RE.get(name);
  if (!re) ATTR_RE.set(name, (re = new RegExp(`\\s${name}="([^"]*)"`)));
  return re.exec(tag)?.[1];
}
export const P = '(?:\\w+:)?'; // optional namespace prefix (files written with x: prefixes, exceljs #962)
export const FORMULA_RE = new RegExp(`<${P}f\\b`);
export const VALUE_RE = new RegExp(`<${P}v>([\\s\\S]*?)</${P}v>`);
export const INLINE_RE = new RegExp(`<${P}is>([\\s\\S]*?)</${P}is>`);

// Global patterns are safe to share: matchAll and replace start from a fresh lastIndex.
const TEXT_RE = new RegExp(`<${P}t(?:\\s[^>]*)?>([\\s\\S]*?)</${P}t>|<${P}t(?:\\s[^>]*)?/>`, 'g');
const PHONETIC_RE = new RegExp(`<${P}rPh\\b[\\s\\S]*?</${P}rPh>`, 'g');
const RUN_RE = new RegExp(`<${P}r>([\\s\\S]*?)</${P}r>`, 'g');
const RUN_FONT_RE = new RegExp(`<${P}rFont\\s+val="([^"]*)"`);

function textOf(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(TEXT_RE)) out += m[1] ?? '';
  return xmlText(out);
}

/** One shared string: plain text, or rich-text runs each with its font name. */
export function parseString(si: string): Run[] {
  const body = si.replace(PHONETIC_RE, '');
  const runs = [...body.matchAll(RUN_RE)];
  if (!runs.length) return [{ text: textOf(body) }];
  return runs.map((r) => {
    const font = RUN_FONT_RE.exec(r[1]!)?.[1];
    return font === undefined ? { text: textOf(r[1]!) } : { text: textOf(r[1]!), font: xmlText(font) };
  });
}

const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Font names and number formats only steer how cells are read: a bad entity there is left as written. */
function lenient(s: string): string {
  try {
    return xmlText(s);
  } catch (err) {
    if (err instanceof BadEntity) return s;
    throw err;
  }
}

export interface Style {
  font?: string;
  date: boolean;
}

export function parseStyles(xml: string | null): Style[] {
  if (!xml) return [];
  const section = (name: string) =>
    new RegExp(`<${P}${name}\\b[^>]*>([\\s\\S]*?)</${P}${name}>`).exec(xml)?.[1] ?? '';
  const fonts = [
    ...section('fonts').matchAll(new RegExp(`<${P}font\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}font>)`, 'g')),
  ].map((m) => {
    const name = new RegExp(`<${P}name\\s+val="([^"]*)"`).exec(m[1] ?? '')?.[1];
    return name === undefined ? undefined : lenient(name);
  });
  const formats = new Map<number, string>();
  for (const m of section('numFmts').matchAll(new RegExp(`<${P}numFmt\\b[^>]*>`, 'g')))
    formats.set(Number(attr(m[0], 'numFmtId')), lenient(attr(m[0], 'formatCode') ?? ''));
  return [...section('cellXfs').matchAll(new RegExp(`<${P}xf\\b[^>]*>`, 'g'))].map((m) => {
    const fmt = Number(attr(m[0], 'numFmtId') ?? 0);
    const code = formats.get(fmt);
    const font = fonts[Number(attr(m[0], 'fontId') ?? 0)];
    return {
      ...(font !== undefined ? { font } : {}),
      date: code !== undefined ? isDateFormat(code) : BUILTIN_DATE_IDS.has(fmt),
    };
  });
}
