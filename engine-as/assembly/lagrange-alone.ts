// One promotion alone under Lagrange multipliers (solver lagrange-alone.ts): ẑ(λ) ≥ the most its
// own plans gain when every unit of local group g costs λ_g, on the full counts. Same arithmetic,
// kind order, DFS and node cap as the reference, so both engines get the same value.
import { I32Buf, I64Buf, insertDescending } from './buffers';
import {
  kindUsedStart, kindUsedLen, kindUsedGroup, kindUsedCount, kindSaving, kindForfeit, kindUnits, kindList
} from './order';

/** Most DFS nodes one evaluation takes before answering "applications × best reduced kind" (solver ALONE_NODE_CAP). */
const ALONE_NODE_CAP: i32 = 4096;

// Positive-reduced-gain kinds of the promotion being solved, most first (ties: kind order).
const red = new I64Buf(64);
const idx = new I32Buf(64);
const mult = new I32Buf(64);
const bestMult = new I32Buf(64);
/** Remaining units per local group while the DFS runs (only the promotion's groups are read). */
const rem = new I32Buf(64);
let n: i32 = 0;
let best: i64 = 0;
let dfsNodes: i32 = 0;
let minUnits: i32 = 0;
let remUnits: i32 = 0;
let limit: i32 = 0;

// `ensure` keeps only the first `len` elements: the length follows the slots in use.
function grow32(b: I32Buf, size: i32): void {
  b.ensure(size);
  if (b.len < size) b.len = size;
}

function grow64(b: I64Buf, size: i32): void {
  b.ensure(size);
  if (b.len < size) b.len = size;
}

/** A kind's gain less λ·(the units it uses). */
@inline function reducedGain(t: i32, lam: I64Buf): i64 {
  let r = kindSaving.at(t) - kindForfeit.at(t);
  const zs = kindUsedStart.at(t);
  const ze = zs + kindUsedLen.at(t);
  for (let z = zs; z < ze; z++) r -= lam.at(kindUsedGroup.at(z)) * <i64>kindUsedCount.at(z);
  return r;
}

/**
 * aloneKinds for a promotion of one application (a range deal, or `maxApplications` 1): the kind of
 * the largest reduced gain, the first in kind order among equals — the one the multiset search
 * over the kinds sorted by reduced gain (stable) takes first and keeps — without sorting them.
 */
function aloneBestKind(kindStart: i32, kindLen: i32, hasBudget: bool, budget: i64, lam: I64Buf, used: I32Buf): i64 {
  let z: i64 = 0;
  let at = -1;
  for (let i = 0; i < kindLen; i++) {
    const t = kindList.at(kindStart + i);
    const r = reducedGain(t, lam);
    if (r > z) {
      z = r;
      at = t;
    }
  }
  if (at < 0) return 0;
  if (hasBudget && z > budget) z = budget;
  const zs = kindUsedStart.at(at);
  const ze = zs + kindUsedLen.at(at);
  for (let x = zs; x < ze; x++) used.put(kindUsedGroup.at(x), used.at(kindUsedGroup.at(x)) + kindUsedCount.at(x));
  return z;
}

/**
 * ẑ(λ) of a promotion whose kinds are kindList[kindStart, kindStart + kindLen) (its alone problem,
 * enumerated on the full counts `counts`, an offset into `countsBuf`), with its groups
 * `groups[gStart, gStart + gLen)`, limit `lim` and budget (when `hasBudget`); adds the units per
 * group its maximiser uses to `used`.
 */
export function aloneKinds(
  kindStart: i32, kindLen: i32, groups: I32Buf, gStart: i32, gLen: i32, lim: i32, hasBudget: bool, budget: i64,
  lam: I64Buf, countsBuf: I32Buf, counts: i32, used: I32Buf,
): i64 {
  if (lim == 1) return aloneBestKind(kindStart, kindLen, hasBudget, budget, lam, used);
  n = 0;
  for (let i = 0; i < kindLen; i++) {
    const t = kindList.at(kindStart + i);
    const r = reducedGain(t, lam);
    if (r <= 0) continue;
    n = insertDescending(idx, red, n, t, r);
  }
  if (n == 0) return 0;
  minUnits = kindUnits.at(idx.at(0));
  for (let i = 1; i < n; i++) if (kindUnits.at(idx.at(i)) < minUnits) minUnits = kindUnits.at(idx.at(i));
  remUnits = 0;
  for (let j = 0; j < gLen; j++) {
    const g = groups.at(gStart + j);
    grow32(rem, g + 1);
    rem.put(g, countsBuf.at(counts + g));
    remUnits += countsBuf.at(counts + g);
  }
  grow32(mult, n);
  grow32(bestMult, n);
  for (let i = 0; i < n; i++) {
    mult.put(i, 0);
    bestMult.put(i, 0);
  }
  best = 0;
  dfsNodes = 0;
  limit = lim;
  dfs(0, 0, 0);
  let z = best;
  if (dfsNodes > ALONE_NODE_CAP) {
    // Cut off: every application adds at most the best reduced gain, at most min(limit, units ÷ smallest kind) of them.
    let apps = remUnits / minUnits;
    if (apps > lim) apps = lim;
    z = <i64>apps * red.at(0);
  }
  if (hasBudget && z > budget) z = budget;
  for (let i = 0; i < n; i++) {
    const m = bestMult.at(i);
    if (m == 0) continue;
    const t = idx.at(i);
    const zs = kindUsedStart.at(t);
    const ze = zs + kindUsedLen.at(t);
    for (let x = zs; x < ze; x++) used.put(kindUsedGroup.at(x), used.at(kindUsedGroup.at(x)) + m * kindUsedCount.at(x));
  }
  return z;
}

/** Multisets of kinds with non-decreasing index from `from` (solver AloneSolver.dfs). */
function dfs(from: i32, apps: i32, cur: i64): void {
  dfsNodes++;
  if (dfsNodes > ALONE_NODE_CAP) return;
  if (cur > best) {
    best = cur;
    for (let i = 0; i < n; i++) bestMult.put(i, mult.at(i));
  }
  if (apps >= limit) return;
  let left = remUnits / minUnits;
  if (left > limit - apps) left = limit - apps;
  for (let i = from; i < n; i++) {
    // Kinds are sorted by reduced gain: no later one can do better once this one cannot.
    if (cur + <i64>left * red.at(i) <= best) return;
    const t = idx.at(i);
    const zs = kindUsedStart.at(t);
    const ze = zs + kindUsedLen.at(t);
    let fits = true;
    for (let z = zs; z < ze; z++) {
      if (kindUsedCount.at(z) > rem.at(kindUsedGroup.at(z))) {
        fits = false;
        break;
      }
    }
    if (!fits) continue;
    for (let z = zs; z < ze; z++) rem.put(kindUsedGroup.at(z), rem.at(kindUsedGroup.at(z)) - kindUsedCount.at(z));
    remUnits -= kindUnits.at(t);
    mult.put(i, mult.at(i) + 1);
    dfs(i, apps + 1, cur + red.at(i));
    mult.put(i, mult.at(i) - 1);
    remUnits += kindUnits.at(t);
    for (let z = zs; z < ze; z++) rem.put(kindUsedGroup.at(z), rem.at(kindUsedGroup.at(z)) + kindUsedCount.at(z));
    if (dfsNodes > ALONE_NODE_CAP) return;
  }
}

/**
 * Per-unit route (solver AloneSolver.flat): Σ_g counts_g · max(0, bound_g − λ_g) over the
 * promotion's groups, capped by the budget; adds the counts of the groups taken to `used`.
 */
export function aloneFlat(
  groups: I32Buf, flat: I64Buf, gStart: i32, gLen: i32, hasBudget: bool, budget: i64,
  lam: I64Buf, countsBuf: I32Buf, counts: i32, used: I32Buf,
): i64 {
  let z: i64 = 0;
  for (let j = 0; j < gLen; j++) {
    const g = groups.at(gStart + j);
    const r = flat.at(gStart + j) - lam.at(g);
    const c = countsBuf.at(counts + g);
    if (r <= 0 || c == 0) continue;
    z += r * <i64>c;
    used.put(g, used.at(g) + c);
  }
  if (hasBudget && z > budget) z = budget;
  return z;
}

/**
 * Sorted-chunk route (solver AloneSolver.chunks): the qualifying groups groups[qs, qs + qn) with
 * per entry what one unit adds to a set (`gains`, parallel to `groups`); the best a·N largest
 * reduced values less a × `perSet` for a ≤ lim (smallest a on ties).
 */
export function aloneChunks(
  groups: I32Buf, gains: I64Buf, qs: i32, qn: i32, N: i32, perSet: i64, lim: i32, lam: I64Buf, countsBuf: I32Buf, counts: i32, used: I32Buf,
): i64 {
  n = 0;
  for (let j = 0; j < qn; j++) {
    const g = groups.at(qs + j);
    if (countsBuf.at(counts + g) == 0) continue;
    n = insertDescending(idx, red, n, g, gains.at(qs + j) - lam.at(g));
  }
  let top: i64 = 0;
  let bestTaken = 0;
  let sum: i64 = 0;
  let taken = 0;
  for (let i = 0; i < n && taken / N < lim; i++) {
    const r = red.at(i);
    const c = countsBuf.at(counts + idx.at(i));
    // A group at a time: the chunk ends in it lie on a line of slope N·r − perSet, so the first
    // (slope ≤ 0) or the last (slope > 0) is its best (solver AloneSolver.chunks).
    const lo = taken / N + 1;
    let hi = (taken + c) / N;
    if (hi > lim) hi = lim;
    if (lo <= hi) {
      const m = <i64>N * r - perSet > 0 ? hi : lo;
      const value = sum + <i64>(m * N - taken) * r - <i64>m * perSet;
      if (value > top) {
        top = value;
        bestTaken = m * N;
      }
    }
    sum += <i64>c * r;
    taken += c;
  }
  for (let i = 0; i < n && bestTaken > 0; i++) {
    const g = idx.at(i);
    const c = countsBuf.at(counts + g) < bestTaken ? countsBuf.at(counts + g) : bestTaken;
    used.put(g, used.at(g) + c);
    bestTaken -= c;
  }
  return top;
}

const DP_NONE: i64 = -(<i64>1 << 62);
const dpA = new I64Buf(64);
const dpB = new I64Buf(64);
const dpFrom = new I32Buf(256);

/**
 * Cheapest-of-N route (solver AloneSolver.cheapestOfN): groups[s, s + len) most expensive first,
 * with the reduced-before-λ gain of a rewarded unit (`reward`) and the value of a paying one
 * (`pay`) parallel to them; payers add rc credits, rewarded units take N − rc, clamped at `max`.
 */
export function aloneCheapestOfN(
  groups: I32Buf, reward: I64Buf, pay: I64Buf, s: i32, len: i32, N: i32, rc: i32, max: i32, hasBudget: bool, budget: i64,
  lam: I64Buf, countsBuf: I32Buf, counts: i32, used: I32Buf,
): i64 {
  const W = max + 1;
  const take = N - rc;
  let units = 0;
  for (let i = 0; i < len; i++) units += countsBuf.at(counts + groups.at(s + i));
  grow64(dpA, W);
  grow64(dpB, W);
  grow32(dpFrom, units * W);
  let val = dpA;
  let nxt = dpB;
  val.put(0, 0);
  // States 0..hi are live; credits past take × units left clamp there (solver cheapestOfN).
  let hi = 0;
  let step = 0;
  for (let i = 0; i < len; i++) {
    const g = groups.at(s + i);
    const rv = reward.at(s + i) - lam.at(g);
    const pv = pay.at(s + i) - lam.at(g);
    const cnt = countsBuf.at(counts + g);
    for (let u = 0; u < cnt; u++, step++) {
      const left = take * (units - step - 1);
      const cap = left < W - 1 ? left : W - 1;
      const top = hi + rc < cap ? hi + rc : cap;
      for (let c = 0; c <= top; c++) nxt.put(c, DP_NONE);
      const row = step * W;
      for (let c = 0; c <= hi; c++) {
        const v = val.at(c);
        if (v == DP_NONE) continue;
        const cs = c < cap ? c : cap;
        if (v > nxt.at(cs)) { nxt.put(cs, v); dpFrom.put(row + cs, c * 3); }
        const cp = c + rc < cap ? c + rc : cap;
        if (v + pv > nxt.at(cp)) { nxt.put(cp, v + pv); dpFrom.put(row + cp, c * 3 + 1); }
        const cr = c - take < cap ? c - take : cap;
        if (c >= take && v + rv > nxt.at(cr)) { nxt.put(cr, v + rv); dpFrom.put(row + cr, c * 3 + 2); }
      }
      hi = top;
      const t = val;
      val = nxt;
      nxt = t;
    }
  }
  let bestC = 0;
  for (let c = 1; c <= hi; c++) if (val.at(c) > val.at(bestC)) bestC = c;
  let z = val.at(bestC);
  let c = bestC;
  for (let i = len - 1; i >= 0; i--) {
    const g = groups.at(s + i);
    const cnt = countsBuf.at(counts + g);
    for (let u = 0; u < cnt; u++) {
      step--;
      const f = dpFrom.at(step * W + c);
      if (f % 3 != 0) used.put(g, used.at(g) + 1);
      c = f / 3;
    }
  }
  if (hasBudget && z > budget) z = budget;
  return z;
}
