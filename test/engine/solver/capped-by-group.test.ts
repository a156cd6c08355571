import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { atLeast, line, makeLevel, pct, usd } from '../../support/solver-factories.ts';
import { canonical } from '../../support/wasm-factories.ts';
import { ensureWasm } from '../../wasm/ensure-wasm.ts';

beforeAll(ensureWasm);

// "Buy at least 1, 10 % off all, at most $50 off" over two long lines: one range application
// whose kinds hold thousands of units. Pricing read every unit (a node per 4 units) when the deal
// had a cap, so a budget of 1,000 nodes ran out; the capped sum is priced a group at a time now.
const level = (units: number, maxDiscount: bigint | undefined) => makeLevel(
  [...line(units, usd(4), 'A', 0), ...line(units, usd(6), 'B', 1)],
  [{ id: 'cap', target: 'allQualifying', tiers: [{ threshold: atLeast(1), reward: pct(1000) }], ...(maxDiscount === undefined ? {} : { maxDiscount }) }],
  { searchBudget: 1_000 },
);

describe('a capped range deal is priced a group at a time', () => {
  it.each<[string, bigint | undefined, bigint]>([
    ['capped: the cap is the saving', usd(50), usd(50)],
    ['the cap above the sum: the sum (10 % of 10,000 × $4 + 10,000 × $6)', usd(20_000), usd(10_000)],
    ['no cap', undefined, usd(10_000)],
  ])('%s, proven within 1,000 nodes in both engines', (_name, cap, saving) => {
    const input = level(10_000, cap);
    const out = solveLevel(input);
    expect(out.optimal).toBe(true);
    expect(out.total).toBe(saving);
    expect(canonical(wasmSolveLevel(input))).toBe(canonical(out));
  });
});
