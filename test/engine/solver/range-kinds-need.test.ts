import { describe, expect, it } from 'vitest';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { atLeast, buys, FREE, line, makeLevel, pct } from '../../support/solver-factories.ts';

/** Four lines of `n` units at four prices (minor units). */
const fourLines = (n: number, prices: readonly bigint[]) => prices.flatMap((price, l) => line(n, price, String.fromCharCode(65 + l), l));

// A range deal ("10 % off each", one application) whose units a multi-buy contests: the search
// asks for the range deal's kinds on every count of every line. Kinds whose bound cannot reach the
// call's need are no longer generated (docs/solver.md, Algorithm 3), so the level is proven where
// 200,000 nodes did not suffice before, with the same plan in both engines.
const CASES: [string, number, readonly bigint[], readonly { threshold: ReturnType<typeof atLeast>; reward: ReturnType<typeof pct> }[], bigint][] = [
  ['"10 % off each" against "2 for 1", 4 × 20 units', 20, [199n, 249n, 299n, 349n], [{ threshold: atLeast(1), reward: pct(1000) }], 10_960n],
  ['the same, 4 × 300 units', 300, [199n, 249n, 299n, 349n], [{ threshold: atLeast(1), reward: pct(1000) }], 164_400n],
  ['"10 %, 20 % from 500 units" against "2 for 1", 4 × 100 units', 100, [1000n, 900n, 800n, 700n],
    [{ threshold: atLeast(1), reward: pct(1000) }, { threshold: atLeast(500), reward: pct(2000) }], 170_000n],
];

describe('a contested range deal on long lines is proven', () => {
  it.each(CASES)('%s', (_name, n, prices, tiers, total) => {
    const level = makeLevel(fourLines(n, prices), [
      { id: 'ten', target: 'allQualifying', tiers },
      { id: 'two', rewardCount: 1, tiers: [{ threshold: buys(2), reward: FREE }] },
    ], { searchBudget: 200_000 });
    const out = solveLevel(level);
    expect(out.optimal).toBe(true);
    // Every line pairs up (each pair saves its cheaper unit, far above 10 % of both): the free
    // units are half of each line's value.
    expect(out.total).toBe(total);
    expect(out.total).toBe(prices.reduce((s, p) => s + p * BigInt(n / 2), 0n));
    expect(wasmSolveLevel(level)).toEqual(out);
  });
});
