import { describe, expect, it } from 'vitest';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { fiveForFifty } from '../../support/solver-factories.ts';

describe('a tie at the best gain is told apart by the fewest units the unit bounds allow', () => {
  // Every set of five saves its units' prices less 50.00, so the 10.00 units add nothing and the
  // sets can be cut many ways at the same gain. Whether a level of the chain of 12.00 sets can
  // still win is decided by the units a completion needs: the single best rate (2.00 a unit)
  // says too few once the 12.00 units run out; the bounds taken largest first (the 12.00 units,
  // then the 11.00 ones) say as many as the plan found, so the chain is left in one step.
  it.each([20, 200, 2_000, 20_000])('%i units a line: proven in the same nodes, the 10.00 units left out', (n) => {
    const out = solveLevel(fiveForFifty(n));
    expect(out.optimal).toBe(true);
    expect(out.total).toBe(BigInt(n) * 2n * 200n + BigInt(n) * 2n * 100n);
    expect(out.nodes).toBe(solveLevel(fiveForFifty(20)).nodes);
    const used = out.applications.reduce((a, x) => a + x.used.length, 0);
    expect(used).toBe(4 * n);
  });
});
