import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ValueFill, valueGreedyApps } from '../../../src/engine/solver/greedy.ts';
import { improveByDropRefill, keepsBenefitRule, objectiveGain } from '../../../src/engine/solver/local-search.ts';
import { rankOrder, solveLevel } from '../../../src/engine/solver/solve.ts';
import { arbitraryLevel, buys, makeLevel, off, setOff, usd } from '../../support/solver-factories.ts';

/** One big deal over two units that two single-unit deals beat together. */
const trap = () => makeLevel([{ product: 'A', price: usd(20) }, { product: 'B', price: usd(20) }], [
  { id: 'p1', target: 'allQualifying', qualifying: [0, 1], tiers: [{ threshold: buys(2), reward: setOff(usd(10)) }] },
  { id: 'p2', target: 'allQualifying', qualifying: [0], tiers: [{ threshold: buys(1), reward: off(usd(7)) }] },
  { id: 'p3', target: 'allQualifying', qualifying: [1], tiers: [{ threshold: buys(1), reward: off(usd(7)) }] },
]);

describe('drop-and-refill local search on the value-order greedy', () => {
  it('finds the two single-unit deals the greedy misses ($14 instead of $10)', () => {
    const input = trap();
    const promos = rankOrder(input);
    const greedy = valueGreedyApps(input, promos, input.available.slice());
    expect(objectiveGain(input, greedy)).toBe(usd(10));
    const better = improveByDropRefill(input, new ValueFill(input, promos), input.available, greedy);
    expect(objectiveGain(input, better)).toBe(usd(14));
    // A cut-off search falls back on it.
    expect(solveLevel({ ...input, searchBudget: 1 }).total).toBe(usd(14));
  });

  it('never loses gain, keeps units disjoint and keeps the cheapestBenefit rule (random levels)', () => {
    fc.assert(
      fc.property(arbitraryLevel(10, 6), (input) => {
        const promos = rankOrder(input);
        const greedy = valueGreedyApps(input, promos, input.available.slice());
        const better = improveByDropRefill(input, new ValueFill(input, promos), input.available, greedy);
        expect(objectiveGain(input, better)).toBeGreaterThanOrEqual(objectiveGain(input, greedy));
        const used = new Set<number>();
        for (const a of better) for (const u of [...a.qual, ...a.ben]) {
          expect(used.has(u)).toBe(false);
          expect(input.available[u]).toBe(true);
          used.add(u);
        }
        expect(keepsBenefitRule(input, input.available, better)).toBe(true);
      }),
      { numRuns: 400, seed: 9 },
    );
  });
});
