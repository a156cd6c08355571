import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../src/engine/solver/index.ts';
import { CHAIN_FROM, setChainFrom } from '../../src/engine/solver/search.ts';
import { nodeSolver } from '../../src/wasm/node.ts';
import type { WasmSolver } from '../../src/wasm/solver-module.ts';
import { arbitraryLongLineLevel, buys, FREE, line, makeLevel, pct, atLeast } from '../support/solver-factories.ts';
import { canonical } from '../support/wasm-factories.ts';
import { ensureWasm } from './ensure-wasm.ts';

let wasm: WasmSolver;
beforeAll(() => {
  ensureWasm();
  wasm = nodeSolver();
});
afterAll(() => setChainFrom(CHAIN_FROM));

describe('the WASM solver walks chains of one kind as the reference does', () => {
  it.each([2, CHAIN_FROM])('long-line levels with chains from %i copies: identical outputs, node counts included', (from) => {
    setChainFrom(from);
    wasm.setChainFrom(from);
    fc.assert(
      fc.property(arbitraryLongLineLevel(4, 12, 4), (input) => {
        expect(canonical(wasm.solveLevel(input))).toBe(canonical(solveLevel(input)));
      }),
      { numRuns: 300, seed: 20261203 + from },
    );
  });

  it('"2 for 1" against "10 % off" on four lines of 5,000 units: the same few thousand nodes', () => {
    setChainFrom(CHAIN_FROM);
    wasm.setChainFrom(CHAIN_FROM);
    const n = 5_000;
    const input = makeLevel(
      [...line(n, 1000n, 'A', 0), ...line(n, 900n, 'A', 1), ...line(n, 800n, 'A', 2), ...line(n, 700n, 'A', 3)],
      [
        { id: 'two-for-one', tiers: [{ threshold: buys(2), reward: FREE }] },
        { id: 'ten-off', target: 'allQualifying', tiers: [{ threshold: atLeast(1), reward: pct(1000) }] },
      ],
      { searchBudget: 200_000 },
    );
    const out = wasm.solveLevel(input);
    expect(out.optimal).toBe(true);
    expect(out.nodes).toBeLessThan(5_000);
    expect(canonical(out)).toBe(canonical(solveLevel(input)));
  });
});
