// ALL decoding of the encoded input and encoding of the output (layout: src/wire/layout.ts).
import { I32Buf, I64Buf, mergeSortBy } from './buffers';
import {
  bpDeal, bpRank, computeRange, dCombination, dHasMax, dMax, dRange, dRewardCount, dTarget, dTierCount, dTierStart,
  pBenLen, pBenStart, pBudget, pDeal, pHasBudget, pLists, pMaxApps, pPos, pQualLen, pQualStart, rank, setLevel,
  tRwAmt, tRwBp, tRwKind, tThAmt, tThKind, tThQty, uAvail, uCp, uFloor, uLine, uPrice, uProd, uUnit
} from './level';
import {
  BASKET_MAGIC, BUNDLE_MAGIC, LEVEL_HEADER, PROMOTION_HEAD, LEVEL_MAGIC, OUTPUT_HEADER_I32, OUTPUT_HEADER_I64,
  OUTPUT_MAGIC
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
    dCombination.push(inI32.at(a++));
    dTarget.push(inI32.at(a++));
    dRewardCount.push(inI32.at(a++));
    const n = inI32.at(a++);
    dHasMax.push(inI32.at(a++));
    dMax.push(inI64.at(b++));
    dTierStart.push(tThKind.len);
    dTierCount.push(n);
    for (let t = 0; t < n; t++) {
      tThKind.push(inI32.at(a++));
      tThQty.push(inI32.at(a++));
      tRwKind.push(inI32.at(a++));
      tRwBp.push(inI32.at(a++));
      tThAmt.push(inI64.at(b++));
      tRwAmt.push(inI64.at(b++));
    }
    dRange.push(computeRange(dTarget.len - 1));
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
    bpDeal.push(d);
    bpRank.push(inI32.at(a++));
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
  setLevel(u, p, policy, inI64.at(b++));
  uLine.len = 0; uUnit.len = 0; uProd.len = 0; uAvail.len = 0; uPrice.len = 0; uCp.len = 0; uFloor.len = 0;
  for (let i = 0; i < u; i++) {
    uLine.push(inI32.at(a++));
    uUnit.push(inI32.at(a++));
    uProd.push(inI32.at(a++));
    uAvail.push(inI32.at(a++));
    uPrice.push(inI64.at(b++));
    uCp.push(inI64.at(b++));
    uFloor.push(inI64.at(b++));
  }
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
  for (let k = 0; k < p; k++) {
    pQualStart.push(pLists.len);
    for (let i = 0, n = pQualLen.at(k); i < n; i++) pLists.push(inI32.at(a++));
    pBenStart.push(pLists.len);
    for (let i = 0, n = pBenLen.at(k); i < n; i++) pLists.push(inI32.at(a++));
  }
  if (a - levelI32 != i32Len || b - levelI64 != i64Len) return 0;
  levelI32 = a;
  levelI64 = b;
  return 1;
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
    keyOf.push(bpRank.at(inI32.at(heads + PROMOTION_HEAD * k)));
    rank.push(k);
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

/** One application: i32 [promotion, tier, copies, nUsed, nRewarded, used…, rewarded…]; i64 [saving, clipped, savings…]. */
export function writeApp(
  promotion: i32, tier: i32, copies: i32, used: I32Buf, usedStart: i32, nUsed: i32,
  rewarded: I32Buf, savings: I64Buf, rewStart: i32, nRew: i32, saving: i64, clipped: i64,
): void {
  outI32.push(pPos.at(promotion));
  outI32.push(tier);
  outI32.push(copies);
  outI32.push(nUsed);
  outI32.push(nRew);
  for (let i = 0; i < nUsed; i++) outI32.push(used.at(usedStart + i));
  for (let i = 0; i < nRew; i++) outI32.push(rewarded.at(rewStart + i));
  outI64.push(saving);
  outI64.push(clipped);
  for (let i = 0; i < nRew; i++) outI64.push(savings.at(rewStart + i));
  appCount++;
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
