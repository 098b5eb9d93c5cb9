import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionDocx } from '../../../electron/backend/decisions/appendix-docx';
import { generateReport } from '../../../electron/backend/reports/generate';
import { testBackend } from '../../support/backend';
import { appendixWorkbook, mixedDecisionRows } from '../../support/decision-appendix';
import { overlaps, printToPdf, readPdf } from '../../support/pdf-layout';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir('tinhgon-appendix-');
const keep = process.env.KEEP_APPENDIX_DIR;

describe('the decision appendix in the official layout', () => {
  it('as .xlsx (reports machinery) and .docx: Phần I lists with their columns, Phần II; LibreOffice prints them with no word off the page or overlapping', async () => {
    const dir = tmp();
    const t = testBackend(dir);
    const [unit] = await t.call('units.list', {});
    const parsed = await t.call('decisions.parseFile', {
      fileName: 'pl.xlsx',
      dataBase64: (await appendixWorkbook(mixedDecisionRows())).toString('base64'),
    });
    const d = await t.call('decisions.save', {
      unitId: unit!.id,
      head: {
        number: parsed.head.number,
        signedDate: parsed.head.signedDate,
        effectiveDate: parsed.head.signedDate,
        issuer: parsed.head.issuer,
      },
      items: parsed.items.map(({ sheet: _s, row: _r, ...it }) => it),
    });
    await t.call('decisions.apply', { decisionId: d.id });
    const xlsx = join(dir, 'phu-luc-bang.xlsx');
    const result = await generateReport(
      t.backend.ctx.db,
      {
        report: 'decision-appendix',
        unitId: unit!.id,
        campaignId: null,
        decisionId: d.id,
        filters: { fields: [], codes: [] },
        period: null,
        appendix: null,
      },
      xlsx,
    );
    expect(result.sheets).toEqual([
      'I.1 Mới ban hành',
      'I.2 Sửa đổi, bổ sung',
      'I.4 Bãi bỏ',
      'Phần II Nội dung',
    ]);
    // Read back by an independent reader (openpyxl): the list headers and group rows as published.
    const dump = execFileSync('/usr/bin/python3', [
      '-c',
      `import openpyxl,sys\nwb=openpyxl.load_workbook(sys.argv[1])\nfor ws in wb.worksheets:\n  for r in ws.iter_rows(values_only=True):\n    print(ws.title,'|','|'.join('' if c is None else str(c) for c in r))`,
      xlsx,
    ]).toString();
    expect(dump).toContain(
      'I.4 Bãi bỏ | STT|Mã thủ tục hành chính|Tên thủ tục hành chính|Tên VBQPPL quy định việc bãi bỏ thủ tục hành chính|Lĩnh vực|Cơ quan thực hiện',
    );
    expect(dump).toContain('I.2 Sửa đổi, bổ sung | A. THỦ TỤC HÀNH CHÍNH ÁP DỤNG CHUNG CẤP TỈNH, CẤP XÃ');
    expect(dump).toContain('I.2 Sửa đổi, bổ sung | I. Lĩnh vực Chứng thực');
    expect(dump).toMatch(
      /Phần II Nội dung \| \d+\. Cấp bản sao từ sổ gốc \(Mã TTHC: 2\.000908\.000\.00\.00\.H61\)/,
    );
    expect(dump).toContain('Phần II Nội dung | a) Trình tự thực hiện|');

    const docx = join(dir, 'phu-luc-van-ban.docx');
    writeFileSync(
      docx,
      await decisionDocx(t.backend.ctx, await t.call('decisions.get', { decisionId: d.id })),
    );
    t.backend.close();

    const [xlsxPdf, docxPdf] = printToPdf([xlsx, docx], keep ?? join(dir, 'pdf'));
    for (const pdf of [xlsxPdf!, docxPdf!]) {
      const pages = readPdf(pdf);
      expect(pages.length, pdf).toBeGreaterThan(1);
      const offPage = pages.flatMap((p) =>
        p.words.filter((w) => w.x0 < 0 || w.y0 < 0 || w.x1 > p.width + 0.5 || w.y1 > p.height + 0.5),
      );
      expect(offPage, pdf).toEqual([]);
      expect(pages.flatMap(overlaps), pdf).toEqual([]);
    }
    const text = readPdf(docxPdf!)
      .flatMap((p) => p.blocks)
      .join('\n');
    expect(text).toContain('PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH');
    expect(text).toContain('Danh mục thủ tục hành chính bị bãi bỏ');
    expect(text).toContain('PHẦN II. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH');
    expect(text).toMatch(/Kèm theo Quyết định số 2637\/QĐ-UBND ngày 16\/11\/2025/);
  }, 240_000);
});
