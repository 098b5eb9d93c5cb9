/**
 * National-scale procedure records for the benchmark, drawn from the 54 real records of the demo inventory
 * (public DVCQG data, db/seed/README.md) so names, lĩnh vực, agencies, step and document texts, times and fees
 * have the real lengths and distributions. Deterministic: the same seed and sizes give the same records.
 * Pure (no Node): the unit tests check determinism and the exact totals.
 */
import demoInventory from '../../../../db/seed/demo-inventory.json';
import type {
  Component,
  ComponentGroup,
  InventoryEntry,
  ProcedureRecord,
  Step,
  UnitProcedureFields,
} from '../../../shared/domain';
import { createPrng, type Prng } from '../../prng';

export interface BenchSizes {
  procedures: number;
  /** Mean per procedure; the total is exactly procedures × mean (counts spread ±5 in pairs). */
  stepsPerProcedure: number;
  componentsPerProcedure: number;
}

/** 10,000 procedures, 100,000 steps, 100,000 dossier components (issue 8). */
export const NATIONAL_SIZES: BenchSizes = {
  procedures: 10_000,
  stepsPerProcedure: 10,
  componentsPerProcedure: 10,
};
/** `--quick`: a tenth of the procedures, so a tenth of every total. */
export const QUICK_SIZES: BenchSizes = {
  procedures: 1_000,
  stepsPerProcedure: 10,
  componentsPerProcedure: 10,
};

export const BENCH_SEED = 20261126;

export const BENCH_UNIT = {
  code: 'BENCH-TINH',
  name: 'UBND tỉnh Mô phỏng (dữ liệu đo hiệu năng)',
  level: 'TINH' as const,
};

const SOURCE = 'Dữ liệu đo hiệu năng, sinh từ mẫu Cổng DVCQG (TinhGọn bench)';

/** Qualifiers real procedure names carry; appended so 10,000 names are distinct yet read like real ones. */
const NAME_QUALIFIERS = [
  '',
  '',
  '',
  ' có yếu tố nước ngoài',
  ' cho người nước ngoài',
  ' trên địa bàn xã, phường',
  ' (cấp lại)',
  ' (điều chỉnh)',
  ' lưu động',
  ' đối với tổ chức',
  ' đối với cá nhân',
  ' trong khu công nghiệp',
];

interface Pools {
  entries: InventoryEntry[];
  steps: Step[];
  components: Component[];
  headings: string[];
  fees: (number | null)[];
}

let pools: Pools | undefined;

function sourcePools(): Pools {
  if (pools) return pools;
  // The JSON is validated by the demo seed's own test; here it is only a distribution to sample from.
  const entries = demoInventory as unknown as InventoryEntry[];
  pools = {
    entries,
    steps: entries.flatMap((e) => e.steps),
    components: entries.flatMap((e) => e.componentGroups.flatMap((g) => g.components)),
    headings: entries.flatMap((e) => e.componentGroups.map((g) => g.heading)),
    fees: entries.flatMap((e) => e.channels.flatMap((c) => c.fees.map((f) => f.amount))),
  };
  return pools;
}

/**
 * Per-procedure counts with an exact total: procedures are paired and one gets mean+d, the other mean−d
 * (d in 0..min(5, mean)), so the spread looks real and the totals are exactly what the issue asks for.
 */
export function spreadCounts(rng: Prng, n: number, mean: number): number[] {
  const counts: number[] = [];
  for (let i = 0; i + 1 < n; i += 2) {
    const d = rng.between(0, Math.min(5, mean));
    counts.push(mean + d, mean - d);
  }
  if (n % 2 === 1) counts.push(mean);
  return counts;
}

function code(i: number, base: string): string {
  return `${base.charAt(0) === '2' ? '2' : '1'}.${String(i + 1).padStart(6, '0')}`;
}

function componentGroups(rng: Prng, p: Pools, count: number): ComponentGroup[] {
  if (count === 0) return [];
  const groupCount = count >= 8 ? 2 : 1;
  const groups: ComponentGroup[] = [];
  let left = count;
  for (let g = 0; g < groupCount; g++) {
    const size = g === groupCount - 1 ? left : Math.ceil(count * 0.7);
    left -= size;
    groups.push({
      heading: rng.pick(p.headings),
      components: Array.from({ length: size }, () => ({ ...rng.pick(p.components) })),
    });
  }
  return groups;
}

/** One generated inventory entry (the shared record plus the unit's fields). */
function generateOne(rng: Prng, p: Pools, i: number, steps: number, components: number): InventoryEntry {
  const base = rng.pick(p.entries);
  const fee = rng.pick(p.fees);
  const record: ProcedureRecord = {
    ...base,
    code: code(i, base.code),
    name: `${base.name}${rng.pick(NAME_QUALIFIERS)}`,
    levels: [...base.levels],
    source: SOURCE,
    legacyCode: '',
    channels: base.channels.map((c) => ({
      ...c,
      fees: c.fees.map((f) => ({ ...f, amount: rng.chance(0.3) ? fee : f.amount })),
    })),
    steps: Array.from({ length: steps }, () => ({ ...rng.pick(p.steps) })),
    componentGroups: componentGroups(rng, p, components),
    legalBases: base.legalBases.map((l) => ({ ...l })),
    results: base.results.map((r) => ({ ...r })),
  };
  const unitFields: UnitProcedureFields = { ...rng.pick(p.entries).unitFields, note: '' };
  return { ...record, unitFields };
}

/**
 * Yields the entries one by one (10,000 records with their parts are ~150 MB as objects; the writer inserts
 * them as they come). Same seed and sizes → identical sequence.
 */
export function* generateEntries(sizes: BenchSizes, seed = BENCH_SEED): Generator<InventoryEntry> {
  const p = sourcePools();
  const rng = createPrng(seed);
  const steps = spreadCounts(rng, sizes.procedures, sizes.stepsPerProcedure);
  const components = spreadCounts(rng, sizes.procedures, sizes.componentsPerProcedure);
  for (let i = 0; i < sizes.procedures; i++) yield generateOne(rng, p, i, steps[i] ?? 0, components[i] ?? 0);
}
