// Exact best deal for one conflict component (solver search.ts): DP over promotions in rank order
// with a memo on (promotion, remaining units per relevant group), branch and bound over each
// promotion's multiset of application kinds. Same node counting, order and tie-breaking as the
// reference; every structure is a flat pool reset per component.
import { I32Buf, I64Buf } from './buffers';
import { gLen, gLists, gMembers, gStart, bgLen, bgStart, qgLen, qgStart, G, cPromos } from './groups';
import {
  dCombination, dRange, dRewardCount, dTarget, dTierCount, dTierStart, pBudget, pDeal, pHasBudget, pMaxApps,
  searchBudget, tRwAmt, pQualLen, tRwBp, tRwKind, tThKind, tThQty, uCp, uFloor, uPrice, uProd, dHasMax, dMax,
} from './level';
import { priceApplication, prSaving } from './pricing';
import { cheaper, rangeTier, sortCheap } from './rules';
import { Combination, Reward, Target, Threshold } from './tags';

// ---- Component shape -------------------------------------------------------------------------
export let K: i32 = 0;
export let NG: i32 = 0;
let compStart: i32 = 0;
/** Local group → global group, ascending. */
export const lg = new I32Buf(64);
/** lrole[k * NG + g]: 1 qualifying, 2 benefit, 0 none. */
export const lrole = new I32Buf(256);
const lqStart = new I32Buf(64);
const lqLen = new I32Buf(64);
const lbStart = new I32Buf(64);
const lbLen = new I32Buf(64);
const lLists = new I32Buf(256);
/** ubUnit[k * NG + g], with a last row of zeros for k = K. */
const ubUnit = new I64Buf(256);
/** own[k * NG + g]: bound on the gain of one unit of g rewarded by k. */
const own = new I64Buf(256);
/** diff[k * NG + g]: max(0, own − bound of the same unit in promotions > k). */
const diff = new I64Buf(256);
/** Per k: its rewardable groups most expensive first / by own descending (into partLists). */
const cdStart = new I32Buf(64);
const gdStart = new I32Buf(64);
const partLen = new I32Buf(64);
const partLists = new I32Buf(256);
// Shape of each promotion for restBound.
const shRange = new I32Buf(64);
const shLimit = new I32Buf(64);
const shMinQ = new I32Buf(64);
const shRewardPerApp = new I32Buf(64);
const shGap = new I32Buf(64);
/** Largest set amount when every tier is a setAmountOff, else -1. */
const shSetCap = new I64Buf(64);
const rbScratch = new I64Buf(256);
/** Per k: range mode and no later promotion uses its groups (solved by bestRangeKind). */
const isolatedRange = new I32Buf(64);
/** Per k: exact mode, per-unit sets, no later promotion uses its qualifying groups (chunkKinds). */
const isolatedChunk = new I32Buf(64);
/** Per k: exact-mode buys-1 per-unit deal with forced groups (solver forcedUnits). */
const forcedUnits = new I32Buf(64);
/** Forced kinds of the active solve calls, one entry per unit (a stack). */
const forcedList = new I32Buf(64);
/** Per k: range mode with a separable application (solver separableRange). */
const sepRange = new I32Buf(64);
/** sepForce[k * NG + g]: -1 never used, 1 always all units, 0 searched (solver sepForce). */
const sepForce = new I32Buf(256);
const ckOrder = new I32Buf(64);
const ckGain = new I64Buf(64);
const rbList = new I32Buf(64);
const rbSuffix = new I64Buf(64);
let rbBest: i32 = -1;
let rbQualLen: i32 = 0;
const relStart = new I32Buf(64);
const relLen = new I32Buf(64);
const relLists = new I32Buf(256);
const relMark = new I32Buf(256);
let globalToLocal = new I32Buf(256);

@inline export function promoAt(k: i32): i32 {
  return cPromos.at(compStart + k);
}
@inline export function memberAt(g: i32, j: i32): i32 {
  return gMembers.at(gStart.at(lg.at(g)) + j);
}
@inline export function groupSize(g: i32): i32 {
  return gLen.at(lg.at(g));
}

// ---- Search state ----------------------------------------------------------------------------
export let nodes: i64 = 0;
export let aborted: bool = false;

// Application kinds (types).
const tyTier = new I32Buf(256);
const tyCounts = new I32Buf(1024);
const tySaving = new I64Buf(256);
const tyForfeit = new I64Buf(256);
const tyUnits = new I32Buf(256);
const tyList = new I32Buf(256);
// Per kind, for the hot loop: its non-zero counts (sparse) and what it takes off bound(k), bound(k+1)
// and the qualifying units left. All three bounds are linear in rem, so updating them is exact.
const tyNzStart = new I32Buf(256);
const tyNzLen = new I32Buf(256);
const tyNzG = new I32Buf(1024);
const tyNzC = new I32Buf(1024);
const tyBK = new I64Buf(256);
const tyBK1 = new I64Buf(256);
const tyNq = new I32Buf(256);
/** What the kind takes off hashOf(k + 1, rem). */
const tyH1 = new I64Buf(256);
const sortTmp = new I32Buf(256);

// Plans: linked per promotion; apps are type ids.
const plGain = new I64Buf(1024);
const plUnits = new I32Buf(1024);
const plAppsStart = new I32Buf(1024);
const plAppsLen = new I32Buf(1024);
const plAppUnits = new I32Buf(1024);
const plNext = new I32Buf(1024);
const plApps = new I32Buf(1024);

// Memo.
const mKeys = new I32Buf(1024);
const mKeyStart = new I32Buf(256);
const mKeyLen = new I32Buf(256);
const mPlan = new I32Buf(256);
const mTable = new I32Buf(256);
let mMask: i32 = 0;

// DFS frames, one per promotion of the component (solve(k) is active at most once).
const fTypesStart = new I32Buf(64);
const fTypesLen = new I32Buf(64);
const fLimit = new I32Buf(64);
const fHasBudget = new I32Buf(64);
const fBudget = new I64Buf(64);
const fRem = new I32Buf(64);
const fBest = new I32Buf(64);
const fChosenBase = new I32Buf(64);
const chosen = new I32Buf(64);
const remStack = new I32Buf(256);

// Generator scratch.
let genK: i32 = 0;
let genRem: i32 = 0;
const genCounts = new I32Buf(64);
const eq = new I32Buf(64);
const eb = new I32Buf(64);

/** Sets up component c: local groups, roles, unit bounds, relevant groups; resets pools. */
export function beginComponent(start: i32, count: i32, nodesSoFar: i64): void {
  compStart = start;
  K = count;
  nodes = nodesSoFar;
  aborted = false;
  if (globalToLocal.len < G) {
    globalToLocal.ensure(G);
    const from = globalToLocal.len;
    globalToLocal.len = G;
    for (let g = from; g < G; g++) globalToLocal.put(g, -1);
  }
  lg.len = 0;
  for (let k = 0; k < K; k++) {
    const p = promoAt(k);
    for (let i = 0; i < qgLen.at(p); i++) addGroup(gLists.at(qgStart.at(p) + i));
    for (let i = 0; i < bgLen.at(p); i++) addGroup(gLists.at(bgStart.at(p) + i));
  }
  // Ascending global order.
  for (let i = 1; i < lg.len; i++) {
    const x = lg.at(i);
    let j = i - 1;
    while (j >= 0 && lg.at(j) > x) {
      lg.put(j + 1, lg.at(j));
      j--;
    }
    lg.put(j + 1, x);
  }
  NG = lg.len;
  for (let g = 0; g < NG; g++) globalToLocal.put(lg.at(g), g);
  lrole.len = 0;
  lrole.alloc(K * NG);
  lqStart.len = 0; lqLen.len = 0; lbStart.len = 0; lbLen.len = 0; lLists.len = 0;
  for (let k = 0; k < K; k++) {
    const p = promoAt(k);
    // Global lists are ascending and the local map is monotone, so local lists are ascending too.
    lqStart.push(lLists.len);
    for (let i = 0; i < qgLen.at(p); i++) {
      const g = globalToLocal.at(gLists.at(qgStart.at(p) + i));
      lLists.push(g);
      lrole.put(k * NG + g, 1);
    }
    lqLen.push(lLists.len - lqStart.at(k));
    lbStart.push(lLists.len);
    for (let i = 0; i < bgLen.at(p); i++) {
      const g = globalToLocal.at(gLists.at(bgStart.at(p) + i));
      lLists.push(g);
      lrole.put(k * NG + g, 2);
    }
    lbLen.push(lLists.len - lbStart.at(k));
  }
  for (let g = 0; g < NG; g++) globalToLocal.put(lg.at(g), -1);
  ubUnit.len = 0;
  ubUnit.alloc((K + 1) * NG);
  relMark.len = 0;
  relMark.alloc(K * NG);
  for (let k = K - 1; k >= 0; k--) {
    const share = shareMode(k);
    for (let g = 0; g < NG; g++) {
      let best: i64 = k + 1 < K ? ubUnit.at((k + 1) * NG + g) : 0;
      const own = share ? unitShare(k, g) : unitBound(k, g);
      if (own > best) best = own;
      ubUnit.put(k * NG + g, best);
      if (lrole.at(k * NG + g) != 0 || (k + 1 < K && relMark.at((k + 1) * NG + g) != 0)) relMark.put(k * NG + g, 1);
    }
  }
  relStart.len = 0; relLen.len = 0; relLists.len = 0;
  for (let k = 0; k < K; k++) {
    relStart.push(relLists.len);
    for (let g = 0; g < NG; g++) if (relMark.at(k * NG + g) != 0) relLists.push(g);
    relLen.push(relLists.len - relStart.at(k));
  }
  prepareRestBounds();
  isolatedRange.len = 0;
  isolatedChunk.len = 0;
  sepRange.len = 0;
  forcedUnits.len = 0;
  forcedList.len = 0;
  sepForce.len = 0;
  sepForce.alloc(K * NG);
  for (let k = 0; k < K; k++) {
    let alone = dRange.at(pDeal.at(promoAt(k))) != 0;
    if (k + 1 < K) {
      const rs = relStart.at(k + 1);
      for (let i = 0; alone && i < relLen.at(k + 1); i++) if (lrole.at(k * NG + relLists.at(rs + i)) != 0) alone = false;
    }
    isolatedRange.push(alone ? 1 : 0);
    let chunk = dRange.at(pDeal.at(promoAt(k))) == 0 && perUnitSets(k);
    if (chunk && k + 1 < K) {
      const rs = relStart.at(k + 1);
      for (let i = 0; chunk && i < relLen.at(k + 1); i++) if (lrole.at(k * NG + relLists.at(rs + i)) == 1) chunk = false;
    }
    isolatedChunk.push(chunk ? 1 : 0);
    const sep = dRange.at(pDeal.at(promoAt(k))) != 0 && separableRange(k);
    sepRange.push(sep ? 1 : 0);
    for (let g = 0; g < NG; g++) {
      let f = 0;
      if (sep && lrole.at(k * NG + g) == 1) {
        const u = memberAt(g, 0);
        eq.len = 0;
        eb.len = 0;
        eq.push(u);
        priceApplication(eq, 0, 1, eb, 0, 0, pDeal.at(promoAt(k)), 0);
        const v = prSaving - (uPrice.at(u) - uCp.at(u));
        f = v <= 0 ? -1 : k + 1 < K && relMark.at((k + 1) * NG + g) != 0 ? 0 : 1;
      }
      sepForce.put(k * NG + g, f);
    }
    // Exact-mode single-unit deals: a gaining unit no later promotion can use is always taken.
    let single = !chunk && !sep && dRange.at(pDeal.at(promoAt(k))) == 0 && perUnitSets(k)
      && tThQty.at(dTierStart.at(pDeal.at(promoAt(k)))) == 1 && pMaxApps.at(promoAt(k)) >= pQualLen.at(promoAt(k));
    if (single) {
      single = false;
      for (let g = 0; g < NG; g++) {
        if (lrole.at(k * NG + g) != 1 || (k + 1 < K && relMark.at((k + 1) * NG + g) != 0)) continue;
        const u = memberAt(g, 0);
        eq.len = 0;
        eb.len = 0;
        eq.push(u);
        priceApplication(eq, 0, 1, eb, 0, 0, pDeal.at(promoAt(k)), 0);
        if (prSaving - (uPrice.at(u) - uCp.at(u)) > 0) {
          sepForce.put(k * NG + g, 1);
          single = true;
        }
      }
    }
    forcedUnits.push(single ? 1 : 0);
  }
  tyTier.len = 0; tyCounts.len = 0; tySaving.len = 0; tyForfeit.len = 0; tyUnits.len = 0; tyList.len = 0;
  tyNzStart.len = 0; tyNzLen.len = 0; tyNzG.len = 0; tyNzC.len = 0; tyBK.len = 0; tyBK1.len = 0; tyNq.len = 0; tyH1.len = 0;
  plGain.len = 0; plUnits.len = 0; plAppsStart.len = 0; plAppsLen.len = 0; plAppUnits.len = 0; plNext.len = 0; plApps.len = 0;
  mKeys.len = 0; mKeyStart.len = 0; mKeyLen.len = 0; mPlan.len = 0; mHash.len = 0;
  zob.len = 0;
  for (let g = 0; g < NG; g++) zob.push(zobrist(g));
  mTable.len = 0;
  mTable.alloc(256);
  mMask = 255;
  fTypesStart.alloc(K); fTypesLen.alloc(K); fLimit.alloc(K); fHasBudget.alloc(K); fBudget.alloc(K);
  fRem.alloc(K); fBest.alloc(K); fChosenBase.alloc(K);
  fTypesStart.len = 0; fTypesLen.len = 0; fLimit.len = 0; fHasBudget.len = 0; fBudget.len = 0;
  fRem.len = 0; fBest.len = 0; fChosenBase.len = 0;
  chosen.len = 0;
  remStack.len = 0;
  genCounts.len = 0;
  genCounts.alloc(NG);
}

function addGroup(g: i32): void {
  if (globalToLocal.at(g) >= 0) return;
  globalToLocal.put(g, 1);
  lg.push(g);
}

function prepareRestBounds(): void {
  own.len = 0;
  own.alloc(K * NG);
  diff.len = 0;
  diff.alloc(K * NG);
  cdStart.len = 0; gdStart.len = 0; partLen.len = 0; partLists.len = 0;
  shRange.len = 0; shLimit.len = 0; shMinQ.len = 0; shRewardPerApp.len = 0; shGap.len = 0; shSetCap.len = 0;
  for (let k = 0; k < K; k++) {
    for (let g = 0; g < NG; g++) {
      const o = unitBound(k, g);
      const later = ubUnit.at((k + 1) * NG + g);
      own.put(k * NG + g, o);
      diff.put(k * NG + g, o > later ? o - later : 0);
    }
    const p = promoAt(k);
    const d = pDeal.at(p);
    const target = dTarget.at(d);
    const qualTarget = target == Target.CheapestQualifying || target == Target.AllQualifying;
    const ps = qualTarget ? lqStart.at(k) : lbStart.at(k);
    const pn = qualTarget ? lqLen.at(k) : lbLen.at(k);
    partLen.push(pn);
    // Most expensive first: insertion sort moving while the earlier group is cheaper.
    const cd = partLists.len;
    cdStart.push(cd);
    for (let i = 0; i < pn; i++) {
      const x = lLists.at(ps + i);
      let j = i - 1;
      partLists.push(0);
      while (j >= 0 && cheaper(memberAt(partLists.at(cd + j), 0), memberAt(x, 0)) < 0) {
        partLists.put(cd + j + 1, partLists.at(cd + j));
        j--;
      }
      partLists.put(cd + j + 1, x);
    }
    const gd = partLists.len;
    gdStart.push(gd);
    for (let i = 0; i < pn; i++) {
      const x = lLists.at(ps + i);
      let j = i - 1;
      partLists.push(0);
      while (j >= 0 && diff.at(k * NG + partLists.at(gd + j)) < diff.at(k * NG + x)) {
        partLists.put(gd + j + 1, partLists.at(gd + j));
        j--;
      }
      partLists.put(gd + j + 1, x);
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
    const maxApps = pMaxApps.at(p);
    shRange.push(range ? 1 : 0);
    shLimit.push(range ? (maxApps < 1 ? maxApps : 1) : maxApps);
    shMinQ.push(range || minQ == 0 ? 1 : minQ);
    shRewardPerApp.push(rewardPerApp);
    shGap.push(gap);
    let setCap: i64 = -1;
    for (let t = 0; t < tn; t++) {
      if (tRwKind.at(ts + t) != Reward.SetAmountOff) { setCap = -1; break; }
      if (tRwAmt.at(ts + t) > setCap) setCap = tRwAmt.at(ts + t);
    }
    shSetCap.push(setCap);
  }
}

/** Bound on what further applications of promotion k can gain on rem (solver search.ts restBound). */
function restBound(k: i32, rem: i32, apps: i32, sumSaving: i64, cap: i64, nq: i32): i64 {
  const left = shLimit.at(k) - apps;
  if (left <= 0 || cap <= 0) return 0;
  let maxApps = shRange.at(k) != 0 ? (nq > 0 ? 1 : 0) : nq / shMinQ.at(k);
  if (maxApps > left) maxApps = left;
  if (maxApps <= 0) return 0;
  const rpa = shRewardPerApp.at(k);
  const gap = shGap.at(k);
  const row = k * NG;
  let bound: i64 = 0;
  if (rpa > 0 && gap > 0) {
    const cd = cdStart.at(k);
    let n = 0;
    for (let i = 0; i < partLen.at(k); i++) {
      const g = partLists.at(cd + i);
      // One rewarded unit per application: the application gains ≤ cap, so its unit adds ≤ cap − later.
      let v = diff.at(row + g);
      if (rpa == 1 && own.at(row + g) > cap) {
        const later = ubUnit.at(row + NG + g);
        v = cap > later ? cap - later : 0;
      }
      const c = remStack.at(rem + g);
      rbScratch.ensure(n + c);
      for (let j = 0; j < c; j++) rbScratch.put(n++, v);
    }
    for (let i = n - 2; i >= 0; i--) if (rbScratch.at(i + 1) > rbScratch.at(i)) rbScratch.put(i, rbScratch.at(i + 1));
    const most = <i64>maxApps * <i64>rpa;
    for (let t: i64 = 1; t <= most; t++) {
      const pos = t + ((t + rpa - 1) / rpa) * <i64>gap;
      if (pos > <i64>n) break;
      bound += rbScratch.at(<i32>pos - 1);
    }
  } else {
    let most: i64 = rpa < 0 ? 2147483647 : <i64>maxApps * <i64>rpa;
    const gd = gdStart.at(k);
    for (let i = 0; i < partLen.at(k) && most > 0; i++) {
      const g = partLists.at(gd + i);
      const r = <i64>remStack.at(rem + g);
      const c = r < most ? r : most;
      bound += c * diff.at(row + g);
      most -= c;
    }
  }
  const p = promoAt(k);
  const d = pDeal.at(p);
  if (bound > <i64>maxApps * cap) bound = <i64>maxApps * cap;
  if (dHasMax.at(d) != 0 && bound > <i64>maxApps * dMax.at(d)) bound = <i64>maxApps * dMax.at(d);
  const setCap = shSetCap.at(k);
  if (setCap >= 0 && bound > <i64>maxApps * setCap) bound = <i64>maxApps * setCap;
  if (pHasBudget.at(p) != 0) {
    const budget = pBudget.at(p);
    const room = budget > sumSaving ? budget - sumSaving : 0;
    if (bound > room) bound = room;
  }
  return bound;
}

/** Upper bound on the gain one unit of local group g can bring in an application of promotion k. */
function unitBound(k: i32, g: i32): i64 {
  const p = promoAt(k);
  const d = pDeal.at(p);
  const t = dTarget.at(d);
  const onQual = t == Target.CheapestQualifying || t == Target.AllQualifying;
  if (lrole.at(k * NG + g) != (onQual ? 1 : 2)) return 0;
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
function shareMode(k: i32): bool {
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
function unitShare(k: i32, g: i32): i64 {
  const p = promoAt(k);
  const d = pDeal.at(p);
  if (lrole.at(k * NG + g) != 1) return 0;
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

function bound(k: i32, rem: i32): i64 {
  let s: i64 = 0;
  const row = k * NG;
  for (let g = 0; g < NG; g++) {
    const r = remStack.at(rem + g);
    if (r > 0) s += <i64>r * ubUnit.at(row + g);
  }
  return s;
}

/** Upper bound of the whole component with everything remaining. */
export function rootBound(): i64 {
  const rem = fullCounts();
  const b = bound(0, rem);
  remStack.len = rem;
  return b;
}

function fullCounts(): i32 {
  const at = remStack.alloc(NG);
  for (let g = 0; g < NG; g++) remStack.put(at + g, groupSize(g));
  return at;
}

/** Best plan of the component (when aborted: the best complete plan met, possibly empty). */
export function run(): i32 {
  const rem = fullCounts();
  return solve(0, rem, hashOf(0, rem));
}

// ---- Plans -----------------------------------------------------------------------------------
function newPlan(gain: i64, units: i32, appsStart: i32, appsLen: i32, appUnits: i32, next: i32): i32 {
  const id = plGain.len;
  plGain.push(gain);
  plUnits.push(units);
  plAppsStart.push(appsStart);
  plAppsLen.push(appsLen);
  plAppUnits.push(appUnits);
  plNext.push(next);
  return id;
}

export function emptyFrom(k: i32): i32 {
  let plan = -1;
  for (let i = K - 1; i >= k; i--) plan = newPlan(0, 0, 0, 0, 0, plan);
  return plan;
}

export function planNext(id: i32): i32 { return plNext.at(id); }
export function planAppsLen(id: i32): i32 { return plAppsLen.at(id); }
export function planApp(id: i32, i: i32): i32 { return plApps.at(plAppsStart.at(id) + i); }
export function typeTier(t: i32): i32 { return tyTier.at(t); }
export function typeCount(t: i32, g: i32): i32 { return tyCounts.at(t * NG + g); }

/** Preference between kinds (total): more gain, higher tier, more units of earlier groups (< 0: a is better). */
function compareType(a: i32, b: i32): i32 {
  const ga = tySaving.at(a) - tyForfeit.at(a);
  const gb = tySaving.at(b) - tyForfeit.at(b);
  if (ga != gb) return ga > gb ? -1 : 1;
  const ta = tyTier.at(a), tb = tyTier.at(b);
  if (ta != tb) return ta > tb ? -1 : 1;
  const ca = a * NG, cb = b * NG;
  for (let g = 0; g < NG; g++) {
    const x = tyCounts.at(ca + g), y = tyCounts.at(cb + g);
    if (x != y) return x > y ? -1 : 1;
  }
  return 0;
}

// The candidate plan of a DFS node before it is stored: the VIRTUAL id stands for it.
const VIRTUAL: i32 = -2;
let vAppsStart: i32 = 0;
let vAppsLen: i32 = 0;
let vNext: i32 = -1;
@inline function pNext(x: i32): i32 { return x == VIRTUAL ? vNext : plNext.at(x); }
@inline function pAppsLen(x: i32): i32 { return x == VIRTUAL ? vAppsLen : plAppsLen.at(x); }
@inline function pApp(x: i32, i: i32): i32 { return x == VIRTUAL ? chosen.at(vAppsStart + i) : plApps.at(plAppsStart.at(x) + i); }

/** Total solution order between the VIRTUAL candidate (gain, units) and plan b (< 0: candidate better). */
function compareCandidate(gain: i64, units: i32, b: i32): i32 {
  const gb = plGain.at(b);
  if (gain != gb) return gain > gb ? -1 : 1;
  const ub = plUnits.at(b);
  if (units != ub) return units < ub ? -1 : 1;
  let x = VIRTUAL;
  let y = b;
  while (x != -1 && y != -1) {
    const lx = pAppsLen(x), ly = pAppsLen(y);
    const n = lx < ly ? lx : ly;
    for (let i = 0; i < n; i++) {
      const c = compareType(pApp(x, i), pApp(y, i));
      if (c != 0) return c;
    }
    if (lx != ly) return lx > ly ? -1 : 1;
    x = pNext(x);
    y = pNext(y);
  }
  return 0;
}

// ---- Memo --------------------------------------------------------------------------------------
/**
 * Memo keys are (k, rem over relevant[k]). Their hash is Zobrist-style, linear in rem
 * (Σ rem[g]·Z[g] over the relevant groups, wrapping), so the DFS keeps it up to date per kind in
 * O(1) and a lookup costs nothing until a hash matches; then the key is compared in full, so
 * collisions never change a result. Keys are materialised only for stored entries.
 */
const zob = new I64Buf(64);
const mHash = new I64Buf(256);

function zobrist(g: i32): i64 {
  let z = <u64>(g + 1) * 0x9e3779b97f4a7c15;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
  z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
  return <i64>(z ^ (z >> 31));
}

/** Hash of (k, rem) over relevant[k], from scratch (frame set-up only). */
function hashOf(k: i32, rem: i32): i64 {
  if (k >= K) return 0;
  let h: i64 = 0;
  const rs = relStart.at(k);
  for (let i = 0; i < relLen.at(k); i++) {
    const g = relLists.at(rs + i);
    h += <i64>remStack.at(rem + g) * zob.at(g);
  }
  return h;
}

@inline function slotOf(k: i32, h: i64): i32 {
  let x = <u64>(h + <i64>k * 0x632be59bd9b4e019);
  x = (x ^ (x >> 29)) * 0xbf58476d1ce4e5b9;
  return <i32>(x >> 32) & mMask;
}

function sameEntry(e: i32, k: i32, h: i64, rem: i32): bool {
  if (mHash.at(e) != h) return false;
  const s = mKeyStart.at(e);
  if (mKeys.at(s) != k) return false;
  const rs = relStart.at(k);
  const n = relLen.at(k);
  for (let i = 0; i < n; i++) if (mKeys.at(s + 1 + i) != remStack.at(rem + relLists.at(rs + i))) return false;
  return true;
}

/** Entry + 1 of (k, rem), or 0; mSlot is the slot found (free when 0). */
let mSlot: i32 = 0;
function lookup(k: i32, h: i64, rem: i32): i32 {
  let slot = slotOf(k, h);
  while (true) {
    const e = mTable.at(slot);
    if (e == 0 || sameEntry(e - 1, k, h, rem)) {
      mSlot = slot;
      return e;
    }
    slot = (slot + 1) & mMask;
  }
}

function store(k: i32, h: i64, rem: i32, plan: i32): void {
  if ((mPlan.len + 1) * 2 > mMask + 1) {
    const size = (mMask + 1) << 1;
    mTable.len = 0;
    mTable.alloc(size);
    mMask = size - 1;
    for (let e = 0; e < mPlan.len; e++) {
      let slot = slotOf(mKeys.at(mKeyStart.at(e)), mHash.at(e));
      while (mTable.at(slot) != 0) slot = (slot + 1) & mMask;
      mTable.put(slot, e + 1);
    }
  }
  lookup(k, h, rem);
  const at = mKeys.len;
  mKeys.push(k);
  const rs = relStart.at(k);
  for (let i = 0; i < relLen.at(k); i++) mKeys.push(remStack.at(rem + relLists.at(rs + i)));
  mKeyStart.push(at);
  mKeyLen.push(mKeys.len - at);
  mHash.push(h);
  mPlan.push(plan);
  mTable.put(mSlot, mPlan.len);
}

// ---- Search ------------------------------------------------------------------------------------
@inline function tick(): bool {
  nodes++;
  if (nodes > searchBudget) aborted = true;
  return aborted;
}

/** `h` is hashOf(k, rem), kept up to date by the caller. */
function solve(k: i32, rem: i32, h: i64): i32 {
  if (k == K) return newPlan(0, 0, 0, 0, 0, -1);
  const hit = lookup(k, h, rem);
  if (hit != 0) return mPlan.at(hit - 1);
  if (tick()) return emptyFrom(k);
  const types = isolatedRange.at(k) != 0 && sepRange.at(k) == 0 ? bestRangeKind(k, rem) : isolatedChunk.at(k) != 0 ? chunkKinds(k, rem) : generate(k, rem);
  const typesLen = tyList.len - types;
  if (aborted) return emptyFrom(k);
  const p = promoAt(k);
  const maxApps = pMaxApps.at(p);
  const limit = dRange.at(pDeal.at(p)) != 0 ? (maxApps < 1 ? maxApps : 1) : maxApps;
  // The DFS works on the caller's counts in place: every kind it subtracts is added back before it
  // returns (also when cut off), so `rem` is unchanged afterwards, as the memo store below needs.
  const copy = rem;
  fTypesStart.put(k, types);
  fTypesLen.put(k, typesLen);
  fLimit.put(k, limit);
  fHasBudget.put(k, pHasBudget.at(p));
  fBudget.put(k, pBudget.at(p));
  fRem.put(k, copy);
  fBest.put(k, -1);
  fChosenBase.put(k, chosen.len);
  // Forced single-unit kinds (solver forcedUnits): taken on every unit of their group, out of the DFS.
  const fStart = forcedList.len;
  let fGain: i64 = 0;
  let fUnits = 0;
  if (forcedUnits.at(k) != 0) {
    for (let j = 0; j < typesLen; j++) {
      const t = tyList.at(types + j);
      const g = tyNzG.at(tyNzStart.at(t));
      if (sepForce.at(k * NG + g) != 1) continue;
      const c = remStack.at(copy + g);
      for (let i = 0; i < c; i++) forcedList.push(t);
      fGain += <i64>c * (tySaving.at(t) - tyForfeit.at(t));
      fUnits += c;
      remStack.put(copy + g, 0);
    }
  }
  let nq = 0;
  for (let i = 0; i < lqLen.at(k); i++) nq += remStack.at(copy + lLists.at(lqStart.at(k) + i));
  dfs(k, 0, 0, 0, 0, bound(k, copy), bound(k + 1, copy), nq, hashOf(k + 1, copy));
  const fEnd = forcedList.len;
  if (fEnd > fStart) {
    const b = fBest.at(k);
    if (b >= 0) {
      const appsAt = plApps.len;
      const bs = plAppsStart.at(b);
      const bn = plAppsLen.at(b);
      let i = 0;
      let j = fStart;
      while (i < bn || j < fEnd) {
        if (j == fEnd || (i < bn && compareType(plApps.at(bs + i), forcedList.at(j)) < 0)) plApps.push(plApps.at(bs + i++));
        else plApps.push(forcedList.at(j++));
      }
      fBest.put(k, newPlan(plGain.at(b) + fGain, plUnits.at(b) + fUnits, appsAt, bn + fEnd - fStart, plAppUnits.at(b) + fUnits, plNext.at(b)));
    }
    for (let j = fStart; j < fEnd; j++) {
      const at = copy + tyNzG.at(tyNzStart.at(forcedList.at(j)));
      remStack.put(at, remStack.at(at) + 1);
    }
    forcedList.len = fStart;
  }
  const best = fBest.at(k);
  if (aborted) return best < 0 ? emptyFrom(k) : best;
  store(k, h, rem, best);
  return best;
}

/**
 * Nodes are met in increasing solution order among equal (gain, units), so a completion bounded by
 * `bound` gain and using at least `units` units can only win with more gain or fewer units.
 */
@inline function cannotBeat(bound: i64, units: i32, best: i32): bool {
  const g = plGain.at(best);
  return bound < g || (bound == g && units >= plUnits.at(best));
}

/**
 * Fewest units any completion of this node needs to reach the best gain: the missing gain comes
 * from applications of k (≤ cap each, ≥ their minimum units each) or from later promotions' units
 * (≤ their unit bound each), so it takes at least missing ÷ best rate units (solver fewestUnits).
 */
function fewestUnits(k: i32, rem: i32, gain: i64, units: i32, cap: i64, bestGain: i64): i64 {
  const missing = bestGain - gain;
  if (missing <= 0) return units;
  const row = (k + 1) * NG;
  let later: i64 = 0;
  for (let g = 0; g < NG; g++) if (remStack.at(rem + g) > 0 && ubUnit.at(row + g) > later) later = ubUnit.at(row + g);
  const target = dTarget.at(pDeal.at(promoAt(k)));
  const per = <i64>(shMinQ.at(k) + (target == Target.CheapestBenefit || target == Target.AllBenefit ? 1 : 0));
  let need: i64;
  if (later * per >= cap) need = later > 0 ? (missing + later - 1) / later : 0;
  else need = (missing * per + cap - 1) / cap;
  return <i64>units + need;
}

/** Multisets of kinds (non-decreasing index) of promotion k in post-order: extensions first. */
function dfs(k: i32, start: i32, sumSaving: i64, forfeit: i64, units: i32, bK: i64, bK1: i64, nq: i32, h1: i64): void {
  if (tick()) return;
  const capped = fHasBudget.at(k) != 0 && sumSaving > fBudget.at(k) ? fBudget.at(k) : sumSaving;
  const gain = capped - forfeit;
  const rem = fRem.at(k);
  const base = fChosenBase.at(k);
  const n = chosen.len - base;
  let best = fBest.at(k);
  if (best >= 0) {
    // Kinds are sorted by gain, so further applications gain at most the kind at `start`.
    const ts0 = fTypesStart.at(k);
    const cap: i64 = start < fTypesLen.at(k) ? tySaving.at(tyList.at(ts0 + start)) - tyForfeit.at(tyList.at(ts0 + start)) : 0;
    const split = gain + bK1 + restBound(k, rem, n, sumSaving, cap, nq);
    const flat = gain + bK;
    const ub = split < flat ? split : flat;
    if (ub < plGain.at(best)) return;
    if (ub == plGain.at(best) && fewestUnits(k, rem, gain, units, cap, plGain.at(best)) >= <i64>plUnits.at(best)) return;
  }
  if (n < fLimit.at(k)) {
    const ts = fTypesStart.at(k);
    const tn = fTypesLen.at(k);
    for (let j = start; j < tn; j++) {
      const t = tyList.at(ts + j);
      const zs = tyNzStart.at(t);
      const ze = zs + tyNzLen.at(t);
      let fits = true;
      for (let z = zs; z < ze; z++) {
        if (tyNzC.at(z) > remStack.at(rem + tyNzG.at(z))) {
          fits = false;
          break;
        }
      }
      if (!fits) continue;
      for (let z = zs; z < ze; z++) {
        const at = rem + tyNzG.at(z);
        remStack.put(at, remStack.at(at) - tyNzC.at(z));
      }
      chosen.push(t);
      dfs(k, j, sumSaving + tySaving.at(t), forfeit + tyForfeit.at(t), units + tyUnits.at(t), bK - tyBK.at(t), bK1 - tyBK1.at(t), nq - tyNq.at(t), h1 - tyH1.at(t));
      chosen.len--;
      for (let z = zs; z < ze; z++) {
        const at = rem + tyNzG.at(z);
        remStack.put(at, remStack.at(at) + tyNzC.at(z));
      }
      if (aborted) return;
    }
  }
  best = fBest.at(k);
  if (best >= 0 && cannotBeat(gain + bK1, units, best)) return;
  const sub = solve(k + 1, rem, h1);
  const cGain = gain + plGain.at(sub);
  const cUnits = units + plUnits.at(sub);
  vAppsStart = base;
  vAppsLen = n;
  vNext = sub;
  if (best < 0 || compareCandidate(cGain, cUnits, best) < 0) {
    const appsAt = plApps.len;
    for (let i = 0; i < n; i++) plApps.push(chosen.at(base + i));
    fBest.put(k, newPlan(cGain, cUnits, appsAt, n, units, sub));
  }
}

// ---- Application kinds ---------------------------------------------------------------------------
/** Appends the kinds of promotion k fitting rem to tyList, sorted; returns where they start. */
function generate(k: i32, rem: i32): i32 {
  genK = k;
  genRem = rem;
  const first = tyTier.len;
  for (let g = 0; g < NG; g++) genCounts.put(g, 0);
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
  const start = tyList.len;
  for (let t = first; t < tyTier.len; t++) tyList.push(t);
  sortTypes(start, tyList.len - start);
  return start;
}

/** Merge sort of tyList[start..start+n) by compareType (a total order: any sort agrees). */
function sortTypes(start: i32, n: i32): void {
  if (n < 2) return;
  sortTmp.ensure(n);
  for (let width = 1; width < n; width <<= 1) {
    for (let lo = 0; lo < n; lo += width << 1) {
      const mid = min(lo + width, n);
      const hi = min(lo + (width << 1), n);
      let i = lo, j = mid, o = lo;
      while (i < mid && j < hi) {
        if (compareType(tyList.at(start + j), tyList.at(start + i)) < 0) sortTmp.put(o++, tyList.at(start + j++));
        else sortTmp.put(o++, tyList.at(start + i++));
      }
      while (i < mid) sortTmp.put(o++, tyList.at(start + i++));
      while (j < hi) sortTmp.put(o++, tyList.at(start + j++));
    }
    for (let i = 0; i < n; i++) tyList.put(start + i, sortTmp.at(i));
  }
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
  const force = sepRange.at(genK) != 0 ? sepForce.at(genK * NG + g) : 0;
  if (force < 0) max = 0;
  const lo = force > 0 ? max : 0;
  for (let c = max; c >= lo; c--) {
    genCounts.put(g, c);
    genQual(i + 1, left < 0 ? -1 : left - c, tier, c > 0 && product < 0 ? prod : product);
    if (aborted) break;
  }
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
  for (let c = max; c >= 0; c--) {
    genCounts.put(g, c);
    genBen(i + 1, placed + c, tier);
    if (aborted) break;
  }
  genCounts.put(g, 0);
}

function emit(fixedTier: i32): void {
  if (tick()) return;
  makeKind(fixedTier);
}

/** Drops the last kind appended (a candidate that lost). */
function dropLastKind(): void {
  tyTier.len--;
  tyCounts.len -= NG;
  tySaving.len--;
  tyForfeit.len--;
  tyUnits.len--;
  tyNzG.len = tyNzStart.at(tyNzStart.len - 1);
  tyNzC.len = tyNzG.len;
  tyNzStart.len--;
  tyNzLen.len--;
  tyBK.len--;
  tyBK1.len--;
  tyNq.len--;
  tyH1.len--;
}

/** Prices the current counts as a kind appended to the pools; -1 when invalid or gaining nothing. */
function makeKind(fixedTier: i32): i32 {
  const d = pDeal.at(promoAt(genK));
  eq.len = 0;
  eb.len = 0;
  let value: i64 = 0;
  let forfeit: i64 = 0;
  let n = 0;
  const row = genK * NG;
  for (let g = 0; g < NG; g++) {
    const c = genCounts.at(g);
    if (c == 0) continue;
    const isQual = lrole.at(row + g) == 1;
    for (let j = 0; j < c; j++) {
      const u = memberAt(g, j);
      if (isQual) {
        eq.push(u);
        value += uCp.at(u);
      } else eb.push(u);
      forfeit += uPrice.at(u) - uCp.at(u);
      n++;
    }
  }
  if (eq.len == 0) return -1;
  const tier = fixedTier >= 0 ? fixedTier : rangeTier(d, eq.len, value);
  if (tier < 0) return -1;
  sortCheap(eq, 0, eq.len);
  sortCheap(eb, 0, eb.len);
  priceApplication(eq, 0, eq.len, eb, 0, eb.len, d, tier);
  if (prSaving <= forfeit) return -1;
  const id = tyTier.len;
  tyTier.push(tier);
  const at = tyCounts.alloc(NG);
  for (let g = 0; g < NG; g++) tyCounts.put(at + g, genCounts.at(g));
  tySaving.push(prSaving);
  tyForfeit.push(forfeit);
  tyUnits.push(n);
  tyNzStart.push(tyNzG.len);
  let bk: i64 = 0;
  let bk1: i64 = 0;
  let nq = 0;
  let h1: i64 = 0;
  const relNext = genK + 1 < K;
  for (let g = 0; g < NG; g++) {
    const c = genCounts.at(g);
    if (c == 0) continue;
    if (relNext && relMark.at(row + NG + g) != 0) h1 += <i64>c * zob.at(g);
    tyNzG.push(g);
    tyNzC.push(c);
    bk += <i64>c * ubUnit.at(row + g);
    bk1 += <i64>c * ubUnit.at(row + NG + g);
    if (lrole.at(row + g) == 1) nq += c;
  }
  tyNzLen.push(tyNzG.len - tyNzStart.at(id));
  tyBK.push(bk);
  tyBK1.push(bk1);
  tyNq.push(nq);
  tyH1.push(h1);
  return id;
}

/**
 * Range promotion k whose groups no later promotion uses: only its best kind matters (gain, fewer
 * units, preference). Branch and bound over groups, counts high to low (solver bestRangeKind).
 */
function bestRangeKind(k: i32, rem: i32): i32 {
  genK = k;
  genRem = rem;
  for (let g = 0; g < NG; g++) genCounts.put(g, 0);
  rbList.len = 0;
  for (let i = 0; i < lqLen.at(k); i++) rbList.push(lLists.at(lqStart.at(k) + i));
  rbQualLen = rbList.len;
  for (let i = 0; i < lbLen.at(k); i++) rbList.push(lLists.at(lbStart.at(k) + i));
  const L = rbList.len;
  rbSuffix.len = 0;
  rbSuffix.alloc(L + 1);
  for (let i = L - 1; i >= 0; i--) {
    const g = rbList.at(i);
    rbSuffix.put(i, rbSuffix.at(i + 1) + <i64>remStack.at(rem + g) * own.at(k * NG + g));
  }
  rbBest = -1;
  rangeBranch(0, 0, 0, -1);
  const start = tyList.len;
  if (rbBest >= 0) tyList.push(rbBest);
  return start;
}

/** One `buys N` tier, `any`, no cap or budget, every unit of a set rewarded on its own (solver perUnitSets). */
function perUnitSets(k: i32): bool {
  const p = promoAt(k);
  const d = pDeal.at(p);
  if (dTierCount.at(d) != 1 || dCombination.at(d) == Combination.Same || dHasMax.at(d) != 0 || pHasBudget.at(p) != 0) return false;
  const ts = dTierStart.at(d);
  if (tThKind.at(ts) != Threshold.Buys) return false;
  const n = tThQty.at(ts);
  if (n < 1) return false;
  const target = dTarget.at(d);
  if (target == Target.CheapestQualifying ? dRewardCount.at(d) < n : target != Target.AllQualifying) return false;
  const kind = tRwKind.at(ts);
  return n == 1 || kind == Reward.Percent || kind == Reward.AmountOff || kind == Reward.UnitPrice;
}

/** Range mode, one tier reached by one unit, `any`, no cap or budget, per-unit rewards (solver separableRange). */
function separableRange(k: i32): bool {
  const p = promoAt(k);
  const d = pDeal.at(p);
  if (dTierCount.at(d) != 1 || dCombination.at(d) == Combination.Same || dHasMax.at(d) != 0 || pHasBudget.at(p) != 0) return false;
  const ts = dTierStart.at(d);
  if (tThKind.at(ts) == Threshold.SpendsAtLeast || tThQty.at(ts) != 1) return false;
  const target = dTarget.at(d);
  if (target == Target.CheapestQualifying ? dRewardCount.at(d) < pQualLen.at(p) : target != Target.AllQualifying) return false;
  const kind = tRwKind.at(ts);
  return kind == Reward.Percent || kind == Reward.AmountOff || kind == Reward.UnitPrice;
}

/**
 * Isolated per-unit-set promotion k: the distinct kinds of the sorted-chunk plan, in preference
 * order (solver chunkKinds): units by (gain descending, group ascending), the number of sets
 * maximising the sum of the first a·N gains (smallest a on ties), set i the i-th N units.
 */
function chunkKinds(k: i32, rem: i32): i32 {
  const p = promoAt(k);
  const d = pDeal.at(p);
  const n = tThQty.at(dTierStart.at(d));
  ckOrder.len = 0;
  ckGain.len = 0;
  const qs = lqStart.at(k);
  for (let i = 0; i < lqLen.at(k); i++) {
    const g = lLists.at(qs + i);
    if (remStack.at(rem + g) == 0) continue;
    const u = memberAt(g, 0);
    eq.len = 0;
    eb.len = 0;
    eq.push(u);
    priceApplication(eq, 0, 1, eb, 0, 0, d, 0);
    const v = prSaving - (uPrice.at(u) - uCp.at(u));
    let j = ckOrder.len;
    ckOrder.push(g);
    ckGain.push(v);
    while (j > 0 && ckGain.at(j - 1) < v) {
      ckOrder.put(j, ckOrder.at(j - 1));
      ckGain.put(j, ckGain.at(j - 1));
      j--;
    }
    ckOrder.put(j, g);
    ckGain.put(j, v);
  }
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
    if (sum > best) { best = sum; bestA = a; }
  }
  genK = k;
  genRem = rem;
  const start = tyList.len;
  let last = -1;
  oi = 0;
  taken = 0;
  for (let a = 0; a < bestA; a++) {
    for (let g = 0; g < NG; g++) genCounts.put(g, 0);
    for (let c = 0; c < n; c++) {
      if (taken == remStack.at(rem + ckOrder.at(oi))) { oi++; taken = 0; }
      const g = ckOrder.at(oi);
      genCounts.put(g, genCounts.at(g) + 1);
      taken++;
    }
    if (last >= 0) {
      let same = true;
      for (let g = 0; same && g < NG; g++) if (tyCounts.at(last * NG + g) != genCounts.at(g)) same = false;
      if (same) continue;
    }
    if (tick()) break;
    const kind = makeKind(0);
    if (kind >= 0) {
      tyList.push(kind);
      last = kind;
    }
  }
  for (let g = 0; g < NG; g++) genCounts.put(g, 0);
  return start;
}

function realGain(t: i32, hasBudget: bool, budget: i64): i64 {
  const s = tySaving.at(t);
  return (hasBudget && s > budget ? budget : s) - tyForfeit.at(t);
}

function betterKind(a: i32, b: i32, hasBudget: bool, budget: i64): bool {
  const ga = realGain(a, hasBudget, budget);
  const gb = realGain(b, hasBudget, budget);
  if (ga != gb) return ga > gb;
  const ua = tyUnits.at(a), ub = tyUnits.at(b);
  if (ua != ub) return ua < ub;
  return compareType(a, b) < 0;
}

function rangeBranch(i: i32, partial: i64, units: i32, product: i32): void {
  if (tick()) return;
  const p = promoAt(genK);
  const d = pDeal.at(p);
  const hasBudget = pHasBudget.at(p) != 0;
  const budget = pBudget.at(p);
  const best = rbBest;
  if (best >= 0) {
    let ub = partial + rbSuffix.at(i);
    if (dHasMax.at(d) != 0 && ub > dMax.at(d)) ub = dMax.at(d);
    if (hasBudget && ub > budget) ub = budget;
    const bestGain = realGain(best, hasBudget, budget);
    if (ub < bestGain || (ub == bestGain && units > tyUnits.at(best))) return;
  }
  if (i == rbList.len) {
    const target = dTarget.at(d);
    if (target == Target.CheapestBenefit || target == Target.AllBenefit) {
      let placed = 0;
      for (let j = 0; j < lbLen.at(genK); j++) placed += genCounts.at(lLists.at(lbStart.at(genK) + j));
      if (placed == 0) return;
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
  const own_g = own.at(genK * NG + g);
  for (let c = max; c >= 0; c--) {
    genCounts.put(g, c);
    rangeBranch(i + 1, partial + <i64>c * own_g, units + c, isQual && c > 0 && product < 0 ? prod : product);
    if (aborted) break;
  }
  genCounts.put(g, 0);
}
