import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { setKnapAt, setKnapsack } from '../../../src/engine/solver/bounds.ts';

/** The plain unbounded knapsack over 0…all, every entry computed. */
function plain(tiers: readonly { n: number; x: bigint }[], all: number): bigint[] {
  const best = new Array<bigint>(all + 1).fill(0n);
  for (let c = 1; c <= all; c++) {
    best[c] = best[c - 1]!;
    for (const { n, x } of tiers) if (n <= c && best[c - n]! + x > best[c]!) best[c] = best[c - n]! + x;
  }
  return best;
}

const tiers = fc.array(fc.record({ n: fc.integer({ min: 1, max: 12 }), x: fc.bigInt({ min: 0n, max: 3000n }) }), { minLength: 1, maxLength: 4 });

describe('the set-amount knapsack folded past N*·N_max + 2·N* entries', () => {
  it('equals the plain knapsack at every count', () => {
    fc.assert(
      fc.property(tiers, fc.integer({ min: 0, max: 400 }), (ts, all) => {
        const knap = setKnapsack(ts, all, 1 << 18)!;
        const want = plain(ts, all);
        for (let c = 0; c <= all; c++) expect(setKnapAt(knap, c)).toBe(want[c]);
      }),
      { numRuns: 300, seed: 23 },
    );
  });

  const pasta = [{ n: 3, x: 500n }, { n: 5, x: 1000n }];
  it.each([
    // "3 for $5 off, 5 for $10 off": N* = 5, N_max = 5, 35 entries whatever the units.
    [4960, 35, 992_000n],
    [20, 21, 4000n],
  ] as const)('"3 for $5 off, 5 for $10 off" on %i units keeps %i entries', (all, len, atAll) => {
    const knap = setKnapsack(pasta, all, 1 << 18)!;
    expect(knap.table.length).toBe(len);
    expect(setKnapAt(knap, all)).toBe(atAll);
  });

  it('is not built past the cells a component has left', () => {
    const pasta = [{ n: 3, x: 500n }, { n: 5, x: 1000n }];
    expect(setKnapsack(pasta, 4960, 34)).toBeUndefined();
    expect(setKnapsack(pasta, 4960, 35)).toBeDefined();
  });
});
