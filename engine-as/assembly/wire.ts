// ALL decoding of the encoded input and encoding of the output (layout: src/wire/layout.ts).
import { I32Buf, I64Buf, mergeSortBy } from './buffers';
import {
  bpDeal, bpRank, computeRange, dCombination, dHasMax, dMax, dRange, dRewardCount, dTarget, dTierCount, dTierStart,
  pBenLen, pBenStart, pBudget, pDeal, pHasBudget, pLists, pMaxApps, pPos, pQualLen, pQualStart, rank, setLevel,
  tRwAmt, tRwBp, tRwKind, tThAmt, tThKind, tThQty, uAvail, uCp, uFloor, uLine, uPrice, uProd, uUnit,
  rStart, pRuns, prQualStart, prQualLen, prBenStart, prBenLen
} from './level';
import {
  BASKET_MAGIC, BUNDLE_MAGIC, LEVEL_HEADER, PROMOTION_HEAD, LEVEL_MAGIC, OUTPUT_HEADER_I32, OUTPUT_HEADER_I64,
  OUTPUT_MAGIC, RUN_SLOTS
} from './tags';

/** Input sections written by the host. */
export const inI32 = new I32Buf(4096);
export const inI64 = new I64Buf(2048);
/** Output sections read by the host. */
export const outI32 = new I32Buf(4096);
export const outI64 = new I64Buf(2048);

/** Where the deal decoder stopped (the bundle table continues after the deals). */
let dealsEndI32: i32 = 0;

/** Appends the deals encoded at (a, b) of the input sections to the deal table; returns the table size. */
export function decodeDeals(a: i32 = 0, b: i32 = 0): i32 {
  const count = inI32.at(a++);
  for (let d = 0; d < count; d++) {
    dCombination.add(inI32.at(a++));
    dTarget.add(inI32.at(a++));
    dRewardCount.add(inI32.at(a++));
    const n = inI32.at(a++);
    dHasMax.add(inI32.at(a++));
    dMax.add(inI64.at(b++));
    dTierStart.add(tThKind.len);
    dTierCount.add(n);
    for (let t = 0; t < n; t++) {
      tThKind.add(inI32.at(a++));
      tThQty.add(inI32.at(a++));
      tRwKind.add(inI32.at(a++));
      tRwBp.add(inI32.at(a++));
      tThAmt.add(inI64.at(b++));
      tRwAmt.add(inI64.at(b++));
    }
    dRange.add(computeRange(dTarget.len - 1));
  }
  dealsEndI32 = a;
  return dTarget.len;
}

/**
 * Replaces the deal table with a bundle table: its deals, then per promotion [deal, rank].
 * Returns the bundle's promotion count, or -1 when the table is malformed (then nothing stays loaded).
 */
export function decodeBundle(): i32 {
  clearDeals();
  if (inI32.len < 3 || inI32.at(0) != BUNDLE_MAGIC) return -1;
  const n = inI32.at(1);
  const deals = decodeDeals(2, 0);
  if (n < 0 || dealsEndI32 + 2 * n != inI32.len) { clearDeals(); return -1; }
  let a = dealsEndI32;
  for (let k = 0; k < n; k++) {
    const d = inI32.at(a++);
    if (d < 0 || d >= deals) { clearDeals(); return -1; }
    bpDeal.add(d);
    bpRank.add(inI32.at(a++));
  }
  return n;
}

/** Forgets every deal (a new bundle). */
export function clearDeals(): void {
  dCombination.len = 0; dTarget.len = 0; dRewardCount.len = 0; dTierStart.len = 0; dTierCount.len = 0;
  dHasMax.len = 0; dMax.len = 0; dRange.len = 0;
  tThKind.len = 0; tThQty.len = 0; tThAmt.len = 0; tRwKind.len = 0; tRwBp.len = 0; tRwAmt.len = 0;
  bpDeal.len = 0; bpRank.len = 0;
}

/** Position of the next level in the input sections (batch walking). */
export let levelI32: i32 = 0;
export let levelI64: i32 = 0;

/**
 * Decodes the level at (levelI32, levelI64) into level.ts and advances past it. 0 when malformed.
 * LEVEL_MAGIC: promotions name deals and the rank order crosses; BASKET_MAGIC: promotions name
 * bundle promotions, whose deal and rank come from the loaded bundle table.
 */
export function decodeLevel(): i32 {
  let a = levelI32;
  let b = levelI64;
  const magic = inI32.at(a);
  if (magic != LEVEL_MAGIC && magic != BASKET_MAGIC) return 0;
  const basket = magic == BASKET_MAGIC;
  const policy = inI32.at(a + 1);
  const u = inI32.at(a + 2);
  const p = inI32.at(a + 3);
  const i32Len = inI32.at(a + 4);
  const i64Len = inI32.at(a + 5);
  a += LEVEL_HEADER;
  const budget = inI64.at(b++);
  // Runs of alike units (the host's line pieces; the per-unit contract sends runs of one unit)
  // expand into their units here, numbered in run order: the unit count first, so each unit
  // array is sized once and filled in place.
  let units = 0;
  for (let r = 0; r < u; r++) {
    const count = inI32.at(a + RUN_SLOTS * r + 3);
    if (count < 1 || count > MAX_UNITS - units) return 0;
    units += count;
  }
  sizeUnits(units);
  rStart.len = 0;
  let at = 0;
  for (let r = 0; r < u; r++) {
    const line = inI32.at(a++);
    const first = inI32.at(a++);
    const prod = inI32.at(a++);
    const count = inI32.at(a++);
    const avail = inI32.at(a++);
    const price = inI64.at(b++);
    const cp = inI64.at(b++);
    const floor = inI64.at(b++);
    rStart.push(at);
    for (let k = 0; k < count; k++, at++) {
      uLine.put(at, line);
      uUnit.put(at, first + k);
      uProd.put(at, prod);
      uAvail.put(at, avail);
      uPrice.put(at, price);
      uCp.put(at, cp);
      uFloor.put(at, floor);
    }
  }
  rStart.push(uLine.len);
  setLevel(uLine.len, p, policy, budget);
  pDeal.len = 0; pPos.len = 0; pMaxApps.len = 0; pHasBudget.len = 0; pBudget.len = 0;
  pQualStart.len = 0; pQualLen.len = 0; pBenStart.len = 0; pBenLen.len = 0; rank.len = 0; pLists.len = 0;
  for (let k = 0; k < p; k++) {
    const ref = inI32.at(a++);
    if (basket) {
      if (ref < 0 || ref >= bpDeal.len) return 0;
      pDeal.push(bpDeal.at(ref));
    } else pDeal.push(ref);
    pPos.push(inI32.at(a++));
    pMaxApps.push(inI32.at(a++));
    pHasBudget.push(inI32.at(a++));
    pQualLen.push(inI32.at(a++));
    pBenLen.push(inI32.at(a++));
    pBudget.push(inI64.at(b++));
  }
  if (basket) basketRank(a - PROMOTION_HEAD * p);
  else for (let k = 0; k < p; k++) rank.push(inI32.at(a++));
  pRuns.len = 0;
  prQualStart.len = 0; prQualLen.len = 0; prBenStart.len = 0; prBenLen.len = 0;
  for (let k = 0; k < p; k++) {
    prQualStart.push(pRuns.len);
    prQualLen.push(pQualLen.at(k));
    pQualStart.push(pLists.len);
    if (!listUnits(a, pQualLen.at(k), u)) return 0;
    a += pQualLen.at(k);
    pQualLen.put(k, pLists.len - pQualStart.at(k));
    prBenStart.push(pRuns.len);
    prBenLen.push(pBenLen.at(k));
    pBenStart.push(pLists.len);
    if (!listUnits(a, pBenLen.at(k), u)) return 0;
    a += pBenLen.at(k);
    pBenLen.put(k, pLists.len - pBenStart.at(k));
  }
  if (a - levelI32 != i32Len || b - levelI64 != i64Len) return 0;
  levelI32 = a;
  levelI64 = b;
  return 1;
}

/** Most units one level expands to (its runs' counts; i32 indices and i64 money per unit). */
const MAX_UNITS: i32 = 1 << 26;

/** Sizes every unit array of the level to n units (contents are then written in place). */
function sizeUnits(n: i32): void {
  uLine.ensure(n); uUnit.ensure(n); uProd.ensure(n); uAvail.ensure(n); uPrice.ensure(n); uCp.ensure(n); uFloor.ensure(n);
  uLine.len = n; uUnit.len = n; uProd.len = n; uAvail.len = n; uPrice.len = n; uCp.len = n; uFloor.len = n;
}

/**
 * Appends the `n` runs listed at `a` to pRuns and their units to pLists; false when a run index
 * is out of range.
 */
function listUnits(a: i32, n: i32, runs: i32): bool {
  for (let i = 0; i < n; i++) {
    const r = inI32.at(a + i);
    if (r < 0 || r >= runs) return false;
    pRuns.push(r);
    const from = rStart.at(r);
    const count = rStart.at(r + 1) - from;
    const at = pLists.len;
    pLists.ensure(at + count);
    pLists.len = at + count;
    for (let k = 0; k < count; k++) pLists.put(at + k, from + k);
  }
  return true;
}

const keyOf = new I32Buf(64);

/**
 * The rank order of a basket level: by the bundle rank of each promotion, ties in the order sent
 * (the caller's order), as the reference's rankOrder (priority, id, position). A stable merge
 * sort: a basket may send thousands of promotions (an insertion sort was quadratic in them).
 */
function basketRank(heads: i32): void {
  const p = pDeal.len;
  keyOf.len = 0;
  const from = rank.len;
  for (let k = 0; k < p; k++) {
    keyOf.add(bpRank.at(inI32.at(heads + PROMOTION_HEAD * k)));
    rank.add(k);
  }
  mergeSortBy(rank, from, p, rankBefore);
}

function rankBefore(a: i32, b: i32): bool {
  return keyOf.at(a) < keyOf.at(b);
}

export function rewindInput(): void {
  levelI32 = 0;
  levelI64 = 0;
  outI32.len = 0;
  outI64.len = 0;
}

// ---- Output -----------------------------------------------------------------------------------
let headerI32: i32 = 0;
let headerI64: i32 = 0;
let appCount: i32 = 0;

export function beginOutput(): void {
  headerI32 = outI32.alloc(OUTPUT_HEADER_I32);
  headerI64 = outI64.alloc(OUTPUT_HEADER_I64);
  outI32.put(headerI32, OUTPUT_MAGIC);
  appCount = 0;
}

/**
 * One application: i32 [promotion, tier, copies, nParts] + per part [nUsed, nRewarded, (first,
 * count) per used range, (first, count) per rewarded range]; i64 [saving, clipped] + the saving of
 * each unit per rewarded range. Lists ascend; rewarded ranges split where the saving changes. One
 * application is one part. A record of m > 1 copies has a part per line: the line's used units,
 * and copy 0's rewarded ones (those among the line's first used / m): copy k holds the k-th block
 * of the line's used units and rewards the same places in it. So a counted kind on a long line
 * crosses as a few ranges, not one range per rewarded unit.
 */
export function writeApp(
  promotion: i32, tier: i32, copies: i32, used: I32Buf, usedStart: i32, nUsed: i32,
  rewarded: I32Buf, savings: I64Buf, rewStart: i32, nRew: i32, saving: i64, clipped: i64,
): void {
  outI32.add(pPos.at(promotion));
  outI32.add(tier);
  outI32.add(copies);
  const parts = outI32.len;
  outI32.add(0);
  outI64.add(saving);
  outI64.add(clipped);
  let n = 0;
  let r = 0;
  for (let i = 0; i < nUsed; ) {
    // A part: every used unit (one application), or one line's (copies).
    let j = i + 1;
    if (copies == 1) j = nUsed;
    else while (j < nUsed && uLine.at(used.at(usedStart + j)) == uLine.at(used.at(usedStart + i))) j++;
    const lastOfCopy0 = used.at(usedStart + i + (j - i) / copies - 1);
    const lastOfPart = used.at(usedStart + j - 1);
    const counts = outI32.len;
    outI32.add(0);
    outI32.add(0);
    outI32.put(counts, writeRanges(used, usedStart + i, j - i, null, 0));
    const from = r;
    while (r < nRew && rewarded.at(rewStart + r) <= lastOfPart) r++;
    // Copy 0's rewarded units only: the other copies' are implied.
    let take = from;
    while (take < r && rewarded.at(rewStart + take) <= lastOfCopy0) take++;
    outI32.put(counts + 1, writeRanges(rewarded, rewStart + from, take - from, savings, rewStart + from));
    n++;
    i = j;
  }
  outI32.put(parts, n);
  appCount++;
}

/**
 * Appends list[start, start + n) (ascending) as (first, count) ranges — with `savings`, split
 * where the saving changes too, each range's saving to the i64 section — and returns how many.
 */
function writeRanges(list: I32Buf, start: i32, n: i32, savings: I64Buf | null, savStart: i32): i32 {
  let k = 0;
  for (let i = 0; i < n; ) {
    const first = list.at(start + i);
    let j = i + 1;
    if (savings === null) while (j < n && list.at(start + j) == first + (j - i)) j++;
    else {
      const each = savings.at(savStart + i);
      while (j < n && list.at(start + j) == first + (j - i) && savings.at(savStart + j) == each) j++;
      outI64.add(each);
    }
    outI32.add(first);
    outI32.add(j - i);
    k++;
    i = j;
  }
  return k;
}

export function endOutput(total: i64, optimal: bool, bound: i64, nodes: i64): void {
  outI32.put(headerI32 + 1, appCount);
  outI32.put(headerI32 + 2, optimal ? 1 : 0);
  outI32.put(headerI32 + 3, optimal ? 0 : 1);
  outI32.put(headerI32 + 4, outI32.len - headerI32);
  outI32.put(headerI32 + 5, outI64.len - headerI64);
  outI64.put(headerI64, total);
  outI64.put(headerI64 + 1, bound);
  outI64.put(headerI64 + 2, nodes);
}
