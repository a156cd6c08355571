// SPEC §1 rounding in i64 minor units: R1 (percent of a price, half away from zero) and R2
// (proportional split, largest remainders). Mirrors src/domain/money.ts.
import { I32Buf, I64Buf, mergeSortBy } from './buffers';

/** Integer division rounding half away from zero (d ≠ 0). */
export function divRound(n: i64, d: i64): i64 {
  const negative = (n < 0) != (d < 0);
  const a = n < 0 ? -n : n;
  const b = d < 0 ? -d : d;
  const q = (a * 2 + b) / (b * 2);
  return negative ? -q : q;
}

/** R1: round(price × bp / 10000). */
export function percentOfPrice(price: i64, bp: i32): i64 {
  return divRound(price * <i64>bp, 10000);
}

// (a × b) / d and (a × b) % d for 0 ≤ a, b and 0 < d < 2^63, exact even when a × b needs 128 bits.
let mdQuot: i64 = 0;
let mdRem: i64 = 0;

function mulDivRem(a: i64, b: i64, d: i64): void {
  if (a == 0 || b <= i64.MAX_VALUE / a) {
    const p = a * b;
    mdQuot = p / d;
    mdRem = p % d;
    return;
  }
  // 64 × 64 → 128 bits from 32-bit halves, then restoring long division.
  const x = <u64>a;
  const y = <u64>b;
  const x0 = x & 0xffffffff, x1 = x >> 32, y0 = y & 0xffffffff, y1 = y >> 32;
  const p00 = x0 * y0, p01 = x0 * y1, p10 = x1 * y0, p11 = x1 * y1;
  const mid = (p00 >> 32) + (p01 & 0xffffffff) + (p10 & 0xffffffff);
  const lo = (p00 & 0xffffffff) | (mid << 32);
  const hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
  const dd = <u64>d;
  let rem: u64 = 0;
  let q: u64 = 0;
  for (let i = 127; i >= 0; i--) {
    const bit = i >= 64 ? (hi >> <u64>(i - 64)) & 1 : (lo >> <u64>i) & 1;
    rem = (rem << 1) | bit;
    q <<= 1;
    if (rem >= dd) {
      rem -= dd;
      q |= 1;
    }
  }
  mdQuot = <i64>q;
  mdRem = <i64>rem;
}

// Scratch of splitInto.
const shares = new I64Buf(64);
const remainders = new I64Buf(64);
const order = new I32Buf(64);
// The split being sorted, for the comparator handed to mergeSortBy (it cannot capture locals).
let spW = remainders;
let spWs: i32 = 0;
let spLines = order;
let spUnits = order;
let spIds = order;
let spIs: i32 = 0;

/**
 * R2: splits `amount` over n targets with weights `w[ws..ws+n)` into `out[os..os+n)`; ties of
 * remainders go to the heavier target, then the earlier line, then the earlier unit.
 * `lines`/`units` give each target's line and unit.
 */
export function splitInto(amount: i64, n: i32, w: I64Buf, ws: i32, lines: I32Buf, units: I32Buf, ids: I32Buf, is: i32, out: I64Buf, os: i32): void {
  if (n == 0) return;
  if (amount < 0) {
    splitInto(-amount, n, w, ws, lines, units, ids, is, out, os);
    for (let i = 0; i < n; i++) out.put(os + i, -out.at(os + i));
    return;
  }
  let total: i64 = 0;
  for (let i = 0; i < n; i++) total += w.at(ws + i);
  const even = total == 0;
  const sum: i64 = even ? <i64>n : total;
  shares.ensure(n);
  remainders.ensure(n);
  order.ensure(n);
  let leftover = amount;
  for (let i = 0; i < n; i++) {
    mulDivRem(amount, even ? 1 : w.at(ws + i), sum);
    shares.put(i, mdQuot);
    remainders.put(i, mdRem);
    leftover -= mdQuot;
  }
  // Target positions by remainder desc, weight desc, line asc, unit asc: a total order, so any
  // sort gives the reference's. Insertion sort for a few targets, merge sort past 32 (an amount
  // split over the units of a 5,000-unit line was quadratic).
  for (let i = 0; i < n; i++) order.put(i, i);
  if (n <= 32) {
    for (let i = 1; i < n; i++) {
      const x = order.at(i);
      let j = i - 1;
      while (j >= 0 && splitBefore(x, order.at(j), w, ws, lines, units, ids, is)) {
        order.put(j + 1, order.at(j));
        j--;
      }
      order.put(j + 1, x);
    }
  } else {
    spW = w; spWs = ws; spLines = lines; spUnits = units; spIds = ids; spIs = is;
    mergeSortBy(order, 0, n, (a: i32, b: i32): bool => splitBefore(a, b, spW, spWs, spLines, spUnits, spIds, spIs));
  }
  for (let k = 0; leftover > 0; k = (k + 1) % n) {
    const t = order.at(k);
    shares.put(t, shares.at(t) + 1);
    leftover--;
  }
  for (let i = 0; i < n; i++) out.put(os + i, shares.at(i));
}

/** True when target a goes strictly before target b in the remainder order. */
function splitBefore(a: i32, b: i32, w: I64Buf, ws: i32, lines: I32Buf, units: I32Buf, ids: I32Buf, is: i32): bool {
  const ra = remainders.at(a), rb = remainders.at(b);
  if (ra != rb) return ra > rb;
  const wa = w.at(ws + a), wb = w.at(ws + b);
  if (wa != wb) return wa > wb;
  const ua = ids.at(is + a), ub = ids.at(is + b);
  const la = lines.at(ua), lb = lines.at(ub);
  if (la != lb) return la < lb;
  return units.at(ua) < units.at(ub);
}
