/**
 * A small seeded PRNG (mulberry32) for everything that must repeat exactly: the benchmark data (figures from
 * two runs are only comparable when they measured the same rows), the crash drills (a failing run is replayed
 * from its seed) and the tests' generated cases. Not for anything secret.
 */
export interface Prng {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Uniform integer in [0, n). */
  int: (n: number) => number;
  /** Uniform integer in [min, max] (both inclusive). */
  between: (min: number, max: number) => number;
  /** One element of a non-empty array. */
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)] as T;
    },
    chance: (p) => next() < p,
  };
}
