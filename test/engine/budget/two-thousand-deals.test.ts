import { beforeAll, describe, expect, it } from 'vitest';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { ensureWasm } from '../../wasm/ensure-wasm.ts';
import { evaluate } from '../../../src/engine/index.ts';
import { mixedOrder, overlappingDeals, recordingSolver } from '../../support/budget-factories.ts';

// Issue 11 repro: 2,000 overlapping item deals at one priority. The answer comes within the
// evaluation budget (reported as exhausted) with the best plan found and an outcome for every
// deal; explanations no longer re-solve once the pool is spent. Speed itself is measured by the
// bench, not asserted here.
// The WASM solver, as production runs it (the reference search recurses per promotion; making it
// iterative is the search work's part of issue 11).
describe('2,000 overlapping deals at one priority', () => {
  beforeAll(() => ensureWasm());

  it('stay within the evaluation budget and still explain every deal', () => {
    const solver = recordingSolver(wasmSolveLevel);
    const r = evaluate(overlappingDeals(2_000, { evaluationNodes: 20_000 }), mixedOrder(6, 2), undefined, { solveLevel: solver.solveLevel });
    expect(solver.calls.reduce((a, c) => a + c.nodes, 0)).toBeLessThanOrEqual(20_000);
    expect(r.budget).toMatchObject({ exhausted: true, by: 'nodes' });
    expect(r.promotions).toHaveLength(2_000);
    expect(r.applications.length).toBeGreaterThan(0);
    const notApplied = r.promotions.filter((p) => p.status === 'notApplied');
    expect(notApplied.every((p) => p.status === 'notApplied' && p.message.length > 0)).toBe(true);
    // Only a handful of searches ran: the level's, and explanations until the pool ran dry.
    expect(solver.calls.length).toBeLessThan(100);
  });
});
