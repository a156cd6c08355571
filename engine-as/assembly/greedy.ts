// Fallbacks when the node budget runs out (solver greedy.ts): the rank-order greedy (promotions in
// rank order repeatedly take their best single application) and the value-order greedy (the best
// single application over all promotions, repeatedly), built from the most expensive free units.
import { I32Buf, I64Buf } from './buffers';
import { caPromo, openApp, pushBen, pushQual } from './assemble';
import { dCombination, dRange, dRewardCount, dTarget, dTierCount, dTierStart, pBenLen, pBenStart, pBudget, pDeal, pHasBudget, pLists, pMaxApps, pQualLen, pQualStart, tThKind, tThQty, uCp, uPrice, uProd } from './level';
import { priceApplication, prSaving } from './pricing';
import { rangeTier, sortCheap } from './rules';
import { Combination, Target, Threshold } from './tags';

const qualAll = new I32Buf(64);
const benAll = new I32Buf(64);
const ben = new I32Buf(64);
const qualP = new I32Buf(64);
const q = new I32Buf(64);
const b = new I32Buf(64);
const bestQ = new I32Buf(64);
const bestB = new I32Buf(64);
const ids = new I32Buf(16);

function expensiveFirst(out: I32Buf, start: i32, n: i32, free: I32Buf): void {
  out.len = 0;
  for (let i = 0; i < n; i++) {
    const u = pLists.at(start + i);
    if (free.at(u) != 0) out.push(u);
  }
  sortCheap(out, 0, out.len);
  for (let i = 0, j = out.len - 1; i < j; i++, j--) {
    const x = out.at(i);
    out.put(i, out.at(j));
    out.put(j, x);
  }
}

/** Greedy applications for promos[s..s+n) (rank order), consuming `free`; appended as concrete apps. */
export function greedyApps(promos: I32Buf, s: i32, n: i32, free: I32Buf): void {
  for (let k = 0; k < n; k++) {
    const pi = promos.at(s + k);
    const d = pDeal.at(pi);
    const maxApps = pMaxApps.at(pi);
    const limit = dRange.at(d) != 0 ? (maxApps < 1 ? maxApps : 1) : maxApps;
    let spent: i64 = 0;
    for (let a = 0; a < limit; a++) {
      if (!bestSingle(pi, free, spent)) break;
      takeBest(pi, free);
      spent += bestSaving;
    }
  }
}

const vgSpent = new I64Buf(64);
const vgMade = new I32Buf(64);
const vgGain = new I64Buf(64);
const vgStale = new I32Buf(64);
const vgTaken = new I32Buf(256);

/**
 * Value-ordered greedy for promos[s..s+n) (rank order), consuming `free` (solver valueGreedyApps):
 * repeatedly the application of largest gain over every promotion (ties: rank order); only the
 * promotions whose units the last application took, and its own, are re-priced.
 */
export function valueGreedyApps(promos: I32Buf, s: i32, n: i32, free: I32Buf): void {
  vgSpent.len = 0; vgSpent.alloc(n);
  vgMade.len = 0; vgMade.alloc(n);
  vgGain.len = 0; vgGain.alloc(n);
  vgStale.len = 0; vgStale.alloc(n);
  for (let k = 0; k < n; k++) vgStale.put(k, 1);
  vgTaken.len = 0; vgTaken.alloc(free.len);
  while (true) {
    let pick = -1;
    for (let k = 0; k < n; k++) {
      const pi = promos.at(s + k);
      const maxApps = pMaxApps.at(pi);
      const limit = dRange.at(pDeal.at(pi)) != 0 ? (maxApps < 1 ? maxApps : 1) : maxApps;
      if (vgMade.at(k) >= limit) continue;
      if (vgStale.at(k) != 0) {
        vgGain.put(k, bestSingle(pi, free, vgSpent.at(k)) ? bestGain : 0);
        vgStale.put(k, 0);
      }
      if (vgGain.at(k) > 0 && (pick < 0 || vgGain.at(k) > vgGain.at(pick))) pick = k;
    }
    if (pick < 0) return;
    const pi = promos.at(s + pick);
    bestSingle(pi, free, vgSpent.at(pick));
    for (let i = 0; i < bestQ.len; i++) vgTaken.put(bestQ.at(i), 1);
    for (let i = 0; i < bestB.len; i++) vgTaken.put(bestB.at(i), 1);
    takeBest(pi, free);
    vgSpent.put(pick, vgSpent.at(pick) + bestSaving);
    vgMade.put(pick, vgMade.at(pick) + 1);
    vgStale.put(pick, 1);
    for (let k = 0; k < n; k++) {
      if (vgStale.at(k) != 0) continue;
      const p = promos.at(s + k);
      for (let i = 0; vgStale.at(k) == 0 && i < pQualLen.at(p); i++) if (vgTaken.at(pLists.at(pQualStart.at(p) + i)) != 0) vgStale.put(k, 1);
      for (let i = 0; vgStale.at(k) == 0 && i < pBenLen.at(p); i++) if (vgTaken.at(pLists.at(pBenStart.at(p) + i)) != 0) vgStale.put(k, 1);
    }
    for (let i = 0; i < bestQ.len; i++) vgTaken.put(bestQ.at(i), 0);
    for (let i = 0; i < bestB.len; i++) vgTaken.put(bestB.at(i), 0);
  }
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
function bestSingle(pi: i32, free: I32Buf, spent: i64): bool {
  const d = pDeal.at(pi);
  const range = dRange.at(d) != 0;
  const target = dTarget.at(d);
  const needsBen = target == Target.CheapestBenefit || target == Target.AllBenefit;
  const hasBudget = pHasBudget.at(pi) != 0;
  let found = false;
  bestTier = -1;
  bestGain = 0;
  bestSaving = 0;
  expensiveFirst(qualAll, pQualStart.at(pi), pQualLen.at(pi), free);
  expensiveFirst(benAll, pBenStart.at(pi), pBenLen.at(pi), free);
  ben.len = 0;
  if (target == Target.CheapestBenefit) {
    const rc = dRewardCount.at(d);
    // The cheapest free benefit units (SPEC §4.1); benAll runs most expensive first.
    for (let i = benAll.len > rc ? benAll.len - rc : 0; i < benAll.len; i++) ben.push(benAll.at(i));
  } else if (needsBen) for (let i = 0; i < benAll.len; i++) ben.push(benAll.at(i));
  if (needsBen && ben.len == 0) return false;
  // Products: one list of every unit or, for `same`, one per product in product order.
  const same = dCombination.at(d) == Combination.Same;
  ids.len = 0;
  if (same) {
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
  const products = same ? ids.len : 1;
  for (let pr = 0; pr < products; pr++) {
    qualP.len = 0;
    for (let i = 0; i < qualAll.len; i++) if (!same || uProd.at(qualAll.at(i)) == ids.at(pr)) qualP.push(qualAll.at(i));
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
      b.len = 0;
      for (let i = 0; i < ben.len; i++) b.push(ben.at(i));
      sortCheap(q, 0, q.len);
      sortCheap(b, 0, b.len);
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
