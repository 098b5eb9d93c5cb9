import type ExcelJS from 'exceljs';
import { cleanName, INVALID_BYTES } from '../../shared/text/invalid-text';
import { cleanText } from '../../shared/text/normalize';
import { ApiFailure } from '../api-failure';
import { NOT_XLSX_STRUCTURE } from './messages';
import type { ImportLimits } from './limits';
import type { RawCell, RawSheet, RawWorkbook } from './raw-workbook';
import { cellFrom } from './cell-text';
import { fastReadWorkbook, type RowChunk } from './fast-reader';
import { checkSheetIntegrity, decodeXml, inflateEntry, precheckXlsx, type ZipEntry } from './zip-precheck';

/**
 * Runs inside the import worker: pre-checks (type, zip directory, every sheet part complete), then the small
 * reader (fast-reader.ts), or exceljs when that one meets something it does not understand; every cell reduced
 * to cleaned text (NFC, trimmed, TCVN3/VNI decoded, formulas replaced by their cached results). With `onRows`,
 * the sheets listed in `streamed` come back without rows: they were handed over in chunks (fast-reader.ts).
 */
export async function readWorkbook(
  buf: Buffer,
  file: string,
  limits: ImportLimits,
  progress: (phase: string, done: number, total: number) => void,
  reader: 'auto' | 'exceljs' = 'auto',
  onRows?: (chunk: RowChunk) => void,
): Promise<RawWorkbook & { streamed?: number[] }> {
  const entries = precheckXlsx(buf, file, limits);
  progress('check', 0, 1);
  const sheetXml = checkSheetIntegrity(buf, entries, file, limits);
  // Before the small reader takes the sheets it uses out of the map.
  const brokenSheets = [...sheetXml.values()].some((x) => x.includes(INVALID_BYTES));
  progress('parse', 0, 1);
  if (reader === 'auto') {
    try {
      return fastReadWorkbook(buf, entries, file, limits, onRows, sheetXml);
    } catch (err) {
      // Anything the small reader does not understand goes to exceljs; refusals stand.
      if (err instanceof ApiFailure) throw err;
    }
  }
  // Nothing is streamed from here: chunks already handed over by the small reader are superseded.
  const whole = await readWithExceljs(buf, file, limits, progress, brokenSheets, entries);
  return onRows ? { ...whole, streamed: [] } : whole;
}

/** exceljs's document reader (it resolves styles, so each cell's font name is known for TCVN3/VNI). */
async function readWithExceljs(
  buf: Buffer,
  file: string,
  limits: ImportLimits,
  progress: (phase: string, done: number, total: number) => void,
  brokenSheets: boolean,
  entries: ZipEntry[],
): Promise<RawWorkbook> {
  // exceljs decodes the XML itself, bytes that are not UTF-8 as U+FFFD: when a part had such bytes, every U+FFFD
  // is taken to be one of them (cell-values.ts then refuses those cells).
  const sst = entries.find((e) => e.name === 'xl/sharedStrings.xml');
  const brokenBytes =
    brokenSheets ||
    (sst !== undefined && decodeXml(inflateEntry(buf, sst, file, limits)).includes(INVALID_BYTES));
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    // exceljs's own words ("Cannot read properties of undefined…") are not for the officer.
    throw new ApiFailure('IMPORT_UNREADABLE', { file, detail: NOT_XLSX_STRUCTURE });
  }
  if (wb.worksheets.length === 0) throw new ApiFailure('IMPORT_NO_WORKBOOK', { file });
  const sheets: RawSheet[] = [];
  let cells = 0;
  wb.worksheets.forEach((ws, i) => {
    progress('sheets', i, wb.worksheets.length);
    const rows: RawSheet['rows'] = [];
    let colCount = 0;
    if (ws.rowCount > limits.maxRows)
      throw new ApiFailure('IMPORT_TOO_MANY_ROWS', {
        file,
        sheet: ws.name,
        count: ws.rowCount,
        limit: limits.maxRows,
      });
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const out: (RawCell | null)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const raw = cellText(cell);
        if (raw === null) return;
        if (brokenBytes && raw.v.includes('\uFFFD')) raw.v = raw.v.replaceAll('\uFFFD', INVALID_BYTES);
        out[c - 1] = raw;
        colCount = Math.max(colCount, c);
        if (++cells > limits.maxCells)
          throw new ApiFailure('IMPORT_TOO_MANY_ROWS', {
            file,
            sheet: ws.name,
            count: cells,
            limit: limits.maxCells,
          });
      });
      if (out.length) rows[r - 1] = Array.from(out, (x) => x ?? null);
    });
    sheets.push({ name: cleanName(cleanText(ws.name)), rows: Array.from(rows, (x) => x ?? null), colCount });
  });
  return { sheets };
}

/**
 * NFC, zero-width characters dropped, CRLF → LF, the cell trimmed. Lines and inner spaces are left as typed:
 * one-line and multi-valued fields tidy them when read (cell-values.ts); long texts keep the author's layout.
 */
export const tidy = cleanText;

type Value = ExcelJS.CellValue;

function cellText(cell: ExcelJS.Cell): RawCell | null {
  const font = cell.font?.name;
  const fromValue = (value: Value, formula: boolean): RawCell | null => {
    if (value === null || value === undefined) return formula ? { v: '', k: 'e', f: true } : null;
    const f = formula ? { f: true as const } : {};
    if (typeof value === 'string') return cellFrom([{ text: value }], font, f);
    if (typeof value === 'number') return { v: String(value), k: 'n', ...f };
    if (typeof value === 'boolean') return { v: value ? 'TRUE' : 'FALSE', k: 'b', ...f };
    if (value instanceof Date) return { v: value.toISOString().slice(0, 10), k: 'd', ...f };
    if (typeof value === 'object') {
      if ('error' in value) return { v: String(value.error), k: 'e', ...f };
      if ('richText' in value)
        return cellFrom(
          value.richText.map((run) => ({ text: run.text, font: run.font?.name })),
          font,
          f,
        );
      if ('formula' in value || 'sharedFormula' in value) {
        return fromValue((value as { result?: Value }).result ?? null, true);
      }
      if ('text' in value) return fromValue((value as { text: Value }).text, formula);
    }
    return { v: tidy(String(value)), k: 's', ...f };
  };
  return fromValue(cell.value, false);
}
