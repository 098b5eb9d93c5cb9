import { describe, expect, it } from 'vitest';
import { existingCodes, readExisting } from '../../../db/queries/import-records';
import { attachToUnit, insertProcedure } from '../../../db/queries/procedure-write';
import { insertUnit } from '../../../db/queries/units';
import { planRows } from '../../../electron/backend/import/dry-run';
import { isRejected, type Candidate } from '../../../electron/backend/import/list-rows';
import { emptyRecord } from '../../../electron/shared/domain';
import { DEFAULT_UNIT_FIELDS } from '../../../electron/shared/dvcqg/record-parser';
import { useTempDir } from '../../support/temp';
import { emptyBackend } from '../../fixtures/import/helpers';

const temp = useTempDir('tinhgon-import-plan-');

const candidate = (
  code: string,
  row: number,
  record: Candidate['record'] = {},
  error = false,
): Candidate => ({
  code,
  sheet: 'TTHC',
  row,
  record: { code, name: `Thủ tục ${code}`, ...record },
  unit: {},
  problems: error
    ? [
        {
          sheet: 'TTHC',
          row,
          column: 'A',
          field: 'code',
          code: 'CODE_INVALID',
          severity: 'error',
          params: {},
        },
      ]
    : [],
});

/** A database holding a code in this unit, one only in another unit, and one in no unit at all. */
function seeded() {
  const { backend, unitId } = emptyBackend(temp());
  const db = backend.ctx.db;
  const other = insertUnit(db, { code: 'XA-KHAC', name: 'Xã Khác', level: 'XA' });
  const add = (code: string, units: number[]) => {
    const id = insertProcedure(db, { ...emptyRecord(code, `Thủ tục ${code}`), field: 'Hộ tịch' });
    for (const u of units) attachToUnit(db, u, id, DEFAULT_UNIT_FIELDS);
  };
  add('1.000001', [unitId]);
  add('1.000002', [other]);
  add('1.000003', []);
  add('1.000004', [unitId, other]);
  return { backend, db, unitId };
}

describe('planning against the database: one query for which codes exist', () => {
  it('finds exactly the stored codes among those given, including none and repeats', () => {
    const { backend, db } = seeded();
    expect(existingCodes(db, [])).toEqual(new Set());
    expect(existingCodes(db, ['9.999999', "1.000001'--", '%'])).toEqual(new Set());
    expect(existingCodes(db, ['1.000001', '1.000001', '1.000003', '2.000001'])).toEqual(
      new Set(['1.000001', '1.000003']),
    );
    const many = Array.from({ length: 20_000 }, (_, i) => `5.${String(i).padStart(6, '0')}`);
    expect(existingCodes(db, [...many, '1.000004'])).toEqual(new Set(['1.000004']));
    backend.close();
  });

  it('gives every row the same stored record readExisting gives it on its own', () => {
    const { backend, db, unitId } = seeded();
    const candidates = [
      candidate('1.000001', 3, { name: 'Tên mới' }),
      candidate('1.000002', 4),
      candidate('1.000003', 5),
      candidate('1.000004', 6, { steps: [] }),
      candidate('1.000005', 7),
      candidate('1.000001', 8, {}, true),
      candidate('', 9, {}, true),
    ];
    const rows = planRows(db, unitId, candidates);
    expect(rows.map((r) => r.status)).toEqual([
      'updated',
      'new',
      'new',
      'unchanged',
      'new',
      'rejected',
      'rejected',
    ]);
    for (const [i, row] of rows.entries()) {
      const c = candidates[i]!;
      const withParts = 'steps' in c.record;
      expect(row.existing, c.code).toEqual(
        isRejected(c) ? null : readExisting(db, unitId, c.code, withParts),
      );
    }
    // Attached elsewhere: the shared record is reused and attached here; in no unit: treated as new.
    expect(rows[1]!.existing?.unitProcedureId).toBeNull();
    expect(rows[2]!.existing).toBeNull();
    backend.close();
  });
});
