/**
 * The two browser figures from a UiResult, each beside its floor (pure: tests/unit/bench checks the arithmetic).
 * - Search: the p95 of the app's keystrokes, the floor the p95 of the same keystrokes on the static page; the
 *   target holds both the ratio (≤ 1.5×) and the budget (p95 ≤ 50 ms).
 * - Cold start: the median of the app's runs (node-host spawn → serving + navigation → grid-ready), the floor the
 *   median of the static page's runs (navigation → grid-ready); target ≤ 1.3× (an absolute time does not travel
 *   between machines).
 */
import { makeMetric, median, percentile, type Metric } from '../report';
import type { UiResult } from './ui';

const r0 = (x: number) => x.toFixed(0);

export function searchMetric(r: UiResult, procedures: number): Metric {
  const p95 = (xs: number[]) => (xs.length ? percentile(xs, 95) : null);
  const p50 = (xs: number[]) => (xs.length ? r0(median(xs)) : '—');
  const end =
    r.searchMethod === 'mark'
      ? 'first tinhgon:search-rendered mark after the keystroke'
      : 'first frame after the row count changed (no tinhgon:search-rendered mark yet)';
  return makeMetric({
    name: `search keystroke → rendered rows, p95 (${procedures} procedures)`,
    value: p95(r.searchMs),
    unit: 'ms',
    floor: p95(r.floorSearchMs),
    target: { max: 50, maxRatio: 1.5 },
    peakRssMiB: r.searchHostPeakRssMiB,
    note:
      `${r.searchMs.length} keystrokes, p50 ${p50(r.searchMs)} ms, end = ${end}; ` +
      `floor = the same ${r.floorSearchMs.length} keystrokes into the same grid on a static page, handed the rows ` +
      `(p50 ${p50(r.floorSearchMs)} ms); ${r.searchSkipped} keystrokes changed nothing visible and were skipped; ` +
      'RSS = node-host VmHWM',
  });
}

export function coldStartMetric(r: UiResult): Metric {
  const totals = r.cold.map((x) => x.hostStartMs + x.gridReadyMs);
  const value = totals.length ? median(totals) : null;
  const mid = value === null ? undefined : r.cold[totals.indexOf(value)];
  const peaks = r.cold.map((x) => x.hostPeakRssMiB ?? 0);
  return makeMetric({
    name: 'cold start → grid interactive',
    value,
    unit: 'ms',
    floor: r.floorColdMs.length ? median(r.floorColdMs) : null,
    target: { maxRatio: 1.3 },
    peakRssMiB: Math.max(0, ...peaks) || null,
    note:
      `median of ${r.cold.length}: node-host spawn → serving ${r0(mid?.hostStartMs ?? 0)} ms + navigation → ` +
      `grid-ready ${r0(mid?.gridReadyMs ?? 0)} ms (boot mark ${r0(mid?.bootMs ?? 0)}, rows mark ` +
      `${r0(mid?.rowsMs ?? 0)}); floor = median of ${r.floorColdMs.length}: navigation → grid-ready on a static ` +
      `page with the app's bundle and its first rows from a JSON file; Chromium ${r.chromium}; RSS = node-host VmHWM`,
  });
}
