import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../src/wasm/node.ts';
import { arbitraryCountedLevel, canonical } from '../support/wasm-factories.ts';
import { ensureWasm } from './ensure-wasm.ts';

beforeAll(ensureWasm);

describe('WASM solver equals the TypeScript reference where the counted incumbent leads', () => {
  // Components of 10,000 units and more build the counted incumbent (counted-fill.ts) before the
  // unit fill: the same picks, moves and work count in both engines, so the same nodes.
  it('40 levels of two to four lines of 2,000–8,000 units (budgets of 1,500 and 200,000 nodes)', () => {
    fc.assert(
      fc.property(arbitraryCountedLevel(), (input) => {
        expect(canonical(wasmSolveLevel(input))).toBe(canonical(solveLevel(input)));
      }),
      { numRuns: 40, seed: 41 },
    );
  });
});
