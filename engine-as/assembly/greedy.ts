// Fallback when the node budget runs out (solver greedy.ts): promotions in rank order repeatedly
// take their best single application built from the most expensive remaining units.
import { I32Buf } from './buffers';
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
    const range = dRange.at(d) != 0;
    const maxApps = pMaxApps.at(pi);
    const limit = range ? (maxApps < 1 ? maxApps : 1) : maxApps;
    const target = dTarget.at(d);
    const needsBen = target == Target.CheapestBenefit || target == Target.AllBenefit;
    const hasBudget = pHasBudget.at(pi) != 0;
    let spent: i64 = 0;
    for (let a = 0; a < limit; a++) {
      let found = false;
      let bestTier = -1;
      let bestGain: i64 = 0;
      let bestSaving: i64 = 0;
      expensiveFirst(qualAll, pQualStart.at(pi), pQualLen.at(pi), free);
      expensiveFirst(benAll, pBenStart.at(pi), pBenLen.at(pi), free);
      ben.len = 0;
      if (target == Target.CheapestBenefit) {
        const rc = dRewardCount.at(d);
        // The cheapest free benefit units (SPEC §4.1); benAll runs most expensive first.
        for (let i = benAll.len > rc ? benAll.len - rc : 0; i < benAll.len; i++) ben.push(benAll.at(i));
      } else if (needsBen) for (let i = 0; i < benAll.len; i++) ben.push(benAll.at(i));
      if (needsBen && ben.len == 0) break;
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
      if (!found) break;
      openApp(pi, bestTier);
      for (let i = 0; i < bestQ.len; i++) {
        pushQual(bestQ.at(i));
        free.put(bestQ.at(i), 0);
      }
      for (let i = 0; i < bestB.len; i++) {
        pushBen(bestB.at(i));
        free.put(bestB.at(i), 0);
      }
      spent += bestSaving;
    }
  }
  void caPromo;
}
