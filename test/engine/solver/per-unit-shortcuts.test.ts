import { describe, expect, it } from 'vitest';
import { percentOfPrice } from '../../../src/domain/money.ts';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { atLeast, buys, makeLevel, pct, type UnitSpec } from '../../support/solver-factories.ts';
import { bruteForceBest } from './brute-force.ts';

// Per-unit deals (every unit of a set rewarded on its own) get shortcuts in the search
// (docs/solver.md, Algorithm 7); these levels are out of reach of the plain enumeration.

const distinct = (n: number): UnitSpec[] => Array.from({ length: n }, (_, i) => ({ product: `P${i}`, price: BigInt(100 + 37 * i) }));
const linesOf = (out: ReturnType<typeof solveLevel>): number[][] => out.applications.map((a) => a.used.slice().sort((x, y) => x - y));

describe('per-unit shortcuts', () => {
  it('buy 3, 20 % off each, over 31 distinct units: ten sets of consecutive prices, the cheapest unit left, proven', () => {
    const level = makeLevel(distinct(31), [{ id: 'x', target: 'cheapestQualifying', rewardCount: 3, tiers: [{ threshold: buys(3), reward: pct(2000) }] }], { searchBudget: 200_000 });
    const out = solveLevel(level);
    expect(out.optimal).toBe(true);
    expect(out.nodes).toBeLessThan(1_000);
    // Sets by price, most expensive first: {28, 29, 30}, {25, 26, 27}, …, {1, 2, 3}; unit 0 unused.
    const expected = Array.from({ length: 10 }, (_, j) => [28 - 3 * j, 29 - 3 * j, 30 - 3 * j]).sort((a, b) => a[0]! - b[0]!);
    expect(linesOf(out)).toEqual(expected);
    let saving = 0n;
    for (let i = 1; i <= 30; i++) saving += percentOfPrice(BigInt(100 + 37 * i), 2000);
    expect(out.total).toBe(saving);
  });

  it('makes no set whose last units lose more than they gain (customer prices below the regular price)', () => {
    // 20 % off: $10 → 2.00, $8 → 1.60 (gains); $5 at $4.10 → 1.00 − 0.90 = 0.10; $4 at $2.70 → 0.80 − 1.30 = −0.50.
    // Two sets gain 3.60 + 0.10 − 0.50 = 3.20 < 3.60 for one set: only {$10, $8}.
    const level = makeLevel(
      [{ price: 1000n }, { price: 800n }, { price: 500n, customerPrice: 410n }, { price: 400n, customerPrice: 270n }],
      [{ id: 'y', target: 'cheapestQualifying', rewardCount: 2, tiers: [{ threshold: buys(2), reward: pct(2000) }] }],
    );
    const out = solveLevel(level);
    expect(out.optimal).toBe(true);
    expect(linesOf(out)).toEqual([[0, 1]]);
    expect(out.total).toBe(200n + 160n + 90n + 130n);
    expect(out.total).toBe(bruteForceBest(level));
  });

  it('a separable percent deal takes every unit no later deal can use and leaves the contested ones to the better deal', () => {
    // 'a' (10 % off each, any quantity) ranks first; 'b' (buy 2, cheapest free) only on units 2 and 3.
    const level = makeLevel(
      [{ price: 1000n }, { price: 900n }, { price: 600n }, { price: 500n }],
      [
        { id: 'a', target: 'allQualifying', tiers: [{ threshold: atLeast(1), reward: pct(1000) }] },
        { id: 'b', target: 'cheapestQualifying', tiers: [{ threshold: buys(2), reward: pct(10000) }], qualifying: [2, 3] },
      ],
    );
    const out = solveLevel(level);
    expect(out.optimal).toBe(true);
    // a on 0, 1: 100 + 90; b on {2, 3}: 500 (better than a's 60 + 50).
    expect(out.applications.map((x) => [x.promotion, x.used])).toEqual([[0, [0, 1]], [1, [2, 3]]]);
    expect(out.total).toBe(690n);
    expect(out.total).toBe(bruteForceBest(level));
  });
});
