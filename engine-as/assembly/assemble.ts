// Concrete applications (units chosen), their exact pricing with budget caps in application order,
// the objective and the output order (solver assemble.ts, solve.ts concretize).
import { I32Buf, I64Buf, mergeSortBy, sortAscending } from './buffers';
import { promoCount, unitCount, pBudget, pDeal, pHasBudget, uAvail, uCp, uLine, uPrice } from './level';
import { capSavings, priceApplication, prClipped, prN, prRew, prSav, prSaving } from './pricing';
import { sortCheap } from './rules';
import { compPromoCount, compGroupCount, groupSize, localRole, memberAt, promoAt, partLen, partStart, partList } from './component-state';
import { forkList, kindUsedCount, kindUsedGroup, kindUsedLen, kindUsedStart, planApp, planAppTimes, planAppsLen, planNext, planNodeFork, typeTier } from './order';

// ---- Concrete applications (unpriced) ----------------------------------------------------------
export const caPromo = new I32Buf(64);
export const caTier = new I32Buf(64);
export const caQStart = new I32Buf(64);
export const caQLen = new I32Buf(64);
export const caBStart = new I32Buf(64);
export const caBLen = new I32Buf(64);
export const caUnits = new I32Buf(256);
/**
 * Identical applications each one stands for (solver copies.ts): its qualifying and benefit units
 * then list copy 0's, copy 1's, … each copy's in the same group order.
 */
export const caCopies = new I32Buf(64);

export function resetConcrete(): void {
  caPromo.len = 0; caTier.len = 0; caQStart.len = 0; caQLen.len = 0; caBStart.len = 0; caBLen.len = 0; caUnits.len = 0;
  caCopies.len = 0;
}

/** Starts a concrete application; push its qualifying units, then call `toBenefit`, then its benefit units. */
export function openApp(promotion: i32, tier: i32): void {
  caPromo.add(promotion);
  caTier.add(tier);
  caCopies.add(1);
  caQStart.add(caUnits.len);
  caQLen.add(0);
  caBStart.add(caUnits.len);
  caBLen.add(0);
}
export function pushQual(u: i32): void {
  const a = caPromo.len - 1;
  caUnits.push(u);
  caQLen.put(a, caQLen.at(a) + 1);
  caBStart.put(a, caUnits.len);
}
export function pushBen(u: i32): void {
  const a = caPromo.len - 1;
  caUnits.add(u);
  caBLen.put(a, caBLen.at(a) + 1);
}

const nextFree = new I32Buf(64);
/** Per local promotion: its node of the plan being concretized, or -1. */
const nodeOf = new I32Buf(64);
const walk = new I32Buf(64);

/** Fills nodeOf from a plan, which follows the parts (solver planNodes). */
function planOfPromotion(plan: i32): void {
  nodeOf.len = 0;
  nodeOf.alloc(compPromoCount);
  for (let k = 0; k < compPromoCount; k++) nodeOf.put(k, -1);
  walk.len = 0;
  walk.add(0);
  walk.add(plan);
  while (walk.len > 0) {
    const node = walk.at(walk.len - 1);
    const k = walk.at(walk.len - 2);
    walk.len -= 2;
    if (node < 0) continue;
    nodeOf.put(k, node);
    const n = partLen.at(k);
    const ps = partStart.at(k);
    // No rest: nothing after k in its part makes an application (search nothing).
    const rest = planNext(node);
    if (rest < 0) continue;
    if (n == 1) {
      walk.add(partList.at(ps));
      walk.add(rest);
    } else if (n > 1) {
      const at = planNodeFork.at(rest);
      for (let i = 0; at >= 0 && i < n; i++) {
        walk.add(partList.at(ps + i));
        walk.add(forkList.at(at + i));
      }
    }
  }
}
const qTmp = new I32Buf(64);
const bTmp = new I32Buf(64);

/**
 * Canonical units of a plan: promotions in rank order, applications in plan order, group members in
 * order. A kind taken several times in a row is one application per stretch of copies that stay in
 * the same lines (`copiesInOneLine`), for promotions without a budget (solver solve.ts concretize).
 */
export function concretize(plan: i32): void {
  nextFree.len = 0;
  nextFree.alloc(compGroupCount);
  planOfPromotion(plan);
  for (let k = 0; k < compPromoCount; k++) {
    const node = nodeOf.at(k);
    if (node < 0) continue;
    const countable = pHasBudget.at(promoAt(k)) == 0;
    const n = planAppsLen(node);
    for (let a = 0; a < n;) {
      const t = planApp(node, a);
      let same = planAppTimes(node, a);
      a++;
      if (countable) while (a < n && sameKind(planApp(node, a), t)) same += planAppTimes(node, a++);
      // The kind's used groups, ascending (the order every group was walked in before).
      const us = kindUsedStart.at(t);
      const nu = kindUsedLen.at(t);
      while (same > 0) {
        const copies = countable ? copiesInOneLine(t, same) : 1;
        same -= copies;
        qTmp.len = 0;
        bTmp.len = 0;
        for (let c = 0; c < copies; c++) {
          for (let x = 0; x < nu; x++) {
            const g = kindUsedGroup.at(us + x);
            const isQual = localRole.at(k * compGroupCount + g) == 1;
            const cnt = kindUsedCount.at(us + x);
            const from = nextFree.at(g);
            for (let j = 0; j < cnt; j++) {
              const u = memberAt(g, from + j);
              if (isQual) qTmp.add(u);
              else bTmp.add(u);
            }
            nextFree.put(g, from + cnt);
          }
        }
        openApp(promoAt(k), typeTier(t));
        caCopies.put(caCopies.len - 1, copies);
        for (let i = 0; i < qTmp.len; i++) pushQual(qTmp.at(i));
        for (let i = 0; i < bTmp.len; i++) pushBen(bTmp.at(i));
      }
    }
  }
}

/** Same tier, same units from the same groups. */
function sameKind(x: i32, y: i32): bool {
  if (x == y) return true;
  if (typeTier(x) != typeTier(y)) return false;
  const n = kindUsedLen.at(x);
  if (kindUsedLen.at(y) != n) return false;
  const xs = kindUsedStart.at(x);
  const ys = kindUsedStart.at(y);
  for (let i = 0; i < n; i++) {
    if (kindUsedGroup.at(xs + i) != kindUsedGroup.at(ys + i) || kindUsedCount.at(xs + i) != kindUsedCount.at(ys + i)) return false;
  }
  return true;
}

/**
 * How many of `left` copies of kind t, from each group's next free member, make one application
 * record: as many as keep every group's slice of every copy in the line its first copy starts in;
 * 1 when that slice already crosses lines (solver copies.ts).
 */
function copiesInOneLine(t: i32, left: i32): i32 {
  let n = left;
  const us = kindUsedStart.at(t);
  for (let x = 0; x < kindUsedLen.at(t) && n > 1; x++) {
    const g = kindUsedGroup.at(us + x);
    const c = kindUsedCount.at(us + x);
    const at = nextFree.at(g);
    const line = uLine.at(memberAt(g, at));
    if (uLine.at(memberAt(g, at + c - 1)) != line) return 1;
    let lo = at + c;
    let hi = groupSize(g);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (uLine.at(memberAt(g, mid)) == line) lo = mid + 1;
      else hi = mid;
    }
    const fit = (lo - at) / c;
    if (fit < n) n = fit;
  }
  return n;
}

// ---- Priced applications ---------------------------------------------------------------------------
export const rPromo = new I32Buf(64);
export const rTier = new I32Buf(64);
export const rUsedStart = new I32Buf(64);
export const rUsedLen = new I32Buf(64);
export const rRewStart = new I32Buf(64);
export const rRewLen = new I32Buf(64);
export const rSaving = new I64Buf(64);
export const rClipped = new I64Buf(64);
export const rUsed = new I32Buf(256);
export const rRew = new I32Buf(256);
export const rSav = new I64Buf(256);
export const rCopies = new I32Buf(64);

export function resetPriced(): void {
  rCopies.len = 0;
  rPromo.len = 0; rTier.len = 0; rUsedStart.len = 0; rUsedLen.len = 0; rRewStart.len = 0; rRewLen.len = 0;
  rSaving.len = 0; rClipped.len = 0; rUsed.len = 0; rRew.len = 0; rSav.len = 0;
}

const leftHas = new I32Buf(64);
const leftVal = new I64Buf(64);

/** Prices concrete applications ids[s..s+n) (list order = solution order; budgets cap in that order). */
export function priceAll(ids: I32Buf, s: i32, n: i32): void {
  // Budget left, set only for the promotions these applications name (solver priceAll): the
  // local search prices one application at a time.
  if (leftHas.len < promoCount) {
    leftHas.ensure(promoCount);
    leftVal.ensure(promoCount);
    leftHas.len = promoCount;
    leftVal.len = promoCount;
  }
  for (let i = 0; i < n; i++) {
    const promo = caPromo.at(ids.at(s + i));
    leftHas.put(promo, pHasBudget.at(promo));
    leftVal.put(promo, pBudget.at(promo));
  }
  for (let i = 0; i < n; i++) {
    const a = ids.at(s + i);
    const promo = caPromo.at(a);
    if (caCopies.at(a) > 1) {
      priceCopies(a, caCopies.at(a));
      continue;
    }
    priceCandidate(a, qTmp, bTmp, pDeal.at(promo));
    let saving = prSaving;
    const rn = prN;
    if (leftHas.at(promo) != 0) {
      const budget = leftVal.at(promo);
      if (saving > budget) {
        capSavings(prRew, 0, prSav, 0, rn, budget);
        saving = budget;
      }
      leftVal.put(promo, budget - saving);
    }
    rPromo.push(promo);
    rTier.push(caTier.at(a));
    rCopies.push(1);
    rSaving.push(saving);
    rClipped.push(prClipped);
    // used = qualifying ∪ benefit, ascending unit index.
    const us = rUsed.len;
    for (let j = 0; j < qTmp.len; j++) rUsed.push(qTmp.at(j));
    for (let j = 0; j < bTmp.len; j++) rUsed.push(bTmp.at(j));
    sortAscending(rUsed, us, rUsed.len - us, null);
    rUsedStart.push(us);
    rUsedLen.push(rUsed.len - us);
    // rewarded ascending by unit index, savings permuted alongside.
    const rs = rRew.len;
    for (let j = 0; j < rn; j++) {
      rRew.push(prRew.at(j));
      rSav.push(prSav.at(j));
    }
    sortAscending(rRew, rs, rn, rSav);
    rRewStart.push(rs);
    rRewLen.push(rn);
  }
}

/** Per unit: its place in copy 0's qualifying list (≥ 0) or ~place in its benefit list; read only for copy 0's units. */
const placeOf = new I32Buf(256);

/**
 * Prices copy 0 of counted application a (never one with a budget) and gives every copy the same
 * savings on the units at the same places of its own lists (solver assemble.ts priceCopies).
 */
function priceCopies(a: i32, m: i32): void {
  const q = caQLen.at(a) / m;
  const b = caBLen.at(a) / m;
  const qs = caQStart.at(a);
  const bs = caBStart.at(a);
  qTmp.len = 0;
  bTmp.len = 0;
  for (let j = 0; j < q; j++) qTmp.add(caUnits.at(qs + j));
  for (let j = 0; j < b; j++) bTmp.add(caUnits.at(bs + j));
  sortCheap(qTmp, 0, qTmp.len);
  sortCheap(bTmp, 0, bTmp.len);
  priceApplication(qTmp, 0, qTmp.len, bTmp, 0, bTmp.len, pDeal.at(caPromo.at(a)), caTier.at(a));
  placeOf.ensure(unitCount);
  if (placeOf.len < unitCount) placeOf.len = unitCount;
  for (let j = 0; j < q; j++) placeOf.put(caUnits.at(qs + j), j);
  for (let j = 0; j < b; j++) placeOf.put(caUnits.at(bs + j), ~j);
  rPromo.add(caPromo.at(a));
  rTier.add(caTier.at(a));
  rCopies.add(m);
  rSaving.add(prSaving * <i64>m);
  rClipped.add(prClipped * <i64>m);
  const us = rUsed.len;
  for (let j = 0; j < caQLen.at(a); j++) rUsed.add(caUnits.at(qs + j));
  for (let j = 0; j < caBLen.at(a); j++) rUsed.add(caUnits.at(bs + j));
  sortAscending(rUsed, us, rUsed.len - us, null);
  rUsedStart.add(us);
  rUsedLen.add(rUsed.len - us);
  const rs = rRew.len;
  for (let k = 0; k < m; k++) {
    for (let r = 0; r < prN; r++) {
      const at = placeOf.at(prRew.at(r));
      rRew.add(at >= 0 ? caUnits.at(qs + k * q + at) : caUnits.at(bs + k * b + ~at));
      rSav.add(prSav.at(r));
    }
  }
  sortAscending(rRew, rs, rRew.len - rs, rSav);
  rRewStart.add(rs);
  rRewLen.add(rRew.len - rs);
}

const usedMark = new I32Buf(256);

/** Σ savings + Σ over available units not used of (price − customerPrice), over priced apps [from, to). */
export function objective(from: i32, to: i32): i64 {
  usedMark.len = 0;
  usedMark.alloc(unitCount);
  let total: i64 = 0;
  for (let i = from; i < to; i++) {
    total += rSaving.at(i);
    for (let j = 0; j < rUsedLen.at(i); j++) usedMark.put(rUsed.at(rUsedStart.at(i) + j), 1);
  }
  for (let u = 0; u < unitCount; u++) if (uAvail.at(u) != 0 && usedMark.at(u) == 0) total += uPrice.at(u) - uCp.at(u);
  return total;
}

/** Gain of concrete apps ids[s..s+n) over keeping customer prices (priced, then forgotten). */
export function objectiveGain(ids: I32Buf, s: i32, n: i32): i64 {
  const mark = rPromo.len;
  const usedMarkLen = rUsed.len, rewLen = rRew.len;
  priceAll(ids, s, n);
  let gain: i64 = 0;
  for (let i = mark; i < rPromo.len; i++) {
    gain += rSaving.at(i);
    for (let j = 0; j < rUsedLen.at(i); j++) {
      const u = rUsed.at(rUsedStart.at(i) + j);
      gain -= uPrice.at(u) - uCp.at(u);
    }
  }
  rCopies.len = mark; rPromo.len = mark; rTier.len = mark; rUsedStart.len = mark; rUsedLen.len = mark; rRewStart.len = mark; rRewLen.len = mark;
  rSaving.len = mark; rClipped.len = mark; rUsed.len = usedMarkLen; rRew.len = rewLen; rSav.len = rewLen;
  return gain;
}

/** Output order of priced apps: promotion index, then smallest used unit. */
export const outOrder = new I32Buf(64);
export function sortApplications(): void {
  outOrder.len = 0;
  for (let i = 0; i < rPromo.len; i++) outOrder.add(i);
  // Stable, as the reference's Array.sort: an insertion sort here made a cut-off plan of 33,000
  // applications (a 100,000-unit line) take seconds.
  mergeSortBy(outOrder, 0, outOrder.len, (a: i32, b: i32): bool => appAfter(b, a));
}

function firstUsed(i: i32): i32 {
  return rUsedLen.at(i) == 0 ? 0 : rUsed.at(rUsedStart.at(i));
}

function appAfter(a: i32, b: i32): bool {
  const pa = rPromo.at(a), pb = rPromo.at(b);
  if (pa != pb) return pa > pb;
  return firstUsed(a) > firstUsed(b);
}

/**
 * Loads candidate application `a`'s qualifying and benefit units into `q` and `b`, cheapest first,
 * and prices it with `deal` (the result is in pricing's `pr*` registers).
 */
export function priceCandidate(a: i32, q: I32Buf, b: I32Buf, deal: i32): void {
  q.len = 0;
  b.len = 0;
  for (let j = 0; j < caQLen.at(a); j++) q.add(caUnits.at(caQStart.at(a) + j));
  for (let j = 0; j < caBLen.at(a); j++) b.add(caUnits.at(caBStart.at(a) + j));
  sortCheap(q, 0, q.len);
  sortCheap(b, 0, b.len);
  priceApplication(q, 0, q.len, b, 0, b.len, deal, caTier.at(a));
}
