/**
 * The run contract and the per-unit one, side by side (docs/solver.md 13). The reference solver
 * takes units one by one and stays so: it is the oracle, and `unitsOfRuns` / `rangesOfUnits` put
 * it behind the run contract. Inside a `RunInput`, a unit's "local" index is its place when the
 * runs are expanded in order; the caller's index is `first + offset` of its run.
 */
import { lastAtMost, placesOf, type UnitRange } from '../unit-ranges.ts';
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

/**
 * A counted record's rewarded units in one line, laid out in strata (docs/engine.md "Counted
 * applications", engine copies.ts): of the line's used units (`used`, ascending local ranges), the
 * first m × r are the rewarded ones, stratum k (m units) carrying the k-th largest per-copy saving.
 * `perCopy` lists one copy's rewarded units as (count, saving); `emit` gets each local range.
 */
export function strataOf(used: readonly UnitRange[], perCopy: readonly { n: number; saving: bigint }[], m: number, emit: (from: number, n: number, saving: bigint) => void): void {
  const bySaving = new Map<bigint, number>();
  for (const x of perCopy) bySaving.set(x.saving, (bySaving.get(x.saving) ?? 0) + x.n);
  let at = 0;
  for (const saving of [...bySaving.keys()].sort((x, y) => (x > y ? -1 : x < y ? 1 : 0))) {
    const n = bySaving.get(saving)! * m;
    for (const r of placesOf(used, at, at + n)) emit(r.from, r.to - r.from, saving);
    at += n;
  }
}

/** Ascending local units list[from, to) as ranges of consecutive ones. */
function localRanges(list: readonly number[], from: number, to: number): UnitRange[] {
  const out: UnitRange[] = [];
  for (let i = from; i < to;) {
    let j = i + 1;
    while (j < to && list[j] === list[i]! + (j - i)) j++;
    out.push({ from: list[i]!, to: list[i]! + (j - i) });
    i = j;
  }
  return out;
}

/**
 * A per-unit output on `unitsOfRuns(input)` in the run contract; a counted record (solver
 * layout: copy k holds the k-th block of each line's used units) comes out in strata, as the
 * WASM port's run path gives it (`strataOf`).
 */
export function rangesOfUnits(out: SolveOutput, runs: readonly SolverRun[]): RunOutput {
  const starts = localStarts(runs);
  const lineOf = (u: number): number => runs[lastAtMost(starts, u)]!.line;
  const applications = out.applications.map((a): RunApplication => {
    const head = { promotion: a.promotion, tier: a.tier, ...(a.copies === undefined ? {} : { copies: a.copies }), saving: a.saving, clipped: a.clipped };
    const m = a.copies ?? 1;
    if (m === 1) {
      const rewarded = callerRanges(runs, starts, a.rewarded, a.savings);
      return { ...head, used: callerRanges(runs, starts, a.used).ranges, rewarded: rewarded.ranges, savings: rewarded.each };
    }
    const used: UnitRange[] = [];
    const rewarded: UnitRange[] = [];
    const savings: bigint[] = [];
    let r = 0;
    for (let i = 0; i < a.used.length;) {
      let j = i + 1;
      while (j < a.used.length && lineOf(a.used[j]!) === lineOf(a.used[i]!)) j++;
      const part = localRanges(a.used, i, j);
      for (const x of part) forEachCallerRange(runs, starts, x.from, x.to - x.from, (y) => used.push(y));
      // One copy's share of the line's rewarded units, per saving.
      const share = new Map<bigint, number>();
      for (; r < a.rewarded.length && a.rewarded[r]! <= a.used[j - 1]!; r++) share.set(a.savings[r]!, (share.get(a.savings[r]!) ?? 0) + 1);
      strataOf(part, [...share].map(([saving, n]) => ({ n: n / m, saving })), m, (from, n, saving) => forEachCallerRange(runs, starts, from, n, (y) => {
        rewarded.push(y);
        savings.push(saving);
      }));
      i = j;
    }
    return { ...head, used, rewarded, savings };
  });
  return { applications, total: out.total, optimal: out.optimal, ...(out.bound === undefined ? {} : { bound: out.bound }), nodes: out.nodes };
}

/**
 * A run output back in local unit lists (what `unitsOfRuns(input)`'s solver would have said). A
 * counted record goes back to the solver layout: copy k takes the k-th block of each line's used
 * units and rewards the block's first units, largest saving first.
 */
export function unitsOfRanges(out: RunOutput, runs: readonly SolverRun[]): SolveOutput {
  const starts = localStarts(runs);
  const firsts = runs.map((r) => r.first);
  const runOf = (i: number): number => lastAtMost(firsts, i);
  const local = (i: number): number => {
    const r = runOf(i);
    return starts[r]! + (i - firsts[r]!);
  };
  const applications = out.applications.map((a): SolvedApplication => {
    const m = a.copies ?? 1;
    const used: number[] = [];
    const rewarded: number[] = [];
    const savings: bigint[] = [];
    if (m === 1) {
      for (const r of a.used) for (let i = r.from; i < r.to; i++) used.push(local(i));
      a.rewarded.forEach((r, k) => {
        for (let i = r.from; i < r.to; i++) {
          rewarded.push(local(i));
          savings.push(a.savings[k]!);
        }
      });
    } else {
      let k = 0;
      for (let i = 0; i < a.used.length;) {
        const line = runs[runOf(a.used[i]!.from)]!.line;
        const base = used.length;
        for (; i < a.used.length && runs[runOf(a.used[i]!.from)]!.line === line; i++) for (let u = a.used[i]!.from; u < a.used[i]!.to; u++) used.push(local(u));
        const end = used.length;
        const perSaving = new Map<bigint, number>();
        for (; k < a.rewarded.length && local(a.rewarded[k]!.from) < used[end - 1]! + 1; k++) perSaving.set(a.savings[k]!, (perSaving.get(a.savings[k]!) ?? 0) + a.rewarded[k]!.to - a.rewarded[k]!.from);
        const each: bigint[] = [];
        for (const [saving, n] of perSaving) for (let x = 0; x < n / m; x++) each.push(saving);
        const block = (end - base) / m;
        for (let c = 0; c < m; c++) {
          for (let x = 0; x < each.length; x++) {
            rewarded.push(used[base + c * block + x]!);
            savings.push(each[x]!);
          }
        }
      }
    }
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
