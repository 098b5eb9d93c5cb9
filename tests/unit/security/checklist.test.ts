import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SECURITY_CHECKLIST, uncoveredChecklistItems } from '../../../electron/main/security/checklist';

const root = resolve(__dirname, '../../..');

describe('Electron security checklist items 1–20 (reliability-perf.md §2.1)', () => {
  test('every item 1–20 appears exactly once, in order', () => {
    expect(SECURITY_CHECKLIST.map((e) => e.item)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  test('every item has an implementation or a written reason why it does not apply', () => {
    expect(uncoveredChecklistItems()).toEqual([]);
    for (const entry of SECURITY_CHECKLIST) {
      const reason = entry.notApplicable?.trim() ?? '';
      expect(entry.implementedBy.length > 0 || reason.length >= 40, `item ${entry.item}`).toBe(true);
    }
  });

  test('the guard itself reports items with neither an implementation nor a reason', () => {
    const withoutSeven = SECURITY_CHECKLIST.filter((e) => e.item !== 7);
    const emptyNine = SECURITY_CHECKLIST.map((e) => (e.item === 9 ? { ...e, implementedBy: [] } : e));
    expect(uncoveredChecklistItems(withoutSeven)).toEqual([7]);
    expect(uncoveredChecklistItems(emptyNine)).toEqual([9]);
  });

  for (const entry of SECURITY_CHECKLIST) {
    for (const impl of entry.implementedBy) {
      test(`item ${entry.item} (${entry.title}): ${impl.module} exports ${impl.exports.join(', ')}`, async () => {
        const file = resolve(root, impl.module);
        expect(existsSync(file)).toBe(true);
        const mod = (await import(file)) as Record<string, unknown>;
        for (const name of impl.exports) expect(mod[name], `${impl.module}#${name}`).toBeDefined();
      });
    }
    if (entry.wiredIn) {
      test(`item ${entry.item}: the Electron module that wires it exists`, () => {
        const wired = entry.wiredIn?.split(/[ ;(]/).filter((p) => p.endsWith('.ts')) ?? [];
        expect(wired.length).toBeGreaterThan(0);
        for (const p of wired) expect(existsSync(resolve(root, p)), p).toBe(true);
      });
    }
  }
});
