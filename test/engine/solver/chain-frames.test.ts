import { describe, expect, it } from 'vitest';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import type { SolveInput } from '../../../src/engine/solver/types.ts';
import { componentSearches } from '../../support/lagrange-factories.ts';
import { FREE, buys, line, makeLevel } from '../../support/solver-factories.ts';

// A chain of copies is one frame and one run of the plan (docs/solver.md 11): two equal "buy 3,
// the cheapest free" deals on one long line tie at every split of the line between them, so the
// walk goes up the first deal's chain level by level. With a frame per level, every level's
// completion pushed the second deal's whole chain again and copied the plan application by
// application: 20,000 units took 3.1 s, and at 50,000 units the module's plan pool outgrew its
// memory ("Invalid length", the call trapped).
const twoEqualDeals = (units: number): SolveInput => makeLevel(line(units, 300n), [
  { id: 'a', rewardCount: 1, target: 'cheapestQualifying', tiers: [{ threshold: buys(3), reward: FREE }] },
  { id: 'b', rewardCount: 1, target: 'cheapestQualifying', tiers: [{ threshold: buys(3), reward: FREE }] },
], { searchBudget: 1_000_000 });

describe('a chain is one frame and one run of the plan', () => {
  it.each([[3_000], [50_000]])('two equal deals on %i units: the first takes every set, in one run', (units) => {
    const input = twoEqualDeals(units);
    const plan = componentSearches(input)[0]!.run();
    const sets = Math.floor(units / 3);
    // Rank order breaks the tie: every set goes to "a", its plan one kind taken `sets` times.
    expect(plan.apps.length).toBe(1);
    expect(plan.times).toEqual([sets]);
    expect(plan.gain).toBe(BigInt(sets) * 300n);
  });

  it.each([[3_000], [50_000]])('on %i units the WASM module answers as the reference does', (units) => {
    const input = twoEqualDeals(units);
    const ts = solveLevel(input);
    const wasm = wasmSolveLevel(input);
    expect(ts.optimal).toBe(true);
    expect(wasm).toEqual(ts);
    expect(ts.applications.map((a) => [a.promotion, a.copies ?? 1])).toEqual([[0, Math.floor(units / 3)]]);
  });
});
