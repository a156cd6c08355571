/** Run-contract levels for the tests (docs/solver.md 13), made from per-unit ones. */
import fc from 'fast-check';
import type { RunInput, SolveInput, SolverRun } from '../../src/engine/solver/types.ts';
import { arbitraryLongLineLevel } from './solver-factories.ts';

/**
 * `input` as runs: each line's available units cut into runs at the places `cuts` marks (a cut
 * unit is left out, as if an earlier level took it), every run keeping its units' indices; a
 * promotion lists a run when it lists the run's first unit (roles are per line in these levels).
 */
export function runsOf(input: SolveInput, cuts: readonly boolean[] = []): RunInput {
  const runs: SolverRun[] = [];
  const runOfUnit: number[] = [];
  input.units.forEach((u, i) => {
    runOfUnit.push(-1);
    if (input.available[i] !== true || cuts[i] === true) return;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.first + last.count === i && input.units[i - 1]!.line === u.line) {
      runs[runs.length - 1] = { ...last, count: last.count + 1 };
    } else runs.push({ ...u, first: i, count: 1 });
    runOfUnit[i] = runs.length - 1;
  });
  const listed = (units: readonly number[]): number[] => [...new Set(units.map((i) => runOfUnit[i]!).filter((r) => r >= 0))].sort((a, b) => a - b);
  return {
    runs,
    promotions: input.promotions.map((p) => ({ ...p, qualifying: listed(p.qualifying), benefit: listed(p.benefit) })),
    policy: input.policy,
    searchBudget: input.searchBudget,
  };
}

/** Random run-contract levels: a few long lines, some units taken out of them. */
export function arbitraryRunLevel(): fc.Arbitrary<RunInput> {
  return arbitraryLongLineLevel(4, 30, 4).chain((input) =>
    fc.array(fc.boolean(), { minLength: input.units.length, maxLength: input.units.length }).map((bits) =>
      runsOf(input, bits.map((b, i) => b && i % 7 === 3))));
}
