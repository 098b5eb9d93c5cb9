import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { lines, oneLine, spacesTidy } from '../../../electron/backend/import/cell-values';
import type { Candidate } from '../../../electron/backend/import/list-rows';
import { newRecordOf } from '../../../electron/backend/import/new-records';
import type { RawSheet } from '../../../electron/backend/import/raw-workbook';
import { packRows, unpackRows } from '../../../electron/backend/import/row-transfer';
import { objectCheck, quickRecordCheck, quickUnitCheck } from '../../../electron/backend/import/quick-check';
import { emptyRecord, ProcedureRecord, UnitProcedureFields } from '../../../electron/shared/domain';
import { DEFAULT_UNIT_FIELDS } from '../../../electron/shared/dvcqg/record-parser';

/** Strings around every length limit of the schema, codes good and bad, odd types. */
const text = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'Hộ tịch',
    '1.000001',
    '1.00001',
    '1.000001.a',
    '2.000001.ab_c',
    'ACTIVE',
    'DRAFT',
  ),
  fc
    .constantFrom(10, 50, 100, 101, 200, 500, 501, 2000, 2001, 4000, 4001, 20000, 20001)
    .map((n) => 'a'.repeat(n)),
  fc.string({ maxLength: 12 }),
);
const value = fc.oneof(
  text,
  fc.constantFrom(null, undefined, 0, 1, 4, 5, -1, 1.5, NaN, Infinity, true, false),
  fc.array(text, { maxLength: 12 }),
  fc.constant([{ method: 'TRUC_TIEP' }]),
  fc.constant({}),
);

const recordKeys = Object.keys(ProcedureRecord.shape);
const unitKeys = Object.keys(UnitProcedureFields.shape);

/** Valid-looking records with a few fields replaced, dropped or added. */
const record = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...recordKeys), value, { maxKeys: 4 }),
    fc.subarray(recordKeys, { maxLength: 1 }),
    fc.boolean(),
    fc.constantFrom('1.000001', '1.2', '3.123456.x'),
  )
  .map(([changes, dropped, extra, code]) => {
    const r: Record<string, unknown> = { ...emptyRecord(code, 'Thủ tục'), ...changes };
    for (const k of dropped) delete r[k];
    if (extra) r.surplus = 1;
    return r;
  });
const unit = fc
  .tuple(fc.dictionary(fc.constantFrom(...unitKeys), value, { maxKeys: 3 }), fc.boolean())
  .map(([changes, extra]) => {
    const u: Record<string, unknown> = { ...DEFAULT_UNIT_FIELDS, ...changes };
    if (extra) u.surplus = 1;
    return u;
  });

describe('the quick schema checks never vouch for what the schema refuses or changes', () => {
  test('ProcedureRecord: quick ⇒ the schema accepts it and returns an equal record', () => {
    let vouched = 0;
    fc.assert(
      fc.property(record, (r) => {
        if (!quickRecordCheck(r)) return;
        vouched++;
        expect(ProcedureRecord.parse(r)).toEqual(r);
      }),
      { seed: 20261126, numRuns: 4000 },
    );
    expect(vouched).toBeGreaterThan(100);
  });

  test('UnitProcedureFields: quick ⇒ the schema accepts them and returns equal fields', () => {
    let vouched = 0;
    fc.assert(
      fc.property(unit, (u) => {
        if (!quickUnitCheck(u)) return;
        vouched++;
        expect(UnitProcedureFields.parse(u)).toEqual(u);
      }),
      { seed: 20261126, numRuns: 4000 },
    );
    expect(vouched).toBeGreaterThan(100);
  });

  test('vouches for the records a list import builds', () => {
    expect(quickRecordCheck({ ...emptyRecord('1.001234', 'Đăng ký khai sinh'), levels: ['Cấp xã'] })).toBe(
      true,
    );
    expect(quickUnitCheck({ ...DEFAULT_UNIT_FIELDS, dossiersPerYear: 120, legacyLevel: 3 })).toBe(true);
  });

  test('a schema with a check it does not know is never vouched for', () => {
    const odd = objectCheck({ a: z.string().email(), b: z.string() });
    expect(odd({ a: 'x@y.vn', b: '' })).toBe(false);
    const nested = objectCheck({ a: z.object({ b: z.string() }) });
    expect(nested({ a: { b: '' } })).toBe(false);
  });
});

describe('tidy cells skip the whitespace rewrite and read the same', () => {
  const units = [' ', '  ', '\n', '\t', '\u00A0', '\u2003', '\uFEFF', '\r\n', 'a', 'Đ', '.', ';'];
  const cellText = fc.string({ unit: fc.constantFrom(...units), maxLength: 16 });

  test('spacesTidy is true exactly when collapsing whitespace changes nothing', () => {
    fc.assert(
      fc.property(cellText, (s) => {
        expect(spacesTidy(s)).toBe(s.replace(/\s+/g, ' ') === s);
      }),
      { seed: 20261126, numRuns: 3000 },
    );
  });

  test('oneLine and lines give what the general rewrite gives', () => {
    fc.assert(
      fc.property(cellText, (v) => {
        const cell = { v, k: 's' as const };
        expect(oneLine(cell)).toEqual({ ok: true, value: v.replace(/\s+/g, ' ') });
        const seen = new Set<string>();
        const expected = v
          .split('\n')
          .map((l) => l.replace(/\s+/g, ' ').trim())
          .filter((l) => l && !seen.has(l) && seen.add(l))
          .join('\n');
        expect(lines(cell)).toEqual({ ok: true, value: expected });
      }),
      { seed: 20261126, numRuns: 3000 },
    );
  });
});

describe('the record a new row becomes', () => {
  test('is the empty record overlaid with the row’s fields and its code, keys in the schema’s order', () => {
    const c: Candidate = {
      code: '1.000123',
      sheet: 'TTHC',
      row: 3,
      record: { code: '1.000123 ', name: 'Tên', levels: ['Cấp xã'], field: '' },
      unit: { dossiersPerYear: 5 },
      problems: [],
    };
    const { merged, mergedUnit } = newRecordOf(c);
    const expected = { ...emptyRecord('', ''), ...c.record, code: c.code };
    expect(merged).toEqual(expected);
    expect(Object.keys(merged)).toEqual(Object.keys(expected));
    expect(mergedUnit).toEqual({ ...DEFAULT_UNIT_FIELDS, dossiersPerYear: 5 });
    expect(newRecordOf(c).merged).not.toBe(merged);
  });
});

describe('rows packed for the trip from the import worker', () => {
  const cell = fc.oneof(
    fc.constant(null),
    // Keys in the order the readers write them: v, k, then f, then enc (cell-text.ts).
    fc
      .tuple(
        fc.string({ maxLength: 6 }),
        fc.constantFrom('s', 'n', 'd', 'b', 'e'),
        fc.boolean(),
        fc.constantFrom(undefined, 'TCVN3', 'VNI'),
      )
      .map(([v, k, f, enc]) => ({ v, k, ...(f ? { f: true } : {}), ...(enc ? { enc } : {}) })),
  );
  const rows = fc.array(fc.oneof(fc.constant(null), fc.array(cell, { maxLength: 6 })), { maxLength: 12 });

  test('unpack(pack(rows)) gives the same rows, with the same keys in the same order', () => {
    fc.assert(
      fc.property(rows, (r) => {
        const back = unpackRows(packRows(r as RawSheet['rows']));
        expect(back).toEqual(r);
        expect(JSON.stringify(back)).toBe(JSON.stringify(r));
      }),
      { seed: 20261126, numRuns: 2000 },
    );
  });
});
