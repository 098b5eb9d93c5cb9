/**
 * Cost recompute for every procedure: for each one, the "before" scenario, the "after" list derived from the
 * review marks, the "after" scenario and the comparison; then the aggregate over all of them
 * (electron/shared/cost, exact bigint arithmetic). Inputs are built before the clock starts.
 */
import { aggregate, compareScenarios, computeScenario, type Comparison } from '../../../shared/cost/engine';
import { deriveAfter } from '../../../shared/cost/derive-after';
import { costCases, type CostCase } from '../generate/activities';
import { BENCH_SEED, generateEntries, type BenchSizes } from '../generate/records';

export interface CostResult {
  runsMs: number[];
  procedures: number;
  activities: number;
  reductionBp: number | null;
}

function recomputeAll(cases: readonly CostCase[]): number | null {
  const comparisons: Comparison[] = [];
  for (const c of cases) {
    const before = computeScenario(c.before, c.params);
    const derived = deriveAfter(c.before, c.marks, []);
    if (!before.ok || !derived.ok) throw new Error(`cost engine refused ${c.code}`);
    const after = computeScenario(derived.value.activities, c.params);
    if (!after.ok) throw new Error(`cost engine refused ${c.code}`);
    comparisons.push(compareScenarios(before.value, after.value));
  }
  return aggregate(comparisons).reductionBp;
}

export function measureCost(sizes: BenchSizes, runs: number): CostResult {
  const cases = costCases(generateEntries(sizes, BENCH_SEED), BENCH_SEED);
  const runsMs: number[] = [];
  let reductionBp: number | null = null;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    reductionBp = recomputeAll(cases);
    runsMs.push(performance.now() - t);
  }
  return {
    runsMs,
    procedures: cases.length,
    activities: cases.reduce((n, c) => n + c.before.length, 0),
    reductionBp,
  };
}
