/**
 * The run contract and the per-unit one, side by side (docs/solver.md 13). The reference solver
 * takes units one by one and stays so: it is the oracle, and `unitsOfRuns` / `rangesOfUnits` put
 * it behind the run contract. Inside a `RunInput`, a unit's "local" index is its place when the
 * runs are expanded in order; the caller's index is `first + offset` of its run.
 */
import { lastAtMost, type UnitRange } from '../unit-ranges.ts';
import type {
  LevelSolver, RunApplication, RunInput, RunOutput, RunSolver, SolvedApplication, SolveInput, SolveOutput, SolverRun, SolverUnit,
} from './types.ts';

/** Per run its first local index; one more entry holds the unit count. */
export function localStarts(runs: readonly SolverRun[]): number[] {
  const out = new Array<number>(runs.length + 1);
  let acc = 0;
  for (let r = 0; r < runs.length; r++) {
    out[r] = acc;
    acc += runs[r]!.count;
  }
  out[runs.length] = acc;
  return out;
}

/** Each run's units, one by one, numbered locally; every unit available. */
export function unitsOfRuns(input: RunInput): SolveInput {
  const units: SolverUnit[] = [];
  const starts = localStarts(input.runs);
  for (const r of input.runs) {
    for (let k = 0; k < r.count; k++) {
      units.push({ line: r.line, unit: r.unit + k, productId: r.productId, price: r.price, customerPrice: r.customerPrice, floor: r.floor });
    }
  }
  const unitsOf = (list: readonly number[]): number[] => {
    const out: number[] = [];
    for (const r of list) for (let u = starts[r]!; u < starts[r + 1]!; u++) out.push(u);
    return out;
  };
  return {
    units,
    available: new Array<boolean>(units.length).fill(true),
    promotions: input.promotions.map((p) => ({ ...p, qualifying: unitsOf(p.qualifying), benefit: unitsOf(p.benefit) })),
    policy: input.policy,
    searchBudget: input.searchBudget,
  };
}

/**
 * The local range [from, from + n) in the caller's indices, split where it crosses a run, each
 * piece passed to `f` (ranges never cross a run, so never a line).
 */
export function forEachCallerRange(runs: readonly SolverRun[], starts: readonly number[], from: number, n: number, f: (r: UnitRange) => void): void {
  let r = lastAtMost(starts, from);
  while (n > 0) {
    const take = Math.min(n, starts[r + 1]! - from);
    const first = runs[r]!.first + (from - starts[r]!);
    f({ from: first, to: first + take });
    from += take;
    n -= take;
    r++;
  }
}

/** Ascending local indices as the caller's ranges (with `savings`, split where the saving changes too). */
function callerRanges(runs: readonly SolverRun[], starts: readonly number[], list: readonly number[], savings?: readonly bigint[]): { ranges: UnitRange[]; each: bigint[] } {
  const ranges: UnitRange[] = [];
  const each: bigint[] = [];
  for (let i = 0; i < list.length;) {
    let j = i + 1;
    while (j < list.length && list[j] === list[i]! + (j - i) && (savings === undefined || savings[j] === savings[i])) j++;
    forEachCallerRange(runs, starts, list[i]!, j - i, (r) => {
      ranges.push(r);
      if (savings !== undefined) each.push(savings[i]!);
    });
    i = j;
  }
  return { ranges, each };
}

/** A per-unit output on `unitsOfRuns(input)` in the run contract. */
export function rangesOfUnits(out: SolveOutput, runs: readonly SolverRun[]): RunOutput {
  const starts = localStarts(runs);
  const applications = out.applications.map((a): RunApplication => {
    const rewarded = callerRanges(runs, starts, a.rewarded, a.savings);
    return {
      promotion: a.promotion, tier: a.tier, ...(a.copies === undefined ? {} : { copies: a.copies }),
      used: callerRanges(runs, starts, a.used).ranges, rewarded: rewarded.ranges, savings: rewarded.each, saving: a.saving, clipped: a.clipped,
    };
  });
  return { applications, total: out.total, optimal: out.optimal, ...(out.bound === undefined ? {} : { bound: out.bound }), nodes: out.nodes };
}

/** A run output back in local unit lists (what `unitsOfRuns(input)`'s solver would have said). */
export function unitsOfRanges(out: RunOutput, runs: readonly SolverRun[]): SolveOutput {
  const starts = localStarts(runs);
  const firsts = runs.map((r) => r.first);
  const local = (i: number): number => {
    const r = lastAtMost(firsts, i);
    return starts[r]! + (i - firsts[r]!);
  };
  const applications = out.applications.map((a): SolvedApplication => {
    const used: number[] = [];
    for (const r of a.used) for (let i = r.from; i < r.to; i++) used.push(local(i));
    const rewarded: number[] = [];
    const savings: bigint[] = [];
    a.rewarded.forEach((r, k) => {
      for (let i = r.from; i < r.to; i++) {
        rewarded.push(local(i));
        savings.push(a.savings[k]!);
      }
    });
    return { promotion: a.promotion, tier: a.tier, ...(a.copies === undefined ? {} : { copies: a.copies }), used, rewarded, savings, saving: a.saving, clipped: a.clipped };
  });
  return { applications, total: out.total, optimal: out.optimal, ...(out.bound === undefined ? {} : { bound: out.bound }), nodes: out.nodes };
}

/** A per-unit solver behind the run contract: the runs expanded, the answer joined into ranges. */
export function perUnit(solve: (input: SolveInput) => SolveOutput): RunSolver {
  return (input) => rangesOfUnits(solve(unitsOfRuns(input)), input.runs);
}

/** The solver's own run path when it has one, else the per-unit one behind the adapter. */
export function runSolverOf(solve: LevelSolver): RunSolver {
  return solve.runs ?? perUnit(solve);
}
