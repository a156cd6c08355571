import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../src/wasm/node.ts';
import { arbitraryMediumLevel } from '../support/milp-random-levels.ts';
import { canonical } from '../support/wasm-factories.ts';
import { ensureWasm } from './ensure-wasm.ts';

beforeAll(ensureWasm);

describe('WASM fallback (value-order greedy + drop-and-refill local search) equals the reference', () => {
  it('medium levels (up to 60 units, 40 promotions) cut off early: identical SolveOutput', () => {
    fc.assert(
      fc.property(arbitraryMediumLevel(), fc.constantFrom(1, 50, 500), (level, searchBudget) => {
        const input = { ...level, searchBudget };
        expect(canonical(wasmSolveLevel(input))).toBe(canonical(solveLevel(input)));
      }),
      { numRuns: 60, seed: 2026 },
    );
  });

  it('the same levels with a budget on every other promotion (moves priced in plan order): identical SolveOutput', () => {
    fc.assert(
      fc.property(arbitraryMediumLevel(), fc.constantFrom(1, 50, 500), fc.constantFrom(300n, 900n, 2500n), (level, searchBudget, budget) => {
        const input = { ...level, searchBudget, promotions: level.promotions.map((p, k) => (k % 2 === 0 ? { ...p, budget } : p)) };
        expect(canonical(wasmSolveLevel(input))).toBe(canonical(solveLevel(input)));
      }),
      { numRuns: 40, seed: 2027 },
    );
  });
});
