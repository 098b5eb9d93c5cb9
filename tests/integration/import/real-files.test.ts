import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/temp';
import { BTP, BXD, emptyBackend, importBytes, readBytes } from '../../fixtures/import/helpers';

const temp = useTempDir('tinhgon-import-');

describe('import: the official DVCQG list exports', () => {
  it.each([
    [BTP, 271, '1.013849', 'chuyen doi van phong cong chung loai hinh doanh nghiep tu nhan'],
    [BXD, 525, '1.013335', 'bo sung ho so dang ky chung nhan xe co gioi'],
  ])('%s imports every procedure with zero errors', async (file, count, nfdCode, nfdQuery) => {
    const { backend, call, unitId } = emptyBackend(temp());
    try {
      const outcome = await importBytes(backend.ctx, readBytes(file), { unitId, fileName: 'dvcqg.xlsx' });
      expect(outcome.errors).toEqual([]);
      expect(outcome).toMatchObject({
        committed: true,
        format: 'dvcqg-list',
        created: count,
        rejected: 0,
        updated: 0,
        conflicts: 0,
      });
      const db = backend.ctx.db;
      expect(db.prepare('SELECT count(*) AS n FROM unit_procedures WHERE unit_id = ?').get(unitId)).toEqual({
        n: count,
      });
      // Every stored string is NFC and trimmed; multi-valued agencies keep one per line.
      const rows = db
        .prepare('SELECT code, name, field, issuing_agency, executing_agencies FROM procedures')
        .all() as Record<string, string>[];
      for (const r of rows) {
        for (const v of Object.values(r)) {
          expect(v).toBe(v.normalize('NFC'));
          expect(v).toBe(v.trim());
          expect(v).not.toMatch(/ {2}|\n\n/);
        }
        expect(r.code).toMatch(/^\d\.\d{6}/);
      }
      expect(rows.some((r) => r.executing_agencies!.includes('\n'))).toBe(true);
      // The official exports repeat lines in a cell ("Ủy ban nhân dân cấp xã\nỦy ban nhân dân cấp xã", "Bộ Tư
      // pháp\n\nBộ Tư pháp"): stored once each. A lĩnh vực is one line (none of these files has a two-line one).
      for (const r of rows) {
        const lines = r.executing_agencies!.split('\n');
        expect(new Set(lines).size, r.code).toBe(lines.length);
        expect(r.field, r.code).not.toContain('\n');
      }
      expect(outcome.warnings.filter((w) => w.message.startsWith('Ô lĩnh vực'))).toEqual([]);
      // Imported rows are found by an accent-free search, including rows whose source text was NFD.
      // (the name cell of nfdCode is decomposed Unicode in the source file).
      const page = await call('inventory.list', { unitId, search: nfdQuery, offset: 0, limit: 50 });
      expect(page.rows.map((r) => r.code)).toContain(nfdCode);
      const stored = db.prepare('SELECT name FROM procedures WHERE code = ?').get(nfdCode) as {
        name: string;
      };
      expect(stored.name).toBe(stored.name.normalize('NFC'));
      // A second import of the same file changes nothing.
      const again = await importBytes(backend.ctx, readBytes(file), { unitId, fileName: 'dvcqg.xlsx' });
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: count, conflicts: 0 });
    } finally {
      backend.close();
    }
  });
});
