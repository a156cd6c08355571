/** Helpers shared by the WASM tests: canonical form of solver outputs and level generators. */
import fc from 'fast-check';
import type { SolveInput, SolveOutput } from '../../src/engine/solver/types.ts';
import { arbitraryLevel, atLeast, buys, FREE, line, makeLevel, pct, setOff, type PromoSpec } from './solver-factories.ts';

/** A comparable form of a SolveOutput (bigints as strings, `bound` present only when set). */
export function canonical(o: SolveOutput): string {
  return JSON.stringify(o, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
}

/**
 * Random levels for the differential test: the solver factories' levels with a random policy and,
 * one time in three, a small node budget so cut-offs, greedy fallbacks and bounds are compared too.
 */
export function arbitraryWasmLevel(maxUnits = 8, maxPromos = 5): fc.Arbitrary<SolveInput> {
  return fc
    .record({
      level: arbitraryLevel(maxUnits, maxPromos),
      policy: fc.constantFrom('bestDeal' as const, 'bestDeal' as const, 'bestDeal' as const, 'cheapestInTransaction' as const),
      budget: fc.oneof(fc.constant(50_000_000), fc.constant(50_000_000), fc.integer({ min: 1, max: 300 })),
    })
    .map(({ level, policy, budget }) => ({ ...level, policy, searchBudget: budget }));
}

/**
 * A level whose lines hold many units: every unit of `level` becomes `copies[i]` identical units
 * of its line (same price, roles and availability), so sorts, cursors and bounds meet lists of
 * hundreds of units, as a wholesale order's lines do.
 */
export function inflateLevel(level: SolveInput, copies: readonly number[]): SolveInput {
  const units: SolveInput['units'][number][] = [];
  const available: boolean[] = [];
  const copiesOf: number[][] = [];
  const nextUnit = new Map<number, number>();
  level.units.forEach((u, i) => {
    const mine: number[] = [];
    for (let c = 0; c < copies[i % copies.length]!; c++) {
      const unit = nextUnit.get(u.line) ?? 0;
      nextUnit.set(u.line, unit + 1);
      mine.push(units.length);
      units.push({ ...u, unit });
      available.push(level.available[i]!);
    }
    copiesOf.push(mine);
  });
  const spread = (list: readonly number[]): number[] => list.flatMap((i) => copiesOf[i]!).sort((a, b) => a - b);
  return {
    ...level,
    units,
    available,
    promotions: level.promotions.map((p) => ({ ...p, qualifying: spread(p.qualifying), benefit: spread(p.benefit) })),
  };
}

/** Random levels with long lines (`inflateLevel` of a small random level). */
export function arbitraryLargeLineLevel(): fc.Arbitrary<SolveInput> {
  return fc
    .record({
      level: arbitraryLevel(5, 3),
      copies: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 5 }),
      budget: fc.oneof(fc.constant(20_000), fc.integer({ min: 1, max: 2_000 })),
    })
    .map(({ level, copies, budget }) => ({ ...inflateLevel(level, copies), searchBudget: budget }));
}

/**
 * Random levels of two to four long lines (2,000–8,000 identical units each, 10,000 and more in
 * all) under one to three deals of the kinds shops run on such lines — buy N with the cheapest at
 * a percentage off, a percentage off every unit, N for an amount off, buy N and the cheapest
 * benefit unit free — some with budgets or limits: components this long build the counted
 * incumbent first (counted-fill.ts).
 */
export function arbitraryCountedLevel(): fc.Arbitrary<SolveInput> {
  const deal = fc.record({
    kind: fc.constantFrom('cheapest' as const, 'percent' as const, 'set' as const, 'benefit' as const),
    n: fc.integer({ min: 2, max: 4 }),
    bp: fc.constantFrom(1000, 2500, 5000, 10000),
    on: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    budget: fc.option(fc.constantFrom(50_000n, 2_000_000n), { nil: undefined, freq: 3 }),
    maxApplications: fc.constantFrom(2 ** 30, 2 ** 30, 700),
  });
  return fc
    .record({
      lines: fc.array(fc.record({ price: fc.constantFrom(500n, 700n, 999n, 1000n), quantity: fc.integer({ min: 2_000, max: 8_000 }) }), { minLength: 2, maxLength: 4 }),
      deals: fc.array(deal, { minLength: 1, maxLength: 3 }),
      budget: fc.constantFrom(200_000, 200_000, 1_500),
    })
    .map(({ lines, deals, budget }) => {
      const units = lines.flatMap((l, i) => line(l.quantity, l.price, String.fromCharCode(65 + i), i));
      const unitsOf = (pick: (i: number) => boolean): number[] => units.flatMap((u, x) => (pick(u.line ?? 0) ? [x] : []));
      const promos: PromoSpec[] = deals.map((d, k) => {
        const base = { id: `d${k}`, maxApplications: d.maxApplications, ...(d.budget === undefined ? {} : { budget: d.budget }) };
        const on = (i: number): boolean => d.on[i] === true || i === k % lines.length;
        if (d.kind === 'percent') return { ...base, target: 'allQualifying', qualifying: unitsOf(on), tiers: [{ threshold: atLeast(1), reward: pct(d.bp) }] };
        if (d.kind === 'set') return { ...base, target: 'allQualifying', qualifying: unitsOf(on), tiers: [{ threshold: buys(d.n), reward: setOff(BigInt(d.n) * 150n) }] };
        const benefit = unitsOf((i) => !on(i));
        if (d.kind === 'benefit' && benefit.length > 0) return { ...base, target: 'cheapestBenefit', qualifying: unitsOf(on), benefit, tiers: [{ threshold: buys(d.n - 1), reward: FREE }] };
        return { ...base, target: 'cheapestQualifying', qualifying: unitsOf(on), tiers: [{ threshold: buys(d.n), reward: pct(d.bp) }] };
      });
      return makeLevel(units, promos, { searchBudget: budget });
    });
}
