import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { objective, priceAll, sortApplications } from '../../../src/engine/solver/assemble.ts';
import { greedyApps, valueGreedyApps } from '../../../src/engine/solver/greedy.ts';
import { solveLevel, rankOrder } from '../../../src/engine/solver/solve.ts';
import type { SolveInput } from '../../../src/engine/solver/types.ts';
import { benefitRuleViolations } from '../../support/benefit-rule-check.ts';
import { arbitraryLevel } from '../../support/solver-factories.ts';

/** The objective of a greedy plan over the whole level (all promotions in rank order). */
function greedyTotal(input: SolveInput, greedy: typeof greedyApps): bigint {
  const apps = sortApplications(priceAll(input, greedy(input, rankOrder(input), input.available.slice())));
  const total = objective(input, apps);
  // The plan itself keeps the cheapestBenefit rule.
  expect(benefitRuleViolations(input, { applications: apps, total, optimal: false, nodes: 0 })).toEqual([]);
  return total;
}

describe('the solver is never worse than either greedy, at any node budget', () => {
  it('total ≥ the value-order and the rank-order greedy on random levels, budgets from 1 node', () => {
    fc.assert(
      fc.property(arbitraryLevel(10, 6), fc.constantFrom(1, 5, 40, 300, 50_000_000), (level, searchBudget) => {
        const input = { ...level, searchBudget };
        const out = solveLevel(input);
        expect(out.total).toBeGreaterThanOrEqual(greedyTotal(input, valueGreedyApps));
        expect(out.total).toBeGreaterThanOrEqual(greedyTotal(input, greedyApps));
      }),
      { numRuns: 500, seed: 20261202 },
    );
  });
});
