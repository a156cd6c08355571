import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../src/engine/solver/index.ts';
import { perUnit, rangesOfUnits, unitsOfRanges } from '../../src/engine/solver/runs.ts';
import { nodeSolver } from '../../src/wasm/node.ts';
import { arbitraryRunLevel } from '../support/run-factories.ts';
import { ensureWasm } from './ensure-wasm.ts';

beforeAll(ensureWasm);

const reference = perUnit(solveLevel);

describe('the run contract (docs/solver.md 13)', () => {
  it('the WASM port on runs answers as the reference behind the per-unit adapter (300 random levels)', () => {
    fc.assert(
      fc.property(arbitraryRunLevel(), (input) => {
        expect(nodeSolver().solveRuns(input)).toStrictEqual(reference(input));
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('a counted record read back per unit and joined again is the same record (strata survive)', () => {
    let counted = 0;
    fc.assert(
      fc.property(arbitraryRunLevel(), (input) => {
        const out = reference(input);
        counted += out.applications.filter((a) => (a.copies ?? 1) > 1).length;
        expect(rangesOfUnits(unitsOfRanges(out, input.runs), input.runs)).toStrictEqual(out);
      }),
      { numRuns: 500, seed: 14 },
    );
    // The levels must hold counted records, or the strata were never read.
    expect(counted).toBeGreaterThan(10);
  });
});
