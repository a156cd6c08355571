import { describe, expect, it } from 'vitest';
import { expandAll } from '../../../src/engine/solver/copies.ts';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { chainLevel, deepLevel } from '../../support/deep-level.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { MAX_SEARCH_DEPTH } from '../../../src/engine/solver/component.ts';

describe('the search depth does not grow with the number of applications', () => {
  it.each([10_500])('a line of %i units is solved without exhausting the call stack', (quantity) => {
    // The first descent makes one application per pair of units: far deeper than any JS stack.
    const out = solveLevel(deepLevel(quantity, 12_000));
    const used = new Set<number>();
    for (const a of out.applications) for (const u of a.used) {
      expect(used.has(u)).toBe(false);
      used.add(u);
    }
    // Every unit of the long line ends up in an application (the free pairs beat 10 % off each).
    expect(expandAll(deepLevel(quantity, 12_000), out.applications).filter((a) => a.promotion === 0).length).toBeGreaterThanOrEqual(Math.floor(quantity / 2) - 1);
    expect(out.bound === undefined || out.bound >= out.total).toBe(true);
  });

  it('a component of 2,000 chained promotions is cut off at the depth limit, in both engines alike', () => {
    const level = chainLevel(2 * MAX_SEARCH_DEPTH, 200_000);
    const out = solveLevel(level);
    // Not proven (the search stopped at MAX_SEARCH_DEPTH promotions deep), but a feasible plan
    // with its bound, and the WASM port stops at the same node.
    expect(out.optimal).toBe(false);
    expect(out.bound! >= out.total).toBe(true);
    expect(out.total > 0n).toBe(true);
    expect(wasmSolveLevel(level)).toEqual(out);
    // Below the limit the same chain is searched to the end.
    expect(solveLevel(chainLevel(MAX_SEARCH_DEPTH - 100, 200_000)).optimal).toBe(true);
  });
});
