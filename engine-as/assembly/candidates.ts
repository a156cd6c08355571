// Building application candidates (solver candidates.ts): every kind of one promotion that fits
// the remaining units and gains something, priced into the kind pools, in preference order.
import { I32Buf, I64Buf } from './buffers';
import {
  dCombination, dHasMax, dMax, dRange, dRewardCount, dTarget, dTierCount, dTierStart, pBudget, pDeal, pHasBudget, tRwAmt, tRwBp, tRwKind, tThKind, tThQty, uCp, uFloor, uPrice, uProd
} from './level';
import { priceApplication, prSaving } from './pricing';
import { percentOfPrice } from './money';
import { rangeTier, sortCheap } from './rules';
import { Combination, Reward, Target, Threshold } from './tags';
import {
  compPromoCount, compGroupCount, localRole, lqStart, lqLen, lbStart, lbLen, lLists, sepRange, sepForce, relMark,
  promoAt, memberAt, aborted, remStack, tick, KIND_WORDS, addKindWords, zob, zobrist, kindCost, UNITS_PER_NODE, perUnitSets, kindCacheKeys,
} from './component-state';
import { ubUnit, ownAt } from './bounds';
import {
  kindTier, kindSaving, kindForfeit, kindUnits, kindList, kindUsedStart, kindUsedLen, kindUsedGroup, kindUsedCount,
  kindBoundDrop, kindNextBoundDrop, kindQualifyingUnits, kindNextHashDrop, compareType
} from './order';

const sortTmp = new I32Buf(256);

// Generator scratch.
export let genK: i32 = 0;
export let genRem: i32 = 0;
export const genCounts = new I32Buf(64);
export const appQualifying = new I32Buf(64);
export const appBenefit = new I32Buf(64);
/** Set while enumerating kinds for the Lagrangian bound (lagrange.ts): no group is forced whole. */
let genRelaxed: bool = false;

export function setGenRelaxed(v: bool): void {
  genRelaxed = v;
}

// Kinds already generated in this component (solver generate): k and the counts of k's groups
// → a range of kindList, handed out again as a copy of that range (kindList only grows within a
// component, so the range stays valid). Open addressing; `kcTable` holds entry + 1.
const kcTable = new I32Buf(256);
let kcMask: i32 = 255;
const kcHash = new I64Buf(64);
const kcKey = new I32Buf(64);
const kcStart = new I32Buf(64);
const kcLen = new I32Buf(64);
/** Per entry: 1 when its kinds were cut at kcFloor (solver generate's floor), else 0. */
const kcCut = new I32Buf(64);
const kcFloor = new I64Buf(64);

/** Empties the kind cache (a new component). */
export function resetKindCache(): void {
  ownK = -1;
  kcTable.len = 0;
  kcTable.alloc(256);
  kcMask = 255;
  kcHash.len = 0;
  kcKey.len = 0;
  kcStart.len = 0;
  kcLen.len = 0;
  kcCut.len = 0;
  kcFloor.len = 0;
  kindCacheKeys.len = 0;
}

function kcHashOf(k: i32, rem: i32): i64 {
  let h: i64 = zobrist(k) ^ 0x5bd1e995;
  const qs = lqStart.at(k);
  for (let i = 0; i < lqLen.at(k); i++) h = (h ^ <i64>remStack.at(rem + lLists.at(qs + i))) * 0x100000001b3;
  const bs = lbStart.at(k);
  for (let i = 0; i < lbLen.at(k); i++) h = (h ^ <i64>remStack.at(rem + lLists.at(bs + i))) * 0x100000001b3;
  return h;
}

function kcSame(e: i32, k: i32, rem: i32, h: i64): bool {
  if (kcHash.at(e) != h) return false;
  let at = kcKey.at(e);
  if (kindCacheKeys.at(at++) != k) return false;
  const qs = lqStart.at(k);
  for (let i = 0; i < lqLen.at(k); i++) if (kindCacheKeys.at(at++) != remStack.at(rem + lLists.at(qs + i))) return false;
  const bs = lbStart.at(k);
  for (let i = 0; i < lbLen.at(k); i++) if (kindCacheKeys.at(at++) != remStack.at(rem + lLists.at(bs + i))) return false;
  return true;
}

/** The slot of (k, rem): its entry's, or the empty one where it would go. */
function kcSlot(k: i32, rem: i32, h: i64): i32 {
  let slot = <i32>(h & <i64>kcMask);
  while (true) {
    const e = kcTable.at(slot);
    if (e == 0 || kcSame(e - 1, k, rem, h)) return slot;
    slot = (slot + 1) & kcMask;
  }
}

/** Adds (k, rem) at `slot` (from the lookup that missed; looked up again when the table grows). */
function kcStore(k: i32, rem: i32, h: i64, slot: i32, start: i32, len: i32, cut: bool, floor: i64): void {
  if ((kcLen.len + 1) * 2 > kcMask + 1) {
    const size = (kcMask + 1) << 1;
    kcTable.len = 0;
    kcTable.alloc(size);
    kcMask = size - 1;
    for (let e = 0; e < kcLen.len; e++) {
      let at = <i32>(kcHash.at(e) & <i64>kcMask);
      while (kcTable.at(at) != 0) at = (at + 1) & kcMask;
      kcTable.put(at, e + 1);
    }
    slot = kcSlot(k, rem, h);
  }
  kcHash.push(h);
  kcKey.push(kindCacheKeys.len);
  kindCacheKeys.push(k);
  const qs = lqStart.at(k);
  for (let i = 0; i < lqLen.at(k); i++) kindCacheKeys.push(remStack.at(rem + lLists.at(qs + i)));
  const bs = lbStart.at(k);
  for (let i = 0; i < lbLen.at(k); i++) kindCacheKeys.push(remStack.at(rem + lLists.at(bs + i)));
  kcStart.push(start);
  kcLen.push(len);
  kcCut.push(cut ? 1 : 0);
  kcFloor.push(floor);
  kcTable.put(slot, kcLen.len);
}

/** Appends the kinds of promotion k fitting rem to kindList, sorted; returns where they start. */
export function generate(k: i32, rem: i32, need: i64 = 0, bK: i64 = 0): i32 {
  const dk = pDeal.at(promoAt(k));
  // A range deal's kinds that cannot reach the call's need are not generated (solver generate,
  // countsReaching).
  const cut = !genRelaxed && need > 0 && dRange.at(dk) != 0;
  // Kinds kept with floor = need − bK serve any call with a higher floor (solver generate).
  const floor: i64 = cut ? need - bK : 0;
  let h: i64 = 0;
  let slot = 0;
  let known = -1;
  if (!genRelaxed) {
    h = kcHashOf(k, rem);
    slot = kcSlot(k, rem, h);
    const e = kcTable.at(slot);
    if (e != 0) {
      known = e - 1;
      if (kcCut.at(known) == 0 || (cut && floor >= kcFloor.at(known))) {
        const start = kindList.len;
        const from = kcStart.at(known);
        for (let i = 0; i < kcLen.at(known); i++) kindList.push(kindList.at(from + i));
        return start;
      }
    }
  }
  genCut = cut;
  if (cut) {
    genFloor = floor;
    genOwn = 0;
    genLoss = 0;
    genHasCap = dHasMax.at(dk) != 0;
    genCap = dMax.at(dk);
    const p = promoAt(k);
    if (pHasBudget.at(p) != 0 && (!genHasCap || pBudget.at(p) < genCap)) {
      genHasCap = true;
      genCap = pBudget.at(p);
    }
  }
  genK = k;
  genRem = rem;
  const first = kindTier.len;
  for (let g = 0; g < compGroupCount; g++) genCounts.put(g, 0);
  const p = promoAt(k);
  const d = pDeal.at(p);
  if (dRange.at(d) != 0) genQual(0, -1, -1, -1);
  else {
    const ts = dTierStart.at(d);
    for (let t = dTierCount.at(d) - 1; t >= 0; t--) {
      if (tThKind.at(ts + t) == Threshold.SpendsAtLeast) continue;
      genQual(0, tThQty.at(ts + t), t, -1);
      if (aborted) break;
    }
  }
  const start = kindList.len;
  for (let t = first; t < kindTier.len; t++) kindList.push(t);
  sortTypes(start, kindList.len - start);
  if (!genRelaxed && !aborted) {
    if (known >= 0) {
      // The key is kept again for this call's floor: same words, the new range.
      kcStart.put(known, start);
      kcLen.put(known, kindList.len - start);
      kcCut.put(known, cut ? 1 : 0);
      kcFloor.put(known, floor);
    } else kcStore(k, rem, h, slot, start, kindList.len - start, cut, floor);
  }
  return start;
}

/** Merge sort of kindList[start..start+n) by compareType (a total order: any sort agrees). */
function sortTypes(start: i32, n: i32): void {
  if (n < 2) return;
  sortTmp.ensure(n);
  for (let width = 1; width < n; width <<= 1) {
    for (let lo = 0; lo < n; lo += width << 1) {
      const mid = min(lo + width, n);
      const hi = min(lo + (width << 1), n);
      let i = lo, j = mid, o = lo;
      while (i < mid && j < hi) {
        if (compareType(kindList.at(start + j), kindList.at(start + i)) < 0) sortTmp.put(o++, kindList.at(start + j++));
        else sortTmp.put(o++, kindList.at(start + i++));
      }
      while (i < mid) sortTmp.put(o++, kindList.at(start + i++));
      while (j < hi) sortTmp.put(o++, kindList.at(start + j++));
    }
    for (let i = 0; i < n; i++) kindList.put(start + i, sortTmp.at(i));
  }
}

let genCut: bool = false;
let genFloor: i64 = 0;
let genOwn: i64 = 0;
let genLoss: i64 = 0;
let genHasCap: bool = false;
let genCap: i64 = 0;

/**
 * The most units of group g (≤ max, ≥ lo) whose kinds may still reach the need, or lo − 1
 * (solver countsReaching): min(cap, own so far + c·own) − loss so far − c·ub never rises with c.
 */
function countsReaching(g: i32, own: i64, max: i32, lo: i32): i32 {
  const ub = ubUnit.at(genK * compGroupCount + g);
  if (lo > max || !countReaches(own, ub, lo)) return lo - 1;
  let a = lo;
  let b = max;
  while (a < b) {
    const m = b - (b - a) / 2;
    if (countReaches(own, ub, m)) a = m;
    else b = m - 1;
  }
  return a;
}

@inline function countReaches(own: i64, ub: i64, c: i32): bool {
  let gain = genOwn + <i64>c * own;
  if (genHasCap && gain > genCap) gain = genCap;
  return gain - genLoss - <i64>c * ub >= genFloor;
}

function genQual(i: i32, left: i32, tier: i32, product: i32): void {
  if (i == lqLen.at(genK)) {
    if (left > 0) return;
    genBen(0, 0, tier);
    return;
  }
  const g = lLists.at(lqStart.at(genK) + i);
  const d = pDeal.at(promoAt(genK));
  const prod = uProd.at(memberAt(g, 0));
  let max = remStack.at(genRem + g);
  if (left >= 0 && left < max) max = left;
  if (dCombination.at(d) == Combination.Same && product >= 0 && prod != product) max = 0;
  const force = sepRange.at(genK) != 0 ? sepForce.at(genK * compGroupCount + g) : 0;
  if (force < 0) max = 0;
  // Relaxed (the Lagrangian alone problems): earlier promotions may have taken some of the group.
  const lo = force > 0 && !genRelaxed ? max : 0;
  const own = ownAt.at(lqStart.at(genK) + i);
  const ub = ubUnit.at(genK * compGroupCount + g);
  const top = genCut ? countsReaching(g, own, max, lo) : max;
  const own0 = genOwn;
  const loss0 = genLoss;
  for (let c = top; c >= lo; c--) {
    genCounts.put(g, c);
    if (genCut) {
      genOwn = own0 + <i64>c * own;
      genLoss = loss0 + <i64>c * ub;
    }
    genQual(i + 1, left < 0 ? -1 : left - c, tier, c > 0 && product < 0 ? prod : product);
    if (aborted) break;
  }
  genOwn = own0;
  genLoss = loss0;
  genCounts.put(g, 0);
}

function genBen(i: i32, placed: i32, tier: i32): void {
  const d = pDeal.at(promoAt(genK));
  const target = dTarget.at(d);
  const needsBenefit = target == Target.CheapestBenefit || target == Target.AllBenefit;
  if (!needsBenefit || i == lbLen.at(genK)) {
    if (needsBenefit && placed == 0) return;
    emit(tier);
    return;
  }
  const g = lLists.at(lbStart.at(genK) + i);
  let max = remStack.at(genRem + g);
  const rc = dRewardCount.at(d);
  if (target == Target.CheapestBenefit && rc - placed < max) max = rc - placed;
  const own = ownAt.at(lbStart.at(genK) + i);
  const ub = ubUnit.at(genK * compGroupCount + g);
  const top = genCut ? countsReaching(g, own, max, 0) : max;
  const own0 = genOwn;
  const loss0 = genLoss;
  for (let c = top; c >= 0; c--) {
    genCounts.put(g, c);
    if (genCut) {
      genOwn = own0 + <i64>c * own;
      genLoss = loss0 + <i64>c * ub;
    }
    genBen(i + 1, placed + c, tier);
    if (aborted) break;
  }
  genOwn = own0;
  genLoss = loss0;
  genCounts.put(g, 0);
}

function emit(fixedTier: i32): void {
  if (tick()) return;
  makeKind(fixedTier);
}

/** Drops the last kind appended (a candidate that lost). */
export function dropLastKind(): void {
  kindTier.len--;
  addKindWords(-(KIND_WORDS + 2 * kindUsedLen.at(kindUsedLen.len - 1)));
  kindSaving.len--;
  kindForfeit.len--;
  kindUnits.len--;
  kindUsedGroup.len = kindUsedStart.at(kindUsedStart.len - 1);
  kindUsedCount.len = kindUsedGroup.len;
  kindUsedStart.len--;
  kindUsedLen.len--;
  kindBoundDrop.len--;
  kindNextBoundDrop.len--;
  kindQualifyingUnits.len--;
  kindNextHashDrop.len--;
}

// genK's qualifying and benefit groups merged ascending: the only groups a kind of genK takes
// units from (every generator sets genCounts on them alone), so makeKind walks them, not every
// group of the component (bench A: 500 promotions over some 300 groups, a handful each).
const ownGroups = new I32Buf(64);
let ownK: i32 = -1;

function prepareOwnGroups(): void {
  if (ownK == genK) return;
  ownK = genK;
  ownGroups.len = 0;
  const qs = lqStart.at(genK);
  const bs = lbStart.at(genK);
  const qn = lqLen.at(genK);
  const bn = lbLen.at(genK);
  let i = 0;
  let j = 0;
  while (i < qn || j < bn) {
    if (j == bn || (i < qn && lLists.at(qs + i) < lLists.at(bs + j))) ownGroups.push(lLists.at(qs + i++));
    else ownGroups.push(lLists.at(bs + j++));
  }
}

/** Prices the current counts as a kind appended to the pools; -1 when invalid or gaining nothing. */
export function makeKind(fixedTier: i32): i32 {
  prepareOwnGroups();
  const gn = ownGroups.len;
  const d = pDeal.at(promoAt(genK));
  // The units of a group share price, customer price and floor: sums are taken a group at a time.
  let value: i64 = 0;
  let forfeit: i64 = 0;
  let n = 0;
  let nQual = 0;
  let nBen = 0;
  const row = genK * compGroupCount;
  for (let x = 0; x < gn; x++) {
    const g = ownGroups.at(x);
    const c = genCounts.at(g);
    if (c == 0) continue;
    const u = memberAt(g, 0);
    if (localRole.at(row + g) == 1) {
      nQual += c;
      value += <i64>c * uCp.at(u);
    } else nBen += c;
    forfeit += <i64>c * (uPrice.at(u) - uCp.at(u));
    n += c;
  }
  if (nQual == 0) return -1;
  const tier = fixedTier >= 0 ? fixedTier : rangeTier(d, nQual, value);
  if (tier < 0) return -1;
  let saving: i64 = 0;
  if (pricedByGroup(d, tier, nQual, nBen)) saving = savingByGroup(d, tier, row);
  else {
    // Its caller counted one node; pricing reads every unit, so a long kind pays the rest here.
    if (n > UNITS_PER_NODE && tick(kindCost(n) - 1)) return -1;
    saving = savingOfUnits(d, tier, row);
  }
  if (saving <= forfeit) return -1;
  const id = kindTier.len;
  kindTier.push(tier);
  kindSaving.push(saving);
  kindForfeit.push(forfeit);
  kindUnits.push(n);
  kindUsedStart.push(kindUsedGroup.len);
  let bk: i64 = 0;
  let bk1: i64 = 0;
  let nq = 0;
  let h1: i64 = 0;
  const relNext = genK + 1 < compPromoCount;
  for (let x = 0; x < gn; x++) {
    const g = ownGroups.at(x);
    const c = genCounts.at(g);
    if (c == 0) continue;
    if (relNext && relMark.at(row + compGroupCount + g) != 0) h1 += <i64>c * zob.at(g);
    kindUsedGroup.push(g);
    kindUsedCount.push(c);
    bk += <i64>c * ubUnit.at(row + g);
    bk1 += <i64>c * ubUnit.at(row + compGroupCount + g);
    if (localRole.at(row + g) == 1) nq += c;
  }
  kindUsedLen.push(kindUsedGroup.len - kindUsedStart.at(id));
  addKindWords(KIND_WORDS + 2 * kindUsedLen.at(id));
  kindBoundDrop.push(bk);
  kindNextBoundDrop.push(bk1);
  kindQualifyingUnits.push(nq);
  kindNextHashDrop.push(h1);
  return id;
}

/**
 * The tier rewards every unit of its part on its own (a percent, amount off or unit price, all of
 * the part rewarded): the saving is then a sum over the part's units, the same in any order,
 * capped by maxDiscount as a whole, so it is taken a group at a time (savingByGroup) with the sum
 * priceApplication would make of the sorted units (solver candidates.ts pricedByGroup).
 */
function pricedByGroup(d: i32, tier: i32, nQual: i32, nBen: i32): bool {
  const kind = tRwKind.at(dTierStart.at(d) + tier);
  if (kind != Reward.Percent && kind != Reward.AmountOff && kind != Reward.UnitPrice) return false;
  const target = dTarget.at(d);
  if (target == Target.AllQualifying || target == Target.AllBenefit) return true;
  return target == Target.CheapestQualifying ? dRewardCount.at(d) >= nQual : dRewardCount.at(d) >= nBen;
}

function savingByGroup(d: i32, tier: i32, row: i32): i64 {
  const t = dTierStart.at(d) + tier;
  const kind = tRwKind.at(t);
  const bp = tRwBp.at(t);
  const amount = tRwAmt.at(t);
  const target = dTarget.at(d);
  const role = target == Target.AllQualifying || target == Target.CheapestQualifying ? 1 : 2;
  let saving: i64 = 0;
  for (let x = 0; x < ownGroups.len; x++) {
    const g = ownGroups.at(x);
    const c = genCounts.at(g);
    if (c == 0 || localRole.at(row + g) != role) continue;
    const u = memberAt(g, 0);
    const price = uPrice.at(u);
    let s: i64 = kind == Reward.Percent ? percentOfPrice(price, bp) : kind == Reward.AmountOff ? amount : price > amount ? price - amount : 0;
    const room = price > uFloor.at(u) ? price - uFloor.at(u) : 0;
    if (s > room) s = room;
    saving += <i64>c * s;
  }
  // priceApplication caps the clipped sum as a whole.
  return dHasMax.at(d) != 0 && saving > dMax.at(d) ? dMax.at(d) : saving;
}

/** The kind's units (each group's first ones), in cheapness order, priced as one application. */
function savingOfUnits(d: i32, tier: i32, row: i32): i64 {
  appQualifying.len = 0;
  appBenefit.len = 0;
  for (let x = 0; x < ownGroups.len; x++) {
    const g = ownGroups.at(x);
    const c = genCounts.at(g);
    if (c == 0) continue;
    const isQual = localRole.at(row + g) == 1;
    for (let j = 0; j < c; j++) {
      if (isQual) appQualifying.push(memberAt(g, j));
      else appBenefit.push(memberAt(g, j));
    }
  }
  sortCheap(appQualifying, 0, appQualifying.len);
  sortCheap(appBenefit, 0, appBenefit.len);
  priceApplication(appQualifying, 0, appQualifying.len, appBenefit, 0, appBenefit.len, d, tier);
  return prSaving;
}

/** What one unit of local group g adds to a sorted-chunk set of promotion k (solver chunkValue). */
export function chunkValue(k: i32, g: i32): i64 {
  const u = memberAt(g, 0);
  const d = pDeal.at(promoAt(k));
  return perUnitSets(k) ? unitGain(u, d) : uCp.at(u);
}

/** What taking unit `u` alone into one application of deal `d` gains over its customer price (TS `unitGain`). */
export function unitGain(u: i32, d: i32): i64 {
  appQualifying.len = 0;
  appBenefit.len = 0;
  appQualifying.push(u);
  priceApplication(appQualifying, 0, 1, appBenefit, 0, 0, d, 0);
  return prSaving - (uPrice.at(u) - uCp.at(u));
}
