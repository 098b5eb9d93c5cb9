import ExcelJS from 'exceljs';
import { cleanText } from '../../shared/text/normalize';
import { convertLegacyText } from '../../shared/text/legacy-encoding';
import { ApiFailure } from '../api-failure';
import type { ImportLimits } from './limits';
import type { RawCell, RawSheet, RawWorkbook } from './raw-workbook';
import { checkSheetIntegrity, precheckXlsx } from './zip-precheck';

/**
 * Runs inside the import worker: pre-checks, then exceljs's document reader (it resolves styles, so the font
 * name of each cell is known for TCVN3/VNI detection), then every cell reduced to cleaned text.
 */
export async function readWorkbook(
  buf: Buffer,
  file: string,
  limits: ImportLimits,
  progress: (phase: string, done: number, total: number) => void,
): Promise<RawWorkbook> {
  const entries = precheckXlsx(buf, file, limits);
  progress('check', 0, 1);
  checkSheetIntegrity(buf, entries, file, limits);
  progress('parse', 0, 1);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (err) {
    throw new ApiFailure('IMPORT_UNREADABLE', { file, detail: (err as Error).message.slice(0, 200) });
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
    sheets.push({ name: cleanText(ws.name), rows: Array.from(rows, (x) => x ?? null), colCount });
  });
  return { sheets };
}

/**
 * NFC, zero-width characters dropped, CRLF → LF, the cell trimmed. Lines and inner spaces are left as typed:
 * one-line and multi-valued fields tidy them when read (cell-values.ts); long texts keep the author's layout.
 */
export const tidy = cleanText;

function decode(text: string, font: string | undefined): { text: string; enc?: 'TCVN3' | 'VNI' } {
  const c = convertLegacyText(text, font);
  return c.encoding ? { text: c.text, enc: c.encoding } : { text };
}

type Value = ExcelJS.CellValue;

function cellText(cell: ExcelJS.Cell): RawCell | null {
  const font = cell.font?.name;
  const fromValue = (value: Value, formula: boolean): RawCell | null => {
    if (value === null || value === undefined) return formula ? { v: '', k: 'e', f: true } : null;
    const f = formula ? { f: true as const } : {};
    if (typeof value === 'string') {
      const d = decode(value, font);
      const v = tidy(d.text);
      return v === '' ? null : { v, k: 's', ...f, ...(d.enc ? { enc: d.enc } : {}) };
    }
    if (typeof value === 'number') return { v: String(value), k: 'n', ...f };
    if (typeof value === 'boolean') return { v: value ? 'TRUE' : 'FALSE', k: 'b', ...f };
    if (value instanceof Date) return { v: value.toISOString().slice(0, 10), k: 'd', ...f };
    if (typeof value === 'object') {
      if ('error' in value) return { v: String(value.error), k: 'e', ...f };
      if ('richText' in value) {
        let enc: 'TCVN3' | 'VNI' | undefined;
        const text = value.richText
          .map((run) => {
            const d = decode(run.text, run.font?.name ?? font);
            enc ??= d.enc;
            return d.text;
          })
          .join('');
        const v = tidy(text);
        return v === '' ? null : { v, k: 's', ...f, ...(enc ? { enc } : {}) };
      }
      if ('formula' in value || 'sharedFormula' in value) {
        return fromValue((value as { result?: Value }).result ?? null, true);
      }
      if ('text' in value) return fromValue((value as { text: Value }).text, formula);
    }
    return { v: tidy(String(value)), k: 's', ...f };
  };
  return fromValue(cell.value, false);
}
