import { describe, expect, it } from 'vitest';
import { kindCost, UNITS_PER_NODE } from '../../../src/engine/solver/component.ts';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { atLeast, line, makeLevel, pct } from '../../support/solver-factories.ts';

describe('pricing a kind unit by unit is charged by its units, so the node budget bounds the work', () => {
  it.each([
    [1, 1], [UNITS_PER_NODE, 1], [UNITS_PER_NODE + 1, 2], [40, 10], [400, 100], [401, 101],
  ])('a kind of %i units costs %i nodes', (units, nodes) => {
    expect(kindCost(units)).toBe(nodes);
  });

  it('a range deal over four lines of 100 units is cut off at its budget, overshooting by at most one kind', () => {
    // "10 % off everything you buy" against "2 for 1": before an incumbent exists its kinds are
    // every count vector of the four lines (101⁴), most of them hundreds of units. The search is
    // cut off at the budget (it proves the level in 251 nodes; range-kinds-need.test.ts).
    const units = [...line(100, 1000n, 'A', 0), ...line(100, 900n, 'B', 1), ...line(100, 800n, 'C', 2), ...line(100, 700n, 'D', 3)];
    const budget = 100;
    const out = solveLevel(makeLevel(units, [
      { id: 'ten', target: 'allQualifying', tiers: [{ threshold: atLeast(1), reward: pct(1000) }, { threshold: atLeast(500), reward: pct(2000) }] },
      { id: 'two', rewardCount: 1, tiers: [{ threshold: { kind: 'buys', quantity: 2 }, reward: pct(10000) }] },
    ], { searchBudget: budget }));
    expect(out.optimal).toBe(false);
    // The last kind priced may overshoot the budget by its own cost (≤ 100 nodes for 400 units).
    expect(out.nodes).toBeLessThanOrEqual(budget + kindCost(400));
    expect(out.total).toBeGreaterThan(0n);
  });

  it('a kind whose every unit is rewarded on its own is priced a group at a time, for one node', () => {
    // "10 % off each" over four lines of 25,000 units: each line's units priced once. Charged by
    // its units, the one kind of 100,000 units cost 25,000 nodes.
    const units = [...line(25_000, 1000n, 'A', 0), ...line(25_000, 900n, 'B', 1), ...line(25_000, 800n, 'C', 2), ...line(25_000, 700n, 'D', 3)];
    const out = solveLevel(makeLevel(units, [{ id: 'ten', target: 'allQualifying', tiers: [{ threshold: atLeast(1), reward: pct(1000) }] }], { searchBudget: 1_000 }));
    expect(out.optimal).toBe(true);
    expect(out.nodes).toBeLessThan(10);
    expect(out.total).toBe(25_000n * (100n + 90n + 80n + 70n));
  });
});
