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

/**
 * Index of the last entry of ascending `sorted` that is ≤ x (0 when none is): which run, line or
 * stretch a unit falls in, given their first units.
 * @example lastAtMost([0, 3, 7], 5) // 1
 */
export function lastAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The units at places [from, to) of the units of sorted `ranges` (0-based, counted across the
 * ranges), as ranges.
 * @example placesOf([{ from: 10, to: 12 }, { from: 20, to: 25 }], 1, 4) // [{from: 11, to: 12}, {from: 20, to: 22}]
 */
export function placesOf(ranges: readonly UnitRange[], from: number, to: number): UnitRange[] {
  const out: UnitRange[] = [];
  let skipped = 0;
  for (const r of ranges) {
    const n = r.to - r.from;
    const a = Math.max(from - skipped, 0);
    const b = Math.min(to - skipped, n);
    if (a < b) out.push({ from: r.from + a, to: r.from + b });
    skipped += n;
    if (skipped >= to) break;
  }
  return out;
}

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


/** Most runs one chunk of a `RangeMap` holds before it splits in two. */
const CHUNK = 512;

interface Chunk<T> {
  starts: number[];
  values: T[];
}

/**
 * A value per unit index over [0, size), kept as runs: one entry where the value changes (or a
 * cut forces one, e.g. a line's start). The runs sit in chunks of at most 2 × 512, so finding a
 * unit is two binary searches and an edit moves at most one chunk: booking 250,000 applications
 * one by one on a line of a million units stays near linear (a flat array made it quadratic).
 * A large batch of edits is applied in one sweep instead.
 */
export class RangeMap<T> {
  private chunks: Chunk<T>[];
  /** First start of each chunk. */
  private firsts: number[];

  constructor(
    readonly size: number,
    initial: T,
    private readonly cuts: ReadonlySet<number>,
    private readonly same: (a: T, b: T) => boolean,
  ) {
    const starts = [0];
    for (const c of [...cuts].sort((a, b) => a - b)) if (c > 0 && c < size) starts.push(c);
    this.chunks = [];
    this.firsts = [];
    this.rechunk(starts, starts.map(() => initial));
  }

  /** Number of runs. */
  get runs(): number {
    return this.count;
  }

  private count = 0;

  /** Counts the batches of edits: equal versions, equal map (callers cache what they read off it). */
  get version(): number {
    return this.edits;
  }

  private edits = 0;

  /** The value at unit `i`. */
  at(i: number): T {
    const [c, k] = this.find(i);
    return this.chunks[c]!.values[k]!;
  }

  /** Calls `f(from, to, value)` for each run overlapping [from, to), clipped to it, in order. */
  pieces(from: number, to: number, f: (from: number, to: number, value: T) => void): void {
    if (from >= to) return;
    let [c, k] = this.find(from);
    while (c < this.chunks.length) {
      const chunk = this.chunks[c]!;
      const s = chunk.starts[k]!;
      if (s >= to) return;
      const e = this.endOf(c, k);
      f(s > from ? s : from, e < to ? e : to, chunk.values[k]!);
      if (++k === chunk.starts.length) {
        c++;
        k = 0;
      }
    }
  }

  /**
   * Over each of the disjoint ranges `edits` (in any order), the value becomes `f(old, edit)`;
   * neighbouring runs an edit leaves with the same value merge unless a cut separates them. The
   * edits are data and `f` one function: a closure per edit cost more than the edit itself.
   */
  applyAll<E extends UnitRange>(edits: readonly E[], f: (old: T, edit: E) => T): void {
    if (edits.length === 0) return;
    this.edits++;
    if (edits.length === 1) {
      this.edit(edits[0]!, f);
      return;
    }
    const sorted = [...edits].sort((a, b) => a.from - b.from);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.from < sorted[i - 1]!.to) throw new Error('RangeMap.applyAll: overlapping edits');
    }
    if (sorted.length * 8 > this.runs) this.sweep(sorted, f);
    else for (const e of sorted) this.edit(e, f);
  }

  /** One edit in place: cut at its ends, change the runs between, merge at its ends. */
  private edit<E extends UnitRange>(e: E, f: (old: T, edit: E) => T): void {
    if (e.from >= e.to) return;
    this.cutAt(e.to);
    this.cutAt(e.from);
    let [c, k] = this.find(e.from);
    while (c < this.chunks.length) {
      const chunk = this.chunks[c]!;
      if (chunk.starts[k]! >= e.to) break;
      chunk.values[k] = f(chunk.values[k]!, e);
      if (++k === chunk.starts.length) {
        c++;
        k = 0;
      }
    }
    this.mergeAt(e.to);
    this.mergeAt(e.from);
  }

  /** Makes `i` the start of a run. */
  private cutAt(i: number): void {
    if (i <= 0 || i >= this.size) return;
    const [c, k] = this.find(i);
    const chunk = this.chunks[c]!;
    if (chunk.starts[k] === i) return;
    chunk.starts.splice(k + 1, 0, i);
    chunk.values.splice(k + 1, 0, chunk.values[k]!);
    this.count++;
    if (chunk.starts.length > 2 * CHUNK) {
      const half = chunk.starts.length >> 1;
      const right: Chunk<T> = { starts: chunk.starts.splice(half), values: chunk.values.splice(half) };
      this.chunks.splice(c + 1, 0, right);
      this.firsts.splice(c + 1, 0, right.starts[0]!);
    }
  }

  /** Joins the run starting at `i` to the one before it when their values are the same (within a chunk). */
  private mergeAt(i: number): void {
    if (i <= 0 || i >= this.size || this.cuts.has(i)) return;
    const [c, k] = this.find(i);
    const chunk = this.chunks[c]!;
    if (k === 0 || chunk.starts[k] !== i || !this.same(chunk.values[k - 1]!, chunk.values[k]!)) return;
    chunk.starts.splice(k, 1);
    chunk.values.splice(k, 1);
    this.count--;
  }

  /** Many edits: every run rebuilt in one pass. */
  private sweep<E extends UnitRange>(sorted: readonly E[], f: (old: T, edit: E) => T): void {
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
    for (let c = 0; c < this.chunks.length; c++) {
      const chunk = this.chunks[c]!;
      for (let k = 0; k < chunk.starts.length; k++) {
        const end = this.endOf(c, k);
        const v = chunk.values[k]!;
        let pos = chunk.starts[k]!;
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
            push(pos, f(v, edit));
            pos = edit.to < end ? edit.to : end;
          }
        }
      }
    }
    this.rechunk(starts, values);
  }

  private rechunk(starts: number[], values: T[]): void {
    this.count = starts.length;
    this.chunks = [];
    this.firsts = [];
    for (let i = 0; i < starts.length; i += CHUNK) {
      this.chunks.push({ starts: starts.slice(i, i + CHUNK), values: values.slice(i, i + CHUNK) });
      this.firsts.push(starts[i]!);
    }
  }

  /** End of run k of chunk c (the next run's start, or the size). */
  private endOf(c: number, k: number): number {
    const chunk = this.chunks[c]!;
    if (k + 1 < chunk.starts.length) return chunk.starts[k + 1]!;
    return c + 1 < this.chunks.length ? this.chunks[c + 1]!.starts[0]! : this.size;
  }

  /** Chunk and position of the run holding unit `i`. */
  private find(i: number): [number, number] {
    const c = lastAtMost(this.firsts, i);
    return [c, lastAtMost(this.chunks[c]!.starts, i)];
  }
}
