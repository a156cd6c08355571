import { describe, expect, it } from 'vitest';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { deepLevel } from '../../support/deep-level.ts';

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
    expect(out.applications.filter((a) => a.promotion === 0).length).toBeGreaterThanOrEqual(Math.floor(quantity / 2) - 1);
    expect(out.bound === undefined || out.bound >= out.total).toBe(true);
  });
});
