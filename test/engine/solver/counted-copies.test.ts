import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { expandAll } from '../../../src/engine/solver/copies.ts';
import { priceApplication } from '../../../src/engine/solver/pricing.ts';
import { sortCheap } from '../../../src/engine/solver/rules.ts';
import type { SolvedApplication, SolveInput, SolveOutput } from '../../../src/engine/solver/types.ts';
import { arbitraryLongLineLevel, buys, FREE, line, makeLevel, setOff } from '../../support/solver-factories.ts';

const json = (x: unknown): string => JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

/** The output with its records listed copy by copy (what the tests compare). */
const listed = (input: SolveInput, out: SolveOutput): string => json({ ...out, applications: expandAll(input, out.applications) });

/** Each copy priced again on its own units, as one application: its savings must be the record's. */
function repriced(input: SolveInput, a: SolvedApplication): bigint[] {
  const p = input.promotions[a.promotion]!;
  const benefit = new Set(p.target === 'cheapestBenefit' || p.target === 'allBenefit' ? p.benefit : []);
  const qual = a.used.filter((u) => !benefit.has(u));
  const ben = a.used.filter((u) => benefit.has(u));
  sortCheap(input.units, qual);
  sortCheap(input.units, ben);
  const priced = priceApplication(input.units, qual, ben, p, a.tier);
  const byUnit = new Map(priced.rewarded.map((u, i) => [u, priced.savings[i]!]));
  return a.rewarded.map((u) => byUnit.get(u) ?? -1n);
}

/** The level, or the level with its promotions' budgets dropped (copies are counted only without one). */
const withoutSomeBudgets = (input: SolveInput): fc.Arbitrary<SolveInput> => fc.boolean().map((keep) => keep ? input : {
  ...input,
  promotions: input.promotions.map(({ budget: _budget, ...p }) => p),
});

describe('counted applications out of the solver (docs/solver.md 12)', () => {
  it('lists copy by copy the plan of one record per application, and each copy prices as its own application', () => {
    let counted = 0;
    fc.assert(
      fc.property(arbitraryLongLineLevel(4, 30, 4).chain(withoutSomeBudgets), (input) => {
        const out = solveLevel(input);
        expect(listed(input, out)).toBe(json(solveLevel(input, false)));
        for (const a of out.applications) {
          if ((a.copies ?? 1) === 1) continue;
          counted++;
          expect(input.promotions[a.promotion]!.budget).toBeUndefined();
          for (const copy of expandAll(input, [a])) expect(repriced(input, copy)).toEqual(copy.savings);
        }
      }),
      { numRuns: 150, seed: 20261204 },
    );
    expect(counted).toBeGreaterThan(15);
  });

  it('one record per line stretch: a copy that crosses into the next line stands alone', () => {
    // 7 and 8 units at one price form one group; "buy 3, the cheapest free" takes 5 sets: two in
    // line 0, one across lines 0 and 1 (units 6, 7, 8), two in line 1.
    const input = makeLevel([...line(7, 500n, 'A', 0), ...line(8, 500n, 'B', 1)], [
      { id: 'three-for-two', tiers: [{ threshold: buys(3), reward: FREE }], rewardCount: 1 },
    ]);
    const out = solveLevel(input);
    expect(out.applications.map((a) => [a.copies ?? 1, a.used])).toEqual([
      [2, [0, 1, 2, 3, 4, 5]],
      [1, [6, 7, 8]],
      [2, [9, 10, 11, 12, 13, 14]],
    ]);
    expect(out.applications[0]!.saving).toBe(1000n);
  });

  it('a set amount split by R2 gives every copy the same leftover cent on the same place', () => {
    const input = makeLevel(line(9, 333n), [{ id: 'three-for-one-off', target: 'allQualifying', tiers: [{ threshold: buys(3), reward: setOff(100n) }] }]);
    const out = solveLevel(input);
    expect(out.applications).toHaveLength(1);
    expect(out.applications[0]!.copies).toBe(3);
    expect(out.applications[0]!.savings).toEqual([34n, 33n, 33n, 34n, 33n, 33n, 34n, 33n, 33n]);
  });

  it('copies of a promotion with a budget stay apart (the budget caps them in turn)', () => {
    const input = makeLevel(line(9, 500n), [{ id: 'three-for-two', tiers: [{ threshold: buys(3), reward: FREE }], rewardCount: 1, budget: 1200n }]);
    const out = solveLevel(input);
    expect(out.applications.map((a) => [a.copies, a.saving])).toEqual([[undefined, 500n], [undefined, 500n], [undefined, 200n]]);
  });
});
