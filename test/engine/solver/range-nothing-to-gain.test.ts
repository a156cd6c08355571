import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { atLeast, line, makeLevel, pct, usd } from '../../support/solver-factories.ts';
import { canonical } from '../../support/wasm-factories.ts';
import { ensureWasm } from '../../wasm/ensure-wasm.ts';

beforeAll(ensureWasm);

// "Buy any shampoo, conditioner 25 % off" with shampoo in the basket and no conditioner: nothing
// can be rewarded, yet with no kind found yet every count of the shampoo line was entered, a node
// each: 10,000 shampoos spent the 2,000-node budget and the level was not proven.
const level = (q: number) => makeLevel(line(q, usd(8), 'S', 0), [{ id: 'pair', target: 'allBenefit', tiers: [{ threshold: atLeast(1), reward: pct(2500) }] }], { searchBudget: 2_000 });

describe('a range branch that cannot gain anything is not entered', () => {
  it.each([100, 10_000])('%i shampoos, no conditioner: no application, proven in a few nodes in both engines', (q) => {
    const out = solveLevel(level(q));
    expect(out.applications).toEqual([]);
    expect(out.optimal).toBe(true);
    expect(out.nodes).toBeLessThan(50);
    expect(canonical(wasmSolveLevel(level(q)))).toBe(canonical(out));
  });
});
