/**
 * The Lagrangian node bound inside the search (docs/solver.md Algorithm 5c, use 2): levels shaped
 * like the bench's adversarial C — 20 single units of distinct products, "6 for 20 %" over all of
 * them, "buy 2, cheapest free" over most, simple discounts — are proven within 20,000 nodes, at
 * the HiGHS optimum, identically in WASM. Without the bound 5 of these 8 were not proven within
 * that budget (checked on the commit before it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import type { SolveInput } from '../../../src/engine/solver/types.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { loadHighs, solveLevelMilp, type Highs } from '../../support/milp-solve.ts';
import { FREE, buys, makeLevel, pct, type PromoSpec } from '../../support/solver-factories.ts';
import { ensureWasm } from '../../wasm/ensure-wasm.ts';

let highs: Highs;
beforeAll(async () => {
  ensureWasm();
  highs = await loadHighs();
}, 120_000);

/** A C-shaped level from a seed: prices, BOGO membership and the simple deals' units vary. */
function cLevel(seed: number): SolveInput {
  let x = seed * 2654435761 % 4294967296;
  const next = (n: number): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  const units = Array.from({ length: 20 }, (_, i) => ({ product: `c${i}`, price: BigInt(99 + next(2900)) }));
  const all = units.map((_, i) => i);
  const promos: PromoSpec[] = [
    { id: 'six-for-20', rewardCount: 6, tiers: [{ threshold: buys(6), reward: pct(2000) }], qualifying: all },
    { id: 'bogo', tiers: [{ threshold: buys(2), reward: FREE }], qualifying: all.filter(() => next(10) < 7) },
  ];
  for (let k = 0; k < 5; k++) {
    promos.push({ id: `simple${k}`, tiers: [{ threshold: buys(1), reward: pct([1000, 1500, 2500][next(3)]!) }], qualifying: all.filter(() => next(10) < 3) });
  }
  return { ...makeLevel(units, promos), searchBudget: 20_000 };
}

describe('the Lagrangian node bound', () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7])('proves a C-shaped level (seed %i) within 20,000 nodes, at the MILP optimum, in both engines', (seed) => {
    const level = cLevel(seed);
    const out = solveLevel(level);
    expect(out.optimal).toBe(true);
    expect(out.total).toBe(solveLevelMilp(highs, level).optimum);
    expect(wasmSolveLevel(level)).toEqual(out);
  });
});
