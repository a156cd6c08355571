// rewardPolicy cheapestInTransaction (solver pos.ts): promotions in rank order put their rewards on
// the cheapest qualifying units still free.
import { I32Buf } from './buffers';
import {
  caBLen, caBStart, caCopies, caPromo, caQLen, caQStart, caTier, caUnits, openApp, priceCandidate, pushBen, pushQual
} from './assemble';
import {
  promoCount, unitCount, dCombination, dRange, dRewardCount, dTarget, dTierCount, dTierStart, pBenLen, pBenStart,
  pBudget, pDeal, pHasBudget, pLists, pMaxApps, pQualLen, pQualStart, rank, tThKind, tThQty, uAvail, uCp, uPrice,
  uProd
} from './level';
import { prSaving } from './pricing';
import { minQuantity, rangeTier, sortCheap } from './rules';
import { Combination, Target, Threshold } from './tags';

export const free = new I32Buf(256);
const qual = new I32Buf(64);
const benAll = new I32Buf(64);
const tmp = new I32Buf(64);
const tiers = new I32Buf(16);
const q = new I32Buf(64);
const b = new I32Buf(64);

function freeSorted(out: I32Buf, start: i32, n: i32): void {
  out.len = 0;
  for (let i = 0; i < n; i++) {
    const u = pLists.at(start + i);
    if (free.at(u) != 0) out.add(u);
  }
  sortCheap(out, 0, out.len);
}

/** Appends the POS applications of every promotion as concrete apps. */
export function posApps(): void {
  free.len = 0;
  for (let u = 0; u < unitCount; u++) free.add(uAvail.at(u));
  for (let k = 0; k < promoCount; k++) {
    const pi = rank.at(k);
    const first = caPromo.len;
    posPromotion(pi);
    const last = caPromo.len;
    let saving: i64 = 0;
    let forfeit: i64 = 0;
    const hasLeft = pHasBudget.at(pi) != 0;
    let left = pBudget.at(pi);
    for (let a = first; a < last; a++) {
      priceCandidate(a, q, b, pDeal.at(pi));
      let s = prSaving;
      if (hasLeft) {
        if (s > left) s = left;
        left -= s;
      }
      saving += s;
      for (let j = 0; j < q.len; j++) forfeit += uPrice.at(q.at(j)) - uCp.at(q.at(j));
      for (let j = 0; j < b.len; j++) forfeit += uPrice.at(b.at(j)) - uCp.at(b.at(j));
    }
    if (last == first || saving <= forfeit) {
      dropFrom(first);
      continue;
    }
    for (let a = first; a < last; a++) {
      for (let j = 0; j < caQLen.at(a); j++) free.put(caUnits.at(caQStart.at(a) + j), 0);
      for (let j = 0; j < caBLen.at(a); j++) free.put(caUnits.at(caBStart.at(a) + j), 0);
    }
  }
}

function dropFrom(first: i32): void {
  if (caPromo.len == first) return;
  caUnits.len = caQStart.at(first);
  caCopies.len = first; caPromo.len = first; caTier.len = first; caQStart.len = first; caQLen.len = first; caBStart.len = first; caBLen.len = first;
}

@inline function qty(d: i32, t: i32): i32 {
  return tThQty.at(dTierStart.at(d) + t);
}

function posPromotion(pi: i32): void {
  const d = pDeal.at(pi);
  freeSorted(qual, pQualStart.at(pi), pQualLen.at(pi));
  freeSorted(benAll, pBenStart.at(pi), pBenLen.at(pi));
  const target = dTarget.at(d);
  const needsBen = target == Target.CheapestBenefit || target == Target.AllBenefit;
  const rc = dRewardCount.at(d);
  if (pMaxApps.at(pi) < 1 || qual.len == 0 || (needsBen && benAll.len == 0)) return;
  const range = dRange.at(d) != 0;
  if (dCombination.at(d) == Combination.Same) sameProduct(range ? 1 : minQuantity(d));
  if (range) {
    let value: i64 = 0;
    for (let i = 0; i < qual.len; i++) value += uCp.at(qual.at(i));
    const tier = rangeTier(d, qual.len, value);
    if (tier < 0) return;
    openApp(pi, tier);
    for (let i = 0; i < qual.len; i++) pushQual(qual.at(i));
    if (target == Target.CheapestBenefit) for (let i = 0; i < benAll.len && i < rc; i++) pushBen(benAll.at(i));
    else if (needsBen) for (let i = 0; i < benAll.len; i++) pushBen(benAll.at(i));
    return;
  }
  // Exact sets: the largest tier that still fits, repeatedly.
  tiers.len = 0;
  let left = qual.len;
  let benLeft = benAll.len;
  const ts = dTierStart.at(d);
  while (tiers.len < pMaxApps.at(pi) && (!needsBen || benLeft > 0)) {
    let best = -1;
    for (let t = 0; t < dTierCount.at(d); t++) {
      if (tThKind.at(ts + t) == Threshold.SpendsAtLeast || qty(d, t) > left) continue;
      if (best < 0 || qty(d, t) >= qty(d, best)) best = t;
    }
    if (best < 0) break;
    tiers.add(best);
    left -= qty(d, best);
    if (target == Target.CheapestBenefit) benLeft -= rc < benLeft ? rc : benLeft;
    else if (target == Target.AllBenefit) benLeft = 0;
  }
  let rewardedPool = 0;
  if (target == Target.CheapestQualifying) {
    for (let i = 0; i < tiers.len; i++) {
      const n = qty(d, tiers.at(i));
      rewardedPool += rc < n ? rc : n;
    }
  }
  let r = 0;
  let paying = rewardedPool;
  let bi = 0;
  for (let i = 0; i < tiers.len; i++) {
    const n = qty(d, tiers.at(i));
    openApp(pi, tiers.at(i));
    if (target == Target.CheapestQualifying) {
      const c = rc < n ? rc : n;
      for (let j = 0; j < c; j++) pushQual(qual.at(r++));
      for (let j = c; j < n; j++) pushQual(qual.at(paying++));
    } else {
      for (let j = 0; j < n; j++) pushQual(qual.at(paying++));
    }
    if (target == Target.CheapestBenefit) {
      const end = bi + rc < benAll.len ? bi + rc : benAll.len;
      for (; bi < end; bi++) pushBen(benAll.at(bi));
    } else if (target == Target.AllBenefit) {
      for (; bi < benAll.len; bi++) pushBen(benAll.at(bi));
    }
  }
}

/** `same`: keeps the product of the cheapest unit that has at least `need` free units (else nothing). */
function sameProduct(need: i32): void {
  for (let i = 0; i < qual.len; i++) {
    const id = uProd.at(qual.at(i));
    tmp.len = 0;
    for (let j = 0; j < qual.len; j++) if (uProd.at(qual.at(j)) == id) tmp.add(qual.at(j));
    if (tmp.len >= need) {
      qual.len = 0;
      for (let j = 0; j < tmp.len; j++) qual.add(tmp.at(j));
      return;
    }
  }
  qual.len = 0;
}
