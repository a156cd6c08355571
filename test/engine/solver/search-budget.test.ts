import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { arbitraryLevel, buys, FREE, line, makeLevel, pct, usd } from '../../support/solver-factories.ts';

describe('search budget', () => {
  it('cut off: optimal false, total ≤ exact optimum ≤ bound; within budget: the exact optimum', () => {
    fc.assert(
      fc.property(arbitraryLevel(8, 5), fc.integer({ min: 1, max: 60 }), (input, budget) => {
        const exact = solveLevel(input);
        const cut = solveLevel({ ...input, searchBudget: budget });
        if (cut.optimal) {
          expect(cut.total).toBe(exact.total);
          expect(cut.bound).toBeUndefined();
        } else {
          expect(cut.bound).toBeDefined();
          expect(cut.total <= exact.total).toBe(true);
          expect(cut.bound! >= exact.total).toBe(true);
          expect(cut.nodes <= budget).toBe(true);
        }
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('a one-node budget on a real conflict is never labelled optimal', () => {
    const units = [...line(3, usd(10), 'A', 0), ...line(3, usd(7), 'B', 1)];
    const level = makeLevel(units, [
      { id: 'free', tiers: [{ threshold: buys(2), reward: FREE }] },
      { id: 'pct', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(2000) }] },
    ], { searchBudget: 1 });
    const out = solveLevel(level);
    expect(out.optimal).toBe(false);
    expect(out.bound! >= out.total).toBe(true);
    // The greedy fallback still finds something valid.
    expect(out.total > 0n).toBe(true);
  });
});
