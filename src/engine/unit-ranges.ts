/**
 * Units as ranges (issue 11: quantities as counts). A line of 1,000,000 units is one range of
 * global unit indices, not a million objects: every per-unit fact the engine keeps is stored per
 * run of units that share it, and lists of units are lists of ranges.
 */

/** Global unit indices [from, to), all on one line. */
export interface UnitRange {
  readonly from: number;
  readonly to: number;
}

export const rangeCount = (r: UnitRange): number => r.to - r.from;

/** Σ of the ranges' unit counts. */
export function unitCount(ranges: readonly UnitRange[]): number {
  let n = 0;
  for (const r of ranges) n += r.to - r.from;
  return n;
}

/** The units in any of `ranges`, as sorted disjoint ranges (overlapping or touching ones joined, within a line). */
export function unionOf(ranges: readonly UnitRange[], sameLine: (a: number, b: number) => boolean): UnitRange[] {
  const sorted = [...ranges].filter((r) => r.to > r.from).sort((a, b) => a.from - b.from);
  const out: UnitRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && r.from <= last.to && (r.from < last.to || sameLine(last.to - 1, r.from))) {
      if (r.to > last.to) out[out.length - 1] = { from: last.from, to: r.to };
    } else out.push(r);
  }
  return out;
}

/**
 * Sorted unit indices as ranges of consecutive units of one line (`lineOf` says where lines
 * change, so a range never crosses one).
 * @example rangesOf([0, 1, 2, 5], () => 0) // [{from: 0, to: 3}, {from: 5, to: 6}]
 */
export function rangesOf(sorted: readonly number[], lineOf: (i: number) => number): UnitRange[] {
  const out: UnitRange[] = [];
  let from = -1;
  let last = -2;
  for (const i of sorted) {
    if (i === last + 1 && lineOf(i) === lineOf(last)) {
      last = i;
      continue;
    }
    if (from >= 0) out.push({ from, to: last + 1 });
    from = i;
    last = i;
  }
  if (from >= 0) out.push({ from, to: last + 1 });
  return out;
}

/** One edit of `RangeMap.applyAll`: the value over [from, to) becomes `f(old)`. */
export interface RangeEdit<T> {
  readonly from: number;
  readonly to: number;
  readonly f: (old: T) => T;
}

/**
 * A value per unit index over [0, size), kept as runs: one entry where the value changes (or a
 * cut forces one, e.g. a line's start). Lookups are a binary search; edits come in batches and
 * are applied in one sweep, so recording many applications stays linear in the runs.
 */
export class RangeMap<T> {
  private starts: number[];
  private values: T[];

  constructor(
    readonly size: number,
    initial: T,
    private readonly cuts: ReadonlySet<number>,
    private readonly same: (a: T, b: T) => boolean,
  ) {
    this.starts = [0];
    this.values = [initial];
    for (const c of [...cuts].sort((a, b) => a - b)) {
      if (c > 0 && c < size) {
        this.starts.push(c);
        this.values.push(initial);
      }
    }
  }

  /** Number of runs (for tests and measurements). */
  get runs(): number {
    return this.starts.length;
  }

  /** The value at unit `i`. */
  at(i: number): T {
    return this.values[this.find(i)]!;
  }

  /** Calls `f(from, to, value)` for each run overlapping [from, to), clipped to it, in order. */
  pieces(from: number, to: number, f: (from: number, to: number, value: T) => void): void {
    if (from >= to) return;
    for (let k = this.find(from); k < this.starts.length && this.starts[k]! < to; k++) {
      const s = this.starts[k]!;
      const e = k + 1 < this.starts.length ? this.starts[k + 1]! : this.size;
      f(s > from ? s : from, e < to ? e : to, this.values[k]!);
    }
  }

  /**
   * Applies edits over disjoint ranges (in any order) in one sweep; neighbouring runs left with
   * the same value merge unless a cut separates them.
   */
  applyAll(edits: readonly RangeEdit<T>[]): void {
    if (edits.length === 0) return;
    const sorted = [...edits].sort((a, b) => a.from - b.from);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.from < sorted[i - 1]!.to) throw new Error('RangeMap.applyAll: overlapping edits');
    }
    const starts: number[] = [];
    const values: T[] = [];
    const push = (s: number, v: T): void => {
      const n = starts.length;
      if (n > 0 && starts[n - 1] === s) {
        values[n - 1] = v;
        return;
      }
      if (n > 0 && !this.cuts.has(s) && this.same(values[n - 1]!, v)) return;
      starts.push(s);
      values.push(v);
    };
    let e = 0;
    for (let k = 0; k < this.starts.length; k++) {
      const s = this.starts[k]!;
      const end = k + 1 < this.starts.length ? this.starts[k + 1]! : this.size;
      const v = this.values[k]!;
      let pos = s;
      while (pos < end) {
        while (e < sorted.length && sorted[e]!.to <= pos) e++;
        const edit = sorted[e];
        if (edit === undefined || edit.from >= end) {
          push(pos, v);
          pos = end;
        } else if (edit.from > pos) {
          push(pos, v);
          pos = edit.from;
        } else {
          const stop = edit.to < end ? edit.to : end;
          push(pos, edit.f(v));
          pos = stop;
        }
      }
    }
    this.starts = starts;
    this.values = values;
  }

  /** Index of the run holding unit `i`. */
  private find(i: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
