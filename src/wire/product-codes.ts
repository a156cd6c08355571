/**
 * Product ids cross the wire as numbers that compare as the ids do (the solver only compares
 * them). A Map and a sort of the level's ids per basket, with a WeakMap of per-basket typed arrays
 * before them, made a batch of 100,000 baskets spend most of its encoding time in the garbage
 * collector (docs/benchmarks.md, D).
 */
import type { SolverUnit } from '../engine/solver/types.ts';

let ranks = new Int32Array(256);

/**
 * Product ids seen by this thread, each with a code that follows string order among every id
 * interned up to the last re-sort (`sortedUpTo`). A level whose ids all have such a code is
 * ranked without sorting or comparing a string; one with a newer id sorts its own ids. The
 * re-sort runs once the unsorted ids are a quarter of the sorted ones, so each new id costs
 * O(log n) comparisons amortised. Cleared past `MAX_INTERNED` ids (a catalog, not a leak).
 */
const MAX_INTERNED = 1 << 18;
const internCode = new Map<string, number>();
const interned: string[] = [];
let order = new Int32Array(1024);
let sortedUpTo = 0;
let seenAt = new Int32Array(1024);
let levelRank = new Int32Array(1024);
let stamp = 0;
const distinct: number[] = [];
const byText = (x: number, y: number): number => (interned[x]! < interned[y]! ? -1 : 1);

/** Ids the interner holds now (what a worker keeps for its catalog). */
export function internedIds(): number {
  return interned.length;
}

function intern(id: string): number {
  let k = internCode.get(id);
  if (k === undefined) {
    k = interned.length;
    internCode.set(id, k);
    interned.push(id);
    if (k >= order.length) {
      const o = new Int32Array(2 * order.length);
      o.set(order);
      order = o;
      const s = new Int32Array(2 * seenAt.length);
      s.set(seenAt);
      seenAt = s;
      levelRank = new Int32Array(2 * levelRank.length);
    }
  }
  return k;
}

function resortInterned(): void {
  const all = Array.from({ length: interned.length }, (_, k) => k).sort(byText);
  for (let r = 0; r < all.length; r++) order[all[r]!] = r;
  sortedUpTo = interned.length;
}

/**
 * Each unit's product as a number such that numbers compare as the product ids do (order and
 * equality survive), one per unit. A view of a buffer the next call reuses: read it first.
 * @example const codes = rankProducts(units); codes[0] === codes[1] // units 0 and 1: one product
 */
export function rankProducts(units: readonly SolverUnit[]): Int32Array {
  if (interned.length + units.length > MAX_INTERNED) {
    internCode.clear();
    interned.length = 0;
    sortedUpTo = 0;
    seenAt.fill(0);
  }
  if (ranks.length < units.length) ranks = new Int32Array(Math.max(units.length, 2 * ranks.length));
  let fresh = false;
  for (let u = 0; u < units.length; u++) {
    const k = intern(units[u]!.productId);
    ranks[u] = k;
    if (k >= sortedUpTo) fresh = true;
  }
  if (fresh && 4 * (interned.length - sortedUpTo) >= sortedUpTo) {
    resortInterned();
    fresh = false;
  }
  if (!fresh) {
    for (let u = 0; u < units.length; u++) ranks[u] = order[ranks[u]!]!;
  } else {
    // Some id is newer than the last re-sort: rank this level's distinct ids by their text.
    if (++stamp === 0x3fffffff) {
      seenAt.fill(0);
      stamp = 1;
    }
    distinct.length = 0;
    for (let u = 0; u < units.length; u++) {
      const k = ranks[u]!;
      if (seenAt[k] !== stamp) {
        seenAt[k] = stamp;
        distinct.push(k);
      }
    }
    distinct.sort(byText);
    for (let r = 0; r < distinct.length; r++) levelRank[distinct[r]!] = r;
    for (let u = 0; u < units.length; u++) ranks[u] = levelRank[ranks[u]!]!;
  }
  return ranks.subarray(0, units.length);
}
