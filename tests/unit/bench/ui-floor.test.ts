/**
 * The browser figures' floors (electron/tools/bench/figures/ui-floor.ts, ui-metrics.ts): the rows the floor page
 * is handed are exactly those the app draws first, and the figures' arithmetic. No timings are checked.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { floorSearchPlan, typedValues } from '../../../electron/tools/bench/figures/ui-floor';
import type { UiResult } from '../../../electron/tools/bench/figures/ui';
import { coldStartMetric, searchMetric } from '../../../electron/tools/bench/figures/ui-metrics';
import type { InventoryRow } from '../../../electron/shared/contract/inventory';
import type { ProcedureRecord } from '../../../electron/shared/domain';
import { parseSearch } from '../../../electron/shared/text/search';
import { rankRows } from '../../../renderer/src/features/inventory/grid/search-rank';

const records = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../db/seed/demo-inventory.json'), 'utf8'),
) as ProcedureRecord[];
const rows = records.map((r, i): InventoryRow => ({
  id: i + 1,
  procedureId: i + 1,
  unitId: 1,
  code: r.code,
  name: r.name,
  field: r.field,
  kind: r.kind,
  levels: r.levels,
  executingAgencies: r.executingAgencies,
  onlineLevel: null,
  dossiersPerYear: null,
  channels: [],
  fees: [],
  stepCount: r.steps.length,
  componentCount: 0,
  reviewStatus: null,
  updatedAt: '2026-01-01',
}));

const result = (o: Partial<UiResult>): UiResult => ({
  chromium: '156',
  cold: [],
  floorColdMs: [],
  searchMs: [],
  floorSearchMs: [],
  searchSkipped: 0,
  searchMethod: 'mark',
  searchHostPeakRssMiB: 170,
  ...o,
});
const run = (hostStartMs: number, gridReadyMs: number) => ({
  hostStartMs,
  bootMs: 100,
  rowsMs: 200,
  gridReadyMs,
  hostPeakRssMiB: 160,
});

describe('the search floor is handed what the app draws first', () => {
  it('lists every value the box holds while typing, once', () => {
    expect(typedValues(['khai sinh', 'kh'])).toEqual([
      'k',
      'kh',
      'kha',
      'khai',
      'khai ',
      'khai s',
      'khai si',
      'khai sin',
      'khai sinh',
    ]);
  });

  it('plans, for each value, the rows and order the grid ranks at that keystroke', () => {
    const values = typedValues(['dang ky khai sinh', '1.0011', 'ho tich']);
    const plan = floorSearchPlan(rows, values);
    expect(plan['dang ky khai sinh']?.[0]).toBe(rows.find((r) => r.code === '1.001193')!.id);
    for (const value of values) {
      const { keys } = rankRows(rows, parseSearch(value), null);
      const grid = [...keys].sort((a, b) => a[1] - b[1]).map(([id]) => id);
      expect(plan[value], value).toEqual(grid);
    }
  });
});

describe('the browser figures beside their floors', () => {
  const ms = (n: number, x: number) => Array.from({ length: n }, () => x);

  it('search: p95 of the app and of the floor, passing only under 50 ms and 1.5× the floor', () => {
    const app = [...ms(38, 20), 44, 46]; // p95 of 40 samples is the 38th: 20
    const pass = searchMetric(result({ searchMs: app, floorSearchMs: ms(40, 16) }), 10_000);
    expect(pass).toMatchObject({ value: 20, floor: 16, ratio: 1.25, pass: true, unit: 'ms' });
    expect(pass.name).toContain('10000 procedures');
    expect(pass.target).toBe('≤ 50 ms; ≤ 1.5× floor');
    // Under 50 ms but 2× the floor: a miss.
    expect(searchMetric(result({ searchMs: ms(40, 40), floorSearchMs: ms(40, 20) }), 1).pass).toBe(false);
    // 1.2× the floor but over 50 ms: a miss too.
    expect(searchMetric(result({ searchMs: ms(40, 60), floorSearchMs: ms(40, 50) }), 1).pass).toBe(false);
    // No floor measured: never a pass.
    expect(searchMetric(result({ searchMs: ms(40, 20) }), 1)).toMatchObject({ floor: null, pass: false });
    expect(searchMetric(result({}), 1)).toMatchObject({ value: null, pass: null });
  });

  it('cold start: median of host start + grid-ready against the median static page, ≤ 1.3×', () => {
    const r = result({
      cold: [run(500, 1500), run(400, 1100), run(600, 2400)],
      floorColdMs: [1300, 1200, 1250],
    });
    const m = coldStartMetric(r);
    expect(m).toMatchObject({ value: 2000, floor: 1250, ratio: 1.6, pass: false, peakRssMiB: 160 });
    expect(m.target).toBe('≤ 1.3× floor');
    expect(m.note).toContain('node-host spawn → serving 500 ms + navigation → grid-ready 1500 ms');
    const fast = coldStartMetric(result({ cold: [run(100, 1200)], floorColdMs: [1000] }));
    expect(fast).toMatchObject({ value: 1300, floor: 1000, pass: true });
    expect(fast.ratio).toBeCloseTo(1.3);
  });
});
