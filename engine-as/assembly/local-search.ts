// Drop-and-refill local search on the value-order greedy's plan (solver local-search.ts): drop one
// application, fill by value order again from what is left with the dropped application's
// promotion barred from the first pick (before those: drop a whole promotion, refill without it);
// keep the move when the gain rises strictly and the
// cheapestBenefit rule still holds. Work counted as in the reference, so both stop at one move.
import { I32Buf, I64Buf } from './buffers';
import {
  caBLen, caBStart, caCopies, caPromo, caQLen, caQStart, caTier, caUnits, objectiveGain, priceAll, rClipped, rCopies, rPromo, rRew,
  rRewLen, rRewStart, rSav, rSaving, rTier, rUsed, rUsedLen, rUsedStart
} from './assemble';
import {
  fillCalls, markStale, resetFillCalls, setFillByDensity, valueFill, valueGreedyApps, vgMade, vgSpent, vgStale
} from './greedy';
import { promoCount, dRewardCount, dTarget, pBenLen, pBenStart, pDeal, pHasBudget, pLists, uPrice } from './level';
import { Target } from './tags';

const LOCAL_SEARCH_PASSES = 3;
const LOCAL_SEARCH_WORK: i64 = 200000;

/** The improved plan: concrete application indices, in plan order. */
export const lsPlan = new I32Buf(64);
const lsCand = new I32Buf(64);
const lsLocal = new I32Buf(64);
const lsFree = new I32Buf(256);
const lsUsed = new I32Buf(256);
const lsBudgeted = new I32Buf(64);
const lsDropped = new I32Buf(64);
const lsOne = new I32Buf(1);
// Per concrete application (by index): its gain priced alone (solver PlanGains), valid for the
// applications of the plan and of the last fill.
const lsGain = new I64Buf(64);

/**
 * A value fill over promos[s..s+n) from `free` (the component's units, left as given; `scratch`
 * is overwritten), by gain or by gain² ÷ units (`dense`), improved by the local search; the plan
 * is left in lsPlan (solver incumbentPlan).
 */
export function incumbentPlan(promos: I32Buf, s: i32, n: i32, free: I32Buf, scratch: I32Buf, dense: bool): void {
  setFillByDensity(dense);
  scratch.len = 0;
  for (let u = 0; u < free.len; u++) scratch.add(free.at(u));
  const from = caPromo.len;
  valueGreedyApps(promos, s, n, scratch);
  improveByDropRefill(promos, s, n, free, from, caPromo.len);
  setFillByDensity(false);
}

/** Prices concrete application a alone into lsGain. */
function priceAlone(a: i32): void {
  lsGain.ensure(a + 1);
  if (lsGain.len < a + 1) lsGain.len = a + 1;
  lsOne.len = 0;
  lsOne.add(a);
  lsGain.put(a, objectiveGain(lsOne, 0, 1));
}

/** A plan's gain (as objectiveGain): unbudgeted applications from lsGain, budgeted ones priced in plan order. */
function planGain(plan: I32Buf): i64 {
  lsBudgeted.len = 0;
  let gain: i64 = 0;
  for (let i = 0; i < plan.len; i++) {
    const a = plan.at(i);
    if (pHasBudget.at(caPromo.at(a)) != 0) lsBudgeted.add(a);
    else gain += lsGain.at(a);
  }
  return lsBudgeted.len == 0 ? gain : gain + objectiveGain(lsBudgeted, 0, lsBudgeted.len);
}

/**
 * Improves the plan of concrete applications [from, to) of promos[s..s+n) (a value fill's result,
 * after prepareValueFill); free0 marks the component's units. The result is left in lsPlan.
 */
export function improveByDropRefill(promos: I32Buf, s: i32, n: i32, free0: I32Buf, from: i32, to: i32): void {
  lsPlan.len = 0;
  // No move fits the work left by a plan this long (the solver's reason): handed back unpriced.
  if (<i64>(to - from) >= LOCAL_SEARCH_WORK) {
    for (let a = from; a < to; a++) lsPlan.add(a);
    return;
  }
  lsLocal.len = 0;
  for (let p = 0; p < promoCount; p++) lsLocal.add(-1);
  for (let k = 0; k < n; k++) lsLocal.put(promos.at(s + k), k);
  for (let a = from; a < to; a++) {
    lsPlan.add(a);
    priceAlone(a);
  }
  lsGainNow = planGain(lsPlan);
  countPlan();
  lsWork = <i64>lsPlan.len;
  resetFillCalls();
  for (let k = 0; k < n; k++) {
    vgSpent.put(k, 0);
    vgMade.put(k, 0);
    vgStale.put(k, 0);
  }
  // Between moves, lsFree is the component's units the plan leaves free and vgMade counts the
  // plan's applications per promotion; a move changes both in place and undoes what it rejects
  // (a copy of every unit per move was a fifth of bench A's first answer).
  lsFree.len = 0;
  for (let u = 0; u < free0.len; u++) lsFree.add(free0.at(u));
  for (let j = 0; j < lsPlan.len; j++) takeUnits(lsPlan.at(j), 0, 1);
  for (let pass = 0; pass < LOCAL_SEARCH_PASSES; pass++) {
    let improved = false;
    // Whole promotions first (solver improveByDropRefill): each dropped entirely, the refill
    // without it; vgMade says which promotions the plan has applications of.
    for (let k = 0; k < n && lsWork + fillCalls < LOCAL_SEARCH_WORK; k++) {
      if (vgMade.at(k) > 0 && lsMove(promos, s, n, free0, k, -1, k, true)) improved = true;
    }
    let i = 0;
    while (i < lsPlan.len && lsWork + fillCalls < LOCAL_SEARCH_WORK) {
      if (lsMove(promos, s, n, free0, -1, i, lsLocal.at(caPromo.at(lsPlan.at(i))), false)) improved = true;
      else i++;
    }
    if (!improved) break;
  }
}

// The plan's gain and the work spent so far, shared by improveByDropRefill and its moves.
let lsGainNow: i64 = 0;
let lsWork: i64 = 0;
// The plan's unbudgeted applications' gains summed, and how many of its applications are budgeted:
// without budgets a move's gain is that sum less its dropped applications' plus its fill's, so
// a rejected move never walks the plan (bench A: most moves are rejected).
let lsPlanSum: i64 = 0;
let lsPlanBudgeted: i32 = 0;

function countPlan(): void {
  lsPlanSum = 0;
  lsPlanBudgeted = 0;
  for (let j = 0; j < lsPlan.len; j++) {
    const a = lsPlan.at(j);
    if (pHasBudget.at(caPromo.at(a)) != 0) lsPlanBudgeted++;
    else lsPlanSum += lsGain.at(a);
  }
}

/** lsCand: the plan without the move's dropped applications, in plan order. */
function candidateWithoutDropped(dropPromo: i32, dropIndex: i32): void {
  lsCand.len = 0;
  for (let j = 0; j < lsPlan.len; j++) {
    const a = lsPlan.at(j);
    if (j != dropIndex && lsLocal.at(caPromo.at(a)) != dropPromo) lsCand.add(a);
  }
}

/**
 * One move (solver improveByDropRefill's `move`): drops the application at `dropIndex` of lsPlan,
 * or every application of local promotion `dropPromo`, fills again with `ban` barred from the
 * first pick (every pick with `banAll`); keeps the plan in lsPlan when it gains strictly and keeps
 * the cheapestBenefit rule (true), else forgets the fill's applications (false).
 */
function lsMove(promos: I32Buf, s: i32, n: i32, free0: I32Buf, dropPromo: i32, dropIndex: i32, ban: i32, banAll: bool): bool {
  lsDropped.len = 0;
  if (dropIndex >= 0) lsDropped.add(lsPlan.at(dropIndex));
  else for (let j = 0; j < lsPlan.len; j++) if (lsLocal.at(caPromo.at(lsPlan.at(j))) == dropPromo) lsDropped.add(lsPlan.at(j));
  for (let j = 0; j < lsDropped.len; j++) takeUnits(lsDropped.at(j), 1, -1);
  // The candidate plan as a list is only needed with budgets (priced in plan order) or to keep it.
  let built = lsPlanBudgeted > 0;
  if (built) {
    candidateWithoutDropped(dropPromo, dropIndex);
    restBudgets();
  }
  // Only promotions sharing a freed unit, and the dropped one's, can gain anything now.
  vgStale.put(ban, 1);
  for (let j = 0; j < lsDropped.len; j++) {
    const d = lsDropped.at(j);
    for (let x = 0; x < caQLen.at(d); x++) markStale(caUnits.at(caQStart.at(d) + x));
    for (let x = 0; x < caBLen.at(d); x++) markStale(caUnits.at(caBStart.at(d) + x));
  }
  const caMark = caPromo.len;
  const unitsMark = caUnits.len;
  const added = valueFill(promos, s, n, lsFree, ban, banAll);
  let budgetedFill = false;
  for (let a = caMark; a < caMark + added; a++) {
    if (built) lsCand.add(a);
    priceAlone(a);
    if (pHasBudget.at(caPromo.at(a)) != 0) budgetedFill = true;
  }
  lsWork += <i64>(2 * (lsPlan.len - lsDropped.len + added));
  let g: i64 = lsPlanSum;
  if (!built && !budgetedFill) {
    for (let j = 0; j < lsDropped.len; j++) g -= lsGain.at(lsDropped.at(j));
    for (let a = caMark; a < caMark + added; a++) g += lsGain.at(a);
  } else {
    if (!built) {
      candidateWithoutDropped(dropPromo, dropIndex);
      for (let a = caMark; a < caMark + added; a++) lsCand.add(a);
      built = true;
    }
    g = planGain(lsCand);
  }
  // Budgets spent back to zero for the next move: only the budgeted promotions restBudgets set
  // and the fill's picks were changed (lsFree and vgMade already hold the candidate plan).
  if (built) for (let j = 0; j < lsCand.len; j++) vgSpent.put(lsLocal.at(caPromo.at(lsCand.at(j))), 0);
  else for (let a = caMark; a < caMark + added; a++) vgSpent.put(lsLocal.at(caPromo.at(a)), 0);
  if (g > lsGainNow) {
    if (!built) {
      candidateWithoutDropped(dropPromo, dropIndex);
      for (let a = caMark; a < caMark + added; a++) lsCand.add(a);
    }
    if (keepsBenefitRule(free0, lsCand)) {
      lsPlan.len = 0;
      for (let j = 0; j < lsCand.len; j++) lsPlan.add(lsCand.at(j));
      lsGainNow = g;
      countPlan();
      return true;
    }
  }
  // Rejected: the fill's units and applications back, the dropped ones taken again.
  for (let a = caMark; a < caMark + added; a++) takeUnits(a, 1, -1);
  for (let j = 0; j < lsDropped.len; j++) takeUnits(lsDropped.at(j), 0, 1);
  // Forget the rejected fill's applications.
  caCopies.len = caMark; caPromo.len = caMark; caTier.len = caMark; caQStart.len = caMark; caQLen.len = caMark; caBStart.len = caMark; caBLen.len = caMark;
  caUnits.len = unitsMark;
  return false;
}

/** Application a's units set to `free` in lsFree and `made` added to its promotion's vgMade. */
function takeUnits(a: i32, free: i32, made: i32): void {
  const k = lsLocal.at(caPromo.at(a));
  vgMade.put(k, vgMade.at(k) + made);
  for (let x = 0; x < caQLen.at(a); x++) lsFree.put(caUnits.at(caQStart.at(a) + x), free);
  for (let x = 0; x < caBLen.at(a); x++) lsFree.put(caUnits.at(caBStart.at(a) + x), free);
}

/** For the budgeted promotions of the plan in lsCand, the budget used (vgSpent: the only use of it). */
function restBudgets(): void {
  lsBudgeted.len = 0;
  for (let j = 0; j < lsCand.len; j++) {
    const a = lsCand.at(j);
    if (pHasBudget.at(caPromo.at(a)) != 0) lsBudgeted.add(a);
  }
  if (lsBudgeted.len == 0) return;
  const mark = rPromo.len;
  const usedLen = rUsed.len;
  const rewLen = rRew.len;
  priceAll(lsBudgeted, 0, lsBudgeted.len);
  for (let j = 0; j < lsBudgeted.len; j++) {
    const k = lsLocal.at(caPromo.at(lsBudgeted.at(j)));
    vgSpent.put(k, vgSpent.at(k) + rSaving.at(mark + j));
  }
  rCopies.len = mark; rPromo.len = mark; rTier.len = mark; rUsedStart.len = mark; rUsedLen.len = mark; rRewStart.len = mark; rRewLen.len = mark;
  rSaving.len = mark; rClipped.len = mark; rUsed.len = usedLen; rRew.len = rewLen; rSav.len = rewLen;
}

/**
 * The cheapestBenefit rule on a plan (solver keepsBenefitRule): each application of such a
 * promotion rewards rewardCount benefit units (fewer only when none is left unused) and none
 * dearer than a benefit unit of the promotion the plan leaves unused.
 */
function keepsBenefitRule(free0: I32Buf, plan: I32Buf): bool {
  lsUsed.len = 0;
  lsUsed.alloc(free0.len);
  for (let i = 0; i < plan.len; i++) {
    const a = plan.at(i);
    for (let x = 0; x < caQLen.at(a); x++) lsUsed.put(caUnits.at(caQStart.at(a) + x), 1);
    for (let x = 0; x < caBLen.at(a); x++) lsUsed.put(caUnits.at(caBStart.at(a) + x), 1);
  }
  for (let i = 0; i < plan.len; i++) {
    const a = plan.at(i);
    const p = caPromo.at(a);
    const d = pDeal.at(p);
    if (dTarget.at(d) != Target.CheapestBenefit) continue;
    let cheapest: i64 = -1;
    for (let j = 0; j < pBenLen.at(p); j++) {
      const u = pLists.at(pBenStart.at(p) + j);
      if (free0.at(u) == 0 || lsUsed.at(u) != 0) continue;
      if (cheapest < 0 || uPrice.at(u) < cheapest) cheapest = uPrice.at(u);
    }
    if (cheapest < 0) continue;
    if (caBLen.at(a) < dRewardCount.at(d)) return false;
    for (let x = 0; x < caBLen.at(a); x++) if (uPrice.at(caUnits.at(caBStart.at(a) + x)) > cheapest) return false;
  }
  return true;
}
