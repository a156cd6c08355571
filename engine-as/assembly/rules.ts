// Per-deal rules shared by the search, the greedy and the POS policy (solver rules.ts).
import { I32Buf, mergeSortBy } from './buffers';
import { dRange, dTierCount, dTierStart, pDeal, pMaxApps, tThAmt, tThKind, tThQty, uCp, uFloor, uLine, uPrice, uProd, uUnit } from './level';
import { Threshold } from './tags';

/** Most applications promotion p may make: its maxApplications, at most one in range mode (solver applicationLimit). */
@inline export function applicationLimit(p: i32): i32 {
  const m = pMaxApps.at(p);
  return dRange.at(pDeal.at(p)) != 0 && m > 1 ? 1 : m;
}

/** The reached tier with the highest threshold (between kinds: the later tier); -1 when none. */
export function rangeTier(deal: i32, count: i32, value: i64): i32 {
  const s = dTierStart.at(deal);
  const n = dTierCount.at(deal);
  let best = -1;
  for (let i = 0; i < n; i++) {
    const k = tThKind.at(s + i);
    const reached = k == Threshold.SpendsAtLeast ? value >= tThAmt.at(s + i) : count >= tThQty.at(s + i);
    if (!reached) continue;
    if (best < 0) {
      best = i;
      continue;
    }
    const bk = tThKind.at(s + best);
    if (bk == Threshold.SpendsAtLeast && k == Threshold.SpendsAtLeast) {
      if (tThAmt.at(s + i) >= tThAmt.at(s + best)) best = i;
    } else if (bk != Threshold.SpendsAtLeast && k != Threshold.SpendsAtLeast) {
      if (tThQty.at(s + i) >= tThQty.at(s + best)) best = i;
    } else {
      best = i;
    }
  }
  return best;
}

/** Cheapness order: price, floor, customer price, product, line, unit. */
export function cheaper(a: i32, b: i32): i32 {
  const pa = uPrice.at(a), pb = uPrice.at(b);
  if (pa != pb) return pa < pb ? -1 : 1;
  const fa = uFloor.at(a), fb = uFloor.at(b);
  if (fa != fb) return fa < fb ? -1 : 1;
  const ca = uCp.at(a), cb = uCp.at(b);
  if (ca != cb) return ca < cb ? -1 : 1;
  const ra = uProd.at(a), rb = uProd.at(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  const la = uLine.at(a), lb = uLine.at(b);
  if (la != lb) return la - lb;
  return uUnit.at(a) - uUnit.at(b);
}

/**
 * Sorts list[start..start+n) by `cheaper`. The order is total, so any algorithm gives the
 * reference's list: insertion sort for short lists, a bottom-up merge sort for long ones (a line
 * of 100,000 units would make insertion sort quadratic).
 */
export function sortCheap(list: I32Buf, start: i32, n: i32): void {
  if (n > 32) {
    // A long list is most often one group's units, already in order: a direct pass sees it
    // without the merge sort's run scan, which calls its comparator through a pointer.
    let i = start + 1;
    while (i < start + n && cheaper(list.at(i - 1), list.at(i)) < 0) i++;
    if (i < start + n) mergeSortCheap(list, start, n);
    return;
  }
  for (let i = start + 1; i < start + n; i++) {
    const x = list.at(i);
    let j = i - 1;
    while (j >= start && cheaper(list.at(j), x) > 0) {
      list.put(j + 1, list.at(j));
      j--;
    }
    list.put(j + 1, x);
  }
}

function mergeSortCheap(list: I32Buf, start: i32, n: i32): void {
  mergeSortBy(list, start, n, (a: i32, b: i32): bool => cheaper(a, b) < 0);
}

/** Smallest quantity of a `buys`/`buysAtLeast` tier; 0 when none. */
export function minQuantity(deal: i32): i32 {
  const s = dTierStart.at(deal);
  let m = 0;
  for (let t = 0; t < dTierCount.at(deal); t++) {
    if (tThKind.at(s + t) != Threshold.SpendsAtLeast && (m == 0 || tThQty.at(s + t) < m)) m = tThQty.at(s + t);
  }
  return m;
}
