/**
 * The inventory grid as the user sees it (its visible columns, its search) to .xlsx or .csv. Rows come
 * from the same query as the grid; values are written as text or numbers, never as formulas or links.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import type { Database } from 'better-sqlite3';
import { listInventory } from '../../../db/queries/inventory-read';
import type { InventoryRow } from '../../shared/contract/inventory';
import type { GridColumnKey } from '../../shared/contract/reports';
import { REVIEW_STATUS_VI } from '../../shared/domain';
import { formatDateVi } from '../../shared/text/format';
import { writeAtomically } from './atomic-file';
import { CHANNEL_LABEL, channelTime, feeText } from './builders/text';
import { ONLINE_LEVEL_LABEL } from './builders/statistics';
import { BOM, csvLine } from './csv';
import { FONT_NAME, NUM_FMT } from './xlsx/styles';
import { cleanCellText } from './xlsx/sink';

const NUMERIC = new Set<GridColumnKey>(['dossiersPerYear', 'stepCount', 'componentCount']);

export function gridValue(row: InventoryRow, key: GridColumnKey): string | number | null {
  switch (key) {
    case 'levels':
      return row.levels.join(', ');
    case 'onlineLevel':
      return row.onlineLevel ? ONLINE_LEVEL_LABEL[row.onlineLevel]! : '';
    case 'reviewStatus':
      return row.reviewStatus ? REVIEW_STATUS_VI[row.reviewStatus] : '';
    case 'times':
      return row.channels.map((c) => `${CHANNEL_LABEL[c.method]}: ${channelTime(c)}`).join('\n');
    case 'fees':
      return row.fees.map((f) => `${CHANNEL_LABEL[f.method]}: ${feeText(f)}`).join('\n');
    case 'updatedAt':
      return formatDateVi(row.updatedAt.slice(0, 10));
    default:
      return row[key];
  }
}

export interface GridExportInput {
  unitId: number;
  format: 'xlsx' | 'csv';
  search: string;
  columns: { key: GridColumnKey; header: string }[];
}

export async function exportGrid(
  db: Database,
  input: GridExportInput,
  target: string,
): Promise<{ rows: number }> {
  const { rows } = listInventory(db, { unitId: input.unitId, search: input.search, limit: 1_000_000 });
  await writeAtomically(target, async (temp) => {
    if (input.format === 'csv') {
      const out = createWriteStream(temp, { encoding: 'utf8' });
      out.write(BOM + csvLine(input.columns.map((c) => c.header)));
      for (const r of rows) {
        if (!out.write(csvLine(input.columns.map((c) => gridValue(r, c.key))))) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
      return;
    }
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: temp,
      useStyles: true,
      useSharedStrings: false,
    });
    const ws = wb.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    ws.columns = input.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.key === 'name' ? 50 : c.key === 'code' ? 14 : 22,
      style: {
        font: { name: FONT_NAME, size: 11 },
        numFmt: NUM_FMT[NUMERIC.has(c.key) ? 'int' : 'text'],
        alignment: { wrapText: true, vertical: 'top' },
      },
    }));
    ws.getRow(1).font = { name: FONT_NAME, size: 11, bold: true };
    for (const [i, r] of rows.entries()) {
      ws.addRow(
        input.columns.map((c) => {
          const v = gridValue(r, c.key);
          return typeof v === 'string' ? cleanCellText(v) : v;
        }),
      ).commit();
      if (i % 500 === 499) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    ws.commit();
    await wb.commit();
  });
  return { rows: rows.length };
}
