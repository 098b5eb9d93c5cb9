import { cleanName as readableName } from '../../shared/text/invalid-text';
import { cleanText } from '../../shared/text/normalize';
import { ApiFailure } from '../api-failure';
import type { ImportLimits } from './limits';
import { cellFrom, type Run } from './cell-text';
import { columnLetter, type RawCell, type RawSheet, type RawWorkbook } from './raw-workbook';
import {
  attr,
  BadEntity,
  FORMULA_RE,
  INLINE_RE,
  P,
  parseString,
  parseStyles,
  UnsupportedXlsx,
  VALUE_RE,
  xmlText,
  type Style,
} from './xlsx-xml';
import { decodeXml, inflateEntry, sheetPartNames, type ZipEntry } from './zip-precheck';

/**
 * A small reader for exactly what the importer needs from an xlsx package — shared strings (with each rich-text
 * run's font), cell styles (font name and number format, for TCVN3/VNI and dates), cell values and cached formula
 * results, merged ranges. It reads the sheet parts the pre-check already inflated and verified, so it never sees
 * a truncated sheet, and it never resolves DTD entities (a DOCTYPE is refused: XXE, billion laughs). It loads in a
 * few milliseconds where exceljs's module alone takes ~300 ms, and reads a 10,000-row list several times faster;
 * exceljs stays as the fallback (workbook-read.ts) for anything this reader does not understand.
 */

/** A fresh copy of a cached cell (each cell of the result is its own object). */
const copyCell = (c: RawCell): RawCell => (c.enc || c.f ? { ...c } : { v: c.v, k: c.k });

/** "AB" → 28. */
function columnNumber(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + letters.charCodeAt(i) - 64;
  return col;
}

/** Excel's last column (XFD) and last row. */
const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

/** "AB12" → [12, 28]. */
function ref(r: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(r);
  if (!m) throw new UnsupportedXlsx(`cell ref ${r}`);
  return [Number(m[2]), columnNumber(m[1]!)];
}

/** A cell past Excel's last column or row: the file is damaged (or not written by a spreadsheet). */
function outOfRange(row: number, col: number, letters: string, file: string, sheet: string): void {
  if (col > MAX_COLUMN || row > MAX_ROW || row < 1)
    throw new ApiFailure('IMPORT_CELL_OUT_OF_RANGE', { file, sheet, cell: `${letters}${row}` });
}

/** A cell's attributes as writers lay them out: r, then s and t when present, nothing else. */
const USUAL_ATTRS_RE = /^\s+r="([A-Z]+)(\d+)"(?:\s+s="(\d+)")?(?:\s+t="(\w+)")?\s*$/;

/** Rows handed over while the rest of the file is still being read (the import worker posts them ahead). */
export interface RowChunk {
  /** Index of the sheet in the workbook's `sheets`. */
  sheet: number;
  name: string;
  /** Index in `rows` of the first row of this chunk. */
  from: number;
  rows: RawSheet['rows'];
}

// The first chunk is small so the main thread can start early (it needs ~30 rows to find the header); the
// others are larger to keep the number of messages low.
const FIRST_CHUNK_ROWS = 64;
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
  /** Parts already inflated and decoded (the sheets checkSheetIntegrity read), by name; each is used once. */
  decoded?: Map<string, string>,
): RawWorkbook & { streamed?: number[] } {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const read = (name: string) => {
    const e = byName.get(name);
    if (!e) return null;
    const ready = decoded?.get(name);
    decoded?.delete(name);
    const xml = ready ?? decodeXml(inflateEntry(buf, e, file, limits));
    if (/<!DOCTYPE/i.test(xml.slice(0, 2000))) throw new ApiFailure('IMPORT_DOCTYPE', { file, part: name });
    return xml;
  };
  const workbook = read('xl/workbook.xml') ?? '';
  const date1904 = /date1904="(1|true)"/.test(workbook);
  // Each shared string is parsed when a cell first uses it, so a damaged one is reported at that cell.
  const strings = new SharedStrings(read('xl/sharedStrings.xml') ?? '');
  const styles = parseStyles(read('xl/styles.xml'));
  const names = sheetPartNames(buf, entries, file, limits);
  const sheets: RawSheet[] = [];
  const streamed: number[] = [];
  const cellCache = new Map<Style, Map<string, RawCell | null>[]>();
  const noStyle: Style = { date: false };
  let cells = 0;
  for (const [part, name] of names) {
    const xml = read(part);
    if (xml === null) continue;
    const rows: RawSheet['rows'] = [];
    let colCount = 0;
    const sheet = sheets.length;
    const sheetName = readableName(cleanText(name));
    let sent = 0; // rows[0, sent) are already handed over
    let lastRow = 0;
    let inOrder = onRows !== undefined;
    const flush = (to: number) => {
      const chunk = Array.from({ length: to - sent }, (_, i) => dense(rows[sent + i]));
      onRows!({ sheet, name: sheetName, from: sent, rows: chunk });
      sent = to;
    };
    // Cells covered by a merge (all but its top-left) are dropped, as Excel shows only the master's value.
    const covered = new Set<number>();
    for (const m of xml.matchAll(new RegExp(`<${P}mergeCell\\s+ref="([A-Z]+\\d+):([A-Z]+\\d+)"`, 'g'))) {
      const [r1, c1] = ref(m[1]!);
      const [r2, c2] = ref(m[2]!);
      outOfRange(r2, c2, m[2]!.replace(/\d+$/, ''), file, sheetName);
      if ((r2 - r1 + 1) * (c2 - c1 + 1) > 100_000) throw new UnsupportedXlsx('huge merged range');
      for (let r = r1; r <= r2; r++)
        for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) covered.add(r * 20_000 + c);
    }
    const data = new RegExp(`<${P}sheetData\\b[^>]*>([\\s\\S]*)</${P}sheetData>`).exec(xml)?.[1] ?? '';
    for (const m of data.matchAll(new RegExp(`<${P}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}c>)`, 'g'))) {
      // Writers put r, s, t in this order; one match reads all three (any other layout: one attribute at a time).
      const usual = USUAL_ATTRS_RE.exec(m[1]!);
      const r = usual ? null : attr(m[1]!, 'r');
      if (!usual && !r) throw new UnsupportedXlsx('cell without reference');
      const body = m[2];
      if (!body) continue;
      const [row, col] = usual ? [Number(usual[2]), columnNumber(usual[1]!)] : ref(r!);
      if (col > MAX_COLUMN || row > MAX_ROW)
        outOfRange(row, col, usual ? usual[1]! : r!.replace(/\d+$/, ''), file, sheetName);
      if (covered.has(row * 20_000 + col)) continue;
      const styleId = usual ? Number(usual[3] ?? 0) : Number(attr(m[1]!, 's') ?? 0);
      const style = styles[styleId] ?? noStyle;
      const type = usual ? (usual[4] ?? 'n') : (attr(m[1]!, 't') ?? 'n');
      let cell: RawCell | null;
      try {
        cell = valueOf(type, body, style, strings, date1904, cellCache);
      } catch (err) {
        const at = { file, sheet: sheetName, cell: `${columnLetter(col)}${row}` };
        if (err instanceof BadEntity)
          throw new ApiFailure('IMPORT_BAD_ENTITY', { ...at, entity: err.entity });
        if (err instanceof MissingString)
          throw new ApiFailure('IMPORT_MISSING_STRING', { ...at, index: err.index });
        throw err;
      }
      if (!cell) continue;
      if (row > limits.maxRows)
        throw new ApiFailure('IMPORT_TOO_MANY_ROWS', {
          file,
          sheet: sheetName,
          count: row,
          limit: limits.maxRows,
        });
      if (++cells > limits.maxCells)
        throw new ApiFailure('IMPORT_TOO_MANY_ROWS', {
          file,
          sheet: sheetName,
          count: cells,
          limit: limits.maxCells,
        });
      if (inOrder && row !== lastRow) {
        // A new row starts: every row above it is complete, unless the file goes back up (then stop streaming).
        if (row < lastRow) inOrder = false;
        else if (row - 1 - sent >= (sent === 0 ? FIRST_CHUNK_ROWS : CHUNK_ROWS)) flush(row - 1);
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
    sheets.push({ name: sheetName, rows: inOrder ? [] : Array.from(rows, dense), colCount });
  }
  if (!sheets.length) throw new ApiFailure('IMPORT_NO_WORKBOOK', { file });
  return onRows ? { sheets, streamed } : { sheets };
}

/** A cell pointing at a shared string the file does not have. */
class MissingString extends Error {
  constructor(readonly index: string) {
    super(index);
  }
}

/** The shared-string table: every <si> located up front, each parsed on first use. */
class SharedStrings {
  private readonly raw: string[];
  private readonly parsed: (Run[] | undefined)[] = [];
  constructor(xml: string) {
    this.raw = [...xml.matchAll(new RegExp(`<${P}si>([\\s\\S]*?)</${P}si>|<${P}si/>`, 'g'))].map(
      (m) => m[1] ?? '',
    );
  }
  get(index: string): Run[] {
    const i = Number(index);
    const cached = this.parsed[i];
    if (cached) return cached;
    const xml = Number.isInteger(i) ? this.raw[i] : undefined;
    if (xml === undefined) throw new MissingString(index);
    return (this.parsed[i] = parseString(xml));
  }
}

function valueOf(
  t: string,
  body: string,
  style: Style,
  strings: SharedStrings,
  date1904: boolean,
  cellCache: Map<Style, Map<string, RawCell | null>[]>,
): RawCell | null {
  // Most cells are a bare <v>…</v>: no formula, and the value is what lies between the tags.
  const bare = body.startsWith('<v>') && body.indexOf('<', 3) === body.length - 4 && body.endsWith('</v>');
  const formula = !bare && FORMULA_RE.test(body);
  const v = bare ? body.slice(3, -4) : VALUE_RE.exec(body)?.[1];
  const f = formula ? { f: true as const } : {};
  if (v === undefined && t !== 'inlineStr') return formula ? { v: '', k: 'e', f: true } : null;
  switch (t) {
    case 's':
    case 'str': {
      // Agencies and lĩnh vực repeat on thousands of rows: each text (a shared-string index, or inline text as
      // exporters write it) is decoded and cleaned once per cell style, and copied for every cell.
      let byStyle = cellCache.get(style);
      if (!byStyle) {
        byStyle = Array.from({ length: 4 }, () => new Map<string, RawCell | null>());
        cellCache.set(style, byStyle);
      }
      const known = byStyle[(t === 's' ? 0 : 2) + (formula ? 1 : 0)]!;
      let cell = known.get(v!);
      if (cell === undefined) {
        if (t === 's') cell = cellFrom(strings.get(v!), style.font, f);
        else cell = cellFrom([{ text: xmlText(v!) }], style.font, f);
        known.set(v!, cell);
      }
      return cell && copyCell(cell);
    }
    case 'inlineStr': {
      const is = INLINE_RE.exec(body)?.[1] ?? '';
      return cellFrom(parseString(is), style.font, f);
    }
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
