import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { buys, fixedTotal, line, makeLevel, pct, type PromoSpec } from '../../support/solver-factories.ts';
import { arbitraryShortcutLevel, expectSameAsGeneralSearch, withCentFloors } from '../../support/shortcut-levels.ts';

// "N for a fixed total" deals whose qualifying groups no later deal uses are solved by sorted
// chunks (docs/solver.md, Algorithm 7). A floor turns the shortcut off; a floor of one cent never
// binds on these levels (every unit's share of a fixed total is above a cent), so the same level
// with floors of one cent is solved the general way and must give the very same output.

const unit = fc.record({
  product: fc.constantFrom('A', 'B', 'C'),
  price: fc.constantFrom(120n, 250n, 499n, 700n, 999n),
  cut: fc.constantFrom(0n, 0n, 0n, 30n, 110n),
});
const deal = fc.oneof(
  fc.record({ n: fc.integer({ min: 2, max: 4 }), total: fc.constantFrom(150n, 500n, 900n, 1500n), target: fc.constantFrom('allQualifying' as const, 'cheapestQualifying' as const) })
    .map(({ n, total, target }): Omit<PromoSpec, 'id'> => ({ target, rewardCount: target === 'allQualifying' ? 1 : n, tiers: [{ threshold: buys(n), reward: fixedTotal(total) }] })),
  fc.constantFrom(1000, 2000).map((bp): Omit<PromoSpec, 'id'> => ({ target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(bp) }] })),
);
const level = arbitraryShortcutLevel(unit, deal, 11);

describe('N for a fixed total: the sorted-chunk shortcut', () => {
  it('gives the same output as the general search on random levels, in both engines', () => {
    fc.assert(
      fc.property(level, (input) => expectSameAsGeneralSearch(input)),
      { numRuns: 400, seed: 20261202 },
    );
  });

  it('"3 for $9.33" over five lines of five units is proven in few nodes', () => {
    // Bench shape B, basket 0, level 0, had such a deal last in a component of eight: enumerating
    // the ways to group 25 units into sets of three took 700,000 nodes.
    const prices = [usdCents(412), usdCents(388), usdCents(305), usdCents(291), usdCents(199)];
    const units = prices.flatMap((price, l) => line(5, price, `P${l}`, l));
    const input = makeLevel(units, [{ id: 'x', target: 'allQualifying', tiers: [{ threshold: buys(3), reward: fixedTotal(933n) }] }], { searchBudget: 200_000 });
    const fast = solveLevel(input);
    const slow = solveLevel({ ...withCentFloors(input), searchBudget: 5_000_000 });
    expect(fast.optimal).toBe(true);
    expect(fast.nodes).toBeLessThan(100);
    expect(fast.applications).toEqual(slow.applications);
    expect(slow.nodes).toBeGreaterThan(10 * fast.nodes);
    expect(wasmSolveLevel(input)).toEqual(fast);
  });
});

function usdCents(c: number): bigint {
  // Prices in cents.
  return BigInt(c);
}
