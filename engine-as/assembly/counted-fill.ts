// The counted incumbent of a long component (solver counted-fill.ts): the value-order fill and its
// drop-and-refill moves in the search's group space, a pick being a kind taken as many times as it
// fits. Only its gain is used, as the search's target. Work counted as in the reference.
import { I32Buf, I64Buf } from './buffers';
import { dRange, dRewardCount, dTarget, pBudget, pDeal, pHasBudget } from './level';
import { Target } from './tags';
import {
  aborted, beginCap, compGroupCount, compPromoCount, endCap, groupPrice, lbLen, lbStart, lLists, lqLen, lqStart, promoAt, remStack,
} from './component-state';
import { fullCounts } from './bounds';
import { generate } from './candidates';
import { bestRangeKind } from './shortcuts';
import { applicationLimit } from './rules';
import { kindForfeit, kindList, kindSaving, kindUsedCount, kindUsedGroup, kindUsedLen, kindUsedStart } from './order';

/** Units a component needs before the counted incumbent is tried (solver COUNTED_FROM). */
export const COUNTED_FROM: i64 = 10000;
const COUNTED_WORK: i64 = 20000;
/** Nodes the counted kinds, and then the search they lead, may take each (solver COUNTED_PROBE). */
export const COUNTED_PROBE: i64 = 2000;
const COUNTED_PASSES = 3;

let cfWork: i64 = 0;
// Plans as picks (local promotion, kind, times): the current plan, a candidate being built.
const plK = new I32Buf(16);
const plKind = new I32Buf(16);
const plTimes = new I32Buf(16);
const caK = new I32Buf(16);
const caKind = new I32Buf(16);
const caTimes = new I32Buf(16);
// Per promotion during a refill: applications made, savings summed, best kind (-1: none), its gain, stale.
const made = new I32Buf(16);
const sum = new I64Buf(16);
const best = new I32Buf(16);
const bestGain = new I64Buf(16);
const stale = new I32Buf(16);
const planSaving = new I64Buf(16);
// Per local group: the promotions that use it (CSR), built per call.
const usStart = new I32Buf(16);
const usList = new I32Buf(16);

/**
 * Gain of the best counted plan met, or 0 when none or its kinds ran past COUNTED_PROBE nodes
 * (which stay counted; solver countedIncumbent).
 */
export function countedIncumbent(): i64 {
  cfWork = 0;
  const budget = beginCap(COUNTED_PROBE);
  const value = fillAndImprove();
  return endCap(budget) ? value : 0;
}

function fillAndImprove(): i64 {
  buildUsers();
  caK.len = 0; caKind.len = 0; caTimes.len = 0;
  if (!refill(-1, false) || !keepsRule()) return 0;
  keepCandidate();
  let value = planValue();
  for (let pass = 0; pass < COUNTED_PASSES; pass++) {
    let improved = false;
    for (let k = 0; k < compPromoCount && cfWork < COUNTED_WORK; k++) {
      let has = false;
      for (let i = 0; i < plK.len; i++) if (plK.at(i) == k) has = true;
      if (!has) continue;
      caK.len = 0; caKind.len = 0; caTimes.len = 0;
      for (let i = 0; i < plK.len; i++) if (plK.at(i) != k) pushCandidate(plK.at(i), plKind.at(i), plTimes.at(i));
      const v = move(k, true, value);
      if (v > value) { value = v; improved = true; }
    }
    let i = 0;
    while (i < plK.len && cfWork < COUNTED_WORK) {
      caK.len = 0; caKind.len = 0; caTimes.len = 0;
      for (let j = 0; j < plK.len; j++) {
        const t = j == i ? plTimes.at(j) - 1 : plTimes.at(j);
        if (t > 0) pushCandidate(plK.at(j), plKind.at(j), t);
      }
      const v = move(plK.at(i), false, value);
      if (v > value) { value = v; improved = true; } else i++;
    }
    if (!improved) break;
  }
  return aborted ? 0 : value;
}

/** Refills the candidate (the rest of a move) and keeps it when it gains more than `value` and keeps the rule; its gain then, else `value`. */
function move(ban: i32, banAll: bool, value: i64): i64 {
  if (!refill(ban, banAll)) return value;
  const v = planValue();
  if (v <= value || !keepsRule()) return value;
  keepCandidate();
  return v;
}

@inline function pushCandidate(k: i32, kind: i32, times: i32): void {
  caK.add(k); caKind.add(kind); caTimes.add(times);
}

function keepCandidate(): void {
  plK.len = 0; plKind.len = 0; plTimes.len = 0;
  for (let i = 0; i < caK.len; i++) {
    plK.add(caK.at(i)); plKind.add(caKind.at(i)); plTimes.add(caTimes.at(i));
  }
}

/** The candidate's picks followed by the value-order fill of what they leave (solver refill); false when the kinds ran out of nodes. */
function refill(ban: i32, banAll: bool): bool {
  const mark = remStack.len;
  const rem = fullCounts();
  const n = compPromoCount;
  made.len = 0; made.alloc(n);
  sum.len = 0; sum.alloc(n);
  best.len = 0; best.alloc(n);
  bestGain.len = 0; bestGain.alloc(n);
  stale.len = 0; stale.alloc(n);
  cfWork += <i64>caK.len;
  for (let i = 0; i < caK.len; i++) take(caK.at(i), caKind.at(i), caTimes.at(i), rem);
  for (let k = 0; k < n; k++) stale.put(k, 1);
  let ok = true;
  for (let first = true; ; first = false) {
    let pick = -1;
    for (let k = 0; k < n; k++) {
      if (k == ban && (banAll || first)) continue;
      if (stale.at(k) != 0) {
        stale.put(k, 0);
        const t = bestKind(k, rem);
        if (aborted) { ok = false; break; }
        best.put(k, t);
        if (t >= 0) bestGain.put(k, kindGain(k, t));
      }
      if (best.at(k) >= 0 && (pick < 0 || bestGain.at(k) > bestGain.at(pick))) pick = k;
    }
    if (!ok || pick < 0 || cfWork >= COUNTED_WORK) break;
    const kind = best.at(pick);
    const times = copiesAtGain(pick, kind, rem);
    pushCandidate(pick, kind, times);
    take(pick, kind, times, rem);
    stale.put(pick, 1);
    const s = kindUsedStart.at(kind);
    for (let x = 0; x < kindUsedLen.at(kind); x++) {
      const g = kindUsedGroup.at(s + x);
      for (let j = usStart.at(g); j < usStart.at(g + 1); j++) stale.put(usList.at(j), 1);
    }
  }
  remStack.len = mark;
  return ok;
}

/** Takes `times` copies of the kind's units out of the counts at `rem` (solver leave). */
function leave(kind: i32, times: i32, rem: i32): void {
  const s = kindUsedStart.at(kind);
  for (let x = 0; x < kindUsedLen.at(kind); x++) {
    const g = kindUsedGroup.at(s + x);
    remStack.put(rem + g, remStack.at(rem + g) - times * kindUsedCount.at(s + x));
  }
}

function take(k: i32, kind: i32, times: i32, rem: i32): void {
  leave(kind, times, rem);
  made.put(k, made.at(k) + times);
  sum.put(k, sum.at(k) + <i64>times * kindSaving.at(kind));
}

/** Promotion k's saving still within its budget (-1: no budget). */
function budgetLeft(k: i32): i64 {
  const p = promoAt(k);
  if (pHasBudget.at(p) == 0) return -1;
  const b = pBudget.at(p);
  return sum.at(k) >= b ? 0 : b - sum.at(k);
}

function kindGain(k: i32, kind: i32): i64 {
  const left = budgetLeft(k);
  const s = kindSaving.at(kind);
  return (left >= 0 && s > left ? left : s) - kindForfeit.at(kind);
}

function limitOf(k: i32): i32 {
  return applicationLimit(promoAt(k));
}

function copiesAtGain(k: i32, kind: i32, rem: i32): i32 {
  let t = limitOf(k) - made.at(k);
  const s = kindUsedStart.at(kind);
  for (let x = 0; x < kindUsedLen.at(kind); x++) t = min(t, remStack.at(rem + kindUsedGroup.at(s + x)) / kindUsedCount.at(s + x));
  const left = budgetLeft(k);
  if (left >= 0) {
    const sv = kindSaving.at(kind);
    if (sv > 0) t = sv > left ? 1 : <i32>min(<i64>t, left / sv);
  }
  return t;
}

/** k's kind of largest gain on rem (ties: preference order), -1 when none (solver bestKind). */
function bestKind(k: i32, rem: i32): i32 {
  if (made.at(k) >= limitOf(k)) return -1;
  cfWork++;
  const d = pDeal.at(promoAt(k));
  const from = dRange.at(d) != 0 ? bestRangeKind(k, rem) : generate(k, rem);
  const cheapest = dTarget.at(d) == Target.CheapestBenefit;
  let out = -1;
  let top: i64 = 0;
  for (let i = from; i < kindList.len; i++) {
    const t = kindList.at(i);
    if (cheapest && !rewardsCheapest(k, t, rem, 1)) continue;
    const g = kindGain(k, t);
    if (g > top) { out = t; top = g; }
  }
  // The list was appended for this call only (a copy, when the kind cache had it).
  return out;
}

/** Kind t of k rewards the cheapest benefit units of rem (before t is taken: `taken` 1; after: 0; solver rewardsCheapest). */
function rewardsCheapest(k: i32, t: i32, rem: i32, taken: i32): bool {
  let used = 0;
  let dearest: i64 = -1;
  let cheapestLeft: i64 = -1;
  const bs = lbStart.at(k);
  for (let i = 0; i < lbLen.at(k); i++) {
    const g = lLists.at(bs + i);
    const c = countOf(t, g);
    const price = groupPrice.at(g);
    used += c;
    if (c > 0 && price > dearest) dearest = price;
    if (remStack.at(rem + g) - taken * c > 0 && (cheapestLeft < 0 || price < cheapestLeft)) cheapestLeft = price;
  }
  if (cheapestLeft < 0) return true;
  return used >= dRewardCount.at(pDeal.at(promoAt(k))) && dearest <= cheapestLeft;
}

function countOf(t: i32, g: i32): i32 {
  const s = kindUsedStart.at(t);
  for (let x = 0; x < kindUsedLen.at(t); x++) if (kindUsedGroup.at(s + x) == g) return kindUsedCount.at(s + x);
  return 0;
}

/** The candidate keeps the cheapestBenefit rule on what it leaves (solver keepsRule). */
function keepsRule(): bool {
  const mark = remStack.len;
  const rem = fullCounts();
  for (let i = 0; i < caK.len; i++) leave(caKind.at(i), caTimes.at(i), rem);
  let ok = true;
  for (let i = 0; i < caK.len && ok; i++) {
    const k = caK.at(i);
    if (dTarget.at(pDeal.at(promoAt(k))) == Target.CheapestBenefit && !rewardsCheapest(k, caKind.at(i), rem, 0)) ok = false;
  }
  remStack.len = mark;
  return ok;
}

/** The search's gain of the candidate: per promotion its savings within its budget, less every forfeit (solver planValue). */
function planValue(): i64 {
  planSaving.len = 0;
  planSaving.alloc(compPromoCount);
  let value: i64 = 0;
  for (let i = 0; i < caK.len; i++) {
    const k = caK.at(i);
    const kind = caKind.at(i);
    planSaving.put(k, planSaving.at(k) + <i64>caTimes.at(i) * kindSaving.at(kind));
    value -= <i64>caTimes.at(i) * kindForfeit.at(kind);
  }
  for (let k = 0; k < compPromoCount; k++) {
    const p = promoAt(k);
    const s = planSaving.at(k);
    value += pHasBudget.at(p) != 0 && s > pBudget.at(p) ? pBudget.at(p) : s;
  }
  return value;
}

function buildUsers(): void {
  usStart.len = 0;
  usStart.alloc(compGroupCount + 1);
  for (let k = 0; k < compPromoCount; k++) {
    for (let i = 0; i < lqLen.at(k); i++) usStart.put(lLists.at(lqStart.at(k) + i) + 1, usStart.at(lLists.at(lqStart.at(k) + i) + 1) + 1);
    for (let i = 0; i < lbLen.at(k); i++) usStart.put(lLists.at(lbStart.at(k) + i) + 1, usStart.at(lLists.at(lbStart.at(k) + i) + 1) + 1);
  }
  for (let g = 0; g < compGroupCount; g++) usStart.put(g + 1, usStart.at(g + 1) + usStart.at(g));
  usList.len = 0;
  usList.alloc(usStart.at(compGroupCount));
  // `stale` (per promotion in a refill, which resets it) counts each group's users placed so far.
  stale.len = 0;
  stale.alloc(compGroupCount);
  for (let k = 0; k < compPromoCount; k++) {
    for (let i = 0; i < lqLen.at(k) + lbLen.at(k); i++) {
      const g = i < lqLen.at(k) ? lLists.at(lqStart.at(k) + i) : lLists.at(lbStart.at(k) + i - lqLen.at(k));
      usList.put(usStart.at(g) + stale.at(g), k);
      stale.put(g, stale.at(g) + 1);
    }
  }
}
