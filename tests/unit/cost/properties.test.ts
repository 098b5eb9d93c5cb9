import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  compareScenarios,
  computeScenario,
  deriveAfter,
  divRoundHalfUp,
  parseHours,
  ratioBp,
  roundMilliToDong,
  type Activity,
  type CostParams,
} from '../../../electron/shared/cost';
import { unwrap } from './helpers';

const money = fc.integer({ min: 0, max: 5_000_000 });
const link = fc.option(
  fc.record({
    kind: fc.constantFrom('STEP' as const, 'COMPONENT' as const),
    id: fc.integer({ min: 1, max: 6 }),
  }),
);

const activities = fc
  .array(
    fc.record({
      hoursMilli: fc.integer({ min: 0, max: 200_000 }),
      serviceCost: money,
      otherCost: money,
      fee: money,
      link,
    }),
    { maxLength: 12 },
  )
  .map((rows) =>
    rows.map((r, i): Activity => ({
      ord: i + 1,
      name: `Hoạt động ${i + 1}`,
      hoursMilli: r.hoursMilli,
      serviceCost: r.serviceCost,
      otherCost: r.otherCost,
      fee: r.fee,
      linkedKind: r.link?.kind ?? null,
      linkedId: r.link?.id ?? null,
      isOverride: false,
    })),
  );

const marks = fc.array(
  fc.record({
    targetKind: fc.constantFrom('STEP' as const, 'COMPONENT' as const, 'PROCEDURE' as const, 'FEE' as const),
    targetId: fc.option(fc.integer({ min: 1, max: 6 })),
    action: fc.constantFrom(
      'KEEP' as const,
      'REMOVE' as const,
      'SIMPLIFY' as const,
      'MERGE' as const,
      'REPLACE_BY_DATA' as const,
    ),
    mergeIntoId: fc.option(fc.integer({ min: 1, max: 6 })),
  }),
  { maxLength: 8 },
);

const params: fc.Arbitrary<CostParams> = fc.record({
  hourlyIncome: fc.integer({ min: 1, max: 2_000_000 }),
  population: fc.integer({ min: 1, max: 5_000_000 }),
  frequency: fc.integer({ min: 1, max: 365 }),
});

describe('properties', () => {
  it('marks without overrides only remove: after ≤ before, and before = kept + removed', () => {
    fc.assert(
      fc.property(activities, marks, params, (before, ms, p) => {
        const d = unwrap(deriveAfter(before, ms, []));
        expect(d.activities.length + d.removed.length).toBe(before.length);
        const b = unwrap(computeScenario(before, p));
        const a = unwrap(computeScenario(d.activities, p));
        const removed = unwrap(
          computeScenario(
            d.removed.map((r) => r.activity),
            p,
          ),
        );
        expect(a.perYearMilli <= b.perYearMilli).toBe(true);
        expect(a.perYearMilli + removed.perYearMilli).toBe(b.perYearMilli);
        const c = compareScenarios(b, a);
        if (c.reductionBp !== null) expect(c.reductionBp >= 0 && c.reductionBp <= 10_000).toBe(true);
      }),
    );
  });

  it('per year = exact per dossier × population × frequency; rounding happens once, at the end', () => {
    fc.assert(
      fc.property(activities, params, (list, p) => {
        const s = unwrap(computeScenario(list, p));
        expect(s.perYearMilli).toBe(s.perDossierMilli * BigInt(p.population) * BigInt(p.frequency));
        const rowsSum = s.rows.reduce((acc, r) => acc + r.perYearMilli, 0n);
        expect(rowsSum).toBe(s.perYearMilli);
      }),
    );
  });

  it('aggregate % = Σ savings / Σ before, whatever the split into procedures', () => {
    const totals = fc.array(
      fc
        .tuple(fc.bigInt({ min: 1n, max: 10n ** 18n }), fc.bigInt({ min: 0n, max: 10n ** 18n }))
        .map(([before, after]) => ({ beforePerYearMilli: before, afterPerYearMilli: after })),
      { minLength: 1, maxLength: 20 },
    );
    fc.assert(
      fc.property(totals, (items) => {
        const sb = items.reduce((s, i) => s + i.beforePerYearMilli, 0n);
        const sa = items.reduce((s, i) => s + i.afterPerYearMilli, 0n);
        const agg = aggregate(items);
        expect(agg.savingMilli).toBe(sb - sa);
        expect(agg.reductionBp).toBe(ratioBp(sb - sa, sb));
        // Splitting or merging procedures never changes the total.
        expect(aggregate([agg]).reductionBp).toBe(agg.reductionBp);
      }),
    );
  });

  it('rounding is the nearest integer, ties away from zero', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (n, d) => {
          const q = divRoundHalfUp(n, d);
          const err = n * 2n - q * 2n * d; // 2·(n/d − q)·d
          const absErr = err < 0n ? -err : err;
          expect(absErr <= d).toBe(true);
          if (absErr === d) expect(n >= 0n ? err < 0n : err > 0n).toBe(true); // tie went away from zero
        },
      ),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), (whole) => {
        expect(roundMilliToDong(whole * 1000n + 500n)).toBe(whole + 1n);
        expect(roundMilliToDong(whole * 1000n + 499n)).toBe(whole);
      }),
    );
  });

  it('parseHours round-trips any thousandths written with . or ,', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom('.', ','), (milli, sep) => {
        const text = `${Math.trunc(milli / 1000)}${sep}${String(milli % 1000).padStart(3, '0')}`;
        expect(parseHours(text)).toEqual({ ok: true, value: milli });
      }),
    );
  });
});
