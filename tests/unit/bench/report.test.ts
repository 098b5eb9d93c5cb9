import { describe, expect, it } from 'vitest';
import {
  formatTable,
  formatValue,
  makeMetric,
  median,
  percentile,
} from '../../../electron/tools/bench/report';

describe('bench figures', () => {
  it('computes the ratio to the floor and checks every bound of the target', () => {
    const ok = makeMetric({
      name: 'export',
      value: 1200,
      unit: 'ms',
      floor: 1000,
      target: { maxRatio: 1.3, maxPeakRssMiB: 300 },
      peakRssMiB: 150,
    });
    expect(ok.ratio).toBeCloseTo(1.2);
    expect(ok.pass).toBe(true);
    expect(ok.target).toBe('≤ 1.3× floor; RSS ≤ 300 MiB');
    const tooBig = makeMetric({
      name: 'export',
      value: 1200,
      unit: 'ms',
      floor: 1000,
      target: { maxRatio: 1.3, maxPeakRssMiB: 300 },
      peakRssMiB: 301,
    });
    expect(tooBig.pass).toBe(false);
    const noRss = makeMetric({
      name: 'export',
      value: 1200,
      unit: 'ms',
      floor: 1000,
      target: { maxPeakRssMiB: 300 },
    });
    expect(noRss.pass).toBe(false);
  });

  it('treats "faster than the peer" as a strict bound', () => {
    expect(
      makeMetric({ name: 'i', value: 100, unit: 'ms', floor: 100, target: { ratioBelow: 1 } }).pass,
    ).toBe(false);
    expect(makeMetric({ name: 'i', value: 99, unit: 'ms', floor: 100, target: { ratioBelow: 1 } }).pass).toBe(
      true,
    );
  });

  it('reports an unmeasured figure as pending, never as a pass', () => {
    const m = makeMetric({
      name: 'import',
      value: null,
      unit: 'ms',
      floor: 500,
      target: { maxRatio: 1.5 },
      note: 'pending: no engine',
    });
    expect(m).toMatchObject({ value: null, ratio: null, pass: null, floor: 500, note: 'pending: no engine' });
  });

  it('serialises to the documented JSON keys', () => {
    const m = makeMetric({
      name: 'edit',
      value: 12,
      unit: 'ms',
      floor: 10,
      target: { max: 20 },
      peakRssMiB: 80,
    });
    expect(Object.keys(JSON.parse(JSON.stringify(m)) as Record<string, unknown>).sort()).toEqual(
      ['floor', 'name', 'pass', 'peakRssMiB', 'ratio', 'target', 'unit', 'value'].sort(),
    );
  });
});

describe('bench statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 100)).toBe(100);
    expect(median([3, 1, 2])).toBe(2);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });
});

describe('bench table', () => {
  it('prints one aligned line per figure with value, floor, ratio, target and verdict, then the notes', () => {
    const table = formatTable([
      makeMetric({
        name: 'cell edit',
        value: 12.345,
        unit: 'ms',
        floor: 9.5,
        target: { max: 20 },
        peakRssMiB: 81.4,
      }),
      makeMetric({
        name: 'import',
        value: null,
        unit: 'ms',
        floor: 1500,
        target: { maxRatio: 1.5 },
        note: 'pending: engine not ready',
      }),
      makeMetric({ name: 'search', value: 75, unit: 'ms', target: { max: 50 } }),
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^figure\s+value\s+floor\s+ratio\s+target\s+peak RSS\s+result$/);
    expect(lines[2]).toMatch(/^cell edit\s+12\.3 ms\s+9\.50 ms\s+1\.30×\s+≤ 20 ms\s+81 MiB\s+pass$/);
    expect(lines[3]).toMatch(/^import\s+—\s+1500 ms\s+—\s+≤ 1\.5× floor\s+—\s+pending$/);
    expect(lines[4]).toMatch(/FAIL$/);
    expect(table).toContain('· import: pending: engine not ready');
    // Columns line up: every row has the value column ending at the same place.
    const end = (l: string, s: string) => l.indexOf(s) + s.length;
    expect(end(lines[2]!, '12.3 ms')).toBe(end(lines[4]!, '75.0 ms'));
  });

  it('formats values to about three significant digits', () => {
    expect([0.01234, 1.234, 12.34, 1234.5].map(formatValue)).toEqual(['0.012', '1.23', '12.3', '1235']);
    expect(formatValue(null)).toBe('—');
  });
});
