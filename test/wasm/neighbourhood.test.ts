import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { improveByNeighbourhoods, solveLevel } from '../../src/engine/solver/index.ts';
import type { SolveInput } from '../../src/engine/solver/types.ts';
import { wasmSolveLevel } from '../../src/wasm/node.ts';
import { arbitraryMediumLevel } from '../support/milp-random-levels.ts';
import { overlappingLevel } from '../support/solver-factories.ts';
import { canonical } from '../support/wasm-factories.ts';
import { ensureWasm } from './ensure-wasm.ts';

beforeAll(ensureWasm);

const layered = (solve: (x: SolveInput) => ReturnType<typeof solveLevel>) => (x: SolveInput) => improveByNeighbourhoods(x, solve(x), solve);

describe('neighbourhood search over the WASM solver equals it over the reference', () => {
  it('large overlapping levels and medium levels cut off early: identical SolveOutput', () => {
    for (let seed = 0; seed < 4; seed++) {
      const input = overlappingLevel(seed, 2_000);
      expect(canonical(layered(wasmSolveLevel)(input))).toBe(canonical(layered(solveLevel)(input)));
    }
    fc.assert(
      fc.property(arbitraryMediumLevel(), fc.constantFrom(1, 50, 500), (level, searchBudget) => {
        const input = { ...level, searchBudget };
        expect(canonical(layered(wasmSolveLevel)(input))).toBe(canonical(layered(solveLevel)(input)));
      }),
      { numRuns: 40, seed: 2027 },
    );
  });
});
