import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index.ts';
import { BUDGET } from '../../../src/domain/limits.ts';
import { mixedOrder, overlappingDeals, recordingSolver } from '../../support/budget-factories.ts';

// Issue 11: 2,000 overlapping deals at one priority took 33–118 s, because explanations re-solve
// about twice per promotion and the per-level budget bounded only one search.
describe('one node budget for the whole evaluation', () => {
  it('a small basket reports the default budget, what it used, and not exhausted', () => {
    const r = evaluate(overlappingDeals(2), mixedOrder(2, 2));
    expect(r.budget).toMatchObject({ nodes: { limit: BUDGET.evaluationNodes }, millis: { limit: BUDGET.evaluationMillis }, exhausted: false });
    expect(r.budget!.nodes.used).toBeGreaterThan(0);
  });

  it.each([2_000, 20_000])('with evaluationNodes %d every search together stays within it, explanations included', (limit) => {
    const solver = recordingSolver();
    // About 105,000 nodes prove this level without a budget, so both limits run out.
    const r = evaluate(overlappingDeals(40, { evaluationNodes: limit }), mixedOrder(10, 2), undefined, { solveLevel: solver.solveLevel });
    const total = solver.calls.reduce((a, c) => a + c.nodes, 0);
    expect(total).toBeLessThanOrEqual(limit);
    expect(r.budget).toMatchObject({ nodes: { limit, used: total }, exhausted: true, by: 'nodes' });
    expect(r.optimal).toBe(false);
    // Every promotion still has an outcome, and the best plan found is applied.
    expect(r.promotions).toHaveLength(40);
    expect(r.applications.length).toBeGreaterThan(0);
  });

  it('the caller’s budget overrides the bundle settings', () => {
    const solver = recordingSolver();
    const r = evaluate(overlappingDeals(40, { evaluationNodes: 1_000_000 }), mixedOrder(6, 2), undefined, { solveLevel: solver.solveLevel, budget: { nodes: 500 } });
    expect(r.budget!.nodes).toEqual({ limit: 500, used: 500 });
    expect(solver.calls.reduce((a, c) => a + c.nodes, 0)).toBeLessThanOrEqual(500);
  });

  it('once the wall-clock limit has passed, every later search gets no nodes and the result says time ran out', () => {
    let now = 0;
    const solver = recordingSolver();
    const r = evaluate(overlappingDeals(10), mixedOrder(6, 2), undefined, {
      solveLevel: (input) => {
        now += 1_000; // each search "takes" a second on this clock
        return solver.solveLevel(input);
      },
      budget: { millis: 1_500, now: () => now },
    });
    expect(r.budget).toMatchObject({ millis: { limit: 1_500 }, exhausted: true, by: 'time' });
    expect(solver.calls[0]!.budget).toBeGreaterThan(0);
    expect(solver.calls.slice(2).every((c) => c.budget === 0)).toBe(true);
  });

  it('the budget is settable in the bundle, bounded by the largest allowed value', () => {
    const r = evaluate(overlappingDeals(2, { evaluationNodes: 1234, evaluationMillis: 4321 }), mixedOrder(2, 2));
    expect(r.budget).toMatchObject({ nodes: { limit: 1234 }, millis: { limit: 4321 } });
    const capped = evaluate(overlappingDeals(2), mixedOrder(2, 2), undefined, { budget: { nodes: BUDGET.maxNodes * 10 } });
    expect(capped.budget!.nodes.limit).toBe(BUDGET.maxNodes);
  });
});
