/**
 * The export figure compares the app with a floor that must write the same workbook without app code: on
 * generated bench data, every data row of the floor's file holds the app's values and styles (read back
 * with openpyxl), with the same group rows, merges, frozen pane and print setup.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { connect } from '../../../db/connection';
import { generateReport } from '../../../electron/backend/reports/generate';
import { writeWithExceljs } from '../../../electron/tools/bench/figures/export-floor';
import { writeBenchData } from '../../../electron/tools/bench/generate/write-data';
import { useTempDir } from '../../support/temp';
import { findRows, readWorkbooks, rowValues, type DumpedSheet } from '../../support/xlsx-reader';

const temp = useTempDir('tinhgon-floor-');

/** Data rows keyed by their code (column B): values and the style of each cell. */
function dataRows(s: DumpedSheet): Map<string, unknown[]> {
  const rows = new Map<string, unknown[]>();
  for (let r = 1; r <= s.maxRow; r++) {
    const values = rowValues(s, r);
    if (typeof values[0] !== 'number') continue;
    const styles = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => {
      const { font, b, nf, wrap, border } = s.cells[`${c}${r}`] ?? {};
      return { font, b, nf, wrap, border };
    });
    rows.set(String(values[1]), [...values, ...styles]);
  }
  return rows;
}

describe('export floor', () => {
  test('writes the cells, styles, groups and merges of the app’s Danh mục', async () => {
    const dir = temp();
    const { data } = await writeBenchData(dir, {
      procedures: 240,
      stepsPerProcedure: 4,
      componentsPerProcedure: 4,
    });
    const floorFile = join(dir, 'floor.xlsx');
    const appFile = join(dir, 'app.xlsx');
    await writeWithExceljs(data.dbFile, data.unitId, floorFile);
    const db = connect(data.dbFile, { readonly: true });
    try {
      const request = { report: 'inventory' as const, unitId: data.unitId, campaignId: null };
      await generateReport(db, { ...request, filters: { fields: [], codes: [] } }, appFile);
    } finally {
      db.close();
    }
    const books = readWorkbooks([floorFile, appFile]);
    const floor = books[floorFile]!.sheets[0]!;
    const app = books[appFile]!.sheets[0]!;
    const floorRows = dataRows(floor);
    expect(floorRows.size).toBe(240);
    expect(Object.fromEntries(floorRows)).toEqual(Object.fromEntries(dataRows(app)));
    const groups = (s: DumpedSheet) => findRows(s, (v) => /^[IVXLC]+\. Lĩnh vực /.test(v)).length;
    expect(groups(floor)).toBe(groups(app));
    expect(floor.merged.length).toBe(app.merged.length);
    expect(floor.maxRow).toBe(app.maxRow);
    for (const key of [
      'name',
      'freeze',
      'orientation',
      'paperSize',
      'fitToWidth',
      'printTitleRows',
      'footer',
    ] as const)
      expect(floor[key], key).toEqual(app[key]);
    expect(floor.margins).toEqual(app.margins);
  }, 60_000);
});
