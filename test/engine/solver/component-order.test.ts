import { describe, expect, it } from 'vitest';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import type { SolveInput, SolveOutput } from '../../../src/engine/solver/types.ts';
import { scenarioA } from '../../../bench/scenarios.ts';
import { buys, FREE, joinLevels, line, makeLevel, pct, usd } from '../../support/solver-factories.ts';

// A small component whose root bound is above its optimum: "buy 2, the cheapest free" against
// "20 % off each" on three $10 units. Its ids rank after every "A…" promotion, so in rank order it
// would be searched last, after the large component has spent the budget.
const small = makeLevel(line(3, usd(10), 'solo'), [
  { id: 'Z0', tiers: [{ threshold: buys(2), reward: FREE }] },
  { id: 'Z1', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(2000) }] },
]);

const solvers: [string, (input: SolveInput) => SolveOutput][] = [['reference', solveLevel], ['WASM', wasmSolveLevel]];
const cases = solvers.flatMap(([name, solve]) => [{ name, solve, seed: 1, budget: 3_000 }, { name, solve, seed: 4, budget: 6_000 }]);

describe('components are searched smallest first', () => {
  it.each(cases)('$name: a cut-off large component leaves a small one exact (A seed $seed, $budget nodes)', ({ solve, seed, budget }) => {
    const big = { ...scenarioA(seed, 40, 120), searchBudget: budget };
    const alone = solve({ ...small, searchBudget: budget });
    expect(alone.optimal).toBe(true);
    const both = solve(joinLevels(big, small));
    // The small component ran first with the whole budget, the large one with what it left.
    const rest = solve({ ...big, searchBudget: budget - alone.nodes });
    expect(both.optimal).toBe(false);
    expect(rest.optimal).toBe(false);
    expect(both.total).toBe(rest.total + alone.total);
    expect(both.bound).toBe(rest.bound! + alone.total);
    const shift = big.promotions.length;
    const smallApps = both.applications.filter((a) => a.promotion >= shift).map((a) => ({ ...a, promotion: a.promotion - shift, used: a.used.map((u) => u - big.units.length), rewarded: a.rewarded.map((u) => u - big.units.length) }));
    expect(smallApps).toEqual(alone.applications);
  });
});
