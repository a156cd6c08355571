/**
 * Issue 9's optimality oracle, part 2: both level solvers against HiGHS's optimum (the integer
 * program of test/support/milp-level.ts) on 285 medium levels of up to 12 lines and 25 promotions
 * without cheapestBenefit and 40 with it. Optimal ⇒ equal; otherwise total ≤ optimum ≤ bound.
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

describe('the level solvers reach the MILP optimum on medium levels (≤ 12 lines, ≤ 25 promotions)', () => {
  let plain: Checked[] = [];
  let withCheapestBenefit: Checked[] = [];
  beforeAll(() => {
    const seed = runs(1).seed;
    const small = fc.sample(arbitraryMediumLevel({ cheapestBenefit: false, lines: [1, 12], promotions: [1, 25], searchBudget: 20_000 }), runs(285));
    plain = small.map((x) => checkLevel(highs, x));
    const cb = fc.sample(arbitraryMediumLevel({ searchBudget: 20_000 }), { numRuns: 100, seed: seed + 1 }).filter(hasCheapestBenefit).slice(0, 40);
    withCheapestBenefit = cb.map((x) => checkLevel(highs, x));
  }, 1_200_000);

  it.each([['reference', 'ts'], ['WASM', 'wasm']] as const)('%s solver, 285 levels: optimal ⇒ equal; otherwise total ≤ optimum ≤ bound', (_name, engine) => {
    expect(problemsOf(plain, engine)).toEqual([]);
    // Not vacuous: over half the levels are proven within 20,000 nodes.
    expect(plain.length).toBe(285);
    expect(plain.filter((c) => c[engine].optimal).length).toBeGreaterThan(150);
  });

  it.each([['reference', 'ts'], ['WASM', 'wasm']] as const)('%s solver, 40 levels with cheapestBenefit', (_name, engine) => {
    expect(withCheapestBenefit.length).toBe(40);
    expect(problemsOf(withCheapestBenefit, engine)).toEqual([]);
  });
});
