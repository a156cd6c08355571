import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { COUNTED_FROM, setCountedFrom } from '../../../src/engine/solver/counted-fill.ts';
import { components, groupUnits } from '../../../src/engine/solver/groups.ts';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { ComponentSearch } from '../../../src/engine/solver/search.ts';
import { rankOrder } from '../../../src/engine/solver/solve.ts';
import type { SolveInput, SolveOutput } from '../../../src/engine/solver/types.ts';
import { arbitraryLevel, arbitraryLongLineLevel, buys, FREE, line, makeLevel, pct } from '../../support/solver-factories.ts';

/** The output without its node count, which the counted incumbent is there to change. */
const plan = (o: SolveOutput): string => JSON.stringify({ ...o, nodes: 0 }, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

/** Per component of the level: [its counted incumbent, the exact gain of its search, whether that search finished]. */
function perComponent(input: SolveInput): [bigint, bigint, boolean][] {
  const groups = groupUnits(input);
  return components(groups, rankOrder(input)).map((comp) => {
    const counted = new ComponentSearch(input, groups, comp, 0).countedIncumbent();
    const exact = new ComponentSearch(input, groups, comp, 0);
    const best = exact.run();
    return [counted, best.gain, !exact.aborted];
  });
}

// docs/solver.md 5b, "The counted incumbent": the gain of a plan the search could make, so never
// above the optimum, and only a target, so the search's plan is the same with or without it.
describe('the counted incumbent', () => {
  afterEach(() => setCountedFrom(COUNTED_FROM));

  // Long lines (many copies of a kind) and small levels of every kind of unit (unavailable ones,
  // floors, customer prices, products for `same` deals).
  const shapes: [string, fc.Arbitrary<SolveInput>, number][] = [
    ['long lines', arbitraryLongLineLevel(4, 30, 4), 11],
    ['small mixed levels', arbitraryLevel(10, 6), 13],
  ];
  it.each(shapes)('never exceeds the exact gain of its component, and often meets it (%s)', (_name, levels, seed) => {
    let met = 0;
    let positive = 0;
    fc.assert(
      fc.property(levels, (input) => {
        for (const [counted, exact, finished] of perComponent(input)) {
          if (!finished) continue;
          expect(counted).toBeLessThanOrEqual(exact);
          if (counted > 0n) positive++;
          if (counted === exact && exact > 0n) met++;
        }
      }),
      { numRuns: 300, seed },
    );
    expect(positive).toBeGreaterThan(100);
    expect(met).toBeGreaterThan(50);
  });

  it('changes nodes, never the plan, when every component tries it first', () => {
    let compared = 0;
    fc.assert(
      fc.property(arbitraryLongLineLevel(4, 30, 4), (input) => {
        setCountedFrom(Number.MAX_SAFE_INTEGER);
        const without = solveLevel(input);
        setCountedFrom(0);
        const withCounted = solveLevel(input);
        if (without.optimal && withCounted.optimal) {
          compared++;
          expect(plan(withCounted)).toBe(plan(without));
        }
      }),
      { numRuns: 300, seed: 12 },
    );
    expect(compared).toBeGreaterThan(200);
  });

  it('leads the search through a long line where the unit fill would price every pair', () => {
    // b11's soda deals: "buy 2, the cheapest free" and "10 % off" on the same line. The fill takes
    // 10 % off first (one application of every unit); its whole-promotion move leaves it out and
    // the counted refill takes the pairs, 10,000 of them as one pick.
    const input = makeLevel(line(20_000, 1000n), [
      { id: 'a-ten-off', tiers: [{ threshold: { kind: 'buysAtLeast', quantity: 1 }, reward: pct(1000) }], target: 'allQualifying' },
      { id: 'b-two-for-one', tiers: [{ threshold: buys(2), reward: FREE }] },
    ], { searchBudget: 200_000 });
    const [[counted, exact, finished]] = perComponent(input) as [[bigint, bigint, boolean]];
    expect(finished).toBe(true);
    expect(counted).toBe(exact);
    expect(exact).toBe(10_000n * 1000n);
    const out = solveLevel(input);
    expect(out.optimal).toBe(true);
    expect(out.applications.map((a) => a.promotion)).toEqual([1]);
  });
});
