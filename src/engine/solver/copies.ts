/**
 * Counted applications out of the solver (docs/solver.md 12): a kind taken m times is one record
 * with `copies`, not m records, whenever every copy takes, in each line, the same number of units.
 * Units of one line in one group are alike (same price, customer price, floor, roles), and the
 * cheapness order and R2 tie on (line, unit), so such copies are priced alike and one pricing
 * serves them all.
 */
import type { SolvedApplication, SolveInput, SolverUnit } from './types.ts';

/**
 * How many of `left` copies of a kind (`counts` units per group, `used` its groups), starting at
 * each group's next free member `next[g]`, make one counted record: as many as keep every group's
 * slice of every copy inside the line its first copy starts in. 1 when that first slice already
 * crosses into another line (members are in (line, unit) order).
 */
export function copiesInOneLine(
  units: readonly SolverUnit[],
  members: readonly (readonly number[])[],
  counts: readonly number[],
  used: readonly number[],
  next: readonly number[],
  left: number,
): number {
  let n = left;
  for (let i = 0; i < used.length && n > 1; i++) {
    const g = used[i]!;
    const c = counts[g]!;
    const m = members[g]!;
    const at = next[g]!;
    const line = units[m[at]!]!.line;
    if (units[m[at + c - 1]!]!.line !== line) return 1;
    // Where the line ends in the member list (binary search: one per piece, not one per copy).
    let lo = at + c;
    let hi = m.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (units[m[mid]!]!.line === line) lo = mid + 1;
      else hi = mid;
    }
    const fit = Math.floor((lo - at) / c);
    if (fit < n) n = fit;
  }
  return n;
}

/**
 * A counted record listed copy by copy: in each line, copy i holds the i-th block of the line's
 * used units (ascending) and the rewarded units inside it with their savings. A record of one copy
 * is returned as it is.
 * @example expandCopies(input, { ...app, copies: 3 }).length // 3
 */
export function expandCopies(input: SolveInput, a: SolvedApplication): SolvedApplication[] {
  const m = a.copies ?? 1;
  if (m === 1) return [a];
  const byLine = new Map<number, number[]>();
  for (const u of a.used) {
    const line = input.units[u]!.line;
    const list = byLine.get(line);
    if (list === undefined) byLine.set(line, [u]);
    else list.push(u);
  }
  const copyOf = new Map<number, number>();
  const used: number[][] = [];
  for (let k = 0; k < m; k++) used.push([]);
  for (const list of byLine.values()) {
    const c = list.length / m;
    for (let j = 0; j < list.length; j++) {
      const k = Math.floor(j / c);
      copyOf.set(list[j]!, k);
      used[k]!.push(list[j]!);
    }
  }
  // One pass over the rewarded units (ascending), each to its copy: a pass per copy made a record
  // of 33,000 copies take 35 s.
  const rewarded: number[][] = [];
  const savings: bigint[][] = [];
  const saving: bigint[] = [];
  for (let k = 0; k < m; k++) {
    rewarded.push([]);
    savings.push([]);
    saving.push(0n);
  }
  for (let r = 0; r < a.rewarded.length; r++) {
    const k = copyOf.get(a.rewarded[r]!)!;
    rewarded[k]!.push(a.rewarded[r]!);
    savings[k]!.push(a.savings[r]!);
    saving[k] = saving[k]! + a.savings[r]!;
  }
  const out: SolvedApplication[] = [];
  for (let k = 0; k < m; k++) {
    out.push({ promotion: a.promotion, tier: a.tier, used: used[k]!.sort((x, y) => x - y), rewarded: rewarded[k]!, savings: savings[k]!, saving: saving[k]!, clipped: a.clipped / BigInt(m) });
  }
  return out;
}

/** Every record of `apps` listed copy by copy, in output order (promotion, then smallest unit). */
export function expandAll(input: SolveInput, apps: readonly SolvedApplication[]): SolvedApplication[] {
  if (apps.every((a) => (a.copies ?? 1) === 1)) return apps.slice();
  return apps.flatMap((a) => expandCopies(input, a)).sort((a, b) => a.promotion - b.promotion || (a.used[0] ?? 0) - (b.used[0] ?? 0));
}
