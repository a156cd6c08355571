import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../src/wasm/node.ts';
import { arbitraryLargeLineLevel, canonical } from '../support/wasm-factories.ts';
import { ensureWasm } from './ensure-wasm.ts';

beforeAll(ensureWasm);

describe('WASM solver equals the TypeScript reference on levels with long lines', () => {
  // Lists past 32 units take the merge sorts (cheapness order, ascending unit indices) and the
  // rest bound's run arithmetic instead of the per-unit walks: both engines must still agree.
  it('80 levels of up to 5 lines × 60 identical units (budgets from 1 node)', () => {
    fc.assert(
      fc.property(arbitraryLargeLineLevel(), (input) => {
        expect(canonical(wasmSolveLevel(input))).toBe(canonical(solveLevel(input)));
      }),
      { numRuns: 80, seed: 31 },
    );
  });
});
