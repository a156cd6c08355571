import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../src/wasm/node.ts';
import { deepLevel } from '../support/deep-level.ts';
import { canonical } from '../support/wasm-factories.ts';
import { ensureWasm } from './ensure-wasm.ts';

beforeAll(ensureWasm);

describe('WASM search depth does not grow with the number of applications', () => {
  it('a line of 10,500 units: no trap, and the same output as the reference', () => {
    const input = deepLevel(10_500, 12_000);
    expect(canonical(wasmSolveLevel(input))).toBe(canonical(solveLevel(input)));
  });

  // Over 256 units the WASM rest bound's scratch buffer grows; it used to lose its values then,
  // so the bound came out too small and WASM cut branches the reference kept.
  it.each([300, 400])('a line of %i units proven with the incumbent: the same output and nodes', (quantity) => {
    const input = deepLevel(quantity, 200_000);
    expect(canonical(wasmSolveLevel(input))).toBe(canonical(solveLevel(input)));
  });
});
