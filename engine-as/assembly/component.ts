// Per-run state of one conflict component (solver component.ts): local groups and roles, the
// relevant groups of the memo key, the shortcut flags of each promotion, node counting, and
// beginComponent, which sets all of it up and resets every pool of the search.
import { I32Buf, I64Buf } from './buffers';
import { gLen, gLists, gMembers, gStart, bgLen, bgStart, qgLen, qgStart, G, cPromos } from './groups';
import {
  dCombination, dRange, dRewardCount, dTarget, dTierCount, dTierStart, pDeal, pHasBudget, pMaxApps,
  searchBudget, pQualLen, tRwKind, tThKind, tThQty, dHasMax, uPrice,
} from './level';
import { Combination, Reward, Target, Threshold } from './tags';
import { ubUnit, own, prepareRestBounds, unitBound, shareMode, unitShare } from './bounds';
import { genCounts, unitGain } from './candidates';
import {
  tyTier, tyCounts, tySaving, tyForfeit, tyUnits, tyList, tyNzStart, tyNzLen, tyNzG, tyNzC, tyBoundDrop,
  tyBoundNextDrop, tyNq, tyH1, plGain, plUnits, plAppsStart, plAppsLen, plOwnUnits, plNext, plApps,
} from './order';
import {
  mKeys, mKeyStart, mKeyLen, mPlan, mNeed, mTable, mMask, zob, mHash, zobrist, fTypesStart, fTypesLen, fLimit,
  fHasBudget, fBudget, fRem, fBest, fNeed, fChosenBase, fOb, fObLen, chosen, forcedList, resetFrames,
} from './search';

/** Promotions of the component being searched (local indices k = 0..compPromoCount-1, rank order). */
export let compPromoCount: i32 = 0;
/** Local unit groups of that component; every per-(k, g) table is a k * compGroupCount + g matrix. */
export let compGroupCount: i32 = 0;
let compStart: i32 = 0;
/** Local group → global group, ascending. */
export const lg = new I32Buf(64);
/** lrole[k * compGroupCount + g]: 1 qualifying, 2 benefit, 0 none. */
export const lrole = new I32Buf(256);
export const lqStart = new I32Buf(64);
export const lqLen = new I32Buf(64);
export const lbStart = new I32Buf(64);
export const lbLen = new I32Buf(64);
export const lLists = new I32Buf(256);
/** Per k: range mode and no later promotion uses its groups (solved by bestRangeKind). */
export const isolatedRange = new I32Buf(64);
/** Per k: exact mode, per-unit sets, no later promotion uses its qualifying groups (chunkKinds). */
export const isolatedChunk = new I32Buf(64);
/** Per k: exact-mode buys-1 per-unit deal with forced groups (solver forcedUnits). */
export const forcedUnits = new I32Buf(64);
/** Per k: range mode with a separable application (solver separableRange). */
export const sepRange = new I32Buf(64);
/** sepForce[k * compGroupCount + g]: -1 never used, 1 always all units, 0 searched (solver sepForce). */
export const sepForce = new I32Buf(256);
export const relStart = new I32Buf(64);
export const relLen = new I32Buf(64);
export const relLists = new I32Buf(256);
export const relMark = new I32Buf(256);
/**
 * Per k: another cheapestBenefit promotion has a benefit group k uses (earlier: k may be obliged
 * to use it up; later: a unit k leaves out may invalidate its dearer choice), so the shortcuts
 * that leave units out on purpose are off (solver obligable).
 */
export const obligable = new I32Buf(64);
/** Regular price of each local group. */
export const groupPrice = new I64Buf(64);
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

// Node counting: one budget over the level, past it the search is cut off (see tick).
export let nodes: i64 = 0;
export let aborted: bool = false;
/** Remaining units per local group: `rem` arguments are offsets of compGroupCount-slices of this stack. */
export const remStack = new I32Buf(256);

/**
 * Most i32 words the kinds' counts and the memo keys of one component may take (256 MB) before
 * the search is cut off as if its budget were spent (solver WORKSPACE_LIMIT): growth stays bounded
 * whatever the node budget, and the cut is deterministic, so the reference stops at the same node.
 */
const WORKSPACE_LIMIT: i32 = 1 << 26;

@inline export function tick(): bool {
  nodes++;
  if (nodes > searchBudget || tyCounts.len + mKeys.len > WORKSPACE_LIMIT) aborted = true;
  return aborted;
}

/** Sets up component c: local groups, roles, unit bounds, relevant groups; resets pools. */
export function beginComponent(start: i32, count: i32, nodesSoFar: i64): void {
  compStart = start;
  compPromoCount = count;
  nodes = nodesSoFar;
  aborted = false;
  if (globalToLocal.len < G) {
    globalToLocal.ensure(G);
    const from = globalToLocal.len;
    globalToLocal.len = G;
    for (let g = from; g < G; g++) globalToLocal.put(g, -1);
  }
  lg.len = 0;
  for (let k = 0; k < compPromoCount; k++) {
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
  compGroupCount = lg.len;
  for (let g = 0; g < compGroupCount; g++) globalToLocal.put(lg.at(g), g);
  lrole.len = 0;
  lrole.alloc(compPromoCount * compGroupCount);
  lqStart.len = 0; lqLen.len = 0; lbStart.len = 0; lbLen.len = 0; lLists.len = 0;
  for (let k = 0; k < compPromoCount; k++) {
    const p = promoAt(k);
    // Global lists are ascending and the local map is monotone, so local lists are ascending too.
    lqStart.push(lLists.len);
    for (let i = 0; i < qgLen.at(p); i++) {
      const g = globalToLocal.at(gLists.at(qgStart.at(p) + i));
      lLists.push(g);
      lrole.put(k * compGroupCount + g, 1);
    }
    lqLen.push(lLists.len - lqStart.at(k));
    lbStart.push(lLists.len);
    for (let i = 0; i < bgLen.at(p); i++) {
      const g = globalToLocal.at(gLists.at(bgStart.at(p) + i));
      lLists.push(g);
      lrole.put(k * compGroupCount + g, 2);
    }
    lbLen.push(lLists.len - lbStart.at(k));
  }
  for (let g = 0; g < compGroupCount; g++) globalToLocal.put(lg.at(g), -1);
  ubUnit.len = 0;
  ubUnit.alloc((compPromoCount + 1) * compGroupCount);
  relMark.len = 0;
  relMark.alloc(compPromoCount * compGroupCount);
  for (let k = compPromoCount - 1; k >= 0; k--) {
    const share = shareMode(k);
    for (let g = 0; g < compGroupCount; g++) {
      let best: i64 = k + 1 < compPromoCount ? ubUnit.at((k + 1) * compGroupCount + g) : 0;
      const own = share ? unitShare(k, g) : unitBound(k, g);
      if (own > best) best = own;
      ubUnit.put(k * compGroupCount + g, best);
      if (lrole.at(k * compGroupCount + g) != 0 || (k + 1 < compPromoCount && relMark.at((k + 1) * compGroupCount + g) != 0)) relMark.put(k * compGroupCount + g, 1);
    }
  }
  relStart.len = 0; relLen.len = 0; relLists.len = 0;
  for (let k = 0; k < compPromoCount; k++) {
    relStart.push(relLists.len);
    for (let g = 0; g < compGroupCount; g++) if (relMark.at(k * compGroupCount + g) != 0) relLists.push(g);
    relLen.push(relLists.len - relStart.at(k));
  }
  prepareRestBounds();
  groupPrice.len = 0;
  for (let g = 0; g < compGroupCount; g++) groupPrice.push(uPrice.at(memberAt(g, 0)));
  obligable.len = 0;
  for (let k = 0; k < compPromoCount; k++) {
    let ob = false;
    for (let j = 0; !ob && j < compPromoCount; j++) {
      if (j == k || dTarget.at(pDeal.at(promoAt(j))) != Target.CheapestBenefit) continue;
      for (let i = 0; !ob && i < lbLen.at(j); i++) if (lrole.at(k * compGroupCount + lLists.at(lbStart.at(j) + i)) != 0) ob = true;
    }
    obligable.push(ob ? 1 : 0);
  }
  isolatedRange.len = 0;
  isolatedChunk.len = 0;
  sepRange.len = 0;
  forcedUnits.len = 0;
  forcedList.len = 0;
  sepForce.len = 0;
  sepForce.alloc(compPromoCount * compGroupCount);
  for (let k = 0; k < compPromoCount; k++) {
    let alone = dRange.at(pDeal.at(promoAt(k))) != 0;
    if (k + 1 < compPromoCount) {
      const rs = relStart.at(k + 1);
      for (let i = 0; alone && i < relLen.at(k + 1); i++) if (lrole.at(k * compGroupCount + relLists.at(rs + i)) != 0) alone = false;
    }
    isolatedRange.push(alone && obligable.at(k) == 0 ? 1 : 0);
    let chunk = dRange.at(pDeal.at(promoAt(k))) == 0 && perUnitSets(k);
    if (chunk && k + 1 < compPromoCount) {
      const rs = relStart.at(k + 1);
      for (let i = 0; chunk && i < relLen.at(k + 1); i++) if (lrole.at(k * compGroupCount + relLists.at(rs + i)) == 1) chunk = false;
    }
    isolatedChunk.push(chunk && obligable.at(k) == 0 ? 1 : 0);
    const sep = dRange.at(pDeal.at(promoAt(k))) != 0 && separableRange(k);
    sepRange.push(sep ? 1 : 0);
    for (let g = 0; g < compGroupCount; g++) {
      let f = 0;
      if (sep && lrole.at(k * compGroupCount + g) == 1) {
        const v = unitGain(memberAt(g, 0), pDeal.at(promoAt(k)));
        f = v <= 0 ? (obligable.at(k) != 0 ? 0 : -1) : k + 1 < compPromoCount && relMark.at((k + 1) * compGroupCount + g) != 0 ? 0 : 1;
      }
      sepForce.put(k * compGroupCount + g, f);
    }
    // Exact-mode single-unit deals: a gaining unit no later promotion can use is always taken.
    let single = !chunk && !sep && dRange.at(pDeal.at(promoAt(k))) == 0 && perUnitSets(k)
      && tThQty.at(dTierStart.at(pDeal.at(promoAt(k)))) == 1 && pMaxApps.at(promoAt(k)) >= pQualLen.at(promoAt(k));
    if (single) {
      single = false;
      for (let g = 0; g < compGroupCount; g++) {
        if (lrole.at(k * compGroupCount + g) != 1 || (k + 1 < compPromoCount && relMark.at((k + 1) * compGroupCount + g) != 0)) continue;
        if (unitGain(memberAt(g, 0), pDeal.at(promoAt(k))) > 0) {
          sepForce.put(k * compGroupCount + g, 1);
          single = true;
        }
      }
    }
    forcedUnits.push(single ? 1 : 0);
  }
  tyTier.len = 0; tyCounts.len = 0; tySaving.len = 0; tyForfeit.len = 0; tyUnits.len = 0; tyList.len = 0;
  tyNzStart.len = 0; tyNzLen.len = 0; tyNzG.len = 0; tyNzC.len = 0; tyBoundDrop.len = 0; tyBoundNextDrop.len = 0; tyNq.len = 0; tyH1.len = 0;
  plGain.len = 0; plUnits.len = 0; plAppsStart.len = 0; plAppsLen.len = 0; plOwnUnits.len = 0; plNext.len = 0; plApps.len = 0;
  mKeys.len = 0; mKeyStart.len = 0; mKeyLen.len = 0; mPlan.len = 0; mNeed.len = 0; mHash.len = 0;
  zob.len = 0;
  for (let g = 0; g < compGroupCount; g++) zob.push(zobrist(g));
  mTable.len = 0;
  mTable.alloc(256);
  mMask = 255;
  fTypesStart.alloc(compPromoCount); fTypesLen.alloc(compPromoCount); fLimit.alloc(compPromoCount); fHasBudget.alloc(compPromoCount); fBudget.alloc(compPromoCount);
  fRem.alloc(compPromoCount); fBest.alloc(compPromoCount); fNeed.alloc(compPromoCount); fChosenBase.alloc(compPromoCount); fOb.alloc(compPromoCount); fObLen.alloc(compPromoCount);
  fTypesStart.len = 0; fTypesLen.len = 0; fLimit.len = 0; fHasBudget.len = 0; fBudget.len = 0;
  fRem.len = 0; fBest.len = 0; fNeed.len = 0; fChosenBase.len = 0; fOb.len = 0; fObLen.len = 0;
  chosen.len = 0;
  resetFrames();
  remStack.len = 0;
  genCounts.len = 0;
  genCounts.alloc(compGroupCount);
}

function addGroup(g: i32): void {
  if (globalToLocal.at(g) >= 0) return;
  globalToLocal.put(g, 1);
  lg.push(g);
}

/** One `buys N` tier, `any`, no cap or budget, every unit of a set rewarded on its own (solver perUnitSets). */
export function perUnitSets(k: i32): bool {
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
