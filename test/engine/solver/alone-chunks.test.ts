/**
 * The sorted-chunk route of a promotion alone (lagrange-alone.ts `chunks`) walks a group at a time:
 * a long line is one group of many units, and the search asks this bound at every node. Its value
 * and the units it reports used must be those of the walk unit by unit that defines it: units by
 * reduced value (gain − λ) descending, ties in group order; after every N-th unit a candidate
 * plan of taken ÷ N sets worth Σ reduced values − sets × cost; the first best one wins; at most
 * `limit` sets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AloneSolver, type AloneDeal } from '../../../src/engine/solver/lagrange-alone.ts';
import { runs } from '../../support/fc-runs.ts';

interface Case {
  readonly n: number;
  readonly cost: bigint;
  readonly limit: number;
  readonly gains: bigint[];
  readonly lam: bigint[];
  readonly counts: number[];
}

function unitByUnit(c: Case): { value: bigint; used: number[] } {
  const order = c.gains.map((g, i) => ({ i, r: g - c.lam[i]! })).filter((e) => c.counts[e.i]! > 0);
  order.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  let best = 0n;
  let bestTaken = 0;
  let sum = 0n;
  let taken = 0;
  walk: for (const { i, r } of order) {
    for (let j = 0; j < c.counts[i]!; j++) {
      if (taken / c.n >= c.limit) break walk;
      sum += r;
      taken++;
      if (taken % c.n !== 0) continue;
      const value = sum - BigInt(taken / c.n) * c.cost;
      if (value > best) {
        best = value;
        bestTaken = taken;
      }
    }
  }
  const used = c.counts.map(() => 0);
  for (const { i } of order) {
    const take = Math.min(c.counts[i]!, bestTaken);
    used[i] = take;
    bestTaken -= take;
  }
  return { value: best, used };
}

function byGroups(c: Case): { value: bigint; used: number[] } {
  const groups = c.gains.map((_, i) => i);
  const deal: AloneDeal = {
    chunkN: c.n, chunkCost: c.cost, unitGain: c.gains, qual: groups,
    dpGroups: [], dpReward: [], dpPay: [], dpN: 0, dpRc: 0, dpMax: 0,
    kinds: null, groups, flat: c.gains.map(() => 0n), limit: c.limit, budget: undefined,
  };
  const used = c.counts.map(() => 0);
  const value = new AloneSolver().solve(deal, c.lam, c.counts, used);
  return { value, used };
}

const arbitraryCase: fc.Arbitrary<Case> = fc.integer({ min: 1, max: 6 }).chain((groups) => fc.record({
  n: fc.integer({ min: 1, max: 5 }),
  cost: fc.constantFrom(0n, 0n, 1n, 250n, 999n),
  limit: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constant(2 ** 30)),
  gains: fc.array(fc.bigInt({ min: -200n, max: 600n }), { minLength: groups, maxLength: groups }),
  lam: fc.array(fc.bigInt({ min: 0n, max: 300n }), { minLength: groups, maxLength: groups }),
  // Long groups (a line of many units) next to short ones and empty ones.
  counts: fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 5, max: 400 })), { minLength: groups, maxLength: groups }),
}));

describe('the sorted-chunk route of a promotion alone', () => {
  it('gives the value and the units of the walk unit by unit, a group at a time', () => {
    fc.assert(fc.property(arbitraryCase, (c) => {
      expect(byGroups(c)).toEqual(unitByUnit(c));
    }), runs(3000));
  });

  it.each([
    // 3 for 9.00 over 10 units worth 5.00 each: three sets (the 10th unit is left over).
    { n: 3, cost: 900n, limit: 2 ** 30, gains: [500n], lam: [0n], counts: [10], value: 1800n, used: [9] },
    // The same with at most two sets.
    { n: 3, cost: 900n, limit: 2, gains: [500n], lam: [0n], counts: [10], value: 1200n, used: [6] },
    // Sets that lose: none.
    { n: 2, cost: 900n, limit: 2 ** 30, gains: [400n], lam: [0n], counts: [100], value: 0n, used: [0] },
    // A dear group first, then a cheap one whose sets gain nothing: stop after the dear units.
    { n: 2, cost: 500n, limit: 2 ** 30, gains: [300n, 250n], lam: [0n, 0n], counts: [4, 100], value: 200n, used: [4, 0] },
  ])('$n for $cost over $counts: $value', ({ value, used, ...c }) => {
    expect(byGroups(c)).toEqual({ value, used });
    expect(unitByUnit(c)).toEqual({ value, used });
  });
});
