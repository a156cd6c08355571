import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { percentOfPrice } from '../../../src/domain/money.ts';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { atLeast, buys, makeLevel, pct } from '../../support/solver-factories.ts';

const prices = fc.array(fc.integer({ min: 50, max: 5000 }).map(BigInt), { minLength: 10, maxLength: 36 });

describe('one deal over many distinct units is proven optimal within the default budget', () => {
  it('buy N, rc cheapest at a rate: the sorted-chunk closed form', () => {
    fc.assert(
      fc.property(prices, fc.integer({ min: 2, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom(5000, 10000), (ps, n, rcRaw, bp) => {
        const rc = Math.min(rcRaw, n - 1);
        const out = solveLevel(makeLevel(ps.map((price, i) => ({ price, product: `P${i}` })), [
          { id: 'D', rewardCount: rc, tiers: [{ threshold: buys(n), reward: pct(bp) }] },
        ], { searchBudget: 200_000 }));
        // Most expensive first, consecutive sets of n: each set's rc cheapest are rewarded.
        const sorted = [...ps].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
        let expected = 0n;
        for (let s = 0; s + n <= sorted.length; s += n) {
          for (let j = n - rc; j < n; j++) expected += percentOfPrice(sorted[s + j]!, bp);
        }
        expect(out.optimal).toBe(true);
        expect(out.total).toBe(expected);
      }),
      { numRuns: 60, seed: 17 },
    );
  });

  it('buys at least N, a rate on all: one application over every unit', () => {
    fc.assert(
      fc.property(prices, fc.integer({ min: 1, max: 12 }), (ps, n) => {
        const out = solveLevel(makeLevel(ps.map((price, i) => ({ price, product: `P${i}` })), [
          { id: 'D', target: 'allQualifying', tiers: [{ threshold: atLeast(n), reward: pct(1500) }] },
        ], { searchBudget: 200_000 }));
        const expected = ps.length >= n ? ps.reduce((s, p) => s + percentOfPrice(p, 1500), 0n) : 0n;
        expect(out.optimal).toBe(true);
        expect(out.total).toBe(expected);
      }),
      { numRuns: 60, seed: 19 },
    );
  });
});
