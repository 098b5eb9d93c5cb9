/**
 * Every report as it prints, from the demo database and from a database of hostile text (tests/support/
 * hostile-data.ts): LibreOffice prints all fourteen files to PDF in one call, pdftotext gives the word boxes, and
 * each page must have no overlapping words, no word outside the printable area, every cell's text inside its
 * own row, no doubled "Điều Điều" / "khoản Khoản", and the demo's reports no more pages than their budgets.
 * Skips, saying why, only where soffice or pdftotext is not installed.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Backend } from '../../../electron/backend/session';
import { generateReport } from '../../../electron/backend/reports/generate';
import { ReportId } from '../../../electron/shared/contract/reports';
import { testBackend } from '../../support/backend';
import { seedHostile } from '../../support/hostile-data';
import {
  checkLayout,
  missingTools,
  printToPdf,
  readPdf,
  timesFontProblem,
  type LayoutReport,
} from '../../support/pdf-layout';
import { readWorkbooks } from '../../support/xlsx-reader';

/**
 * Pages the demo's reports may take (A4, the text at 11–12 pt and 100 %). The Danh mục's 12 is the issue's
 * bound for its 54 procedures; the others are what their content needs today, so a layout that wastes paper
 * (rows far taller than their text) fails. Phần II carries each procedure's quy trình nội bộ (item m), and the
 * cost sheet and the plan every activity a record implies (about 10 per procedure, before and after).
 */
export const DEMO_PAGE_BUDGET: Record<ReportId, number> = {
  inventory: 12,
  details: 206,
  'review-form': 56,
  cost: 18,
  plan: 5,
  'review-results': 2,
  statistics: 3,
  'decision-appendix': 40,
};

const skip = missingTools();
if (skip) console.log(`layout checks skipped: ${skip}`);

let dir = '';
const backends: Backend[] = [];
const reports = new Map<string, LayoutReport>();
const key = (db: 'demo' | 'hostile', r: ReportId) => `${db}/${r}`;
const all = (['demo', 'hostile'] as const).flatMap((db) => ReportId.options.map((r) => key(db, r)));

beforeAll(async () => {
  if (skip) return;
  const font = timesFontProblem();
  if (font) throw new Error(`The layout checks cannot run: ${font}.`);
  dir = mkdtempSync(join(tmpdir(), 'tinhgon-layout-'));
  const files = new Map<string, string>();
  for (const db of ['demo', 'hostile'] as const) {
    mkdirSync(join(dir, db));
    const { backend, call } = testBackend(join(dir, db), { demo: db === 'demo' });
    backends.push(backend);
    const unitId =
      db === 'demo'
        ? (backend.ctx.db.prepare("SELECT id FROM units WHERE code = 'DEMO-XA'").get() as { id: number }).id
        : (await seedHostile(backend, call)).unitId;
    for (const report of ReportId.options) {
      const file = join(dir, `${db}-${report}.xlsx`);
      await generateReport(
        backend.ctx.db,
        {
          report,
          unitId,
          campaignId: null,
          filters: { fields: [], codes: [] },
          period: null,
          appendix: null,
        },
        file,
      );
      files.set(key(db, report), file);
    }
  }
  const list = [...files.values()];
  const books = readWorkbooks(list);
  const pdfs = printToPdf(list, join(dir, 'pdf'));
  list.forEach((file, i) => {
    const name = [...files.entries()].find(([, f]) => f === file)![0];
    reports.set(name, checkLayout(file, books[file]!, readPdf(pdfs[i]!)));
  });
}, 300_000);

afterAll(() => {
  for (const b of backends) b.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(skip)('every report as printed (LibreOffice → PDF → word boxes)', () => {
  test.each(all)('%s: no two words overlap', (name) => {
    expect(reports.get(name)!.overlaps).toEqual([]);
  });

  test.each(all)('%s: no word outside the printable area', (name) => {
    expect(reports.get(name)!.outside).toEqual([]);
  });

  test.each(all)(
    '%s: every cell prints whole, inside its own row, on the page the writer laid out',
    (name) => {
      const r = reports.get(name)!;
      expect(r.missing).toEqual([]);
      expect(r.pages).toBe(r.plannedPages);
    },
  );

  test.each(all)('%s: no doubled words ("Điều Điều", "khoản Khoản")', (name) => {
    expect(reports.get(name)!.doubled).toEqual([]);
  });

  test.each(ReportId.options)('demo %s: within its page budget', (report) => {
    const r = reports.get(key('demo', report))!;
    expect(r.pages, `${report}: ${r.pages} pages`).toBeLessThanOrEqual(DEMO_PAGE_BUDGET[report]);
  });
});
