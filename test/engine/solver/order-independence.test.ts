import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import type { SolveInput } from '../../../src/engine/solver/types.ts';
import { arbitraryLevel } from '../../support/solver-factories.ts';

/** The same level with its units listed in another order (indices remapped) and promotions reversed. */
function permute(input: SolveInput, order: readonly number[]): SolveInput {
  const newIndex: number[] = [];
  order.forEach((old, i) => { newIndex[old] = i; });
  return {
    ...input,
    units: order.map((old) => input.units[old]!),
    available: order.map((old) => input.available[old]!),
    promotions: input.promotions
      .map((p) => ({ ...p, qualifying: p.qualifying.map((u) => newIndex[u]!), benefit: p.benefit.map((u) => newIndex[u]!) }))
      .reverse(),
  };
}

describe('the best deal does not depend on listing order', () => {
  it('gives the same total and the same applications (by line/unit) whatever the unit and promotion order', () => {
    const withOrder = arbitraryLevel(8, 5).chain((input) =>
      fc.tuple(fc.constant(input), fc.shuffledSubarray([...input.units.keys()], { minLength: input.units.length })),
    );
    fc.assert(
      fc.property(withOrder, ([input, order]) => {
        const a = solveLevel(input);
        const shuffled = permute(input, order);
        const b = solveLevel(shuffled);
        expect(b.total).toBe(a.total);
        const describe = (inp: SolveInput, out: typeof a) =>
          out.applications
            .map((x) => `${inp.promotions[x.promotion]!.id}:${x.tier}:${x.used.map((u) => `${inp.units[u]!.line}.${inp.units[u]!.unit}`).sort().join(',')}`)
            .sort();
        expect(describe(shuffled, b)).toEqual(describe(input, a));
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
