import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { improveByNeighbourhoods, solveLevel } from '../../../src/engine/solver/index.ts';
import { objective, priceAll, sortApplications } from '../../../src/engine/solver/assemble.ts';
import { expandAll } from '../../../src/engine/solver/copies.ts';
import { kindCost } from '../../../src/engine/solver/component.ts';
import type { SolveInput, SolveOutput } from '../../../src/engine/solver/types.ts';
import { benefitRuleViolations } from '../../support/benefit-rule-check.ts';
import { arbitraryMediumLevel } from '../../support/milp-random-levels.ts';
import { overlappingLevel } from '../../support/solver-factories.ts';

/** Everything wrong with `out` as a plan of `input` (units used twice or unavailable, pricing, objective). */
function planProblems(input: SolveInput, counted: SolveOutput): string[] {
  // Counted records (docs/solver.md 12) are checked copy by copy.
  const out = { ...counted, applications: expandAll(input, counted.applications) };
  const problems: string[] = [];
  const seen = new Set<number>();
  for (const a of out.applications) {
    for (const u of a.used) {
      if (seen.has(u)) problems.push(`unit ${u} used twice`);
      if (input.available[u] !== true) problems.push(`unit ${u} is not available`);
      seen.add(u);
    }
  }
  for (let k = 0; k < input.promotions.length; k++) {
    const n = out.applications.filter((a) => a.promotion === k).length;
    if (n > input.promotions[k]!.maxApplications) problems.push(`promotion ${k}: ${n} applications`);
  }
  // The plan re-priced from its units alone gives the same applications and objective.
  const benefit = input.promotions.map((p) => new Set(p.target.endsWith('Benefit') ? p.benefit : []));
  const concrete = out.applications.map((a) => ({
    promotion: a.promotion, tier: a.tier,
    qual: a.used.filter((u) => !benefit[a.promotion]!.has(u)), ben: a.used.filter((u) => benefit[a.promotion]!.has(u)),
  }));
  const repriced = sortApplications(priceAll(input, concrete));
  if (JSON.stringify(repriced, big) !== JSON.stringify(out.applications, big)) problems.push('pricing differs from the units');
  if (objective(input, repriced) !== out.total) problems.push(`total ${out.total} ≠ objective ${objective(input, repriced)}`);
  return problems.concat(benefitRuleViolations(input, out));
}
const big = (_k: string, v: unknown): unknown => (typeof v === 'bigint' ? v.toString() : v);

const cutOff = (level: SolveInput, searchBudget: number): SolveInput => ({ ...level, searchBudget });

describe('neighbourhood search on a cut-off level (Algorithm 10)', () => {
  it('gives a valid plan, never worse than the cut-off answer, within the bound and the node budget', () => {
    fc.assert(
      fc.property(arbitraryMediumLevel({ lines: [8, 20], promotions: [4, 40] }), fc.constantFrom(1, 50, 500), (level, budget) => {
        const input = cutOff(level, budget);
        const out = solveLevel(input);
        const better = improveByNeighbourhoods(input, out, solveLevel);
        expect(planProblems(input, better)).toEqual([]);
        expect(better.total >= out.total).toBe(true);
        expect(better.nodes <= out.nodes + budget).toBe(true);
        if (!better.optimal) expect(better.bound! >= better.total).toBe(true);
        if (out.optimal) expect(better).toBe(out);
      }),
      { numRuns: 60, seed: 91 },
    );
    for (let seed = 0; seed < 3; seed++) {
      const input = overlappingLevel(seed, 2_000);
      expect(planProblems(input, improveByNeighbourhoods(input, solveLevel(input), solveLevel))).toEqual([]);
    }
  });

  it('improves the cut-off answer of most large overlapping levels', () => {
    let improved = 0;
    for (let seed = 0; seed < 9; seed++) {
      const input = overlappingLevel(seed, 2_000);
      const out = solveLevel(input);
      expect(out.optimal).toBe(false);
      if (improveByNeighbourhoods(input, out, solveLevel).total > out.total) improved++;
    }
    expect(improved).toBeGreaterThanOrEqual(4);
  });

  it('charges each re-solve at least one node per 4 available units of the level (it reads them all)', () => {
    const input = overlappingLevel(0, 50);
    const out = solveLevel(input);
    // A sub-level solver that finds nothing and reports one node: only the charge is left to see.
    let resolves = 0;
    const cheap = (): SolveOutput => (resolves++, { applications: [], total: 0n, optimal: true, nodes: 1 });
    const better = improveByNeighbourhoods({ ...input, searchBudget: 20_000 }, out, cheap);
    const floor = kindCost(input.available.filter(Boolean).length);
    expect(floor).toBeGreaterThan(1);
    expect(resolves).toBeGreaterThan(0);
    expect(better.nodes - out.nodes).toBe(resolves * floor);
    expect(better.total).toBe(out.total);
  });

  it('leaves a level alone when there is nothing to search: proven, one promotion, or no nodes', () => {
    const input = overlappingLevel(0, 50);
    const out = solveLevel(input);
    expect(out.optimal).toBe(false);
    expect(improveByNeighbourhoods({ ...input, searchBudget: 0 }, out, solveLevel)).toBe(out);
    const single = { ...input, promotions: input.promotions.slice(0, 1) };
    const alone = solveLevel({ ...single, searchBudget: 1 });
    expect(improveByNeighbourhoods(single, alone, solveLevel)).toBe(alone);
  });
});
