/**
 * Issue 9's optimality oracle, part 3: both level solvers against HiGHS's optimum on 15 large
 * levels (16–24 lines capped at 60 units, 20–40 promotions). HiGHS needs seconds for each of those,
 * hence so few, and a file of their own so they run beside the medium ones.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runs } from '../../support/fc-runs.ts';
import { arbitraryMediumLevel } from '../../support/milp-random-levels.ts';
import { checkLevel, hasCheapestBenefit, problemsOf, type Checked } from '../../support/milp-oracle-check.ts';
import { loadHighs, type Highs } from '../../support/milp-solve.ts';
import { ensureWasm } from '../../wasm/ensure-wasm.ts';

let highs: Highs;
beforeAll(async () => {
  ensureWasm();
  highs = await loadHighs();
}, 120_000);

describe('the level solvers reach the MILP optimum on large levels (≤ 60 units, ≤ 40 promotions)', () => {
  let large: Checked[] = [];
  beforeAll(() => {
    const seed = runs(1).seed;
    const levels = fc.sample(arbitraryMediumLevel({ cheapestBenefit: false, lines: [16, 24], promotions: [20, 40], searchBudget: 20_000 }), { numRuns: 15, seed: seed + 2 });
    large = levels.map((x) => checkLevel(highs, x));
  }, 1_200_000);

  it.each([['reference', 'ts'], ['WASM', 'wasm']] as const)('%s solver, 15 levels: optimal ⇒ equal; otherwise total ≤ optimum ≤ bound', (_name, engine) => {
    expect(problemsOf(large, engine)).toEqual([]);
    // Not vacuous: the levels are large.
    expect(large.filter((c) => c.level.units.length > 40 && c.level.promotions.length > 20).length).toBeGreaterThan(5);
  });
});
