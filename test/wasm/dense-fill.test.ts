import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../src/wasm/node.ts';
import { buys, makeLevel, pct } from '../support/solver-factories.ts';
import { canonical } from '../support/wasm-factories.ts';
import { ensureWasm } from './ensure-wasm.ts';

beforeAll(ensureWasm);

/**
 * The blocked set of test/engine/solver/dense-fill.test.ts at prices where gain² ÷ units no longer
 * fits 64 bits (gains near 10¹², squares near 10²⁴): the WASM port compares in 192-bit limbs.
 * Only the gain² ÷ units fill finds the best plan, so a wrong comparison changes the answer.
 */
describe('WASM value fill by gain² ÷ units on large amounts', () => {
  it.each([10n ** 4n, 10n ** 12n])('unit price %s: the best plan, identical to the reference', (price) => {
    const input = makeLevel(['A', 'B', 'C', 'D', 'E', 'F'].map((product) => ({ product, price })), [
      { id: 'r1', target: 'allQualifying', qualifying: [0, 1, 2], tiers: [{ threshold: buys(1), reward: pct(2000) }] },
      { id: 'r2', target: 'allQualifying', qualifying: [3, 4, 5], tiers: [{ threshold: buys(1), reward: pct(2000) }] },
      { id: 's', target: 'cheapestQualifying', rewardCount: 2, qualifying: [2, 3], tiers: [{ threshold: buys(2), reward: pct(2750) }] },
    ], { searchBudget: 1 });
    const out = wasmSolveLevel(input);
    expect(out.total).toBe((price * 135n) / 100n);
    expect(canonical(out)).toBe(canonical(solveLevel(input)));
  });
});
