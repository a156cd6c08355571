import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../src/engine/solver/index.ts';
import { nodeSolver } from '../../src/wasm/node.ts';
import type { WasmSolver } from '../../src/wasm/solver-module.ts';
import { buyThreeSnacks, fiveForFifty, twoEqualThreeForTwo } from '../support/solver-factories.ts';
import { canonical } from '../support/wasm-factories.ts';
import { ensureWasm } from './ensure-wasm.ts';

let wasm: WasmSolver;
beforeAll(() => {
  ensureWasm();
  wasm = nodeSolver();
});

describe('the WASM solver counts the fewest units of a tie by the unit bounds, as the reference does', () => {
  it.each([20, 2_000])('"5 for 50.00" over five lines of %i units: identical outputs, node counts included', (n) => {
    const input = fiveForFifty(n);
    const out = wasm.solveLevel(input);
    expect(out.optimal).toBe(true);
    expect(canonical(out)).toBe(canonical(solveLevel(input)));
  });

  it.each([100, 5_000])('"buy 3, the cheapest free" over five lines of %i × (2, 1, 2, 1, 3) units: identical outputs, node counts included', (n) => {
    const input = buyThreeSnacks(n);
    const out = wasm.solveLevel(input);
    expect(out.optimal).toBe(true);
    expect(canonical(out)).toBe(canonical(solveLevel(input)));
  });

  it.each([10, 1_000])('two equal "buy 3, the cheapest free" deals over four lines of %i units: identical outputs, node counts included', (n) => {
    const input = twoEqualThreeForTwo(n);
    const out = wasm.solveLevel(input);
    expect(out.optimal).toBe(true);
    expect(canonical(out)).toBe(canonical(solveLevel(input)));
  });
});
