// Fallbacks when the node budget runs out (solver greedy.ts): the rank-order greedy (promotions in
// rank order repeatedly take their best single application) and the value-order greedy (the best
// single application over all promotions, repeatedly), built from the most expensive free units.
import { I32Buf, I64Buf, mergeSortBy } from './buffers';
import { caPromo, openApp, pushBen, pushQual } from './assemble';
import { dCombination, dRange, dRewardCount, dTarget, dTierCount, dTierStart, pBenLen, pBenStart, pBudget, pDeal, pHasBudget, pLists, pQualLen, pQualStart, tThKind, tThQty, uCp, uPrice, uProd } from './level';
import { priceApplication, prSaving } from './pricing';
import { applicationLimit, cheaper, rangeTier } from './rules';
import { Combination, Target, Threshold } from './tags';
import { kindCost } from './component-state';

// List entries the cursors stepped over so far, free or not (solver SortedUnits.read): what a
// bestSingle call read, its work in `fillCalls`.
let scanned: i32 = 0;

const qualAll = new I32Buf(64);
const ben = new I32Buf(64);
const qualP = new I32Buf(64);
const q = new I32Buf(64);
const b = new I32Buf(64);
const bestQ = new I32Buf(64);
const bestB = new I32Buf(64);
const ids = new I32Buf(16);

// Each promotion's qualifying and benefit units, most expensive first (the cheapness order
// reversed), sorted once per greedy run (solver greedy.ts SortedUnits), with cursors: a greedy
// run only takes units, so a unit found taken at either end of a list is skipped for good.
// List 2k: qualifying units of the run's promotion k; list 2k + 1: its benefit units.
const sList = new I32Buf(256);
const sStart = new I32Buf(64);
const sLen = new I32Buf(64);
const sHead = new I32Buf(64);
const sTail = new I32Buf(64);
// The fill whose cursors list l holds (sStamp): a fill starts its cursors afresh by moving to a
// new epoch, and a list's cursors reset when first read in it, instead of resetting every list
// per fill (two per promotion of the component, for each local-search move).
const sStamp = new I32Buf(64);
let sEpoch: i32 = 0;

function touchList(l: i32): void {
  if (sStamp.at(l) == sEpoch) return;
  sStamp.put(l, sEpoch);
  sHead.put(l, 0);
  sTail.put(l, sLen.at(l));
}

/** Sorts list[start, start + n) most expensive first (`cheaper` is a total order, so the result is the reference's). */
function sortExpensiveFirst(list: I32Buf, start: i32, n: i32): void {
  mergeSortBy(list, start, n, (a: i32, b: i32): bool => cheaper(a, b) > 0);
}

// `same` deals in exact mode (solver SortedUnits.freeQualifyingPerProduct): promotion k's
// qualifying units again, one segment per product (product order), each most expensive first,
// with its own cursor — reading every free unit per application made a 20,000-unit line quadratic.
const pkStart = new I32Buf(64); // per local promotion: its first segment
const pkCount = new I32Buf(64); // per local promotion: its segments (0 unless same/exact)
const sgList = new I32Buf(256);
const sgFrom = new I32Buf(64);
const sgLen = new I32Buf(64);
const sgHead = new I32Buf(64);
const sgStamp = new I32Buf(64);

/** Segments of a `same`/exact deal's qualifying list sList[at, at + len) by product, each in its order. */
function splitByProduct(pi: i32, at: i32, len: i32): void {
  const d = pDeal.at(pi);
  pkStart.push(sgFrom.len);
  if (dCombination.at(d) != Combination.Same || dRange.at(d) != 0) {
    pkCount.push(0);
    return;
  }
  // A stable sort by product keeps each product's units most expensive first.
  const base = sgList.len;
  for (let i = 0; i < len; i++) sgList.push(sList.at(at + i));
  mergeSortBy(sgList, base, len, (a: i32, b: i32): bool => uProd.at(a) < uProd.at(b));
  let count = 0;
  for (let i = 0; i < len; i++) {
    if (i > 0 && uProd.at(sgList.at(base + i)) == uProd.at(sgList.at(base + i - 1))) continue;
    let j = i + 1;
    while (j < len && uProd.at(sgList.at(base + j)) == uProd.at(sgList.at(base + i))) j++;
    sgFrom.push(base + i);
    sgLen.push(j - i);
    sgHead.push(0);
    sgStamp.push(sEpoch);
    count++;
  }
  pkCount.push(count);
}

/** out = the first `limit` free units of segment g, in its order. */
function freeFromSegment(out: I32Buf, g: i32, free: I32Buf, limit: i32): void {
  out.len = 0;
  if (sgStamp.at(g) != sEpoch) {
    sgStamp.put(g, sEpoch);
    sgHead.put(g, 0);
  }
  const st = sgFrom.at(g);
  const n = sgLen.at(g);
  const from = sgHead.at(g);
  let i = from;
  while (i < n && free.at(sgList.at(st + i)) == 0) i++;
  sgHead.put(g, i);
  for (; i < n && out.len != limit; i++) if (free.at(sgList.at(st + i)) != 0) out.push(sgList.at(st + i));
  scanned += i - from;
}

/** Sorts the lists of promos[s..s+n) for one greedy run. */
function prepareSorted(promos: I32Buf, s: i32, n: i32): void {
  sList.len = 0; sStart.len = 0; sLen.len = 0; sHead.len = 0; sTail.len = 0; sStamp.len = 0;
  pkStart.len = 0; pkCount.len = 0; sgList.len = 0; sgFrom.len = 0; sgLen.len = 0; sgHead.len = 0; sgStamp.len = 0;
  for (let k = 0; k < n; k++) {
    const pi = promos.at(s + k);
    for (let part = 0; part < 2; part++) {
      const from = part == 0 ? pQualStart.at(pi) : pBenStart.at(pi);
      const len = part == 0 ? pQualLen.at(pi) : pBenLen.at(pi);
      const at = sList.len;
      for (let i = 0; i < len; i++) sList.push(pLists.at(from + i));
      sortExpensiveFirst(sList, at, len);
      if (part == 0) splitByProduct(pi, at, len);
      sStart.push(at);
      sLen.push(len);
      sHead.push(0);
      sTail.push(len);
      sStamp.push(sEpoch);
    }
  }
}

/** out = the first `limit` (-1: all) free units of list `l`, in its order. */
function freeFromHead(out: I32Buf, l: i32, free: I32Buf, limit: i32): void {
  out.len = 0;
  const st = sStart.at(l);
  const n = sLen.at(l);
  touchList(l);
  const from = sHead.at(l);
  let i = from;
  while (i < n && free.at(sList.at(st + i)) == 0) i++;
  sHead.put(l, i);
  for (; i < n && out.len != limit; i++) if (free.at(sList.at(st + i)) != 0) out.push(sList.at(st + i));
  scanned += i - from;
}

/** out = the `count` cheapest free units of list `l` (its last ones), in its order. */
function cheapestFromTail(out: I32Buf, l: i32, free: I32Buf, count: i32): void {
  out.len = 0;
  const st = sStart.at(l);
  touchList(l);
  const from = sTail.at(l);
  let end = from;
  while (end > 0 && free.at(sList.at(st + end - 1)) == 0) end--;
  sTail.put(l, end);
  let i = end - 1;
  for (; i >= 0 && out.len < count; i--) if (free.at(sList.at(st + i)) != 0) out.push(sList.at(st + i));
  scanned += from - 1 - i;
  for (let i = 0, j = out.len - 1; i < j; i++, j--) {
    const x = out.at(i);
    out.put(i, out.at(j));
    out.put(j, x);
  }
}

/** Largest `buys N` of a deal (exact mode). */
function largestQuantity(d: i32): i32 {
  const ts = dTierStart.at(d);
  let n = 0;
  for (let t = 0; t < dTierCount.at(d); t++) if (tThKind.at(ts + t) != Threshold.SpendsAtLeast && tThQty.at(ts + t) > n) n = tThQty.at(ts + t);
  return n;
}

/** Greedy applications for promos[s..s+n) (rank order), consuming `free`; appended as concrete apps. */
export function greedyApps(promos: I32Buf, s: i32, n: i32, free: I32Buf): void {
  prepareSorted(promos, s, n);
  for (let k = 0; k < n; k++) {
    const pi = promos.at(s + k);
    const limit = applicationLimit(pi);
    let spent: i64 = 0;
    for (let a = 0; a < limit; a++) {
      if (!bestSingle(k, pi, free, spent)) break;
      takeBest(pi, free);
      spent += bestSaving;
    }
  }
}

export const vgSpent = new I64Buf(64);
export const vgMade = new I32Buf(64);
const vgGain = new I64Buf(64);
// Units of each promotion's best single application (the `denseGain` order reads them).
const vgSize = new I32Buf(64);
// List entries the call that priced each promotion read (its charge when it is picked).
const vgRead = new I32Buf(64);
export const vgStale = new I32Buf(64);
// Per unit: the run's promotions holding it as qualifying or benefit unit (CSR lists).
const vgByStart = new I32Buf(256);
const vgFill = new I32Buf(256);
const vgBy = new I32Buf(256);

/** Marks stale every promotion of the fill holding unit u. */
export function markStale(u: i32): void {
  for (let i = vgByStart.at(u); i < vgByStart.at(u + 1); i++) vgStale.put(vgBy.at(i), 1);
}

/**
 * Value-ordered greedy for promos[s..s+n) (rank order), consuming `free` (solver valueGreedyApps):
 * repeatedly the application of largest gain over every promotion (ties: rank order); only the
 * promotions whose units the last application took, and its own, are re-priced.
 */
export function valueGreedyApps(promos: I32Buf, s: i32, n: i32, free: I32Buf): void {
  prepareValueFill(promos, s, n, free.len);
  for (let k = 0; k < n; k++) vgStale.put(k, 1);
  valueFill(promos, s, n, free, -1);
}

/**
 * Which application a value fill takes next (solver FillOrder): false, the largest gain; true,
 * the largest gain² ÷ units (`denseGain`).
 */
export let fillByDensity = false;

export function setFillByDensity(on: bool): void {
  fillByDensity = on;
}

// g² · s as three 64-bit limbs (most significant first), exact.
let m2: u64 = 0;
let m1: u64 = 0;
let m0: u64 = 0;

/** hi:lo = a · b (unsigned 128-bit). */
let mulHi: u64 = 0;
function mulLo(a: u64, b: u64): u64 {
  const aL = a & 0xffffffff, aH = a >> 32, bL = b & 0xffffffff, bH = b >> 32;
  const p0 = aL * bL, p1 = aL * bH, p2 = aH * bL, p3 = aH * bH;
  const mid = (p0 >> 32) + (p1 & 0xffffffff) + (p2 & 0xffffffff);
  mulHi = p3 + (p1 >> 32) + (p2 >> 32) + (mid >> 32);
  return (p0 & 0xffffffff) | (mid << 32);
}

function gainSquaredTimes(g: i64, s: i32): void {
  const lo = mulLo(<u64>g, <u64>g);
  const hi = mulHi;
  m0 = mulLo(lo, <u64>s);
  const c1 = mulHi;
  const l2 = mulLo(hi, <u64>s);
  m1 = c1 + l2;
  m2 = mulHi + (m1 < c1 ? 1 : 0);
}

/** g1² ÷ s1 > g2² ÷ s2, exactly (solver denserGain; gains > 0, unit counts ≥ 1). */
export function denserGain(g1: i64, s1: i32, g2: i64, s2: i32): bool {
  gainSquaredTimes(g1, s2);
  const a2 = m2, a1 = m1, a0 = m0;
  gainSquaredTimes(g2, s1);
  if (a2 != m2) return a2 > m2;
  if (a1 != m1) return a1 > m1;
  return a0 > m0;
}

/**
 * Work of the value fills' bestSingle calls since prepareValueFill (the local search's work count,
 * solver ValueFill.calls). i64: on a long line one fill can pass 2³¹, which the reference's number
 * never wraps.
 */
export let fillCalls: i64 = 0;

export function resetFillCalls(): void {
  fillCalls = 0;
}

/**
 * Sets up value fills over promos[s..s+n) (solver ValueFill): sorted lists, each unit's
 * promotions, and a zero state (vgSpent, vgMade, vgStale) for the first fill.
 */
export function prepareValueFill(promos: I32Buf, s: i32, n: i32, unitCount: i32): void {
  vgSpent.len = 0; vgSpent.alloc(n);
  vgMade.len = 0; vgMade.alloc(n);
  vgGain.len = 0; vgGain.alloc(n);
  vgSize.len = 0; vgSize.alloc(n);
  vgRead.len = 0; vgRead.alloc(n);
  vgStale.len = 0; vgStale.alloc(n);
  resetTree(n);
  fillCalls = 0;
  prepareSorted(promos, s, n);
  vgByStart.len = 0; vgByStart.alloc(unitCount + 1);
  for (let k = 0; k < n; k++) {
    const p = promos.at(s + k);
    for (let i = 0; i < pQualLen.at(p); i++) { const u = pLists.at(pQualStart.at(p) + i); vgByStart.put(u + 1, vgByStart.at(u + 1) + 1); }
    for (let i = 0; i < pBenLen.at(p); i++) { const u = pLists.at(pBenStart.at(p) + i); vgByStart.put(u + 1, vgByStart.at(u + 1) + 1); }
  }
  for (let u = 0; u < unitCount; u++) vgByStart.put(u + 1, vgByStart.at(u + 1) + vgByStart.at(u));
  vgBy.len = 0; vgBy.alloc(vgByStart.at(unitCount));
  // Fill each unit's list from its start (vgFill holds the next slot per unit).
  vgFill.len = 0; vgFill.alloc(unitCount);
  for (let u = 0; u < unitCount; u++) vgFill.put(u, vgByStart.at(u));
  for (let k = 0; k < n; k++) {
    const p = promos.at(s + k);
    for (let i = 0; i < pQualLen.at(p); i++) { const u = pLists.at(pQualStart.at(p) + i); vgBy.put(vgFill.at(u), k); vgFill.put(u, vgFill.at(u) + 1); }
    for (let i = 0; i < pBenLen.at(p); i++) { const u = pLists.at(pBenStart.at(p) + i); vgBy.put(vgFill.at(u), k); vgFill.put(u, vgFill.at(u) + 1); }
  }
}

/**
 * One value fill (solver ValueFill.run) from the state in vgSpent / vgMade / vgStale (updated):
 * only stale promotions are priced at first, `ban` (local index or -1) may not make the first
 * application — nor any, with `banAll`. Appends the applications made as concrete apps and returns how many.
 */
export function valueFill(promos: I32Buf, s: i32, n: i32, free: I32Buf, ban: i32, banAll: bool = false): i32 {
  // Units only become free again between fills: the cursors start afresh (a new epoch). A
  // promotion's gain is only read once it was priced in this fill, so gains are not cleared.
  sEpoch++;
  // The reference scans, before each pick, every promotion that is stale or was priced with a
  // gain: it prices the stale ones, drops those that can make no more applications (or are barred
  // from every pick) or gain nothing, and picks the best of the rest in the fill's order. Here
  // the stale ones wait in vgPending and the priced ones with a gain sit in a tournament tree, so
  // a pick costs the re-pricing and log n comparisons, not a pass over every candidate (on bench
  // A, 500 promotions, the scans were a third of the first answer). Same picks, same work counted.
  vgPending.len = 0;
  for (let k = 0; k < n; k++) if (vgStale.at(k) != 0) vgPending.push(k);
  let made = 0;
  while (true) {
    for (let i = 0; i < vgPending.len; i++) {
      const k = vgPending.at(i);
      const pi = promos.at(s + k);
      const limit = applicationLimit(pi);
      vgStale.put(k, 0);
      // A promotion that makes no more applications in this fill (made only grows), or is barred
      // from every pick, is never priced (solver ValueFill.run).
      if (vgMade.at(k) >= limit || (banAll && k == ban)) {
        treeSet(k, false);
        continue;
      }
      const before = scanned;
      const found = bestSingle(k, pi, free, vgSpent.at(k));
      vgRead.put(k, scanned - before);
      fillCalls += <i64>kindCost(scanned - before);
      vgGain.put(k, found ? bestGain : 0);
      vgSize.put(k, found ? bestQ.len + bestB.len : 1);
      treeSet(k, vgGain.at(k) > 0);
    }
    vgPending.len = 0;
    let pick = vtTree.at(1);
    if (pick == ban && ban >= 0 && made == 0) {
      // Barred from the first pick only: the best of the others.
      treeSet(ban, false);
      pick = vtTree.at(1);
      treeSet(ban, true);
    }
    if (pick < 0) {
      clearTree();
      return made;
    }
    const pi = promos.at(s + pick);
    // The same application again (its units did not change), charged as when it was priced: this
    // call's cursors start where that one left them, so its own reading is shorter.
    fillCalls += <i64>kindCost(vgRead.at(pick));
    bestSingle(pick, pi, free, vgSpent.at(pick));
    takeBest(pi, free);
    made++;
    vgSpent.put(pick, vgSpent.at(pick) + bestSaving);
    vgMade.put(pick, vgMade.at(pick) + 1);
    pend(pick);
    // Only the promotions holding a unit the application took see their best single change.
    for (let i = 0; i < bestQ.len; i++) markStaleLive(bestQ.at(i));
    for (let i = 0; i < bestB.len; i++) markStaleLive(bestB.at(i));
  }
}

/** Stale promotions waiting to be priced before the next pick (each once: vgStale marks them). */
const vgPending = new I32Buf(64);
// Tournament tree over the fill's promotions: leaf vtSize + k holds k while it is priced with a
// gain, each inner node the better of its children's (ahead), -1 for none. Kept empty between fills.
const vtTree = new I32Buf(128);
let vtSize = 1;
const vtTouched = new I32Buf(64);
const vtOn = new I32Buf(64);

function pend(k: i32): void {
  if (vgStale.at(k) != 0) return;
  vgStale.put(k, 1);
  vgPending.push(k);
}

/** An empty tree for n promotions (prepareValueFill). */
function resetTree(n: i32): void {
  vtSize = 1;
  while (vtSize < n) vtSize <<= 1;
  vtTree.len = 0;
  vtTree.alloc(vtSize << 1);
  for (let i = 0; i < vtTree.len; i++) vtTree.put(i, -1);
  vtOn.len = 0;
  vtOn.alloc(n);
  vtTouched.len = 0;
}

function treeSet(k: i32, on: bool): void {
  if (on && vtOn.at(k) == 0) {
    vtOn.put(k, 1);
    vtTouched.push(k);
  } else if (!on && vtTree.at(vtSize + k) < 0) return;
  let i = vtSize + k;
  vtTree.put(i, on ? k : -1);
  i >>= 1;
  while (i >= 1) {
    const a = vtTree.at(i << 1);
    const b = vtTree.at((i << 1) + 1);
    const was = vtTree.at(i);
    const now = a < 0 ? b : b < 0 ? a : ahead(a, b) ? a : b;
    // Only k's key changed: a node that keeps another winner keeps every ancestor as it was.
    if (now == was && was != k) return;
    vtTree.put(i, now);
    i >>= 1;
  }
}

function clearTree(): void {
  for (let i = 0; i < vtTouched.len; i++) {
    const k = vtTouched.at(i);
    vtOn.put(k, 0);
    let x = vtSize + k;
    while (x >= 1 && vtTree.at(x) != -1) {
      vtTree.put(x, -1);
      x >>= 1;
    }
  }
  vtTouched.len = 0;
}

/** Marks stale every promotion of the fill holding unit u, to be priced before the next pick. */
function markStaleLive(u: i32): void {
  for (let i = vgByStart.at(u); i < vgByStart.at(u + 1); i++) pend(vgBy.at(i));
}

/** Promotion k's best single goes before promotion j's in the fill's order; ties: the earlier promotion. */
function ahead(k: i32, j: i32): bool {
  const gk = vgGain.at(k), gj = vgGain.at(j);
  if (fillByDensity ? denserGain(gk, vgSize.at(k), gj, vgSize.at(j)) : gk > gj) return true;
  if (fillByDensity ? denserGain(gj, vgSize.at(j), gk, vgSize.at(k)) : gj > gk) return false;
  return k < j;
}

/** Appends the best single application found by bestSingle and takes its units. */
function takeBest(pi: i32, free: I32Buf): void {
  openApp(pi, bestTier);
  for (let i = 0; i < bestQ.len; i++) {
    pushQual(bestQ.at(i));
    free.put(bestQ.at(i), 0);
  }
  for (let i = 0; i < bestB.len; i++) {
    pushBen(bestB.at(i));
    free.put(bestB.at(i), 0);
  }
}

// The best single application of the last bestSingle call.
let bestTier: i32 = -1;
let bestGain: i64 = 0;
let bestSaving: i64 = 0;

/** Best single application of promotion pi on the free units with `spent` of its budget used (solver bestSingle); false when none gains. */
function bestSingle(k: i32, pi: i32, free: I32Buf, spent: i64): bool {
  const d = pDeal.at(pi);
  const range = dRange.at(d) != 0;
  const target = dTarget.at(d);
  const needsBen = target == Target.CheapestBenefit || target == Target.AllBenefit;
  const hasBudget = pHasBudget.at(pi) != 0;
  let found = false;
  bestTier = -1;
  bestGain = 0;
  bestSaving = 0;
  // Exact mode over any products takes the most expensive N free units for a tier of N; every
  // other case reads all free units.
  const perProduct = pkCount.at(k) > 0;
  qualAll.len = 0;
  if (!perProduct) freeFromHead(qualAll, 2 * k, free, range || dCombination.at(d) == Combination.Same ? -1 : largestQuantity(d));
  ben.len = 0;
  // The cheapest free benefit units (SPEC §4.1), most expensive first like every list here.
  if (target == Target.CheapestBenefit) cheapestFromTail(ben, 2 * k + 1, free, dRewardCount.at(d));
  else if (needsBen) freeFromHead(ben, 2 * k + 1, free, -1);
  if (needsBen && ben.len == 0) return false;
  // Products: one list of every unit or, for `same`, one per product in product order.
  const same = dCombination.at(d) == Combination.Same;
  ids.len = 0;
  if (same && !perProduct) {
    for (let i = 0; i < qualAll.len; i++) {
      const id = uProd.at(qualAll.at(i));
      let seen = false;
      for (let j = 0; j < ids.len; j++) if (ids.at(j) == id) { seen = true; break; }
      if (!seen) ids.push(id);
    }
    for (let i = 1; i < ids.len; i++) {
      const x = ids.at(i);
      let j = i - 1;
      while (j >= 0 && ids.at(j) > x) { ids.put(j + 1, ids.at(j)); j--; }
      ids.put(j + 1, x);
    }
  }
  const products = perProduct ? pkCount.at(k) : same ? ids.len : 1;
  const limit = perProduct ? largestQuantity(d) : -1;
  for (let pr = 0; pr < products; pr++) {
    if (perProduct) {
      freeFromSegment(qualP, pkStart.at(k) + pr, free, limit);
      if (qualP.len == 0) continue;
    } else {
      qualP.len = 0;
      for (let i = 0; i < qualAll.len; i++) if (!same || uProd.at(qualAll.at(i)) == ids.at(pr)) qualP.push(qualAll.at(i));
    }
    const ts = dTierStart.at(d);
    for (let t = 0; t < dTierCount.at(d); t++) {
      let tier = t;
      q.len = 0;
      if (range) {
        if (t > 0) break;
        let value: i64 = 0;
        for (let i = 0; i < qualP.len; i++) {
          q.push(qualP.at(i));
          value += uCp.at(qualP.at(i));
        }
        tier = rangeTier(d, q.len, value);
        if (tier < 0) continue;
      } else {
        if (tThKind.at(ts + t) == Threshold.SpendsAtLeast || qualP.len < tThQty.at(ts + t)) continue;
        for (let i = 0; i < tThQty.at(ts + t); i++) q.push(qualP.at(i));
      }
      // Both lists run most expensive first: reversed, they are in cheapness order.
      b.len = 0;
      for (let i = ben.len - 1; i >= 0; i--) b.push(ben.at(i));
      for (let i = 0, j = q.len - 1; i < j; i++, j--) {
        const x = q.at(i);
        q.put(i, q.at(j));
        q.put(j, x);
      }
      priceApplication(q, 0, q.len, b, 0, b.len, d, tier);
      let saving = prSaving;
      if (hasBudget && saving > pBudget.at(pi) - spent) saving = pBudget.at(pi) - spent;
      let forfeit: i64 = 0;
      for (let i = 0; i < q.len; i++) forfeit += uPrice.at(q.at(i)) - uCp.at(q.at(i));
      for (let i = 0; i < b.len; i++) forfeit += uPrice.at(b.at(i)) - uCp.at(b.at(i));
      if (saving - forfeit > bestGain) {
        bestGain = saving - forfeit;
        bestSaving = saving;
        found = true;
        bestTier = tier;
        bestQ.len = 0;
        bestB.len = 0;
        for (let i = 0; i < q.len; i++) bestQ.push(q.at(i));
        for (let i = 0; i < b.len; i++) bestB.push(b.at(i));
      }
    }
  }
  return found;
}
