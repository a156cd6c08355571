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
});
