import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index.ts';
import type { Bundle } from '../../../src/domain/index.ts';
import { mixedOrder, overlappingDeals } from '../../support/budget-factories.ts';

/** `n` overlapping deals, each gated by condition script `s` (run by the test's own hook). */
function scripted(n: number): Bundle {
  const b = overlappingDeals(n);
  return { ...b, promotions: b.promotions.map((p) => ({ ...p, conditions: { kind: 'script', scriptId: 's' } })) } as Bundle;
}

// 200 promotions whose condition script each ran to its 1,000,000 steps took 66 s against a 5 s
// budget: scripts did not draw on the evaluation's time (docs/engine.md "Budget").
describe('scripts draw on the evaluation’s time', () => {
  it('once the time is gone no script starts: its promotion fails with a scriptError naming the budget', () => {
    let now = 0;
    let runs = 0;
    const r = evaluate(scripted(10), mixedOrder(3, 2), undefined, {
      // Each run "takes" a second on the budget's clock and lets its promotion go on.
      runScript: () => (runs++, now += 1_000, { ok: true, value: true }),
      budget: { millis: 2_500, now: () => now },
    });
    expect(runs).toBe(3);
    const notRun = r.promotions.filter((o) => o.status === 'notApplied' && o.reason === 'scriptError' && o.message.includes('2,500 ms ran out'));
    expect(notRun).toHaveLength(7);
    expect(r.budget).toMatchObject({ exhausted: true, by: 'time' });
  });

  it('with time left every script runs and the budget is not spent', () => {
    let runs = 0;
    const r = evaluate(scripted(10), mixedOrder(3, 2), undefined, { runScript: () => (runs++, { ok: true, value: true }), budget: { millis: 60_000, now: () => 0 } });
    expect(runs).toBe(10);
    expect(r.budget).toMatchObject({ exhausted: false });
  });
});
