import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Plan } from '../../../src/engine/solver/search.ts';
import { scenarioA, scenarioD, dealSet } from '../../../bench/scenarios.ts';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { arbitraryLevel, atLeast, line, makeLevel, pct, usd } from '../../support/solver-factories.ts';
import { componentSearches } from '../../support/lagrange-factories.ts';
import { deepLevel } from '../../support/deep-level.ts';
import type { SolveInput } from '../../../src/engine/solver/types.ts';

// `quickRun` lets the search settle a component alone before the incumbent is built (docs/solver.md
// 5b). Its plan must be the search's own, and a probe that runs out must leave the search as good
// as new: the run that follows finds the same plan as a search that never probed.
/** A plan as data: per promotion its gain and its applications' tiers and unit counts. */
const shape = (p: Plan | null): unknown[] => {
  const out: unknown[] = [];
  for (let x = p; x !== null; x = x.next) out.push([x.gain, x.units, x.apps.map((a, i) => [a.tier, a.counts.join(","), x.times[i]])]);
  return out;
};

const deals = dealSet(7, 60);
const levels: [string, SolveInput][] = [
  ['a long line under two deals', deepLevel(60, 200_000)],
  ['a shape-D basket', scenarioD(3, deals)],
  ['a shape-D basket', scenarioD(11, deals)],
  ['a small shape-A level', { ...scenarioA(2, 8, 20), searchBudget: 5_000_000 }],
];

describe('quickRun: the search alone, then the full run', () => {
  it.each(levels)('%s: a finished probe is the plain search; a cut one changes nothing', (_name, input) => {
    for (let c = 0; c < componentSearches(input).length; c++) {
      const plain = componentSearches(input)[c]!;
      const reference = plain.run();
      const roomy = componentSearches(input)[c]!;
      const quick = roomy.quickRun(1_000_000);
      expect(quick).not.toBeNull();
      expect(shape(quick)).toEqual(shape(reference));
      const tight = componentSearches(input)[c]!;
      const none = tight.quickRun(1);
      if (none !== null) continue;
      tight.incumbent = 0n;
      expect(tight.aborted).toBe(false);
      expect(shape(tight.run())).toEqual(shape(reference));
    }
  });

  it('random levels: the plan after any probe size is the plan without one', () => {
    fc.assert(
      fc.property(arbitraryLevel(8, 5), fc.integer({ min: 1, max: 60 }), (input, cap) => {
        for (let c = 0; c < componentSearches(input).length; c++) {
          const reference = componentSearches(input)[c]!.run();
          const probed = componentSearches(input)[c]!;
          const quick = probed.quickRun(cap);
          expect(shape(quick ?? probed.run())).toEqual(shape(reference));
        }
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });
});

describe('a probe that runs out is charged for the work it did', () => {
  it.each([['reference', solveLevel], ['WASM', wasmSolveLevel]] as const)('%s: a long line under one deal is proven when its one kind fits the budget once', (_name, solve) => {
    // One kind over 40,000 units costs 10,000 nodes (one per 4 units). The probe's cap (200)
    // stops it before it prices that kind; charged anyway, the run after it would need 20,000.
    const input = makeLevel(line(40_000, usd('1.99')), [{ id: 'ten', target: 'allQualifying', tiers: [{ threshold: atLeast(1), reward: pct(1000) }] }], { searchBudget: 15_000 });
    const out = solve(input);
    expect(out.optimal).toBe(true);
    expect(out.nodes).toBeLessThan(15_000);
    expect(out.applications).toHaveLength(1);
  });
});
