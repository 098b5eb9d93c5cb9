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

const GROUP = /^[IVXLC]+\. Lĩnh vực /;
const words = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v);

/**
 * Data rows keyed by their code (column B): values and the style of each cell. A row the app cut at a page end
 * continues in the rows under it with no STT: their texts are joined back (whitespace aside), as the floor,
 * which lays out no pages, writes the row whole. Returns the rows and how many continuation rows there were.
 */
function dataRows(s: DumpedSheet): { rows: Map<string, unknown[]>; continued: number } {
  const rows = new Map<string, unknown[]>();
  let current: unknown[] | null = null;
  let continued = 0;
  for (let r = 1; r <= s.maxRow; r++) {
    const values = rowValues(s, r);
    if (typeof values[0] === 'number') {
      const styles = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => {
        const { font, b, nf, wrap, border } = s.cells[`${c}${r}`] ?? {};
        return { font, b, nf, wrap, border };
      });
      current = [...values.map(words), ...styles];
      rows.set(String(values[1]), current);
    } else if (current && values[0] === null && values.some((v) => typeof v === 'string')) {
      continued++;
      values.forEach((v, i) => {
        if (typeof v === 'string') current![i] = words(`${(current![i] as string | null) ?? ''} ${v}`);
      });
    } else if (typeof values[0] === 'string' && !GROUP.test(values[0])) current = null;
  }
  return { rows, continued };
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
      const options = { filters: { fields: [], codes: [] }, period: null, appendix: null };
      await generateReport(db, { ...request, ...options }, appFile);
    } finally {
      db.close();
    }
    const books = readWorkbooks([floorFile, appFile]);
    const floor = books[floorFile]!.sheets[0]!;
    const app = books[appFile]!.sheets[0]!;
    const floorRows = dataRows(floor);
    const appRows = dataRows(app);
    expect(floorRows.rows.size).toBe(240);
    expect(floorRows.continued).toBe(0);
    expect(Object.fromEntries(floorRows.rows)).toEqual(Object.fromEntries(appRows.rows));
    const groups = (s: DumpedSheet) => findRows(s, (v) => GROUP.test(v)).length;
    expect(groups(floor)).toBe(groups(app));
    expect(floor.merged.length).toBe(app.merged.length);
    expect(floor.maxRow).toBe(app.maxRow - appRows.continued);
    for (const key of [
      'name',
      'freeze',
      'orientation',
      'paperSize',
      'fitToWidth',
      'fitToPage',
      'scale',
      'printTitleRows',
      'footer',
    ] as const)
      expect(floor[key], key).toEqual(app[key]);
    expect(floor.margins).toEqual(app.margins);
  }, 60_000);
});
