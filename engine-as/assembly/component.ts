// Sets up one conflict component (solver component.ts): beginComponent fills component-state.ts —
// local groups and roles, the relevant groups of the memo key, the shortcut flags of each
// promotion, the unit bounds — and resets every pool of the search.
import { I32Buf, I64Buf, mergeSortBy } from './buffers';
import { gLists, bgLen, bgStart, qgLen, qgStart, groupCount } from './groups';
import {
  dCombination, dRange, dRewardCount, dTarget, dTierCount, dTierStart, pDeal, pHasBudget, pMaxApps, pQualLen,
  tRwKind, tThKind, tThQty, dHasMax, uPrice, uCp, uFloor, tRwAmt,
} from './level';
import { Combination, Reward, Target, Threshold } from './tags';
import { ubUnit, prepareRestBounds, resetLazyOrders, unitBound, shareMode, unitShare } from './bounds';
import { chunkValue, genCounts, resetKindCache, unitGain } from './candidates';
import {
  kindTier, kindSaving, kindForfeit, kindUnits, kindList, kindUsedStart, kindUsedLen, kindUsedGroup, kindUsedCount,
  kindBoundDrop, kindNextBoundDrop, kindQualifyingUnits, kindNextHashDrop, planNodeGain, planNodeUnits,
  planNodeAppsStart, planNodeAppsLen, planNodeOwnUnits, planNodeNext, planNodeApps, planNodeTimes, planNodeFork, forkList
} from './order';
import {
  resetKindWords, mKeys, zob, zobrist, resetChosen, aborted, compGroupCount, compPromoCount, compStart, forcedUnits,
  globalToLocal, groupPrice, isolatedChunk, isolatedRange, lLists, lbLen, lbStart, localRole, localToGlobal,
  lqLen, lqStart, memberAt, nodes, obligable, perUnitSets, chunkSet, promoAt, relLen, relLists, relMark, relStart,
  remStack, sepForce, sepRange, additiveSets, setRank, chunkCost, memoized, MEMO_KEY_GROUPS, ubDiffStart, ubDiffLen, ubDiffGroups,
  partStart, partLen, partList, restStart, restLen, searchDepth,
} from './component-state';
import {
  mKeyStart, mKeyLen, mPlan, mNeed, mTable, mMask, mHash, fTypesStart, fTypesLen, fLimit, fHasBudget, fBudget, fRem,
  fBest, fNeed, fChosenBase, fChosenApps, fOb, fObLen, forcedList, forcedTimes, resetFrames
} from './search';

/** Sets up component c: local groups, roles, unit bounds, relevant groups; resets pools. */
export function beginComponent(start: i32, count: i32, nodesSoFar: i64): void {
  compStart = start;
  compPromoCount = count;
  nodes = nodesSoFar;
  aborted = false;
  searchDepth = 0;
  if (globalToLocal.len < groupCount) {
    globalToLocal.ensure(groupCount);
    const from = globalToLocal.len;
    globalToLocal.len = groupCount;
    for (let g = from; g < groupCount; g++) globalToLocal.put(g, -1);
  }
  localToGlobal.len = 0;
  for (let k = 0; k < compPromoCount; k++) {
    const p = promoAt(k);
    for (let i = 0; i < qgLen.at(p); i++) addGroup(gLists.at(qgStart.at(p) + i));
    for (let i = 0; i < bgLen.at(p); i++) addGroup(gLists.at(bgStart.at(p) + i));
  }
  // Ascending global order.
  for (let i = 1; i < localToGlobal.len; i++) {
    const x = localToGlobal.at(i);
    let j = i - 1;
    while (j >= 0 && localToGlobal.at(j) > x) {
      localToGlobal.put(j + 1, localToGlobal.at(j));
      j--;
    }
    localToGlobal.put(j + 1, x);
  }
  compGroupCount = localToGlobal.len;
  for (let g = 0; g < compGroupCount; g++) globalToLocal.put(localToGlobal.at(g), g);
  localRole.len = 0;
  localRole.alloc(compPromoCount * compGroupCount);
  lqStart.len = 0; lqLen.len = 0; lbStart.len = 0; lbLen.len = 0; lLists.len = 0;
  for (let k = 0; k < compPromoCount; k++) {
    const p = promoAt(k);
    // Global lists are ascending and the local map is monotone, so local lists are ascending too.
    lqStart.push(lLists.len);
    for (let i = 0; i < qgLen.at(p); i++) {
      const g = globalToLocal.at(gLists.at(qgStart.at(p) + i));
      lLists.push(g);
      localRole.put(k * compGroupCount + g, 1);
    }
    lqLen.push(lLists.len - lqStart.at(k));
    lbStart.push(lLists.len);
    for (let i = 0; i < bgLen.at(p); i++) {
      const g = globalToLocal.at(gLists.at(bgStart.at(p) + i));
      lLists.push(g);
      localRole.put(k * compGroupCount + g, 2);
    }
    lbLen.push(lLists.len - lbStart.at(k));
  }
  for (let g = 0; g < compGroupCount; g++) globalToLocal.put(localToGlobal.at(g), -1);
  ubUnit.len = 0;
  ubUnit.alloc((compPromoCount + 1) * compGroupCount);
  relMark.len = 0;
  relMark.alloc(compPromoCount * compGroupCount);
  // Row k is row k + 1 raised on k's own groups: a promotion bounds and marks only the groups it
  // has a role on (unitShare and unitBound are 0 elsewhere), so only those cells are computed — on
  // bench A (500 promotions) the bound per cell was a tenth of the first answer's time.
  for (let k = compPromoCount - 1; k >= 0; k--) {
    const row = k * compGroupCount;
    if (k + 1 < compPromoCount) {
      memory.copy(ubUnit.ptr() + (<usize>row << 3), ubUnit.ptr() + (<usize>(row + compGroupCount) << 3), <usize>compGroupCount << 3);
      memory.copy(relMark.ptr() + <usize>row, relMark.ptr() + <usize>(row + compGroupCount), <usize>compGroupCount);
    }
    const share = shareMode(k);
    for (let i = 0; i < lqLen.at(k); i++) raiseOwn(k, lLists.at(lqStart.at(k) + i), share);
    for (let i = 0; i < lbLen.at(k); i++) raiseOwn(k, lLists.at(lbStart.at(k) + i), share);
  }
  ubDiffStart.len = 0; ubDiffLen.len = 0; ubDiffGroups.len = 0;
  for (let k = 0; k < compPromoCount; k++) {
    ubDiffStart.push(ubDiffGroups.len);
    // Rows k and k + 1 differ only on k's own groups: its qualifying and benefit lists, disjoint
    // and ascending, walked merged so the list stays ascending.
    const row = k * compGroupCount;
    let i = 0;
    let j = 0;
    const qs = lqStart.at(k);
    const bs = lbStart.at(k);
    while (i < lqLen.at(k) || j < lbLen.at(k)) {
      let g: i32;
      if (j == lbLen.at(k) || (i < lqLen.at(k) && lLists.at(qs + i) < lLists.at(bs + j))) g = lLists.at(qs + i++);
      else g = lLists.at(bs + j++);
      if (ubUnit.at(row + g) != ubUnit.at(row + compGroupCount + g)) ubDiffGroups.push(g);
    }
    ubDiffLen.push(ubDiffGroups.len - ubDiffStart.at(k));
  }
  buildParts();
  resetLazyOrders();
  prepareRestBounds();
  groupPrice.len = 0;
  for (let g = 0; g < compGroupCount; g++) groupPrice.push(uPrice.at(memberAt(g, 0)));
  obligable.len = 0;
  // Only cheapestBenefit promotions oblige (usually none or few): listed once, not asked K² times.
  cheapestBenefitList.len = 0;
  for (let j = 0; j < compPromoCount; j++) if (dTarget.at(pDeal.at(promoAt(j))) == Target.CheapestBenefit) cheapestBenefitList.push(j);
  for (let k = 0; k < compPromoCount; k++) {
    let ob = false;
    for (let x = 0; !ob && x < cheapestBenefitList.len; x++) {
      const j = cheapestBenefitList.at(x);
      if (j == k) continue;
      for (let i = 0; !ob && i < lbLen.at(j); i++) if (localRole.at(k * compGroupCount + lLists.at(lbStart.at(j) + i)) != 0) ob = true;
    }
    obligable.push(ob ? 1 : 0);
  }
  isolatedRange.len = 0;
  isolatedChunk.len = 0;
  sepRange.len = 0;
  additiveSets.len = 0;
  setRank.len = 0;
  chunkCost.len = 0;
  forcedUnits.len = 0;
  forcedList.len = 0;
  forcedTimes.len = 0;
  sepForce.len = 0;
  sepForce.alloc(compPromoCount * compGroupCount);
  for (let k = 0; k < compPromoCount; k++) {
    // No later promotion uses k's groups (relMark of k + 1 on them, solver restGroups).
    let alone = dRange.at(pDeal.at(promoAt(k))) != 0;
    if (k + 1 < compPromoCount) {
      const next = (k + 1) * compGroupCount;
      for (let i = 0; alone && i < lqLen.at(k); i++) if (relMark.at(next + lLists.at(lqStart.at(k) + i)) != 0) alone = false;
      for (let i = 0; alone && i < lbLen.at(k); i++) if (relMark.at(next + lLists.at(lbStart.at(k) + i)) != 0) alone = false;
    }
    isolatedRange.push(alone && obligable.at(k) == 0 ? 1 : 0);
    chunkCost.push(chunkSet(k));
    let chunk = chunkCost.at(k) >= 0;
    if (chunk && k + 1 < compPromoCount) {
      const next = (k + 1) * compGroupCount;
      for (let i = 0; chunk && i < lqLen.at(k); i++) if (relMark.at(next + lLists.at(lqStart.at(k) + i)) != 0) chunk = false;
    }
    isolatedChunk.push(chunk && obligable.at(k) == 0 ? 1 : 0);
    const sep = dRange.at(pDeal.at(promoAt(k))) != 0 && separableRange(k);
    sepRange.push(sep ? 1 : 0);
    const additive = setsWorthTheSame(k) || (chunkCost.at(k) >= 0 && isolatedChunk.at(k) == 0 && obligable.at(k) == 0
      && tThQty.at(dTierStart.at(pDeal.at(promoAt(k)))) >= 2);
    additiveSets.push(additive ? 1 : 0);
    if (additive) rankByValue(k);
    // sepForce is 0 (from alloc) but on the qualifying groups of a separable range deal.
    for (let i = 0; sep && i < lqLen.at(k); i++) {
      const g = lLists.at(lqStart.at(k) + i);
      const v = unitGain(memberAt(g, 0), pDeal.at(promoAt(k)));
      const f = v <= 0 ? (obligable.at(k) != 0 ? 0 : -1) : k + 1 < compPromoCount && relMark.at((k + 1) * compGroupCount + g) != 0 ? 0 : 1;
      sepForce.put(k * compGroupCount + g, <i8>f);
    }
    // Exact-mode single-unit deals: a gaining unit no later promotion can use is always taken.
    let single = !chunk && !sep && dRange.at(pDeal.at(promoAt(k))) == 0 && perUnitSets(k)
      && tThQty.at(dTierStart.at(pDeal.at(promoAt(k)))) == 1 && pMaxApps.at(promoAt(k)) >= pQualLen.at(promoAt(k));
    if (single) {
      single = false;
      for (let i = 0; i < lqLen.at(k); i++) {
        const g = lLists.at(lqStart.at(k) + i);
        if (k + 1 < compPromoCount && relMark.at((k + 1) * compGroupCount + g) != 0) continue;
        if (unitGain(memberAt(g, 0), pDeal.at(promoAt(k))) > 0) {
          sepForce.put(k * compGroupCount + g, 1);
          single = true;
        }
      }
    }
    forcedUnits.push(single ? 1 : 0);
  }
  kindTier.len = 0; resetKindWords(); kindSaving.len = 0; kindForfeit.len = 0; kindUnits.len = 0; kindList.len = 0;
  resetKindCache();
  kindUsedStart.len = 0; kindUsedLen.len = 0; kindUsedGroup.len = 0; kindUsedCount.len = 0; kindBoundDrop.len = 0;
  kindNextBoundDrop.len = 0; kindQualifyingUnits.len = 0; kindNextHashDrop.len = 0;
  planNodeGain.len = 0; planNodeUnits.len = 0; planNodeAppsStart.len = 0; planNodeAppsLen.len = 0;
  planNodeOwnUnits.len = 0; planNodeNext.len = 0; planNodeApps.len = 0; planNodeTimes.len = 0; planNodeFork.len = 0; forkList.len = 0;
  mKeys.len = 0; mKeyStart.len = 0; mKeyLen.len = 0; mPlan.len = 0; mNeed.len = 0; mHash.len = 0;
  zob.len = 0;
  for (let g = 0; g < compGroupCount; g++) zob.push(zobrist(g));
  mTable.len = 0;
  mTable.alloc(256);
  mMask = 255;
  fTypesStart.alloc(compPromoCount); fTypesLen.alloc(compPromoCount); fLimit.alloc(compPromoCount);
  fHasBudget.alloc(compPromoCount); fBudget.alloc(compPromoCount);
  fRem.alloc(compPromoCount); fBest.alloc(compPromoCount); fNeed.alloc(compPromoCount);
  fChosenBase.alloc(compPromoCount); fChosenApps.alloc(compPromoCount); fOb.alloc(compPromoCount); fObLen.alloc(compPromoCount);
  fTypesStart.len = 0; fTypesLen.len = 0; fLimit.len = 0; fHasBudget.len = 0; fBudget.len = 0;
  fRem.len = 0; fBest.len = 0; fNeed.len = 0; fChosenBase.len = 0; fChosenApps.len = 0; fOb.len = 0; fObLen.len = 0;
  resetChosen();
  resetFrames();
  remStack.len = 0;
  genCounts.len = 0;
  genCounts.alloc(compGroupCount);
}

function addGroup(g: i32): void {
  if (globalToLocal.at(g) >= 0) return;
  globalToLocal.put(g, 1);
  localToGlobal.push(g);
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
 * Every set of a tier of promotion k saves exactly its amount and forfeits nothing, whichever
 * units it takes (solver setsWorthTheSame): exact mode, every tier `buys N` (N ≥ 2) for a set
 * amount off, `any`, no cap or budget, every unit rewarded; on its qualifying groups no customer
 * price below the price, no floor, and cheapest price × N ≥ each amount.
 */
const rankOrder = new I32Buf(64);
const rankValue = new I64Buf(64);

function valueBefore(a: i32, b: i32): bool {
  return rankValue.at(a) > rankValue.at(b);
}

/** setRank for k: its qualifying groups by value per unit, most first, ties by index (solver rankByValue). */
function rankByValue(k: i32): void {
  const qs = lqStart.at(k);
  const qn = lqLen.at(k);
  rankValue.len = 0;
  rankValue.alloc(compGroupCount);
  rankOrder.len = 0;
  const chunk = chunkCost.at(k) >= 0;
  for (let i = 0; i < qn; i++) {
    const g = lLists.at(qs + i);
    const u = memberAt(g, 0);
    rankValue.put(g, chunk ? chunkValue(k, g) : uCp.at(u) - uPrice.at(u));
    rankOrder.push(g);
  }
  mergeSortBy(rankOrder, 0, qn, valueBefore);
  // Allocated by the component's first additive promotion: most components have none.
  if (setRank.len == 0) setRank.alloc(compPromoCount * compGroupCount);
  const base = k * compGroupCount;
  for (let i = 0; i < qn; i++) setRank.put(base + rankOrder.at(i), i);
}

function setsWorthTheSame(k: i32): bool {
  const p = promoAt(k);
  const d = pDeal.at(p);
  if (dRange.at(d) != 0 || dCombination.at(d) == Combination.Same || dHasMax.at(d) != 0 || pHasBudget.at(p) != 0) return false;
  const ts = dTierStart.at(d);
  let most = 0;
  for (let t = 0; t < dTierCount.at(d); t++) {
    if (tThKind.at(ts + t) != Threshold.Buys || tThQty.at(ts + t) < 2 || tRwKind.at(ts + t) != Reward.SetAmountOff) return false;
    if (tThQty.at(ts + t) > most) most = tThQty.at(ts + t);
  }
  const target = dTarget.at(d);
  if (target == Target.CheapestQualifying ? dRewardCount.at(d) < most : target != Target.AllQualifying) return false;
  if (lqLen.at(k) == 0) return false;
  let cheapest: i64 = -1;
  const qs = lqStart.at(k);
  for (let i = 0; i < lqLen.at(k); i++) {
    const u = memberAt(lLists.at(qs + i), 0);
    if ((uCp.at(u) != uPrice.at(u) && obligable.at(k) != 0) || uFloor.at(u) != 0) return false;
    if (cheapest < 0 || uPrice.at(u) < cheapest) cheapest = uPrice.at(u);
  }
  for (let t = 0; t < dTierCount.at(d); t++) if (cheapest * <i64>tThQty.at(ts + t) < tRwAmt.at(ts + t)) return false;
  return true;
}

/** The component's promotions with a cheapestBenefit target (beginComponent's obligable). */
const cheapestBenefitList = new I32Buf(16);

/** ubUnit and relMark of (k, g) for a group k has a role on (beginComponent). */
function raiseOwn(k: i32, g: i32, share: bool): void {
  const at = k * compGroupCount + g;
  const own = share ? unitShare(k, g) : unitBound(k, g);
  if (own > ubUnit.at(at)) ubUnit.put(at, own);
  relMark.put(at, 1);
}

// buildParts scratch: union–find over promotions, the last promotion seen on each group, stamps.
const ufRoot = new I32Buf(64);
const ownerOf = new I32Buf(64);
const stamp = new I32Buf(64);

function findRoot(x: i32): i32 {
  while (ufRoot.at(x) != x) {
    ufRoot.put(x, ufRoot.at(ufRoot.at(x)));
    x = ufRoot.at(x);
  }
  return x;
}

/** Stamps g with k, the last group of k's own lists first seen by its owner `ownerOf` (buildParts). */
function joinGroup(k: i32, g: i32): void {
  const o = ownerOf.at(g);
  if (o >= 0) {
    const r = findRoot(o);
    if (r != k) {
      partList.push(r);
      ufRoot.put(r, k);
    }
  }
  ownerOf.put(g, k);
}

/** Appends to relLists the union of relLists[rs, rs + rn) (k's rest) and k's own groups, ascending. */
function mergeOwn(k: i32, rs: i32, rn: i32): void {
  let i = 0;
  let a = 0;
  let b = 0;
  const qs = lqStart.at(k);
  const qn = lqLen.at(k);
  const bs = lbStart.at(k);
  const bn = lbLen.at(k);
  while (i < rn || a < qn || b < bn) {
    // The smallest of the three heads (k's qualifying and benefit lists are disjoint).
    let g = i32.MAX_VALUE;
    if (i < rn && relLists.at(rs + i) < g) g = relLists.at(rs + i);
    if (a < qn && lLists.at(qs + a) < g) g = lLists.at(qs + a);
    if (b < bn && lLists.at(bs + b) < g) g = lLists.at(bs + b);
    relLists.push(g);
    if (i < rn && relLists.at(rs + i) == g) i++;
    if (a < qn && lLists.at(qs + a) == g) a++;
    if (b < bn && lLists.at(bs + b) == g) b++;
  }
}

/**
 * Every promotion's parts, part groups and rest groups (solver buildParts): from the last promotion
 * back, a union–find whose root is each set's first promotion; adding k merges the sets of the
 * later promotions on its groups, whose roots are k's parts. Lists are merged (ascending): a
 * promotion's rest is its one part's list (shared, not copied), its part that and its own lists.
 */
function buildParts(): void {
  const K = compPromoCount;
  const G = compGroupCount;
  ufRoot.len = 0; ufRoot.alloc(K);
  ownerOf.len = 0; ownerOf.alloc(G);
  stamp.len = 0; stamp.alloc(G);
  for (let g = 0; g < G; g++) {
    ownerOf.put(g, -1);
    stamp.put(g, -1);
  }
  partStart.len = 0; partStart.alloc(K); partLen.len = 0; partLen.alloc(K); partList.len = 0;
  relStart.len = 0; relStart.alloc(K); relLen.len = 0; relLen.alloc(K); relLists.len = 0;
  restStart.len = 0; restStart.alloc(K); restLen.len = 0; restLen.alloc(K);
  memoized.len = 0; memoized.alloc(K);
  for (let k = K - 1; k >= 0; k--) {
    ufRoot.put(k, k);
    const ps = partList.len;
    for (let i = 0; i < lqLen.at(k); i++) joinGroup(k, lLists.at(lqStart.at(k) + i));
    for (let i = 0; i < lbLen.at(k); i++) joinGroup(k, lLists.at(lbStart.at(k) + i));
    // Ascending (a promotion has few parts).
    for (let i = ps + 1; i < partList.len; i++) {
      const x = partList.at(i);
      let j = i - 1;
      while (j >= ps && partList.at(j) > x) {
        partList.put(j + 1, partList.at(j));
        j--;
      }
      partList.put(j + 1, x);
    }
    partStart.put(k, ps);
    const np = partList.len - ps;
    partLen.put(k, np);
    // The rest: nothing, the one part's own list, or (rarely) several parts' merged by a pass over
    // the groups; k's part: the rest and k's own groups merged. All in relLists.
    if (np == 1) {
      const c = partList.at(ps);
      restStart.put(k, relStart.at(c));
      restLen.put(k, relLen.at(c));
    } else {
      restStart.put(k, relLists.len);
      for (let i = ps; i < partList.len; i++) {
        const c = partList.at(i);
        const cs = relStart.at(c);
        for (let j = 0; j < relLen.at(c); j++) stamp.put(relLists.at(cs + j), k);
      }
      if (np > 1) for (let g = 0; g < G; g++) if (stamp.at(g) == k) relLists.push(g);
      restLen.put(k, relLists.len - restStart.at(k));
    }
    relStart.put(k, relLists.len);
    mergeOwn(k, restStart.at(k), restLen.at(k));
    relLen.put(k, relLists.len - relStart.at(k));
    memoized.put(k, relLen.at(k) <= MEMO_KEY_GROUPS ? 1 : 0);
  }
}
