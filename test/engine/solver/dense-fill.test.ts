import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { denserGain, ValueFill, valueGreedyApps } from '../../../src/engine/solver/greedy.ts';
import { improveByDropRefill, incumbentPlan, keepsBenefitRule, objectiveGain } from '../../../src/engine/solver/local-search.ts';
import { rankOrder, solveLevel } from '../../../src/engine/solver/solve.ts';
import { arbitraryLevel, buys, makeLevel, pct, setOff, usd } from '../../support/solver-factories.ts';

/**
 * Two "20 % off all" deals over three $10 units each (gain $6) and a "$5.50 off two" set across
 * one unit of each. By gain the two big deals go first and the set never fits; no single drop
 * frees both of its units. By gain² ÷ units the set goes first ($5.50² ÷ 2 > $6² ÷ 3).
 */
const blockedSet = () => makeLevel(['A', 'B', 'C', 'D', 'E', 'F'].map((product) => ({ product, price: usd(10) })), [
  { id: 'r1', target: 'allQualifying', qualifying: [0, 1, 2], tiers: [{ threshold: buys(1), reward: pct(2000) }] },
  { id: 'r2', target: 'allQualifying', qualifying: [3, 4, 5], tiers: [{ threshold: buys(1), reward: pct(2000) }] },
  { id: 's', target: 'allQualifying', qualifying: [2, 3], tiers: [{ threshold: buys(2), reward: setOff(usd('5.50')) }] },
]);

describe('the value fill by gain² ÷ units, improved by the local search (a cut-off component\'s fallback)', () => {
  it('finds the set the gain order and its local search miss ($13.50 instead of $12)', () => {
    const input = blockedSet();
    const promos = rankOrder(input);
    const byGain = improveByDropRefill(input, new ValueFill(input, promos), input.available, valueGreedyApps(input, promos, input.available.slice()));
    expect(objectiveGain(input, byGain)).toBe(usd(12));
    expect(objectiveGain(input, incumbentPlan(input, new ValueFill(input, promos), input.available, 'gain'))).toBe(usd(12));
    expect(objectiveGain(input, incumbentPlan(input, new ValueFill(input, promos), input.available, 'denseGain'))).toBe(usd('13.50'));
    // A cut-off search falls back on it.
    expect(solveLevel({ ...input, searchBudget: 1 }).total).toBe(usd('13.50'));
  });

  it('keeps units disjoint and available, and the cheapestBenefit rule (random levels)', () => {
    fc.assert(
      fc.property(arbitraryLevel(10, 6), (input) => {
        const promos = rankOrder(input);
        const plan = incumbentPlan(input, new ValueFill(input, promos), input.available, 'denseGain');
        expect(objectiveGain(input, plan)).toBeGreaterThanOrEqual(0n);
        const used = new Set<number>();
        for (const a of plan) for (const u of [...a.qual, ...a.ben]) {
          expect(used.has(u)).toBe(false);
          expect(input.available[u]).toBe(true);
          used.add(u);
        }
        expect(keepsBenefitRule(input, input.available, plan)).toBe(true);
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it.each([
    // [g1, s1, g2, s2, g1² ÷ s1 > g2² ÷ s2]
    [550n, 2, 600n, 3, true],
    [600n, 3, 550n, 2, false],
    [600n, 3, 600n, 3, false],
    [2n, 1, 3n, 2, false],
    // Products far past 64 bits (the WASM port compares them in 192-bit limbs).
    [4_000_000_000_000n, 7, 4_000_000_000_001n, 7, false],
    [4_000_000_000_001n, 7, 4_000_000_000_000n, 7, true],
    [9_000_000_000_000_000_000n, 2_000_000_000, 9_000_000_000_000_000_000n, 1_999_999_999, false],
  ])('denserGain(%s, %s, %s, %s) is %s', (g1, s1, g2, s2, expected) => {
    expect(denserGain(g1, s1, g2, s2)).toBe(expected);
  });
});
