import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index.ts';
import type { Bundle } from '../../../src/domain/index.ts';
import { mixedOrder, overlappingDeals, recordingSolver } from '../../support/budget-factories.ts';

/** Ten overlapping deals, each at its own priority, exclusive or compound. */
function tenLevels(concurrency: 'exclusive' | 'compound'): Bundle {
  const b = overlappingDeals(10);
  return { ...b, promotions: b.promotions.map((p, i) => ({ ...p, priority: i + 1, concurrency })) } as Bundle;
}

// 10,000 one-deal levels (or compound deals) on 5,000 units took 29 s against a 5 s budget: every
// search, even with no nodes left, pays its set-up over every unit (docs/engine.md "Budget").
// Exclusive: the first levels took every unit, so the deals left out can add nothing and the bound
// is the saving; compound deals work on every unit, so their room widens it.
describe.each([['exclusive', 0], ['compound', 1]] as const)('%s item deals once the evaluation’s time is gone', (concurrency, wider) => {
  it('are not searched: they are timeRanOut, the result is not proven and its bound covers them', () => {
    let now = 0;
    const solver = recordingSolver();
    const r = evaluate(tenLevels(concurrency), mixedOrder(3, 4), undefined, {
      solveLevel: (input) => {
        now += 1_000; // each search "takes" a second on the budget's clock
        return solver.solveLevel(input);
      },
      budget: { millis: 2_500, now: () => now },
      explainMisses: false,
    });
    expect(solver.calls).toHaveLength(3);
    const late = r.promotions.filter((o) => o.status === 'notApplied' && o.reason === 'timeRanOut');
    expect(late.map((o) => o.promotionId)).toEqual(['d0003', 'd0004', 'd0005', 'd0006', 'd0007', 'd0008', 'd0009']);
    expect(late.every((o) => o.message.includes('2,500 ms ran out'))).toBe(true);
    expect(r.budget).toMatchObject({ exhausted: true, by: 'time' });
    expect(r.optimal).toBe(false);
    expect(Math.sign(Number(r.bound) - Number(r.totals.promotionSaving))).toBe(wider);
  });

  it('with time left every deal is searched', () => {
    const r = evaluate(tenLevels(concurrency), mixedOrder(3, 4), undefined, { budget: { millis: 60_000, now: () => 0 }, explainMisses: false });
    expect(r.promotions.some((o) => o.status === 'notApplied' && o.reason === 'timeRanOut')).toBe(false);
  });
});
