import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { arbitraryLevel } from '../../support/solver-factories.ts';
import { bruteForceBest } from './brute-force.ts';

describe('best deal is optimal (brute-force oracle)', () => {
  it('matches exhaustive enumeration on random levels of ≤ 8 units and ≤ 5 promotions', () => {
    fc.assert(
      fc.property(arbitraryLevel(8, 5), (input) => {
        const out = solveLevel(input);
        expect(out.optimal).toBe(true);
        expect(out.total).toBe(bruteForceBest(input));
      }),
      { numRuns: 1000, seed: 20260521 },
    );
  });
});
