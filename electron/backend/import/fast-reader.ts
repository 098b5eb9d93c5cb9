import { cleanText } from '../../shared/text/normalize';
import { ApiFailure } from '../api-failure';
import type { ImportLimits } from './limits';
import type { RawCell, RawSheet, RawWorkbook } from './raw-workbook';
import { cellFrom, type Run } from './cell-text';
import { inflateEntry, sheetPartNames, type ZipEntry } from './zip-precheck';

/**
 * A small reader for exactly what the importer needs from an xlsx package — shared strings (with each rich-text
 * run's font), cell styles (font name and number format, for TCVN3/VNI and dates), cell values and cached formula
 * results, merged ranges. It reads the sheet parts the pre-check already inflated and verified, so it never sees
 * a truncated sheet, and it never resolves DTD entities (a DOCTYPE is refused: XXE, billion laughs). It loads in a
 * few milliseconds where exceljs's module alone takes ~300 ms, and reads a 10,000-row list several times faster;
 * exceljs stays as the fallback (workbook-read.ts) for anything this reader does not understand.
 */
export class UnsupportedXlsx extends Error {}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function xmlText(s: string): string {
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
      if (e[0] === '#')
        return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      const v = ENTITY[e];
      if (v === undefined) throw new UnsupportedXlsx(`entity ${m}`);
      return v;
    })
    .replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

// One compiled pattern per attribute name: building a RegExp per cell was a large share of the parse.
const ATTR_RE = new Map<string, RegExp>();
function attr(tag: string, name: string): string | undefined {
  let re = ATTR_RE.get(name);
  if (!re) ATTR_RE.set(name, (re = new RegExp(`\\s${name}="([^"]*)"`)));
  return re.exec(tag)?.[1];
}
const P = '(?:\\w+:)?'; // optional namespace prefix (files written with x: prefixes, exceljs #962)
const FORMULA_RE = new RegExp(`<${P}f\\b`);
const VALUE_RE = new RegExp(`<${P}v>([\\s\\S]*?)</${P}v>`);
const INLINE_RE = new RegExp(`<${P}is>([\\s\\S]*?)</${P}is>`);

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
function parseString(si: string): Run[] {
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

interface Style {
  font?: string;
  date: boolean;
}

function parseStyles(xml: string | null): Style[] {
  if (!xml) return [];
  const section = (name: string) =>
    new RegExp(`<${P}${name}\\b[^>]*>([\\s\\S]*?)</${P}${name}>`).exec(xml)?.[1] ?? '';
  const fonts = [
    ...section('fonts').matchAll(new RegExp(`<${P}font\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}font>)`, 'g')),
  ].map((m) => {
    const name = new RegExp(`<${P}name\\s+val="([^"]*)"`).exec(m[1] ?? '')?.[1];
    return name === undefined ? undefined : xmlText(name);
  });
  const formats = new Map<number, string>();
  for (const m of section('numFmts').matchAll(new RegExp(`<${P}numFmt\\b[^>]*>`, 'g')))
    formats.set(Number(attr(m[0], 'numFmtId')), xmlText(attr(m[0], 'formatCode') ?? ''));
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

/** "AB12" → [12, 28]. */
function ref(r: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(r);
  if (!m) throw new UnsupportedXlsx(`cell ref ${r}`);
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

/** Rows handed over while the rest of the file is still being read (the import worker posts them ahead). */
export interface RowChunk {
  /** Index of the sheet in the workbook's `sheets`. */
  sheet: number;
  name: string;
  /** Index in `rows` of the first row of this chunk. */
  from: number;
  rows: RawSheet['rows'];
}

const CHUNK_ROWS = 500;
// Rows are built without holes (see below), so only a row with a hole needs a copy.
const dense = (cells: (RawCell | null)[] | undefined | null) =>
  cells ? (cells.includes(undefined as never) ? Array.from(cells, (c) => c ?? null) : cells) : null;

/**
 * With `onRows`, a sheet whose cells come in row order (as every writer stores them) is handed over in chunks
 * of complete rows as it is read; such a sheet comes back with empty `rows` and its index in `streamed`. A sheet
 * found out of order comes back whole, and its chunks must be ignored.
 */
export function fastReadWorkbook(
  buf: Buffer,
  entries: ZipEntry[],
  file: string,
  limits: ImportLimits,
  onRows?: (chunk: RowChunk) => void,
): RawWorkbook & { streamed?: number[] } {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const read = (name: string) => {
    const e = byName.get(name);
    if (!e) return null;
    const xml = inflateEntry(buf, e, file, limits).toString('utf8');
    if (/<!DOCTYPE/i.test(xml.slice(0, 2000)))
      throw new ApiFailure('IMPORT_UNREADABLE', { file, detail: `${name}: DOCTYPE` });
    return xml;
  };
  const workbook = read('xl/workbook.xml') ?? '';
  const date1904 = /date1904="(1|true)"/.test(workbook);
  const strings = [
    ...(read('xl/sharedStrings.xml') ?? '').matchAll(
      new RegExp(`<${P}si>([\\s\\S]*?)</${P}si>|<${P}si/>`, 'g'),
    ),
  ].map((m) => parseString(m[1] ?? ''));
  const styles = parseStyles(read('xl/styles.xml'));
  const names = sheetPartNames(buf, entries, file, limits);
  const sheets: RawSheet[] = [];
  const streamed: number[] = [];
  const sharedCells = new Map<string, RawCell | null>();
  let cells = 0;
  for (const [part, name] of names) {
    const xml = read(part);
    if (xml === null) continue;
    const rows: RawSheet['rows'] = [];
    let colCount = 0;
    const sheet = sheets.length;
    const cleanName = cleanText(name);
    let sent = 0; // rows[0, sent) are already handed over
    let lastRow = 0;
    let inOrder = onRows !== undefined;
    const flush = (to: number) => {
      const chunk = Array.from({ length: to - sent }, (_, i) => dense(rows[sent + i]));
      onRows!({ sheet, name: cleanName, from: sent, rows: chunk });
      sent = to;
    };
    // Cells covered by a merge (all but its top-left) are dropped, as Excel shows only the master's value.
    const covered = new Set<number>();
    for (const m of xml.matchAll(new RegExp(`<${P}mergeCell\\s+ref="([A-Z]+\\d+):([A-Z]+\\d+)"`, 'g'))) {
      const [r1, c1] = ref(m[1]!);
      const [r2, c2] = ref(m[2]!);
      if ((r2 - r1 + 1) * (c2 - c1 + 1) > 100_000) throw new UnsupportedXlsx('huge merged range');
      for (let r = r1; r <= r2; r++)
        for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) covered.add(r * 20_000 + c);
    }
    const data = new RegExp(`<${P}sheetData\\b[^>]*>([\\s\\S]*)</${P}sheetData>`).exec(xml)?.[1] ?? '';
    for (const m of data.matchAll(new RegExp(`<${P}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}c>)`, 'g'))) {
      const r = attr(m[1]!, 'r');
      if (!r) throw new UnsupportedXlsx('cell without reference');
      const body = m[2];
      if (!body) continue;
      const [row, col] = ref(r);
      if (covered.has(row * 20_000 + col)) continue;
      const style = styles[Number(attr(m[1]!, 's') ?? 0)] ?? { date: false };
      const cell = valueOf(attr(m[1]!, 't') ?? 'n', body, style, strings, date1904, sharedCells);
      if (!cell) continue;
      if (row > limits.maxRows)
        throw new ApiFailure('IMPORT_TOO_MANY_ROWS', {
          file,
          sheet: name,
          count: row,
          limit: limits.maxRows,
        });
      if (++cells > limits.maxCells)
        throw new ApiFailure('IMPORT_TOO_MANY_ROWS', {
          file,
          sheet: name,
          count: cells,
          limit: limits.maxCells,
        });
      if (inOrder && row !== lastRow) {
        // A new row starts: every row above it is complete, unless the file goes back up (then stop streaming).
        if (row < lastRow) inOrder = false;
        else if (row - 1 - sent >= CHUNK_ROWS) flush(row - 1);
        lastRow = Math.max(lastRow, row);
      }
      const cellsOfRow = (rows[row - 1] ??= []);
      // Columns come in order: fill the gap before this cell with nulls instead of leaving holes.
      while (cellsOfRow.length < col - 1) cellsOfRow.push(null);
      cellsOfRow[col - 1] = cell;
      colCount = Math.max(colCount, col);
    }
    if (inOrder) {
      if (rows.length > sent) flush(rows.length);
      streamed.push(sheet);
    }
    sheets.push({ name: cleanName, rows: inOrder ? [] : Array.from(rows, dense), colCount });
  }
  if (!sheets.length) throw new ApiFailure('IMPORT_NO_WORKBOOK', { file });
  return onRows ? { sheets, streamed } : { sheets };
}

function valueOf(
  t: string,
  body: string,
  style: Style,
  strings: Run[][],
  date1904: boolean,
  sharedCells: Map<string, RawCell | null>,
): RawCell | null {
  const formula = FORMULA_RE.test(body);
  const v = VALUE_RE.exec(body)?.[1];
  const f = formula ? { f: true as const } : {};
  if (v === undefined && t !== 'inlineStr') return formula ? { v: '', k: 'e', f: true } : null;
  switch (t) {
    case 's': {
      // Agencies and lĩnh vực repeat on thousands of rows: decode and clean each (string, font) once.
      const key = `${v}|${formula ? 'f' : ''}|${style.font === undefined ? '' : `=${style.font}`}`;
      let cell = sharedCells.get(key);
      if (cell === undefined) {
        const runs = strings[Number(v)];
        if (!runs) throw new UnsupportedXlsx(`shared string ${v}`);
        cell = cellFrom(runs, style.font, f);
        sharedCells.set(key, cell);
      }
      return cell && { ...cell };
    }
    case 'inlineStr': {
      const is = INLINE_RE.exec(body)?.[1] ?? '';
      return cellFrom(parseString(is), style.font, f);
    }
    case 'str':
      return cellFrom([{ text: xmlText(v!) }], style.font, f);
    case 'b':
      return { v: v === '1' ? 'TRUE' : 'FALSE', k: 'b', ...f };
    case 'e':
      return { v: xmlText(v!), k: 'e', ...f };
    case 'd':
      return { v: xmlText(v!).slice(0, 10), k: 'd', ...f };
    default: {
      const n = Number(v);
      if (style.date) {
        const ms = Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
        return { v: new Date(ms).toISOString().slice(0, 10), k: 'd', ...f };
      }
      return { v: String(n), k: 'n', ...f };
    }
  }
}
