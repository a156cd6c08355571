// Upper bounds of the component search (solver bounds.ts): flat per-unit bounds (share-based where
// admissible), the rest bound of one promotion beyond the later ones, and their caps.
import { I32Buf, I64Buf, mergeSortBy } from './buffers';
import {
  dRange, dRewardCount, dTarget, dTierCount, dTierStart, pBudget, pDeal, pHasBudget, tRwAmt, tRwBp,
  tRwKind, tThKind, tThQty, uCp, uFloor, uPrice, dHasMax, dMax
} from './level';
import { applicationLimit, cheaper } from './rules';
import { Reward, Target, Threshold } from './tags';
import {
  compPromoCount, compGroupCount, localRole, lqStart, lqLen, lbStart, lbLen, lLists, promoAt, memberAt, groupSize,
  relLen, relLists, relStart, remStack, restLen, partStart as partsStart, partLen as partsLen, partList as partsList
} from './component-state';

/** ubUnit[k * compGroupCount + g], with a last row of zeros for k = compPromoCount. */
export const ubUnit = new I64Buf(256);
/**
 * ownAt[i] for the group lLists[i] of promotion k's rewarded list: bound on the gain of one of its
 * units rewarded by k (0 on the other list). Kept per list position, not per (k, group): a table
 * of promotions × groups took hundreds of MB on a component of 10,000 promotions over 1,000 groups.
 */
export const ownAt = new I64Buf(256);
/** Per k: its rewardable groups most expensive first / by own − later descending (into partLists). */
export const cdStart = new I32Buf(64);
const gdStart = new I32Buf(64);
export const partLen = new I32Buf(64);
export const partLists = new I32Buf(256);
/** Parallel to partLists: the group's own bound for k, and max(0, own − its bound in promotions > k). */
const partOwn = new I64Buf(256);
const partDiff = new I64Buf(256);
const partDiffScratch = new I64Buf(64);

// Shape of each promotion for restBound.
const shRange = new I32Buf(64);
const shLimit = new I32Buf(64);
export const shMinQ = new I32Buf(64);
const shRewardPerApp = new I32Buf(64);
const shGap = new I32Buf(64);
/** Largest set amount when every tier is a setAmountOff, else -1. */
export const shSetCap = new I64Buf(64);
/**
 * Exact mode, every tier a setAmountOff: where k's table starts in setKnap, else -1. setKnap[start
 * + c] is the most saving sets of k's tiers make on c qualifying units (solver Shape.setKnap).
 */
const shKnapStart = new I32Buf(64);
/** Per k with a table: its length, N* (the fold) and X* (solver setKnapsack). */
const shKnapLen = new I32Buf(64);
const shKnapPeriod = new I32Buf(64);
const shKnapStep = new I64Buf(64);
const setKnap = new I64Buf(256);
/** Cells of knapsack tables one component builds at most (solver KNAP_CELLS). */
const KNAP_CELLS: i32 = 1 << 18;
const rbScratch = new I64Buf(256);

export function prepareRestBounds(): void {
  ownAt.len = 0;
  ownAt.alloc(lLists.len);
  cdStart.len = 0; gdStart.len = 0; partLen.len = 0; partLists.len = 0; partOwn.len = 0; partDiff.len = 0;
  shRange.len = 0; shLimit.len = 0; shMinQ.len = 0; shRewardPerApp.len = 0; shGap.len = 0; shSetCap.len = 0;
  knapUsed = 0;
  shKnapStart.len = 0; shKnapLen.len = 0; shKnapPeriod.len = 0; shKnapStep.len = 0; setKnap.len = 0;
  for (let k = 0; k < compPromoCount; k++) {
    const p = promoAt(k);
    const d = pDeal.at(p);
    const target = dTarget.at(d);
    const qualTarget = target == Target.CheapestQualifying || target == Target.AllQualifying;
    const ps = qualTarget ? lqStart.at(k) : lbStart.at(k);
    const pn = qualTarget ? lqLen.at(k) : lbLen.at(k);
    // unitBound is 0 off the rewarded part, and restBound reads own and diff only on it.
    partDiffScratch.len = 0;
    for (let i = 0; i < pn; i++) {
      const g = lLists.at(ps + i);
      const o = unitBound(k, g);
      const later = ubUnit.at((k + 1) * compGroupCount + g);
      ownAt.put(ps + i, o);
      partDiffScratch.push(o > later ? o - later : 0);
    }
    partLen.push(pn);
    // Most expensive first: insertion sort moving while the earlier group is cheaper.
    const cd = partLists.len;
    cdStart.push(cd);
    for (let i = 0; i < pn; i++) {
      const x = lLists.at(ps + i);
      let j = i - 1;
      pushPart();
      while (j >= 0 && cheaper(memberAt(partLists.at(cd + j), 0), memberAt(x, 0)) < 0) {
        movePart(cd + j, cd + j + 1);
        j--;
      }
      putPart(cd + j + 1, x, ownAt.at(ps + i), partDiffScratch.at(i));
    }
    const gd = partLists.len;
    gdStart.push(gd);
    for (let i = 0; i < pn; i++) {
      const x = lLists.at(ps + i);
      const dx = partDiffScratch.at(i);
      let j = i - 1;
      pushPart();
      while (j >= 0 && partDiff.at(gd + j) < dx) {
        movePart(gd + j, gd + j + 1);
        j--;
      }
      putPart(gd + j + 1, x, ownAt.at(ps + i), dx);
    }
    const range = dRange.at(d) != 0;
    let minQ = 0;
    let maxQ = 0;
    let spends = false;
    const ts = dTierStart.at(d);
    const tn = dTierCount.at(d);
    for (let t = 0; t < tn; t++) {
      if (tThKind.at(ts + t) == Threshold.SpendsAtLeast) { spends = true; continue; }
      const q = tThQty.at(ts + t);
      if (minQ == 0 || q < minQ) minQ = q;
      if (q > maxQ) maxQ = q;
    }
    const rc = dRewardCount.at(d);
    let rewardPerApp = -1;
    let gap = 0;
    if (target == Target.CheapestQualifying) {
      rewardPerApp = range || rc < maxQ ? rc : maxQ;
      if (range) gap = spends || minQ <= rc ? 0 : minQ - rc;
      else {
        gap = -1;
        for (let t = 0; t < tn; t++) {
          if (tThKind.at(ts + t) == Threshold.SpendsAtLeast) continue;
          const q = tThQty.at(ts + t);
          const dd = q - (rc < q ? rc : q);
          if (gap < 0 || dd < gap) gap = dd;
        }
      }
    } else if (target == Target.CheapestBenefit) rewardPerApp = rc;
    else if (target == Target.AllQualifying && !range) rewardPerApp = maxQ;
    shRange.push(range ? 1 : 0);
    shLimit.push(applicationLimit(p));
    shMinQ.push(range || minQ == 0 ? 1 : minQ);
    shRewardPerApp.push(rewardPerApp);
    shGap.push(gap);
    let setCap: i64 = -1;
    for (let t = 0; t < tn; t++) {
      if (tRwKind.at(ts + t) != Reward.SetAmountOff) { setCap = -1; break; }
      if (tRwAmt.at(ts + t) > setCap) setCap = tRwAmt.at(ts + t);
    }
    shSetCap.push(setCap);
    if (!range && setCap >= 0) buildSetKnapsack(k, ts, tn);
    else shKnapStart.push(-1);
    if (shKnapStart.len == shKnapLen.len + 1) {
      shKnapLen.push(0);
      shKnapPeriod.push(0);
      shKnapStep.push(0);
    }
  }
}

/** Promotion k's set-amount knapsack table, folded past N*·N_max + 2·N* (solver setKnapsack). */
function buildSetKnapsack(k: i32, ts: i32, tn: i32): void {
  let all = 0;
  for (let i = 0; i < lqLen.at(k); i++) all += groupSize(lLists.at(lqStart.at(k) + i));
  let nStar = 0;
  let xStar: i64 = 0;
  let nMax = 0;
  for (let t = 0; t < tn; t++) {
    if (tThKind.at(ts + t) == Threshold.SpendsAtLeast) continue;
    const q = tThQty.at(ts + t);
    const x = tRwAmt.at(ts + t);
    if (nStar == 0 || x * <i64>nStar > xStar * <i64>q) {
      nStar = q;
      xStar = x;
    }
    if (q > nMax) nMax = q;
  }
  const fold = <i64>nStar * <i64>nMax + 2 * <i64>nStar;
  const len: i64 = <i64>all + 1 < fold ? <i64>all + 1 : fold;
  if (nStar == 0 || len > <i64>(KNAP_CELLS - knapUsed)) {
    shKnapStart.push(-1);
    return;
  }
  const n = <i32>len;
  knapUsed += n;
  const at = setKnap.alloc(n);
  shKnapStart.push(at);
  shKnapLen.push(n);
  shKnapPeriod.push(nStar);
  shKnapStep.push(xStar);
  for (let c = 1; c < n; c++) {
    let b = setKnap.at(at + c - 1);
    for (let t = 0; t < tn; t++) {
      if (tThKind.at(ts + t) == Threshold.SpendsAtLeast) continue;
      const q = tThQty.at(ts + t);
      if (q > c) continue;
      const v = setKnap.at(at + c - q) + tRwAmt.at(ts + t);
      if (v > b) b = v;
    }
    setKnap.put(at + c, b);
  }
}

let knapUsed: i32 = 0;

/** knap(c) of promotion k's table, folded back by whole N* sets (solver setKnapAt). */
function setKnapAt(k: i32, c: i32): i64 {
  const at = shKnapStart.at(k);
  const len = shKnapLen.at(k);
  if (c < len) return setKnap.at(at + c);
  const period = shKnapPeriod.at(k);
  const m = (c - len) / period + 1;
  return setKnap.at(at + c - m * period) + <i64>m * shKnapStep.at(k);
}

@inline function pushPart(): void {
  partLists.push(0);
  partOwn.push(0);
  partDiff.push(0);
}

@inline function putPart(at: i32, g: i32, o: i64, dx: i64): void {
  partLists.put(at, g);
  partOwn.put(at, o);
  partDiff.put(at, dx);
}

@inline function movePart(from: i32, to: i32): void {
  partLists.put(to, partLists.at(from));
  partOwn.put(to, partOwn.at(from));
  partDiff.put(to, partDiff.at(from));
}

/** Bound on what further applications of promotion k can gain on rem (solver search.ts restBound). */
export function restBound(k: i32, rem: i32, apps: i32, sumSaving: i64, cap: i64, nq: i32): i64 {
  const left = shLimit.at(k) - apps;
  if (left <= 0 || cap <= 0) return 0;
  let maxApps = shRange.at(k) != 0 ? (nq > 0 ? 1 : 0) : nq / shMinQ.at(k);
  if (maxApps > left) maxApps = left;
  if (maxApps <= 0) return 0;
  const rpa = shRewardPerApp.at(k);
  const gap = shGap.at(k);
  const row = k * compGroupCount;
  let bound: i64 = 0;
  if (rpa > 0 && gap > 0) {
    const cd = cdStart.at(k);
    const len = partLen.at(k);
    // Units are taken a group at a time (runs of equal value), so the work grows with the
    // groups, not the units: a line of 100,000 units is one run, not 100,000 entries.
    rbScratch.len = 0;
    rbScratch.ensure(len);
    let after: i64 = -1;
    for (let i = len - 1; i >= 0; i--) {
      const g = partLists.at(cd + i);
      if (remStack.at(rem + g) == 0) continue;
      // One rewarded unit per application: the application gains ≤ cap, so its unit adds ≤ cap − later.
      let v = partDiff.at(cd + i);
      if (rpa == 1 && partOwn.at(cd + i) > cap) {
        const later = ubUnit.at(row + compGroupCount + g);
        v = cap > later ? cap - later : 0;
      }
      if (v < after) v = after;
      rbScratch.put(i, v);
      after = v;
    }
    let n: i64 = 0;
    for (let i = 0; i < len; i++) n += <i64>remStack.at(rem + partLists.at(cd + i));
    const most = <i64>maxApps * <i64>rpa;
    const all = rewardedWithin(n, rpa, gap);
    const last = most < all ? most : all;
    let seen: i64 = 0;
    let counted: i64 = 0;
    for (let i = 0; i < len && counted < last; i++) {
      const c = remStack.at(rem + partLists.at(cd + i));
      if (c == 0) continue;
      seen += <i64>c;
      let upTo = rewardedWithin(seen, rpa, gap);
      if (upTo > last) upTo = last;
      bound += (upTo - counted) * rbScratch.at(i);
      counted = upTo;
    }
  } else {
    let most: i64 = rpa < 0 ? 2147483647 : <i64>maxApps * <i64>rpa;
    const gd = gdStart.at(k);
    for (let i = 0; i < partLen.at(k) && most > 0; i++) {
      const g = partLists.at(gd + i);
      const r = <i64>remStack.at(rem + g);
      const c = r < most ? r : most;
      bound += c * partDiff.at(gd + i);
      most -= c;
    }
  }
  const p = promoAt(k);
  const d = pDeal.at(p);
  if (bound > <i64>maxApps * cap) bound = <i64>maxApps * cap;
  if (dHasMax.at(d) != 0 && bound > <i64>maxApps * dMax.at(d)) bound = <i64>maxApps * dMax.at(d);
  const setCap = shSetCap.at(k);
  if (setCap >= 0 && bound > <i64>maxApps * setCap) bound = <i64>maxApps * setCap;
  if (shKnapStart.at(k) >= 0) {
    const most = setKnapAt(k, nq);
    if (bound > most) bound = most;
  }
  if (pHasBudget.at(p) != 0) {
    const budget = pBudget.at(p);
    const room = budget > sumSaving ? budget - sumSaving : 0;
    if (bound > room) bound = room;
  }
  return bound;
}

/** Upper bound on the gain one unit of local group g can bring in an application of promotion k. */
export function unitBound(k: i32, g: i32): i64 {
  const p = promoAt(k);
  const d = pDeal.at(p);
  const t = dTarget.at(d);
  const onQual = t == Target.CheapestQualifying || t == Target.AllQualifying;
  if (localRole.at(k * compGroupCount + g) != (onQual ? 1 : 2)) return 0;
  const u = memberAt(g, 0);
  const price = uPrice.at(u);
  let best: i64 = 0;
  const ts = dTierStart.at(d);
  for (let i = 0; i < dTierCount.at(d); i++) {
    const kind = tRwKind.at(ts + i);
    let s = price;
    if (kind == Reward.Percent) s = (price * <i64>tRwBp.at(ts + i) + 9999) / 10000;
    else if (kind == Reward.AmountOff || kind == Reward.SetAmountOff) s = tRwAmt.at(ts + i);
    else if (kind == Reward.UnitPrice) s = price > tRwAmt.at(ts + i) ? price - tRwAmt.at(ts + i) : 0;
    if (s > best) best = s;
  }
  const floor = uFloor.at(u);
  const room = price > floor ? price - floor : 0;
  if (best > room) best = room;
  if (dHasMax.at(d) != 0 && best > dMax.at(d)) best = dMax.at(d);
  if (pHasBudget.at(p) != 0 && best > pBudget.at(p)) best = pBudget.at(p);
  const gain = best - (price - uCp.at(u));
  return gain > 0 ? gain : 0;
}

/**
 * Flat bound of promotion k (solver search.ts flatBound): the aggregate per-unit share when the
 * promotion is exact-mode on a `*Qualifying` target and no share exceeds unitBound on its groups.
 */
export function shareMode(k: i32): bool {
  const d = pDeal.at(promoAt(k));
  const t = dTarget.at(d);
  if (dRange.at(d) != 0 || (t != Target.CheapestQualifying && t != Target.AllQualifying)) return false;
  const qs = lqStart.at(k);
  for (let i = 0; i < lqLen.at(k); i++) {
    const g = lLists.at(qs + i);
    if (unitShare(k, g) > unitBound(k, g)) return false;
  }
  return true;
}

/** Aggregate per-unit share of local group g in promotion k, less the customer-price saving, ≥ 0. */
export function unitShare(k: i32, g: i32): i64 {
  const p = promoAt(k);
  const d = pDeal.at(p);
  if (localRole.at(k * compGroupCount + g) != 1) return 0;
  const u = memberAt(g, 0);
  const price = uPrice.at(u);
  let best: i64 = 0;
  const ts = dTierStart.at(d);
  const cheapest = dTarget.at(d) == Target.CheapestQualifying;
  for (let i = 0; i < dTierCount.at(d); i++) {
    if (tThKind.at(ts + i) == Threshold.SpendsAtLeast) continue;
    const n = <i64>tThQty.at(ts + i);
    const rc: i64 = cheapest && <i64>dRewardCount.at(d) < n ? <i64>dRewardCount.at(d) : n;
    const kind = tRwKind.at(ts + i);
    const amt = tRwAmt.at(ts + i);
    let s: i64 = 0;
    if (kind == Reward.SetAmountOff) s = (amt + n - 1) / n;
    else if (kind == Reward.FixedTotal) {
      const v = (rc * price + n - 1) / n - amt / n;
      s = v > 0 ? v : 0;
    } else {
      let v = price;
      if (kind == Reward.Percent) v = (price * <i64>tRwBp.at(ts + i) + 9999) / 10000;
      else if (kind == Reward.AmountOff) v = amt;
      else v = price > amt ? price - amt : 0;
      s = (rc * v + n - 1) / n;
    }
    if (s > best) best = s;
  }
  if (dHasMax.at(d) != 0 && best > dMax.at(d)) best = dMax.at(d);
  if (pHasBudget.at(p) != 0 && best > pBudget.at(p)) best = pBudget.at(p);
  const gain = best - (price - uCp.at(u));
  return gain > 0 ? gain : 0;
}

export function bound(k: i32, rem: i32): i64 {
  let s: i64 = 0;
  const row = k * compGroupCount;
  for (let g = 0; g < compGroupCount; g++) {
    const r = remStack.at(rem + g);
    if (r > 0) s += <i64>r * ubUnit.at(row + g);
  }
  return s;
}

/**
 * Per k: relevant[k] by ubUnit[k], largest first (solver byShare), at shareStart[k] in
 * shareLists; -1 until first needed. Reset per component (resetLazyOrders).
 */
const shareStart = new I32Buf(64);
const shareLists = new I32Buf(256);
let shareRow: i32 = 0;

/** Resets the orders made when first needed (shareLists, jointOrder) for a new component. */
export function resetLazyOrders(): void {
  shareStart.len = 0;
  shareLists.len = 0;
  for (let k = 0; k < compPromoCount; k++) shareStart.push(-1);
  jointState.len = 0;
  for (let k = 0; k < compPromoCount; k++) jointState.push(-1);
  jointRc.len = 0; jointRc.alloc(compPromoCount);
  jointGap.len = 0; jointGap.alloc(compPromoCount);
  jointMinQ.len = 0; jointMinQ.alloc(compPromoCount);
  jointStart.len = 0; jointStart.alloc(compPromoCount);
  jointOrder.len = 0;
  jointValue.len = 0;
}

/**
 * Per k: the rewarded places of k's whole part taken together (solver jointPlaces): jointState
 * -1 not made yet, 0 not every promotion of the part a gap deal, 1 made: rc, gap, minQ, and at
 * jointStart the part's groups most expensive first (jointOrder) with the largest unit bound of
 * the part's promotions on each (jointValue).
 */
const jointState = new I32Buf(64);
const jointRc = new I32Buf(64);
const jointGap = new I32Buf(64);
const jointMinQ = new I32Buf(64);
const jointStart = new I32Buf(64);
const jointOrder = new I32Buf(256);
const jointValue = new I64Buf(256);
const jointStack = new I32Buf(64);
const jointByGroup = new I64Buf(256);
const jointBest = new I64Buf(256);

function dearerGroup(a: i32, b: i32): bool {
  return cheaper(memberAt(a, 0), memberAt(b, 0)) > 0;
}

/** Makes k's joint rewarded places (solver jointPlaces); false when the part has a promotion that is not a gap deal. */
export function jointPlaces(k: i32): bool {
  const known = jointState.at(k);
  if (known >= 0) return known == 1;
  let rc = 0;
  let gap = -1;
  let minQ = -1;
  let ok = true;
  jointByGroup.len = 0;
  jointByGroup.alloc(compGroupCount);
  jointStack.len = 0;
  jointStack.push(k);
  while (ok && jointStack.len > 0) {
    const j = jointStack.at(--jointStack.len);
    const rpa = shRewardPerApp.at(j);
    const gp = shGap.at(j);
    if (!(rpa > 0 && gp > 0)) ok = false;
    if (rpa > rc) rc = rpa;
    if (gap < 0 || gp < gap) gap = gp;
    if (minQ < 0 || shMinQ.at(j) < minQ) minQ = shMinQ.at(j);
    const cd = cdStart.at(j);
    for (let i = 0; i < partLen.at(j); i++) {
      const g = partLists.at(cd + i);
      if (partOwn.at(cd + i) > jointByGroup.at(g)) jointByGroup.put(g, partOwn.at(cd + i));
    }
    for (let i = 0; i < partsLen.at(j); i++) jointStack.push(partsList.at(partsStart.at(j) + i));
  }
  if (!ok) {
    jointState.put(k, 0);
    return false;
  }
  const n = relLen.at(k);
  const at = jointOrder.alloc(n);
  memory.copy(jointOrder.ptr() + (<usize>at << 2), relLists.ptr() + (<usize>relStart.at(k) << 2), <usize>n << 2);
  mergeSortBy(jointOrder, at, n, dearerGroup);
  jointValue.ensure(at + n);
  jointValue.len = at + n;
  for (let i = 0; i < n; i++) jointValue.put(at + i, jointByGroup.at(jointOrder.at(at + i)));
  jointStart.put(k, at);
  jointRc.put(k, rc);
  jointGap.put(k, gap);
  jointMinQ.put(k, minQ);
  jointState.put(k, 1);
  return true;
}

/**
 * k's part on rem by its joint rewarded places (solver jointWalk): with `missing` < 0 the most it
 * gains, else the fewest units that gain `missing` (UNREACHABLE when none are enough). A rewarded
 * unit gains at most its place's joint value or a cheaper place's; when k's part is k alone and an
 * application rewards one unit, at most `cap` (its further kinds gain no more). jointPlaces(k) made.
 */
export function jointWalk(k: i32, rem: i32, missing: i64, cap: i64): i64 {
  const at = jointStart.at(k);
  const n = relLen.at(k);
  const rc = jointRc.at(k);
  const gap = jointGap.at(k);
  const capped = restLen.at(k) == 0 && rc == 1;
  jointBest.len = 0;
  jointBest.ensure(n);
  let after: i64 = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (remStack.at(rem + jointOrder.at(at + i)) == 0) continue;
    let v = jointValue.at(at + i);
    if (capped && v > cap) v = cap > 0 ? cap : 0;
    if (v < after) v = after;
    jointBest.put(i, v);
    after = v;
  }
  let got: i64 = 0;
  let seen: i64 = 0;
  let counted: i64 = 0;
  for (let i = 0; i < n; i++) {
    const c = remStack.at(rem + jointOrder.at(at + i));
    if (c == 0) continue;
    seen += <i64>c;
    const upTo = rewardedWithin(seen, rc, gap);
    const v = jointBest.at(i);
    if (missing >= 0 && upTo > counted && v > 0 && got + (upTo - counted) * v >= missing) {
      const t = counted + (missing - got + v - 1) / v;
      return ((t + <i64>rc - 1) / <i64>rc) * <i64>jointMinQ.at(k);
    }
    got += (upTo - counted) * v;
    counted = upTo;
  }
  return missing < 0 ? got : UNREACHABLE;
}

function shareBefore(a: i32, b: i32): bool {
  const x = ubUnit.at(shareRow + a);
  const y = ubUnit.at(shareRow + b);
  return x > y || (x == y && a < b);
}

/** Returned by fewestByShares and jointWalk when no units of rem can add up to the gain asked. */
const UNREACHABLE: i64 = <i64>1 << 50;

/**
 * Fewest units of rem that can gain `missing` in k's part: an application gains at most the unit
 * bounds of the units it uses, so at least the count of the largest bounds first (solver
 * fewestByShares); UNREACHABLE when all of them fall short.
 */
export function fewestByShares(k: i32, rem: i32, missing: i64): i64 {
  const row = k * compGroupCount;
  const n = relLen.at(k);
  let at = shareStart.at(k);
  if (at < 0) {
    at = shareLists.alloc(n);
    memory.copy(shareLists.ptr() + (<usize>at << 2), relLists.ptr() + (<usize>relStart.at(k) << 2), <usize>n << 2);
    shareRow = row;
    mergeSortBy(shareLists, at, n, shareBefore);
    shareStart.put(k, at);
  }
  let got: i64 = 0;
  let units: i64 = 0;
  for (let i = 0; i < n; i++) {
    const g = shareLists.at(at + i);
    const share = ubUnit.at(row + g);
    if (share <= 0) break;
    const c = remStack.at(rem + g);
    if (c <= 0) continue;
    const all = <i64>c * share;
    if (got + all >= missing) return units + (missing - got + share - 1) / share;
    got += all;
    units += <i64>c;
  }
  return UNREACHABLE;
}

/** Flat bound over the groups list[at, at + n) with ubUnit row `row` (solver flatOver). */
export function boundOver(list: I32Buf, at: i32, n: i32, row: i32, rem: i32): i64 {
  let s: i64 = 0;
  const base = row * compGroupCount;
  for (let i = 0; i < n; i++) {
    const g = list.at(at + i);
    const r = remStack.at(rem + g);
    if (r > 0) s += <i64>r * ubUnit.at(base + g);
  }
  return s;
}

export function fullCounts(): i32 {
  const at = remStack.alloc(compGroupCount);
  for (let g = 0; g < compGroupCount; g++) remStack.put(at + g, groupSize(g));
  return at;
}

/**
 * How many t ≥ 1 have t + ⌈t/rc⌉·gap ≤ x (the rest bound's positions): application m's rc
 * rewarded units sit at positions (m−1)(rc+gap)+gap+1 … m(rc+gap).
 */
function rewardedWithin(x: i64, rc: i32, gap: i32): i64 {
  const block = <i64>(rc + gap);
  const part = (x % block) - <i64>gap;
  return (x / block) * <i64>rc + (part < 0 ? 0 : part > <i64>rc ? <i64>rc : part);
}
