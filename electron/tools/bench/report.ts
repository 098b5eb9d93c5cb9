/**
 * Benchmark figures and how they are printed. A figure passes only when every bound in its target holds; a
 * figure that could not be measured is `pending` (pass null) with the reason in `note`, never a made-up number.
 * Pure: the unit tests check the table and the JSON shape.
 */

export interface Target {
  /** Upper bound on the value, in the value's unit. */
  max?: number;
  /** Upper bound on value / floor. */
  maxRatio?: number;
  /** value / floor must be strictly below this (e.g. "faster than LibreOffice" = 1). */
  ratioBelow?: number;
  maxPeakRssMiB?: number;
}

export interface Metric {
  name: string;
  value: number | null;
  unit: string;
  floor: number | null;
  ratio: number | null;
  target: string;
  pass: boolean | null;
  peakRssMiB: number | null;
  /** What the floor is, what was pending, or how many samples: one short line. */
  note?: string;
}

export interface MetricInput {
  name: string;
  value: number | null;
  unit: string;
  floor?: number | null;
  target: Target;
  peakRssMiB?: number | null;
  note?: string;
}

export function describeTarget(t: Target, unit: string): string {
  const parts: string[] = [];
  if (t.max !== undefined) parts.push(`≤ ${t.max} ${unit}`);
  if (t.maxRatio !== undefined) parts.push(`≤ ${t.maxRatio}× floor`);
  if (t.ratioBelow !== undefined) parts.push(`< ${t.ratioBelow}× floor`);
  if (t.maxPeakRssMiB !== undefined) parts.push(`RSS ≤ ${t.maxPeakRssMiB} MiB`);
  return parts.join('; ') || '—';
}

export function makeMetric(m: MetricInput): Metric {
  const floor = m.floor ?? null;
  const ratio = m.value !== null && floor !== null && floor > 0 ? m.value / floor : null;
  const rss = m.peakRssMiB ?? null;
  let pass: boolean | null = null;
  if (m.value !== null) {
    const t = m.target;
    const checks: boolean[] = [];
    if (t.max !== undefined) checks.push(m.value <= t.max);
    if (t.maxRatio !== undefined) checks.push(ratio !== null && ratio <= t.maxRatio);
    if (t.ratioBelow !== undefined) checks.push(ratio !== null && ratio < t.ratioBelow);
    if (t.maxPeakRssMiB !== undefined) checks.push(rss !== null && rss <= t.maxPeakRssMiB);
    pass = checks.every(Boolean);
  }
  return {
    name: m.name,
    value: m.value,
    unit: m.unit,
    floor,
    ratio,
    target: describeTarget(m.target, m.unit),
    pass,
    peakRssMiB: rss,
    ...(m.note ? { note: m.note } : {}),
  };
}

/** Nearest-rank percentile of samples (p in 0..100); NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Three significant-ish digits: 0.0123 → "0.012", 12.345 → "12.3", 1234.5 → "1235". */
export function formatValue(x: number | null): string {
  if (x === null || Number.isNaN(x)) return '—';
  const a = Math.abs(x);
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  if (a >= 1) return x.toFixed(2);
  return x.toFixed(3);
}

function verdict(m: Metric): string {
  if (m.pass === null) return m.note?.startsWith('error') ? 'ERROR' : 'pending';
  return m.pass ? 'pass' : 'FAIL';
}

const COLUMNS = ['figure', 'value', 'floor', 'ratio', 'target', 'peak RSS', 'result'] as const;

/** A plain-text table, one line per figure, then the notes (numbered) below it. */
export function formatTable(metrics: readonly Metric[]): string {
  const rows = metrics.map((m) => [
    m.name,
    m.value === null ? '—' : `${formatValue(m.value)} ${m.unit}`,
    m.floor === null ? '—' : `${formatValue(m.floor)} ${m.unit}`,
    m.ratio === null ? '—' : `${m.ratio.toFixed(2)}×`,
    m.target,
    m.peakRssMiB === null ? '—' : `${m.peakRssMiB.toFixed(0)} MiB`,
    verdict(m),
  ]);
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 1 || i === 2 || i === 3 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(COLUMNS), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
  const notes = metrics.filter((m) => m.note).map((m) => `  · ${m.name}: ${m.note}`);
  if (notes.length) out.push('', 'notes:', ...notes);
  return out.join('\n');
}

export interface BenchReport {
  metrics: Metric[];
  /** Where the numbers came from (machine, versions, mode); extra keys beside `metrics`. */
  machine?: Record<string, unknown>;
  quick?: boolean;
  startedAt?: string;
}
