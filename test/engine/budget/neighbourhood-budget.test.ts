import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index.ts';
import { mixedOrder, overlappingDeals, recordingSolver } from '../../support/budget-factories.ts';

// A level the search cannot finish within 20,000 nodes (about 105,000 prove it; docs/solver.md,
// Algorithm 10): its plan is improved by re-solving neighbourhoods (at most 10,000 nodes each),
// which draw on the evaluation's pool like every search.
const CUT_OFF = { searchBudget: 20_000 };

describe('the neighbourhood search of a cut-off level stays within the evaluation budget', () => {
  it('its re-solves of sub-levels are counted in the nodes used, and stay within the pool', () => {
    const solver = recordingSolver();
    const r = evaluate(overlappingDeals(40, { ...CUT_OFF, evaluationNodes: 35_000 }), mixedOrder(10, 2), undefined, { solveLevel: solver.solveLevel, explainMisses: false });
    expect(r.optimal).toBe(false);
    // The level itself, then re-solves of fewer promotions, each within its own budget.
    expect(solver.calls.length).toBeGreaterThanOrEqual(2);
    expect(solver.calls[0]!.budget).toBe(20_000);
    expect(solver.calls.slice(1).every((c) => c.budget <= 10_000)).toBe(true);
    const total = solver.calls.reduce((a, c) => a + c.nodes, 0);
    expect(total).toBeGreaterThan(20_000);
    expect(r.budget!.nodes.used).toBe(total);
    expect(total).toBeLessThanOrEqual(35_000);
  });

  it('stops between re-solves once the wall-clock limit has passed', () => {
    let now = 0;
    const solver = recordingSolver();
    const r = evaluate(overlappingDeals(40, CUT_OFF), mixedOrder(10, 2), undefined, {
      solveLevel: (input) => {
        now += 400; // each search "takes" 400 ms on this clock
        return solver.solveLevel(input);
      },
      budget: { millis: 1_000, now: () => now },
      explainMisses: false,
    });
    expect(r.budget).toMatchObject({ exhausted: true, by: 'time' });
    // The level at 400 ms, re-solves at 800 and 1,200 ms; after that the deadline has passed.
    expect(solver.calls).toHaveLength(3);
  });
});
