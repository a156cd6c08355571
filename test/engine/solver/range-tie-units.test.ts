import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { atLeast, line, makeLevel, pct, usd } from '../../support/solver-factories.ts';
import { canonical } from '../../support/wasm-factories.ts';
import { ensureWasm } from '../../wasm/ensure-wasm.ts';

beforeAll(ensureWasm);

// "Buy any shampoo, conditioner 25 % off" (one range application: at least 1 shampoo, every
// conditioner rewarded) on long lines. Its best kind takes 1 shampoo; every other count of
// shampoo only ties it with more units, yet each was entered, a node per count, until a tie was
// known to need every conditioner too: 10,000 shampoos spent the 2,000-node budget unproven.
const level = (q: number) => {
  const units = [...line(q, usd(8), 'S', 0), ...line(q, usd(9), 'C', 1)];
  const benefit = Array.from({ length: q }, (_, i) => q + i);
  return makeLevel(units, [{ id: 'pair', target: 'allBenefit', tiers: [{ threshold: atLeast(1), reward: pct(2500) }], benefit }], { searchBudget: 2_000 });
};

describe('a range kind tied only with more units is not entered', () => {
  it.each([100, 10_000])('%i shampoos and conditioners: 1 shampoo and every conditioner, proven in both engines', (q) => {
    const out = solveLevel(level(q));
    expect(out.optimal).toBe(true);
    expect(out.applications[0]!.used.length).toBe(q + 1);
    expect(out.total).toBe(BigInt(q) * 225n);
    expect(canonical(wasmSolveLevel(level(q)))).toBe(canonical(out));
  });
});
