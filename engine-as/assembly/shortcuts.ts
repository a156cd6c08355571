// Kinds of isolated promotions (solver shortcuts.ts): the best single kind of an isolated range
// promotion and the sorted-chunk kinds of an isolated per-unit-set promotion.
import { I32Buf, I64Buf, insertDescending } from './buffers';
import {
  dCombination, dRewardCount, dTarget, dTierStart, pBudget, pDeal, pHasBudget, pMaxApps, tThQty, uProd, dHasMax,
  dMax
} from './level';
import { Combination, Target } from './tags';
import {
  compGroupCount, lqStart, lqLen, lbStart, lbLen, lLists, promoAt, memberAt, aborted, remStack, tick, groupPrice,
  chunkCost
} from './component-state';
import { ownAt } from './bounds';
import { genK, genRem, genCounts, dropLastKind, makeKind, unitGain, chunkValue } from './candidates';
import { kindUnits, kindList, kindUsedCount, kindUsedGroup, kindUsedLen, kindUsedStart, realGain, betterKind } from './order';

const ckOrder = new I32Buf(64);
const ckGain = new I64Buf(64);
const rbList = new I32Buf(64);
const rbSuffix = new I64Buf(64);
/** From list position i on, the units of groups with a positive bound: what a tie needs (solver rbTieUnits). */
const rbTieUnits = new I32Buf(64);
/** Parallel to rbList: k's own bound on the group (bounds.ts ownAt; 0 off its rewarded list). */
const rbOwn = new I64Buf(64);
let rbBest: i32 = -1;
let rbQualLen: i32 = 0;

/**
 * Range promotion k whose groups no later promotion uses: only its best kind matters (gain, fewer
 * units, preference). Branch and bound over groups, the most units first, then the counts not cut, ascending (solver bestRangeKind).
 */
export function bestRangeKind(k: i32, rem: i32): i32 {
  genK = k;
  genRem = rem;
  for (let g = 0; g < compGroupCount; g++) genCounts.put(g, 0);
  rbList.len = 0;
  rbOwn.len = 0;
  for (let i = 0; i < lqLen.at(k); i++) {
    rbList.push(lLists.at(lqStart.at(k) + i));
    rbOwn.push(ownAt.at(lqStart.at(k) + i));
  }
  rbQualLen = rbList.len;
  for (let i = 0; i < lbLen.at(k); i++) {
    rbList.push(lLists.at(lbStart.at(k) + i));
    rbOwn.push(ownAt.at(lbStart.at(k) + i));
  }
  const L = rbList.len;
  rbSuffix.len = 0;
  rbSuffix.alloc(L + 1);
  for (let i = L - 1; i >= 0; i--) {
    const g = rbList.at(i);
    rbSuffix.put(i, rbSuffix.at(i + 1) + <i64>remStack.at(rem + g) * rbOwn.at(i));
  }
  rbTieUnits.len = 0;
  rbTieUnits.alloc(L + 1);
  for (let i = L - 1; i >= 0; i--) rbTieUnits.put(i, rbTieUnits.at(i + 1) + (rbOwn.at(i) > 0 ? remStack.at(rem + rbList.at(i)) : 0));
  rbBest = -1;
  rangeBranch(0, 0, 0, -1);
  const start = kindList.len;
  if (rbBest >= 0) kindList.push(rbBest);
  return start;
}

/**
 * Isolated sorted-chunk promotion k (per-unit sets, or N for a fixed total): the distinct kinds of
 * the sorted-chunk plan, in preference order (solver chunkKinds): units by (value descending,
 * group ascending), the number of sets maximising the first a·N values − a × the set's cost
 * (smallest a on ties), set i the i-th N units.
 */
export function chunkKinds(k: i32, rem: i32): i32 {
  const p = promoAt(k);
  const d = pDeal.at(p);
  const n = tThQty.at(dTierStart.at(d));
  ckOrder.len = 0;
  ckGain.len = 0;
  const qs = lqStart.at(k);
  for (let i = 0; i < lqLen.at(k); i++) {
    const g = lLists.at(qs + i);
    if (remStack.at(rem + g) == 0) continue;
    insertDescending(ckOrder, ckGain, ckOrder.len, g, chunkValue(k, g));
  }
  const perSet = chunkCost.at(k);
  let total = 0;
  for (let i = 0; i < ckOrder.len; i++) total += remStack.at(rem + ckOrder.at(i));
  let most = total / n;
  if (most > pMaxApps.at(p)) most = pMaxApps.at(p);
  let best: i64 = 0;
  let bestA = 0;
  let sum: i64 = 0;
  let oi = 0;
  let taken = 0;
  for (let a = 1; a <= most; a++) {
    for (let c = 0; c < n; c++) {
      if (taken == remStack.at(rem + ckOrder.at(oi))) { oi++; taken = 0; }
      sum += ckGain.at(oi);
      taken++;
    }
    const value = sum - <i64>a * perSet;
    if (value > best) { best = value; bestA = a; }
  }
  genK = k;
  genRem = rem;
  const start = kindList.len;
  let last = -1;
  oi = 0;
  taken = 0;
  for (let a = 0; a < bestA; a++) {
    for (let g = 0; g < compGroupCount; g++) genCounts.put(g, 0);
    for (let c = 0; c < n; c++) {
      if (taken == remStack.at(rem + ckOrder.at(oi))) { oi++; taken = 0; }
      const g = ckOrder.at(oi);
      genCounts.put(g, genCounts.at(g) + 1);
      taken++;
    }
    if (last >= 0) {
      // The same counts as the last kind: its used groups (counts > 0) and nothing else.
      let same = true;
      let nonzero = 0;
      for (let g = 0; g < compGroupCount; g++) if (genCounts.at(g) != 0) nonzero++;
      if (nonzero != kindUsedLen.at(last)) same = false;
      const us = kindUsedStart.at(last);
      for (let i = 0; same && i < kindUsedLen.at(last); i++) if (genCounts.at(kindUsedGroup.at(us + i)) != kindUsedCount.at(us + i)) same = false;
      if (same) continue;
    }
    if (tick()) break;
    const kind = makeKind(0);
    if (kind >= 0) {
      kindList.push(kind);
      last = kind;
    }
  }
  for (let g = 0; g < compGroupCount; g++) genCounts.put(g, 0);
  return start;
}

/**
 * Isolated cheapestBenefit: no later promotion can use its benefit groups, so the benefit part
 * must be the cheapest units left (regular price), as many as rewardCount allows (solver cheapestLeft).
 */
function cheapestLeft(placed: i32, rc: i32): bool {
  const bs = lbStart.at(genK);
  const bn = lbLen.at(genK);
  let total = 0;
  let dearest: i64 = -1;
  for (let j = 0; j < bn; j++) {
    const g = lLists.at(bs + j);
    total += remStack.at(genRem + g);
    if (genCounts.at(g) > 0 && groupPrice.at(g) > dearest) dearest = groupPrice.at(g);
  }
  if (placed != (total < rc ? total : rc)) return false;
  for (let j = 0; j < bn; j++) {
    const g = lLists.at(bs + j);
    if (remStack.at(genRem + g) > genCounts.at(g) && groupPrice.at(g) < dearest) return false;
  }
  return true;
}

function rangeBranch(i: i32, partial: i64, units: i32, product: i32): void {
  if (tick()) return;
  const p = promoAt(genK);
  const d = pDeal.at(p);
  const hasBudget = pHasBudget.at(p) != 0;
  const budget = pBudget.at(p);
  const best = rbBest;
  let ub = partial + rbSuffix.at(i);
  if (dHasMax.at(d) != 0 && ub > dMax.at(d)) ub = dMax.at(d);
  if (hasBudget && ub > budget) ub = budget;
  // With no kind yet, a branch must still gain something (solver rangeBranch).
  if (best < 0) {
    if (ub <= 0) return;
  } else {
    const bestGain = realGain(best, hasBudget, budget);
    if (ub < bestGain || (ub == bestGain && units > kindUnits.at(best))) return;
  }
  if (i == rbList.len) {
    const target = dTarget.at(d);
    if (target == Target.CheapestBenefit || target == Target.AllBenefit) {
      let placed = 0;
      for (let j = 0; j < lbLen.at(genK); j++) placed += genCounts.at(lLists.at(lbStart.at(genK) + j));
      if (placed == 0) return;
      if (target == Target.CheapestBenefit && !cheapestLeft(placed, dRewardCount.at(d))) return;
    }
    const kind = makeKind(-1);
    if (kind < 0) return;
    if (best < 0 || betterKind(kind, best, hasBudget, budget)) rbBest = kind;
    else dropLastKind();
    return;
  }
  const g = rbList.at(i);
  const isQual = i < rbQualLen;
  const prod = uProd.at(memberAt(g, 0));
  let max = remStack.at(genRem + g);
  if (isQual && dCombination.at(d) == Combination.Same && product >= 0 && prod != product) max = 0;
  if (!isQual && dTarget.at(d) == Target.CheapestBenefit) {
    let placed = 0;
    for (let j = rbQualLen; j < i; j++) placed += genCounts.at(rbList.at(j));
    const rc = dRewardCount.at(d);
    if (rc - placed < max) max = rc - placed;
  }
  const own_g = rbOwn.at(i);
  // The most units first, then every count the entry test would not cut, ascending (solver
  // rangeBranch: nextRangeCount).
  let c = max;
  while (true) {
    genCounts.put(g, c);
    rangeBranch(i + 1, partial + <i64>c * own_g, units + c, isQual && c > 0 && product < 0 ? prod : product);
    if (aborted) break;
    c = nextRangeCount(i + 1, partial, units, own_g, c == max ? 0 : c + 1, max - 1);
    if (c < 0) break;
  }
  genCounts.put(g, 0);
}

/** The child bound of count c (solver nextRangeCount's ub): partial + c·w + suffix(i), capped. */
function rangeBound(i: i32, partial: i64, w: i64, c: i32): i64 {
  const p = promoAt(genK);
  const d = pDeal.at(p);
  let b = partial + <i64>c * w + rbSuffix.at(i);
  if (dHasMax.at(d) != 0 && b > dMax.at(d)) b = dMax.at(d);
  if (pHasBudget.at(p) != 0 && b > pBudget.at(p)) b = pBudget.at(p);
  return b;
}

/** Smallest c in [from, hi] whose child bound beats (`strict`) or reaches `gain`, or -1. */
function firstReaching(i: i32, partial: i64, w: i64, from: i32, hi: i32, gain: i64, strict: bool): i32 {
  if (from > hi) return -1;
  const top = rangeBound(i, partial, w, hi);
  if (strict ? top <= gain : top < gain) return -1;
  let a = from;
  let b = hi;
  while (a < b) {
    const m = a + (b - a) / 2;
    const ub = rangeBound(i, partial, w, m);
    if (strict ? ub > gain : ub >= gain) b = m;
    else a = m + 1;
  }
  return a;
}

/**
 * Smallest count in [lo, hi] whose child rangeBranch(i, partial + c·w, units + c) passes the
 * entry test, or -1 (solver nextRangeCount: the bound never falls as c grows).
 */
function nextRangeCount(i: i32, partial: i64, units: i32, w: i64, lo: i32, hi: i32): i32 {
  if (lo > hi) return -1;
  const best = rbBest;
  // With no kind yet, the first count whose branch can gain anything (solver nextRangeCount).
  if (best < 0) return firstReaching(i, partial, w, lo, hi, 0, true);
  const p = promoAt(genK);
  const bestGain = realGain(best, pHasBudget.at(p) != 0, pBudget.at(p));
  const c1 = firstReaching(i, partial, w, lo, hi, bestGain, false);
  if (c1 < 0) return -1;
  const forced = partial + <i64>c1 * w + rbSuffix.at(i) == bestGain ? rbTieUnits.at(i) : 0;
  if (rangeBound(i, partial, w, c1) > bestGain || units + c1 + forced <= kindUnits.at(best)) return c1;
  return firstReaching(i, partial, w, c1, hi, bestGain, true);
}
