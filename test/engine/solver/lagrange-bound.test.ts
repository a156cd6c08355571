/**
 * The Lagrangian bound (lagrange.ts) is an upper bound for any integer λ ≥ 0: on 300 random medium
 * levels, baseline + Σ over components of L(λ*) is never below the HiGHS optimum of the level's
 * integer program (test/support/milp-level.ts), whether the subgradient aims at 0 or at the optimum
 * itself (the target that drives L lowest).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SolveInput } from '../../../src/engine/solver/types.ts';
import { runs } from '../../support/fc-runs.ts';
import { baseline, componentSearches } from '../../support/lagrange-factories.ts';
import { arbitraryMediumLevel } from '../../support/milp-random-levels.ts';
import { loadHighs, solveLevelMilp, type Highs } from '../../support/milp-solve.ts';

let highs: Highs;
let levels: { level: SolveInput; optimum: bigint }[] = [];
beforeAll(async () => {
  highs = await loadHighs();
  const sample = fc.sample(arbitraryMediumLevel({ lines: [2, 12], promotions: [2, 25], searchBudget: 20_000 }), runs(300));
  levels = sample.map((level) => ({ level, optimum: solveLevelMilp(highs, level).optimum }));
}, 600_000);

const show = (x: SolveInput): string => JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

/** baseline + Σ components' root bounds after the subgradient aimed at `target(component index)`. */
function levelBound(level: SolveInput, target: (c: number) => bigint): { bound: bigint; flat: bigint; ran: number } {
  let bound = baseline(level);
  let flat = bound;
  let ran = 0;
  componentSearches(level).forEach((s, c) => {
    flat += s.rootBound();
    bound += s.lagrangeRootBound(target(c));
    if (s.lagrangeOn) ran++;
  });
  return { bound, flat, ran };
}

describe('the Lagrangian bound', () => {
  it.each([
    ['0', (): bigint => 0n],
    ['the optimum', (optimum: bigint): bigint => optimum],
  ])('is ≥ the MILP optimum on 300 medium levels (subgradient aimed at %s)', (_name, aim) => {
    const problems: string[] = [];
    let tighter = 0;
    let ran = 0;
    for (const { level, optimum } of levels) {
      // Aiming every component at the whole level's optimum over-aims the small ones: still valid.
      const b = levelBound(level, () => aim(optimum - baseline(level)));
      if (b.bound < optimum) problems.push(`bound ${b.bound} < MILP ${optimum}: ${show(level)}`);
      if (b.bound < b.flat) tighter++;
      ran += b.ran;
    }
    expect(problems).toEqual([]);
    // Not vacuous: the subgradient runs on many components and beats the flat bound on many levels.
    expect(levels.length).toBe(300);
    expect(ran).toBeGreaterThan(150);
    expect(tighter).toBeGreaterThan(100);
  });
});
