import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../../electron/backend/reports/generate';
import { ReportRequest } from '../../../electron/shared/contract/reports';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';
import { emptyBackend, importBytes } from '../../fixtures/import/helpers';

const temp = useTempDir('tinhgon-import-rep-');

/**
 * The "inventory" report (Danh mục TTHC, reports feature) is a free-form layout: title block, STT, lĩnh vực group
 * rows numbered I, II…, times and fees as text. Importing it back gives the same codes, names and lĩnh vực.
 */
describe('import: the inventory report TinhGọn writes', () => {
  it('imports back with the same codes, names and lĩnh vực', async () => {
    const dir = temp();
    const demo = testBackend(dir);
    const db = demo.backend.ctx.db;
    const unitId = (db.prepare("SELECT id FROM units WHERE code = 'DEMO-XA'").get() as { id: number }).id;
    const expected = db
      .prepare(
        'SELECT p.code, p.name, p.field FROM procedures p JOIN unit_procedures up ON up.procedure_id = p.id WHERE up.unit_id = ? AND up.deleted_at IS NULL ORDER BY p.code',
      )
      .all(unitId);
    const file = join(dir, 'danh-muc.xlsx');
    await generateReport(db, ReportRequest.parse({ report: 'inventory', unitId, filters: {} }), file);
    demo.backend.close();

    const target = emptyBackend(temp());
    try {
      const outcome = await importBytes(target.backend.ctx, readFileSync(file), {
        unitId: target.unitId,
        fileName: 'danh-muc.xlsx',
      });
      expect(outcome.errors).toEqual([]);
      expect(outcome).toMatchObject({ format: 'free-form', created: expected.length, rejected: 0 });
      expect(
        target.backend.ctx.db.prepare('SELECT code, name, field FROM procedures ORDER BY code').all(),
      ).toEqual(expected);
    } finally {
      target.backend.close();
    }
  });
});
