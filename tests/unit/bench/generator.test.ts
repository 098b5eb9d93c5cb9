import { describe, expect, it } from 'vitest';
import { costCases } from '../../../electron/tools/bench/generate/activities';
import { createPrng } from '../../../electron/tools/prng';
import {
  generateEntries,
  spreadCounts,
  type BenchSizes,
} from '../../../electron/tools/bench/generate/records';
import {
  FREE_FORM_HEADERS,
  LIST_HEADERS,
  freeFormRows,
  listRow,
  toRoman,
} from '../../../electron/tools/bench/generate/sheet-rows';
import { InventoryEntry, PROCEDURE_CODE_RE } from '../../../electron/shared/domain';
import demoInventory from '../../../db/seed/demo-inventory.json';

const SMALL: BenchSizes = { procedures: 301, stepsPerProcedure: 10, componentsPerProcedure: 10 };

describe('bench PRNG', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const c = createPrng(43);
    const seqA = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 50 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('keeps between() inside its inclusive bounds and reaches both ends', () => {
    const r = createPrng(7);
    const seen = new Set(Array.from({ length: 2000 }, () => r.between(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });
});

describe('bench record generator', () => {
  it('is deterministic: same seed and sizes give identical records', () => {
    const first = [...generateEntries(SMALL, 99)];
    const second = [...generateEntries(SMALL, 99)];
    expect(second).toEqual(first);
    expect([...generateEntries(SMALL, 100)]).not.toEqual(first);
  });

  it('hits the exact totals: procedures, steps and components', () => {
    const entries = [...generateEntries(SMALL, 1)];
    expect(entries).toHaveLength(301);
    expect(entries.reduce((n, e) => n + e.steps.length, 0)).toBe(3010);
    const components = entries.reduce(
      (n, e) => n + e.componentGroups.reduce((m, g) => m + g.components.length, 0),
      0,
    );
    expect(components).toBe(3010);
  });

  it('spreads per-procedure counts around the mean with an exact total', () => {
    const counts = spreadCounts(createPrng(5), 1000, 10);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...counts)).toBeLessThanOrEqual(15);
    expect(new Set(counts).size).toBeGreaterThan(5);
  });

  it('produces valid, unique records drawn from the real lĩnh vực', () => {
    const entries = [...generateEntries(SMALL, 3)];
    for (const e of entries) expect(InventoryEntry.safeParse(e).success).toBe(true);
    const codes = entries.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => PROCEDURE_CODE_RE.test(c))).toBe(true);
    const realFields = new Set((demoInventory as { field: string }[]).map((r) => r.field));
    expect(entries.every((e) => realFields.has(e.field))).toBe(true);
    expect(new Set(entries.map((e) => e.field)).size).toBeGreaterThan(10);
  });

  it('builds cost cases whose marks point at activities of the same procedure', () => {
    const entries = [
      ...generateEntries({ procedures: 40, stepsPerProcedure: 10, componentsPerProcedure: 10 }, 11),
    ];
    const cases = costCases(entries, 11);
    expect(cases).toHaveLength(40);
    for (const c of cases) {
      const linked = new Set<number | null>(c.before.map((a) => a.linkedId).filter((x) => x !== null));
      expect(c.marks.every((m) => linked.has(m.targetId))).toBe(true);
      expect(c.before.map((a) => a.ord)).toEqual(c.before.map((_, i) => i + 1));
    }
    expect(costCases(entries, 11)).toEqual(cases);
  });
});

describe('bench workbook rows', () => {
  const entries = [
    ...generateEntries({ procedures: 60, stepsPerProcedure: 2, componentsPerProcedure: 2 }, 4),
  ];

  it('writes the DVCQG list columns in the documented order', () => {
    expect(LIST_HEADERS).toEqual(['Mã số', 'Tên', 'Cơ quan ban hành', 'Cơ quan thực hiện', 'Lĩnh vực']);
    const e = entries[0]!;
    const row = listRow(e);
    expect(row[0]).toBe(e.code);
    expect(row[1]).toBe(e.name);
    expect(row[4]).toBe(e.field);
    expect(row[3]).not.toBe('');
  });

  it('groups the free-form list by lĩnh vực with Roman numerals and numbers every item once', () => {
    expect(FREE_FORM_HEADERS[0]).toBe('STT');
    const rows = freeFormRows(entries);
    const groups = rows.filter((r) => r.kind === 'group');
    const items = rows.filter((r) => r.kind === 'item');
    expect(items).toHaveLength(60);
    expect(items.map((r) => r.cells[0])).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(groups.map((g) => g.cells[0])).toEqual(groups.map((_, i) => toRoman(i + 1)));
    expect(groups.length).toBe(new Set(entries.map((e) => e.field)).size);
  });

  it('spells Roman numerals', () => {
    expect([1, 4, 9, 14, 19, 40, 90, 2026].map(toRoman)).toEqual([
      'I',
      'IV',
      'IX',
      'XIV',
      'XIX',
      'XL',
      'XC',
      'MMXXVI',
    ]);
    expect(() => toRoman(0)).toThrow(RangeError);
  });
});
