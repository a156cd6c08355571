import { describe, expect, it } from 'vitest';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { buyThreeSnacks, fiveForFifty, twoEqualThreeForTwo } from '../../support/solver-factories.ts';

describe('a tie at the best gain is told apart by the fewest units the unit bounds allow', () => {
  // Every set of five saves its units' prices less 50.00, so the 10.00 units add nothing and the
  // sets can be cut many ways at the same gain. Whether a level of the chain of 12.00 sets can
  // still win is decided by the units a completion needs: the single best rate (2.00 a unit)
  // says too few once the 12.00 units run out; the bounds taken largest first (the 12.00 units,
  // then the 11.00 ones) say as many as the plan found, so the chain is left in one step.
  it.each([20, 200, 2_000, 20_000])('%i units a line: proven in the same nodes, the 10.00 units left out', (n) => {
    const out = solveLevel(fiveForFifty(n));
    expect(out.optimal).toBe(true);
    expect(out.total).toBe(BigInt(n) * 2n * 200n + BigInt(n) * 2n * 100n);
    expect(out.nodes).toBe(solveLevel(fiveForFifty(20)).nodes);
    const used = out.applications.reduce((a, x) => a + x.used.length, 0);
    expect(used).toBe(4 * n);
  });
});

describe('a tie of "buy 3, the cheapest free" alone is told apart by the places of its rewarded units', () => {
  // Alone, its best plan is the sorted chunks: every third unit, most expensive first, is free.
  // A chain level of it reaches that gain with as many units (another cut of the same units), and
  // the unit bounds (a third of each price) promise the gain on too few units; the rewarded
  // places (the t-th free unit is the 3t-th most expensive or cheaper) need as many as the plan.
  // Before: 4,175 nodes at 100 units a line, 37,189 at 1,000, cut off at 5,000.
  it.each([100, 1_000, 5_000])('%i × (2, 1, 2, 1, 3) units: proven in under 200 nodes, every third unit free', (n) => {
    const input = buyThreeSnacks(n);
    const out = solveLevel(input);
    expect(out.optimal).toBe(true);
    expect(out.nodes).toBeLessThan(200);
    const prices = input.units.map((u) => u.price).sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
    let free = 0n;
    for (let i = 2; i < prices.length; i += 3) free += prices[i]!;
    expect(out.total).toBe(free);
  });
});

describe('two equal "buy 3, the cheapest free" deals are bounded by the rewarded places of both', () => {
  // Every split of the sets between the two deals ties. Bounded deal by deal (the second's flat
  // bound: a third of each price), a level a third of a set short of the best still promised it,
  // so the walk tried them all: cut off at 40 units and at every length after. Together, the
  // t-th free unit of either deal is the 3t-th most expensive or cheaper.
  it.each([10, 100, 1_000, 10_000])('four lines of %i units: proven in the same nodes, every third unit free', (n) => {
    const input = twoEqualThreeForTwo(n);
    const out = solveLevel(input);
    expect(out.optimal).toBe(true);
    expect(out.nodes).toBeLessThanOrEqual(solveLevel(twoEqualThreeForTwo(10)).nodes);
    const prices = input.units.map((u) => u.price).sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
    let free = 0n;
    for (let i = 2; i < prices.length; i += 3) free += prices[i]!;
    expect(out.total).toBe(free);
    expect(new Set(out.applications.map((a) => a.promotion))).toEqual(new Set([0]));
  });
});
