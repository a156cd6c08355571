import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index.ts';
import { LIMITS } from '../../../src/domain/limits.ts';
import type { SolveInput, SolveOutput } from '../../../src/engine/solver/types.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { mixedOrder, overlappingDeals } from '../../support/budget-factories.ts';

/** The WASM solver, recording how many promotions each search was given. */
function counting(): { solveLevel: (input: SolveInput) => SolveOutput; promotions: number[] } {
  const promotions: number[] = [];
  return { promotions, solveLevel: (input) => (promotions.push(input.promotions.length), wasmSolveLevel(input)) };
}

// 10,000 deals over the same 5,000 units passed validation and took one search 33 s: its set-up
// reads every promotion–unit pair before the node budget counts anything (docs/engine.md "Limits").
describe('one level search takes at most LIMITS.levelPairs promotion–unit pairs', () => {
  const units = 5_000;
  const fit = Math.floor(LIMITS.levelPairs / units);

  it('the deals past the limit, in id order, are reported as not searched, and the bound covers them', () => {
    const solver = counting();
    const r = evaluate(overlappingDeals(fit + 2), mixedOrder(1, units), undefined, { solveLevel: solver.solveLevel, budget: { nodes: 2_000 }, explainMisses: false });
    expect(solver.promotions[0]).toBe(fit);
    const skipped = r.promotions.filter((o) => o.status === 'notApplied' && o.message.startsWith('Not searched'));
    expect(skipped.map((o) => o.promotionId)).toEqual([`d${String(fit).padStart(4, '0')}`, `d${String(fit + 1).padStart(4, '0')}`]);
    expect(skipped.every((o) => o.status === 'notApplied' && o.reason === 'lostBestDeal')).toBe(true);
    expect(r.optimal).toBe(false);
    // Their free units: all 5,000 at $1.25, no floor.
    expect(Number(r.bound) - Number(r.totals.promotionSaving)).toBeGreaterThanOrEqual(units * 1.25);
  });

  it('a level within the limit is searched whole', () => {
    const solver = counting();
    const r = evaluate(overlappingDeals(fit), mixedOrder(1, units), undefined, { solveLevel: solver.solveLevel, budget: { nodes: 2_000 }, explainMisses: false });
    expect(solver.promotions[0]).toBe(fit);
    expect(r.promotions.some((o) => o.message.startsWith('Not searched'))).toBe(false);
  });
});
