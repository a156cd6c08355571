// Exact best deal for one conflict component (solver search.ts): DP over promotions in rank order,
// a choice completed by each of the parts the later promotions come apart into, with a memo on
// (promotion, remaining units per group of its part), branch and bound over each
// promotion's multiset of application kinds. Same node counting, order and tie-breaking as the
// reference; every structure is a flat pool reset per component.
import { I32Buf, I64Buf } from './buffers';
import { dRange, dRewardCount, dTarget, dTierCount, dTierStart, pBudget, pDeal, pHasBudget, searchBudget, tRwAmt, tThKind, tThQty } from './level';
import { Target, Threshold } from './tags';
import {
  compPromoCount, compGroupCount, lqStart, lqLen, lbStart, lbLen, lLists, isolatedRange, isolatedChunk,
  forcedUnits, sepRange, sepForce, relStart, relLen, relLists, relMark, promoAt, aborted, remStack, tick,
  groupPrice, localRole, chosen, chosenTimes, chosenApps, pushChosen, popChosen, mKeys, zob, zobrist, nodes, workspaceFull, doneAtAbort, additiveSets, setRank, memoized, ubDiffStart, ubDiffLen, ubDiffGroups,
  partStart, partLen, partList, restStart, restLen, MAX_SEARCH_DEPTH, searchDepth, abortAtDepth, beginCap, endCap,
} from './component-state';
import { ubUnit, shMinQ, shSetCap, restBound, bound, boundOver, fewestByShares, fullCounts, jointPlaces, jointWalk } from './bounds';
import { generate } from './candidates';
import { applicationLimit } from './rules';
import { bestRangeKind, chunkKinds } from './shortcuts';
import {
  LAGRANGE_PROBE, lagAloneOn, lagDot, lagDotOver, lagLam, lagrangeApplies, lagrangeOn, lagPart, lagRestZ, prepareLagrange,
  resetLagrange,
} from './lagrange';
import {
  kindSaving, kindForfeit, kindUnits, kindList, kindUsedStart, kindUsedLen, kindUsedGroup, kindUsedCount,
  kindBoundDrop, kindNextBoundDrop, kindQualifyingUnits, kindNextHashDrop, planNodeGain, planNodeUnits,
  planNodeAppsStart, planNodeAppsLen, planNodeOwnUnits, planNodeNext, planNodeApps, planNodeTimes, newPlan, compareType,
  vAppsStart, vAppsLen, compareCandidate, cannotBeat, newFork, forkList,
} from './order';

// Memo.
export const mKeyStart = new I32Buf(256);
export const mKeyLen = new I32Buf(256);
export const mPlan = new I32Buf(256);
/**
 * Per entry: the gain its plan had to reach (solver memo `need`). A plan reaching it is exact;
 * -1 or a plan below it records that no plan reaches it.
 */
export const mNeed = new I64Buf(256);
export const mTable = new I32Buf(256);
export let mMask: i32 = 0;
export const mHash = new I64Buf(256);


/** Hash of (k, rem) over relevant[k], from scratch (frame set-up only). */
function hashOf(k: i32, rem: i32): i64 {
  if (k >= compPromoCount) return 0;
  let h: i64 = 0;
  const rs = relStart.at(k);
  for (let i = 0; i < relLen.at(k); i++) {
    const g = relLists.at(rs + i);
    h += <i64>remStack.at(rem + g) * zob.at(g);
  }
  return h;
}

@inline function slotOf(k: i32, h: i64): i32 {
  let x = <u64>(h + <i64>k * 0x632be59bd9b4e019);
  x = (x ^ (x >> 29)) * 0xbf58476d1ce4e5b9;
  return <i32>(x >> 32) & mMask;
}

/**
 * Open cheapestBenefit obligations (solver benefit-rule.ts): lists of local groups the rest of the
 * plan must use up, ascending, one list per active solve/dfs level on this stack. They are part of
 * the memo key, after the counts, and of its hash (a second Zobrist table).
 */
export const obStack = new I32Buf(64);

function obligationHash(ob: i32, obLen: i32): i64 {
  let h: i64 = 0;
  for (let i = 0; i < obLen; i++) h += zobrist(obStack.at(ob + i) + 0x40000000);
  return h;
}

function sameEntry(e: i32, k: i32, h: i64, rem: i32, ob: i32, obLen: i32): bool {
  if (mHash.at(e) != h) return false;
  const s = mKeyStart.at(e);
  if (mKeys.at(s) != k) return false;
  const rs = relStart.at(k);
  const n = relLen.at(k);
  if (mKeyLen.at(e) != 1 + n + obLen) return false;
  for (let i = 0; i < n; i++) if (mKeys.at(s + 1 + i) != remStack.at(rem + relLists.at(rs + i))) return false;
  for (let i = 0; i < obLen; i++) if (mKeys.at(s + 1 + n + i) != obStack.at(ob + i)) return false;
  return true;
}

/** Entry + 1 of (k, rem), or 0; mSlot is the slot found (free when 0). */
let mSlot: i32 = 0;

function lookup(k: i32, h: i64, rem: i32, ob: i32, obLen: i32): i32 {
  let slot = slotOf(k, h);
  while (true) {
    const e = mTable.at(slot);
    if (e == 0 || sameEntry(e - 1, k, h, rem, ob, obLen)) {
      mSlot = slot;
      return e;
    }
    slot = (slot + 1) & mMask;
  }
}

function store(k: i32, h: i64, rem: i32, ob: i32, obLen: i32, plan: i32, need: i64): void {
  const e = lookup(k, h, rem, ob, obLen);
  if (e != 0) {
    mPlan.put(e - 1, plan);
    mNeed.put(e - 1, need);
    return;
  }
  if ((mPlan.len + 1) * 2 > mMask + 1) {
    const size = (mMask + 1) << 1;
    mTable.len = 0;
    mTable.alloc(size);
    mMask = size - 1;
    for (let e = 0; e < mPlan.len; e++) {
      let slot = slotOf(mKeys.at(mKeyStart.at(e)), mHash.at(e));
      while (mTable.at(slot) != 0) slot = (slot + 1) & mMask;
      mTable.put(slot, e + 1);
    }
    // The table grew: find the empty slot again (otherwise the lookup above left it in mSlot).
    lookup(k, h, rem, ob, obLen);
  }
  const at = mKeys.len;
  mKeys.push(k);
  const rs = relStart.at(k);
  for (let i = 0; i < relLen.at(k); i++) mKeys.push(remStack.at(rem + relLists.at(rs + i)));
  for (let i = 0; i < obLen; i++) mKeys.push(obStack.at(ob + i));
  mKeyStart.push(at);
  mKeyLen.push(mKeys.len - at);
  mHash.push(h);
  mPlan.push(plan);
  mNeed.push(need);
  mTable.put(mSlot, mPlan.len);
}

// DFS frames, one per promotion of the component (solve(k) is active at most once).
export const fTypesStart = new I32Buf(64);
export const fTypesLen = new I32Buf(64);
export const fLimit = new I32Buf(64);
export const fHasBudget = new I32Buf(64);
export const fBudget = new I64Buf(64);
export const fRem = new I32Buf(64);
export const fBest = new I32Buf(64);
/** Per active frame k: the gain its DFS's plans must reach to matter (solver DfsState.need). */
export const fNeed = new I64Buf(64);
/** Per active frame k: where its runs start in `chosen`, and the applications on the path before it. */
export const fChosenBase = new I32Buf(64);
export const fChosenApps = new I32Buf(64);
/** Per active frame k: its incoming obligations, obStack[fOb, fOb + fObLen). */
export const fOb = new I32Buf(64);
export const fObLen = new I32Buf(64);
/** Forced kinds of the active solve calls as runs: forcedList[i] taken forcedTimes[i] times (a stack). */
export const forcedList = new I32Buf(64);
export const forcedTimes = new I32Buf(64);

/** Appends n copies of kind t to the plan runs from `at` on (joined to the last run when it is t). */
function pushPlanRun(at: i32, t: i32, n: i32): void {
  const last = planNodeApps.len - 1;
  if (last >= at && planNodeApps.at(last) == t) planNodeTimes.put(last, planNodeTimes.at(last) + n);
  else {
    planNodeApps.push(t);
    planNodeTimes.push(n);
  }
}

/** Applications promotion k's walk has chosen so far. */
@inline function appsOf(k: i32): i32 {
  return chosenApps() - fChosenApps.at(k);
}

/** Best plan of the component (when aborted: the best complete plan met, possibly empty). */
export function run(): i32 {
  // A search that finishes within LAGRANGE_PROBE nodes without λ* has its exact plan; otherwise
  // it starts again with λ*, reusing the exact memo entries, its nodes counted (solver run).
  resetLagrange();
  if (lagrangeApplies(incumbent)) {
    const budget = searchBudget;
    const cap = nodes + LAGRANGE_PROBE;
    if (cap < budget) searchBudget = cap;
    const probe = searchFrom();
    searchBudget = budget;
    if (!aborted) return probe;
    nodes = doneAtAbort;
    aborted = nodes > budget || workspaceFull();
    if (aborted) return probe;
  }
  // λ* (its work counts in the node budget) bounds every node below.
  prepareLagrange(incumbent);
  return searchFrom();
}

/** Nodes the search takes alone before the incumbent is built (solver INCUMBENT_PROBE). */
export const INCUMBENT_PROBE: i64 = 200;
/** Whether the last `quickRun` finished (its plan is then exact). */
export let quickDone = false;

/**
 * The search alone — no incumbent, no λ* — for at most `cap` more nodes (solver quickRun): its
 * plan with `quickDone` when it finishes; otherwise the search is ready to `run()` on.
 */
export function quickRun(cap: i64): i32 {
  resetLagrange();
  const keep = incumbent;
  incumbent = 0;
  const budget = beginCap(cap);
  const plan = searchFrom();
  quickDone = endCap(budget);
  incumbent = keep;
  return plan;
}

/** Whether the last `probeRun` finished (its plan is then exact). */
export let probeDone = false;

/**
 * `run()` for at most `cap` more nodes (solver probeRun): its plan with `probeDone` when it
 * finishes; otherwise the search is ready to `run()` on under another incumbent.
 */
export function probeRun(cap: i64): i32 {
  const budget = beginCap(cap);
  const plan = run();
  probeDone = endCap(budget);
  return plan;
}

/** The search from the root with the incumbent as its target (solver searchFrom). */
function searchFrom(): i32 {
  const rem = fullCounts();
  obStack.len = 0;
  const lag0 = lagrangeOn() ? lagDot(rem) : 0;
  let plan = solve(0, rem, hashOf(0, rem), 0, 0, incumbent, bound(0, rem), lag0);
  // Nothing reached the incumbent (a cent of pricing difference, solver run): again without it.
  if (plan < 0 && !aborted && incumbent > 0) plan = solve(0, rem, hashOf(0, rem), 0, 0, 0, bound(0, rem), lag0);
  return plan;
}

/** Gain of a known plan of the component (solver ComponentSearch.incumbent); set before run. */
let incumbent: i64 = 0;

export function setIncumbent(gain: i64): void {
  incumbent = gain;
}

/** A part, or the rest after a promotion, that makes no application: one node, no rest (solver NOTHING). */
@inline function nothing(): i32 {
  return newPlan(0, 0, 0, 0, 0, -1);
}

/** Plans of the parts solved so far by the active solveRest calls (a stack). */
const partPlans = new I32Buf(64);
/** Per active solveRest call: the order its parts are solved in (a stack). */
const partOrder = new I32Buf(64);
/** Per active solveRest call: Σ of the bounds of its parts from i on (a stack). */
const partAfter = new I64Buf(64);

/**
 * Best plan of promotion k's parts on `rem` reaching `need` with the obligations obStack[ob, +obLen),
 * or -1 (solver solveRest), when k has several parts: each part's own best, the smallest first,
 * each needing the rest's need less what the parts solved before it gained and what the parts
 * after it can gain at most. Each part's call gets its own hash, flat bound and λ*·rem over its groups.
 */
function solveRest(k: i32, rem: i32, ob: i32, obLen: i32, need: i64): i32 {
  const n = partLen.at(k);
  const ps = partStart.at(k);
  const lag = lagrangeOn();
  // Smallest parts first (fewest groups; ties: in order), as positions into k's parts.
  const ord = partOrder.len;
  for (let i = 0; i < n; i++) {
    const size = relLen.at(partList.at(ps + i));
    let j = partOrder.len;
    partOrder.push(i);
    while (j > ord && relLen.at(partList.at(ps + partOrder.at(j - 1))) > size) {
      partOrder.put(j, partOrder.at(j - 1));
      j--;
    }
    partOrder.put(j, i);
  }
  const after = partAfter.alloc(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    const c = partList.at(ps + partOrder.at(ord + i));
    let b = boundOver(relLists, relStart.at(c), relLen.at(c), c, rem);
    if (lag) {
      const l = lagPart.at(c) + lagDotOver(relLists, relStart.at(c), relLen.at(c), rem);
      if (l < b) b = l;
    }
    partAfter.put(after + i, partAfter.at(after + i + 1) + b);
  }
  // Each part's plan at its place among k's parts.
  const plansAt = partPlans.alloc(n);
  let gain: i64 = 0;
  let units = 0;
  let result = 0;
  for (let i = 0; i < n; i++) {
    const at = partOrder.at(ord + i);
    const c = partList.at(ps + at);
    const cs = relStart.at(c);
    const cn = relLen.at(c);
    // The part's obligations: those on its groups (the obligations are ascending, so is its list).
    const own = obStack.len;
    for (let j = 0; j < obLen; j++) {
      const g = obStack.at(ob + j);
      for (let x = 0; x < cn; x++) {
        if (relLists.at(cs + x) == g) {
          obStack.push(g);
          break;
        }
      }
    }
    const h = memoized.at(c) != 0 ? hashOf(c, rem) : 0;
    const lagC = lag ? lagDotOver(relLists, cs, cn, rem) : 0;
    const sub = solve(c, rem, h, own, obStack.len - own, need - gain - partAfter.at(after + i + 1), boundOver(relLists, cs, cn, c, rem), lagC);
    obStack.len = own;
    if (sub < 0) {
      result = -1;
      break;
    }
    partPlans.put(plansAt + at, sub);
    gain += planNodeGain.at(sub);
    units += planNodeUnits.at(sub);
  }
  if (result == 0) {
    result = newFork(gain, units, forkList.len);
    for (let i = 0; i < n; i++) forkList.push(partPlans.at(plansAt + i));
  }
  partPlans.len = plansAt;
  partAfter.len = after;
  partOrder.len = ord;
  return result;
}

/** λ*·rem over k's own groups that none of its parts uses (in k's part, not in its rest). */
function ownOnlyLag(k: i32, rem: i32): i64 {
  return ownOnlyLagOf(k, lqStart.at(k), lqLen.at(k), rem) + ownOnlyLagOf(k, lbStart.at(k), lbLen.at(k), rem);
}

/** ownOnlyLag over one of k's lists, lLists[at, at + n). */
function ownOnlyLagOf(k: i32, at: i32, n: i32, rem: i32): i64 {
  let s: i64 = 0;
  const next = (k + 1) * compGroupCount;
  const last = k + 1 >= compPromoCount;
  for (let i = 0; i < n; i++) {
    const g = lLists.at(at + i);
    if (!last && relMark.at(next + g) != 0) continue;
    const r = remStack.at(rem + g);
    if (r > 0) s += lagLam.at(g) * <i64>r;
  }
  return s;
}

/** After a cut-off: the empty plan, which only qualifies without open obligations. */
@inline function cutOff(k: i32, obLen: i32): i32 {
  return obLen > 0 ? -1 : nothing();
}

/**
 * Best plan of promotion k's part on `rem` that uses up the obligations obStack[ob, ob + obLen), or -1
 * when there is none (solver solve). The caller keeps `hRem` = hashOf(k, rem), `bK` = bound(k, rem)
 * and `lagK` = λ*·rem (when λ* is on) up to date, so no call passes over every group for them.
 */
function solve(k: i32, rem: i32, hRem: i64, ob: i32, obLen: i32, need: i64, bK: i64, lagK: i64): i32 {
  // Calls with a key wider than MEMO_KEY_GROUPS are not memoized (solver solve).
  const memo = memoized.at(k) != 0;
  const h = memo ? hRem + obligationHash(ob, obLen) : 0;
  const hit = memo ? lookup(k, h, rem, ob, obLen) : 0;
  // An entry reaching its need is exact; one below it answers any call needing as much or more.
  if (hit != 0) {
    const pl = mPlan.at(hit - 1);
    if (pl >= 0 && planNodeGain.at(pl) >= mNeed.at(hit - 1)) return pl;
    if (need >= mNeed.at(hit - 1)) return -1;
  }
  // One recursion per promotion of a path of parts: past MAX_SEARCH_DEPTH cut off like a spent budget.
  if (searchDepth > MAX_SEARCH_DEPTH) abortAtDepth();
  if (tick()) return cutOff(k, obLen);
  const types = isolatedRange.at(k) != 0 && sepRange.at(k) == 0 ? bestRangeKind(k, rem) : isolatedChunk.at(k) != 0 ? chunkKinds(k, rem) : generate(k, rem, need, bK);
  const typesLen = kindList.len - types;
  if (aborted) return cutOff(k, obLen);
  const p = promoAt(k);
  const limit = applicationLimit(p);
  // The DFS works on the caller's counts in place: every kind it subtracts is added back before it
  // returns (also when cut off), so `rem` is unchanged afterwards, as the memo store below needs.
  const copy = rem;
  fTypesStart.put(k, types);
  fTypesLen.put(k, typesLen);
  fLimit.put(k, limit);
  fHasBudget.put(k, pHasBudget.at(p));
  fBudget.put(k, pBudget.at(p));
  fRem.put(k, copy);
  fBest.put(k, -1);
  fNeed.put(k, need);
  fChosenBase.put(k, chosen.len);
  fChosenApps.put(k, chosenApps());
  fOb.put(k, ob);
  fObLen.put(k, obLen);
  // Forced single-unit kinds (solver forcedUnits): taken on every unit of their group, out of the DFS.
  const fStart = forcedList.len;
  let fGain: i64 = 0;
  let fUnits = 0;
  if (forcedUnits.at(k) != 0) {
    for (let j = 0; j < typesLen; j++) {
      const t = kindList.at(types + j);
      const g = kindUsedGroup.at(kindUsedStart.at(t));
      if (sepForce.at(k * compGroupCount + g) != 1) continue;
      const c = remStack.at(copy + g);
      if (c > 0) {
        forcedList.push(t);
        forcedTimes.push(c);
      }
      fGain += <i64>c * (kindSaving.at(t) - kindForfeit.at(t));
      fUnits += c;
      remStack.put(copy + g, 0);
      bK -= <i64>c * ubUnit.at(k * compGroupCount + g);
      if (lagrangeOn()) lagK -= lagLam.at(g) * <i64>c;
    }
    // The forced part is in every plan of this call: the DFS's plans need that much less.
    fNeed.put(k, need - fGain);
  }
  let nq = 0;
  for (let i = 0; i < lqLen.at(k); i++) nq += remStack.at(copy + lLists.at(lqStart.at(k) + i));
  // With λ*: the suffix maxima of the kinds' reduced gains for this call (solver suffixReduced).
  const redAt = lagRed.len;
  if (lagrangeOn()) {
    if (fLagRed.len < k + 1) {
      fLagRed.ensure(k + 1);
      fLagRed.len = k + 1;
    }
    fLagRed.put(k, redAt);
    lagRed.alloc(typesLen + 1);
    for (let j = typesLen - 1; j >= 0; j--) {
      const t = kindList.at(types + j);
      let r = kindSaving.at(t) - kindForfeit.at(t);
      const zs = kindUsedStart.at(t);
      const ze = zs + kindUsedLen.at(t);
      for (let z = zs; z < ze; z++) r -= lagLam.at(kindUsedGroup.at(z)) * <i64>kindUsedCount.at(z);
      const next = lagRed.at(redAt + j + 1);
      lagRed.put(redAt + j, r > next ? r : next);
    }
  }
  // The memo hash of the one part after k (kept per kind like the bounds); several parts hash their own.
  const one = partLen.at(k) == 1 ? partList.at(partStart.at(k)) : -1;
  const h1 = one >= 0 && memoized.at(one) != 0 ? hashOf(one, copy) : 0;
  // The caller's bound(k, rem) and λ*·rem, less the forced units: the flat bound of k + 1 differs
  // only on the groups where promotion k raises it (ubDiff), so no pass over every group.
  let bK1 = bK;
  const us = ubDiffStart.at(k);
  for (let i = 0; i < ubDiffLen.at(k); i++) {
    const g = ubDiffGroups.at(us + i);
    const r = remStack.at(copy + g);
    if (r > 0) bK1 -= <i64>r * (ubUnit.at(k * compGroupCount + g) - ubUnit.at((k + 1) * compGroupCount + g));
  }
  dfs(k, bK, bK1, nq, h1, lagrangeOn() ? lagK : 0);
  lagRed.len = redAt;
  const fEnd = forcedList.len;
  if (fEnd > fStart) {
    const b = fBest.at(k);
    if (b >= 0) {
      const appsAt = planNodeApps.len;
      const bs = planNodeAppsStart.at(b);
      const bn = planNodeAppsLen.at(b);
      let i = 0;
      let j = fStart;
      // Both lists in solution order: merged run by run (solver solve).
      while (i < bn || j < fEnd) {
        if (j == fEnd || (i < bn && compareType(planNodeApps.at(bs + i), forcedList.at(j)) < 0)) {
          pushPlanRun(appsAt, planNodeApps.at(bs + i), planNodeTimes.at(bs + i));
          i++;
        } else {
          pushPlanRun(appsAt, forcedList.at(j), forcedTimes.at(j));
          j++;
        }
      }
      fBest.put(k, newPlan(planNodeGain.at(b) + fGain, planNodeUnits.at(b) + fUnits, appsAt, planNodeApps.len - appsAt, planNodeOwnUnits.at(b) + fUnits, planNodeNext.at(b)));
    }
    for (let j = fStart; j < fEnd; j++) {
      const at = copy + kindUsedGroup.at(kindUsedStart.at(forcedList.at(j)));
      remStack.put(at, remStack.at(at) + forcedTimes.at(j));
    }
    forcedList.len = fStart;
    forcedTimes.len = fStart;
  }
  const best = fBest.at(k);
  if (aborted) return best < 0 ? cutOff(k, obLen) : best;
  if (memo) store(k, h, rem, ob, obLen, best, need);
  return best >= 0 && planNodeGain.at(best) >= need ? best : -1;
}

/**
 * Pushes the obligations after promotion k's chosen kinds chosen[base, base + n) onto obStack
 * (solver obligationsAfter): the incoming ones still open, plus for a cheapestBenefit promotion
 * its benefit groups with units left that are cheaper than a unit it rewards (all of them when an
 * application rewards fewer than rewardCount). False when one cannot be met: no later promotion
 * uses the group.
 */
function pushObligations(k: i32, rem: i32, base: i32, n: i32): bool {
  const ob = fOb.at(k);
  const obLen = fObLen.at(k);
  const at = obStack.len;
  for (let i = 0; i < obLen; i++) {
    const g = obStack.at(ob + i);
    if (remStack.at(rem + g) > 0) obStack.push(g);
  }
  const d = pDeal.at(promoAt(k));
  if (dTarget.at(d) == Target.CheapestBenefit && n > 0) {
    const rc = dRewardCount.at(d);
    const bs = lbStart.at(k);
    const bn = lbLen.at(k);
    let dearest: i64 = -1;
    let short = false;
    for (let a = 0; a < n; a++) {
      const t = chosen.at(base + a);
      let placed = 0;
      // The kind's used groups (its counts > 0) that are benefit groups of k.
      const us = kindUsedStart.at(t);
      for (let i = 0; i < kindUsedLen.at(t); i++) {
        const g = kindUsedGroup.at(us + i);
        if (localRole.at(k * compGroupCount + g) != 2) continue;
        placed += kindUsedCount.at(us + i);
        if (groupPrice.at(g) > dearest) dearest = groupPrice.at(g);
      }
      if (placed < rc) short = true;
    }
    for (let i = 0; i < bn; i++) {
      const g = lLists.at(bs + i);
      if (remStack.at(rem + g) == 0 || !(short || groupPrice.at(g) < dearest)) continue;
      // Insert keeping the list ascending and unique.
      let j = obStack.len;
      let dup = false;
      for (let x = at; x < obStack.len; x++) if (obStack.at(x) == g) dup = true;
      if (dup) continue;
      obStack.push(g);
      while (j > at && obStack.at(j - 1) > g) {
        obStack.put(j, obStack.at(j - 1));
        j--;
      }
      obStack.put(j, g);
    }
  }
  for (let i = at; i < obStack.len; i++) if (k + 1 >= compPromoCount || relMark.at((k + 1) * compGroupCount + obStack.at(i)) == 0) return false;
  return true;
}

/**
 * Fewest units any completion of this node needs to reach the best gain: the missing gain comes
 * from applications of k (≤ cap each, ≥ their minimum units each) or from later promotions' units
 * (≤ their unit bound each), so it takes at least missing ÷ best rate units, and at least as many
 * as the largest unit bounds and, for cheapest-N parts, the rewarded places need (solver fewestUnits).
 */
function fewestUnits(k: i32, rem: i32, gain: i64, units: i32, cap: i64, bestGain: i64): i64 {
  const missing = bestGain - gain;
  if (missing <= 0) return units;
  const row = (k + 1) * compGroupCount;
  let later: i64 = 0;
  const rs = restStart.at(k);
  for (let i = 0; i < restLen.at(k); i++) {
    const g = relLists.at(rs + i);
    if (remStack.at(rem + g) > 0 && ubUnit.at(row + g) > later) later = ubUnit.at(row + g);
  }
  const d = pDeal.at(promoAt(k));
  const target = dTarget.at(d);
  const extra = target == Target.CheapestBenefit || target == Target.AllBenefit ? 1 : 0;
  // k's best gain per unit num / den; with set amounts only, the best tier's (solver fewestUnits).
  let num = cap;
  let den = <i64>(shMinQ.at(k) + extra);
  if (dRange.at(d) == 0 && shSetCap.at(k) >= 0) {
    num = 0;
    den = 1;
    const ts = dTierStart.at(d);
    for (let t = 0; t < dTierCount.at(d); t++) {
      if (tThKind.at(ts + t) == Threshold.SpendsAtLeast) continue;
      const x = tRwAmt.at(ts + t);
      const v = x < cap ? x : cap;
      const n = <i64>(tThQty.at(ts + t) + extra);
      if (v * den > num * n) {
        num = v;
        den = n;
      }
    }
  }
  let need: i64;
  if (later * den >= num) need = later > 0 ? (missing + later - 1) / later : 0;
  else need = (missing * den + num - 1) / num;
  let most = need;
  const byShares = fewestByShares(k, rem, missing);
  if (byShares > most) most = byShares;
  if (jointPlaces(k)) {
    const byPlaces = jointWalk(k, rem, missing, cap);
    if (byPlaces > most) most = byPlaces;
  }
  return <i64>units + most;
}

// The DFS's explicit stack (solver search.ts Frames): frame d of promotion k's walk is the
// multiset chosen[base, base + d) with its sums, bounds and the next kind index to try. Frames of
// nested solve calls sit above those of their caller, so the WASM stack only grows with the
// number of promotions, never with the number of applications.
export const dStart = new I32Buf(64);
export const dNext = new I32Buf(64);
export const dSum = new I64Buf(64);
export const dForfeit = new I64Buf(64);
export const dUnits = new I32Buf(64);
/** Per frame: the flat bounds of promotion k's part and of its parts (its rest) on the frame's counts. */
export const dBoundHere = new I64Buf(64);
export const dBoundNext = new I64Buf(64);
/** Per frame: qualifying units of promotion k left, and the memo hash of its one part on the frame's counts. */
export const dQualifyingLeft = new I32Buf(64);
export const dNextHash = new I64Buf(64);
export const dEntered = new I32Buf(64);
/** Per frame: CHAIN_NONE, CHAIN_FRESH or CHAIN_DONE (solver search.ts descendChain). */
export const dChain = new I32Buf(64);
/** Per frame: the copies of its kind it holds (1; a chain frame: its levels, solver Frames.level). */
export const dChainLevel = new I32Buf(64);
/** Σ_g λ*_g·rem_g of the frame (lagrange.ts), kept up to date per kind like dBoundHere. */
export const dLag = new I64Buf(64);
/** Suffix maxima of reduced gains per active solve call (a stack; fLagRed[k] is call k's offset). */
const lagRed = new I64Buf(256);
const fLagRed = new I32Buf(64);

export function resetFrames(): void {
  dStart.len = 0; dNext.len = 0; dSum.len = 0; dForfeit.len = 0; dUnits.len = 0;
  dBoundHere.len = 0; dBoundNext.len = 0; dQualifyingLeft.len = 0; dNextHash.len = 0; dEntered.len = 0; dLag.len = 0; dChain.len = 0; dChainLevel.len = 0;
}

const CHAIN_NONE = 0;
const CHAIN_FRESH = 1;
const CHAIN_DONE = 2;

/** Copies of one kind from which a choice is walked as a chain (solver search.ts CHAIN_FROM). */
let chainFrom: i32 = 8;

/** Sets the chain threshold (tests: solver search.ts setChainFrom). */
export function setChainFrom(n: i32): void {
  chainFrom = n;
}

function enter(start: i32, sumSaving: i64, forfeit: i64, units: i32, bK: i64, bK1: i64, nq: i32, h1: i64, lag: i64): void {
  dLag.push(lag);
  dStart.push(start);
  dNext.push(start);
  dSum.push(sumSaving);
  dForfeit.push(forfeit);
  dUnits.push(units);
  dBoundHere.push(bK);
  dBoundNext.push(bK1);
  dQualifyingLeft.push(nq);
  dNextHash.push(h1);
  dEntered.push(0);
  dChain.push(CHAIN_NONE);
  dChainLevel.push(1);
}

/**
 * Leaves the top level of promotion k's walk (bottom frame `bottom`), giving back its kind's
 * units: a frame holds one copy of its kind, a chain frame dChainLevel copies, left one level at a
 * time (solver search.ts leave).
 */
function leave(k: i32, bottom: i32): void {
  const d = dStart.len - 1;
  if (d == bottom) popFrame(d);
  else dropLevels(k, d, 1);
}

/** Leaves the whole top frame: every level of a chain frame at once (solver dfs on a cut-off). */
function leaveFrame(k: i32, bottom: i32): void {
  const d = dStart.len - 1;
  if (d == bottom) popFrame(d);
  else dropLevels(k, d, dChainLevel.at(d));
}

/** Removes frame d (the top one) from every frame array. */
function popFrame(d: i32): void {
  dStart.len = d; dNext.len = d; dSum.len = d; dForfeit.len = d; dUnits.len = d;
  dBoundHere.len = d; dBoundNext.len = d; dQualifyingLeft.len = d; dNextHash.len = d; dEntered.len = d; dLag.len = d; dChain.len = d; dChainLevel.len = d;
}

@inline function frameGain(k: i32, d: i32): i64 {
  return gainWithin(k, dSum.at(d), dForfeit.at(d));
}

/** Savings `sum` within promotion k's budget, less `forfeit` (solver search.ts gainWithin). */
@inline function gainWithin(k: i32, sum: i64, forfeit: i64): i64 {
  return (fHasBudget.at(k) != 0 && sum > fBudget.at(k) ? fBudget.at(k) : sum) - forfeit;
}

/** True when no completion of frame d can beat the best candidate of promotion k's call. */
function pruned(k: i32, d: i32): bool {
  return prunedAt(k, d, frameGain(k, d), appsOf(k), dStart.at(d));
}

/**
 * True when no multiset with n applications gaining at most `gain`, on frame d's counts (its
 * bounds, units and savings), completed by kinds ≥ `start` and the later promotions, can beat
 * the best candidate (solver search.ts prunedAt).
 */
function prunedAt(k: i32, d: i32, gain: i64, n: i32, start: i32): bool {
  const best = fBest.at(k);
  const need = fNeed.at(k);
  if (best < 0 && need <= 0) return false;
  const rem = fRem.at(k);
  // Kinds are sorted by gain, so further applications gain at most the kind at `start`.
  const ts0 = fTypesStart.at(k);
  const cap: i64 = start < fTypesLen.at(k) ? kindSaving.at(kindList.at(ts0 + start)) - kindForfeit.at(kindList.at(ts0 + start)) : 0;
  // Cheapest bounds first (solver pruned): a dearer one (restBound, the promotion's alone problem
  // re-solved) only when the node still stands; the decision is the one the smallest bound gives.
  let ub = gain + dBoundHere.at(d);
  let ext: i64 = -1;
  let lagBase: i64 = 0;
  if (lagrangeOn()) {
    // Further applications of k add at most ẑ_k in reduced gain, and at most the best reduced
    // gain of a kind ≥ start per application left (solver pruned).
    let left = dQualifyingLeft.at(d) / shMinQ.at(k);
    if (left > fLimit.at(k) - n) left = fLimit.at(k) - n;
    ext = <i64>left * lagRed.at(fLagRed.at(k) + start);
    const zk = lagPart.at(k) - lagRestZ.at(k);
    if (ext > zk) ext = zk;
    // λ*·rem over k's own groups too (dLag is over k's part): ext is in reduced gain.
    lagBase = gain + lagRestZ.at(k) + dLag.at(d);
    if (lagBase + ext < ub) ub = lagBase + ext;
  }
  if (ub < need || (best >= 0 && ub < planNodeGain.at(best))) return true;
  // A dearer bound is only computed when it can lower ub (solver pruned): restBound ≥ 0, so the
  // split bound is at least gain + the flat bound of k's parts; the alone problem re-solved is ≥ 0, so it can
  // neither cut nor bring ub down to the best gain once lagBase alone reaches the need and
  // exceeds that gain.
  const restFloor = gain + dBoundNext.at(d);
  if (restFloor < ub) {
    const split = restFloor + restBound(k, rem, n, dSum.at(d), cap, dQualifyingLeft.at(d));
    if (split < ub) ub = split;
  }
  if (!(ub < need || (best >= 0 && ub < planNodeGain.at(best))) && jointPlaces(k)) {
    const alt = gain + jointWalk(k, rem, -1, cap);
    if (alt < ub) ub = alt;
  }
  // On the units left, the promotion alone may gain less than on the full counts.
  if (ext > 0 && !(ub < need || (best >= 0 && ub < planNodeGain.at(best))) && !(lagBase >= need && (best < 0 || lagBase > planNodeGain.at(best)))) {
    const zr = lagAloneOn(k, rem);
    if (zr >= 0 && zr < ext && lagBase + zr < ub) ub = lagBase + zr;
  }
  if (ub < need) return true;
  if (best < 0) return false;
  if (ub < planNodeGain.at(best)) return true;
  return ub == planNodeGain.at(best) && fewestUnits(k, rem, gain, dUnits.at(d), cap, planNodeGain.at(best)) >= <i64>planNodeUnits.at(best);
}

/** The first place (setRank from `base`) among the groups kindUsedGroup[zs, ze) names. */
function firstRank(base: i32, zs: i32, ze: i32): i32 {
  let r = setRank.at(base + kindUsedGroup.at(zs));
  for (let z = zs + 1; z < ze; z++) if (setRank.at(base + kindUsedGroup.at(z)) < r) r = setRank.at(base + kindUsedGroup.at(z));
  return r;
}

/**
 * Multisets of kinds (non-decreasing index) of promotion k in post-order: extensions first
 * (solver dfs), iterative over the frame stack; same visits, node counts and pruning.
 */
function dfs(k: i32, bK: i64, bK1: i64, nq: i32, h1: i64, lag: i64): void {
  const bottom = dStart.len;
  const rem = fRem.at(k);
  const ts = fTypesStart.at(k);
  const tn = fTypesLen.at(k);
  const additive = additiveSets.at(k) != 0;
  const rankBase = k * compGroupCount;
  enter(0, 0, 0, 0, bK, bK1, nq, h1, lag);
  const lagUsed = lagrangeOn();
  while (dStart.len > bottom) {
    const d = dStart.len - 1;
    if (dEntered.at(d) == 0) {
      dEntered.put(d, 1);
      if (tick() || pruned(k, d)) {
        leave(k, bottom);
        continue;
      }
    }
    // Cut off: every frame is left as it is, a chain frame with all its levels at once.
    if (aborted) {
      leaveFrame(k, bottom);
      continue;
    }
    // A chain level about to try its later kinds (solver dfs).
    if (dChain.at(d) == CHAIN_FRESH) {
      dChain.put(d, CHAIN_DONE);
      if (skipChainLevels(k, d)) continue;
      if (aborted) {
        leaveFrame(k, bottom);
        continue;
      }
    }
    let j = appsOf(k) < fLimit.at(k) ? dNext.at(d) : tn;
    let t = 0;
    // Additive sets: only the canonical multiset of each choice (solver dfs).
    let after = -1;
    if (additive && chosen.len > fChosenBase.at(k)) {
      const last = chosen.at(chosen.len - 1);
      const ls = kindUsedStart.at(last);
      for (let z = ls; z < ls + kindUsedLen.at(last); z++) {
        const r = setRank.at(rankBase + kindUsedGroup.at(z));
        if (r > after) after = r;
      }
    }
    for (; j < tn; j++) {
      t = kindList.at(ts + j);
      const zs = kindUsedStart.at(t);
      const ze = zs + kindUsedLen.at(t);
      if (after >= 0 && firstRank(rankBase, zs, ze) < after) continue;
      let fits = true;
      for (let z = zs; z < ze; z++) {
        if (kindUsedCount.at(z) > remStack.at(rem + kindUsedGroup.at(z))) {
          fits = false;
          break;
        }
      }
      if (fits) break;
    }
    if (j < tn) {
      dNext.put(d, j + 1);
      const m = copiesThatFit(k, t);
      if (m >= chainFrom && (!additive || firstRank(rankBase, kindUsedStart.at(t), kindUsedStart.at(t) + kindUsedLen.at(t)) == lastRank(rankBase, t))) {
        descendChain(k, d, j, t, m, lagUsed);
        continue;
      }
      pushKind(k, d, j, t, lagUsed);
      continue;
    }
    complete(k, d);
    leave(k, bottom);
  }
}

/** Takes kind t (index j) on top of frame d: its units, and the frame of the multiset with it. */
function pushKind(k: i32, d: i32, j: i32, t: i32, lagUsed: bool): void {
  const rem = fRem.at(k);
  const zs = kindUsedStart.at(t);
  const ze = zs + kindUsedLen.at(t);
  let lagDrop: i64 = 0;
  for (let z = zs; z < ze; z++) {
    const at = rem + kindUsedGroup.at(z);
    remStack.put(at, remStack.at(at) - kindUsedCount.at(z));
    if (lagUsed) lagDrop += lagLam.at(kindUsedGroup.at(z)) * <i64>kindUsedCount.at(z);
  }
  pushChosen(t, 1, fChosenBase.at(k));
  enter(j, dSum.at(d) + kindSaving.at(t), dForfeit.at(d) + kindForfeit.at(t), dUnits.at(d) + kindUnits.at(t), dBoundHere.at(d) - kindBoundDrop.at(t), dBoundNext.at(d) - kindNextBoundDrop.at(t), dQualifyingLeft.at(d) - kindQualifyingUnits.at(t), dNextHash.at(d) - kindNextHashDrop.at(t), dLag.at(d) - lagDrop);
}

/** The last place (setRank from `base`) among the groups kind t takes units from. */
function lastRank(base: i32, t: i32): i32 {
  const zs = kindUsedStart.at(t);
  let r = setRank.at(base + kindUsedGroup.at(zs));
  for (let z = zs + 1; z < zs + kindUsedLen.at(t); z++) if (setRank.at(base + kindUsedGroup.at(z)) > r) r = setRank.at(base + kindUsedGroup.at(z));
  return r;
}

/** How many more copies of kind t fit in promotion k's counts within its application limit. */
function copiesThatFit(k: i32, t: i32): i32 {
  const rem = fRem.at(k);
  let m = fLimit.at(k) - appsOf(k);
  const zs = kindUsedStart.at(t);
  for (let z = zs; z < zs + kindUsedLen.at(t); z++) {
    const c = remStack.at(rem + kindUsedGroup.at(z)) / kindUsedCount.at(z);
    if (c < m) m = c;
  }
  return m;
}

/** Gives back `times` copies of kind t's units to promotion k's counts (takes them when negative). */
function shiftRem(k: i32, t: i32, times: i32): void {
  if (times == 0) return;
  const rem = fRem.at(k);
  const zs = kindUsedStart.at(t);
  for (let z = zs; z < zs + kindUsedLen.at(t); z++) {
    const at = rem + kindUsedGroup.at(z);
    remStack.put(at, remStack.at(at) + times * kindUsedCount.at(z));
  }
}

// descendChain's bisection: level i's entry check on a frame pushed for the test alone (counts
// and sums taken i times); 1 when it stands, 0 when it is pruned, -1 when the budget ran out.
function standsAt(k: i32, d: i32, j: i32, t: i32, i: i32, lagDrop: i64): i32 {
  if (tick()) return -1;
  shiftRem(k, t, -i);
  const w = <i64>i;
  enter(j, dSum.at(d) + w * kindSaving.at(t), dForfeit.at(d) + w * kindForfeit.at(t), dUnits.at(d) + i * kindUnits.at(t), dBoundHere.at(d) - w * kindBoundDrop.at(t), dBoundNext.at(d) - w * kindNextBoundDrop.at(t), dQualifyingLeft.at(d) - i * kindQualifyingUnits.at(t), dNextHash.at(d) - w * kindNextHashDrop.at(t), dLag.at(d) - w * lagDrop);
  const top = dStart.len - 1;
  const cut = prunedAt(k, top, frameGain(k, top), appsOf(k) + i, j);
  leave(k, top);
  shiftRem(k, t, i);
  return cut ? 0 : 1;
}

/**
 * Frame d chose kind t (index j), which fits m ≥ chainFrom times: the entry checks of the levels
 * S + t×i are bisected before anything is pushed, then levels 1…p−1 are pushed at once (solver
 * search.ts descendChain).
 */
function descendChain(k: i32, d: i32, j: i32, t: i32, m: i32, lagUsed: bool): void {
  let lagDrop: i64 = 0;
  if (lagUsed) {
    const zs = kindUsedStart.at(t);
    for (let z = zs; z < zs + kindUsedLen.at(t); z++) lagDrop += lagLam.at(kindUsedGroup.at(z)) * <i64>kindUsedCount.at(z);
  }
  let p = 0;
  const first = standsAt(k, d, j, t, 1, lagDrop);
  if (first <= 0) return;
  if (m == 1) p = 2;
  else {
    const last = standsAt(k, d, j, t, m, lagDrop);
    if (last < 0) return;
    if (last == 1) p = m + 1;
    else {
      let lo = 1;
      let hi = m;
      while (hi - lo > 1) {
        const mid = lo + (hi - lo) / 2;
        const st = standsAt(k, d, j, t, mid, lagDrop);
        if (st < 0) return;
        if (st == 1) lo = mid;
        else hi = mid;
      }
      p = hi;
    }
  }
  // Levels 1…p−1 as one frame at its deepest level; `leave` walks it up a level at a time.
  const n = p - 1;
  const w = <i64>n;
  shiftRem(k, t, -n);
  pushChosen(t, n, fChosenBase.at(k));
  enter(j, dSum.at(d) + w * kindSaving.at(t), dForfeit.at(d) + w * kindForfeit.at(t), dUnits.at(d) + n * kindUnits.at(t), dBoundHere.at(d) - w * kindBoundDrop.at(t), dBoundNext.at(d) - w * kindNextBoundDrop.at(t), dQualifyingLeft.at(d) - n * kindQualifyingUnits.at(t), dNextHash.at(d) - w * kindNextHashDrop.at(t), dLag.at(d) - w * lagDrop);
  const e = dStart.len - 1;
  dEntered.put(e, 1);
  dNext.put(e, j + 1);
  dChain.put(e, CHAIN_FRESH);
  dChainLevel.put(e, n);
}

/** What one copy of kind t takes off Σ λ*·rem (0 without λ*). */
function lagDropOf(t: i32): i64 {
  if (!lagrangeOn()) return 0;
  let drop: i64 = 0;
  const zs = kindUsedStart.at(t);
  for (let z = zs; z < zs + kindUsedLen.at(t); z++) drop += lagLam.at(kindUsedGroup.at(z)) * <i64>kindUsedCount.at(z);
  return drop;
}

/**
 * Leaves the top n of frame d's levels (n ≤ the copies it holds): their copies' units go back; the
 * frame goes when none is left, else (a chain frame) its next level is on top, about to try the
 * kinds after the chain's (solver search.ts leave).
 */
function dropLevels(k: i32, d: i32, n: i32): void {
  const t = chosen.at(chosen.len - 1);
  shiftRem(k, t, n);
  popChosen(n);
  const left = dChainLevel.at(d) - n;
  if (left == 0) {
    popFrame(d);
    return;
  }
  const w = <i64>n;
  dChainLevel.put(d, left);
  dSum.put(d, dSum.at(d) - w * kindSaving.at(t));
  dForfeit.put(d, dForfeit.at(d) - w * kindForfeit.at(t));
  dUnits.put(d, dUnits.at(d) - n * kindUnits.at(t));
  dBoundHere.put(d, dBoundHere.at(d) + w * kindBoundDrop.at(t));
  dBoundNext.put(d, dBoundNext.at(d) + w * kindNextBoundDrop.at(t));
  dQualifyingLeft.put(d, dQualifyingLeft.at(d) + n * kindQualifyingUnits.at(t));
  dNextHash.put(d, dNextHash.at(d) + w * kindNextHashDrop.at(t));
  dLag.put(d, dLag.at(d) + w * lagDropOf(t));
  dNext.put(d, dStart.at(d) + 1);
  dChain.put(d, CHAIN_FRESH);
}

// skipChainLevels' check: the top n levels of chain frame d on the counts of the shallowest of
// them, a frame pushed for the test alone; 1 cut, 0 not, -1 the budget ran out.
function chainCut(k: i32, d: i32, t: i32, n: i32, lagDrop: i64): i32 {
  if (tick()) return -1;
  const f = n - 1;
  const w = <i64>f;
  shiftRem(k, t, f);
  enter(dStart.at(d), dSum.at(d) - w * kindSaving.at(t), dForfeit.at(d) - w * kindForfeit.at(t), dUnits.at(d) - f * kindUnits.at(t), dBoundHere.at(d) + w * kindBoundDrop.at(t), dBoundNext.at(d) + w * kindNextBoundDrop.at(t), dQualifyingLeft.at(d) + f * kindQualifyingUnits.at(t), dNextHash.at(d) + w * kindNextHashDrop.at(t), dLag.at(d) + w * lagDrop);
  const lo = dStart.len - 1;
  const n0 = appsOf(k) - f;
  let out = prunedAt(k, lo, frameGain(k, lo), n0, dStart.at(lo));
  if (!out) {
    // The deepest level's gain on lo's counts, the kinds after the chain's (solver skipChainLevels).
    out = prunedAt(k, lo, gainWithin(k, dSum.at(d), dForfeit.at(lo)), n0, dStart.at(d) + 1);
  }
  leave(k, lo);
  shiftRem(k, t, -f);
  return out ? 1 : 0;
}

/**
 * Chain level d is about to try the kinds after the chain's: leaves at once the most levels
 * lo…d no completion can make win (solver search.ts skipChainLevels). True when it left any.
 */
function skipChainLevels(k: i32, d: i32): bool {
  const chainLevels = dChainLevel.at(d);
  const t = chosen.at(chosen.len - 1);
  const lagDrop = lagDropOf(t);
  if (chainCut(k, d, t, 1, lagDrop) != 1) return false;
  let good = 1;
  let bad = chainLevels + 1;
  if (chainLevels > 1) {
    const all = chainCut(k, d, t, chainLevels, lagDrop);
    if (all < 0) return false;
    if (all == 1) good = chainLevels;
    else bad = chainLevels;
  }
  while (bad - good > 1) {
    const mid = good + (bad - good) / 2;
    const c = chainCut(k, d, t, mid, lagDrop);
    if (c < 0) return false;
    if (c == 1) good = mid;
    else bad = mid;
  }
  dropLevels(k, d, good);
  return true;
}

/** Post-order step of frame d: the multiset chosen[base..] completed by the best plan of each of k's parts. */
function complete(k: i32, d: i32): void {
  const gain = frameGain(k, d);
  const units = dUnits.at(d);
  const rem = fRem.at(k);
  const base = fChosenBase.at(k);
  const n = chosen.len - base;
  const best = fBest.at(k);
  let later = dBoundNext.at(d);
  // λ*·rem over k's parts' groups: k's part less the groups only k uses.
  const lagNext = lagrangeOn() ? dLag.at(d) - ownOnlyLag(k, rem) : 0;
  if (lagrangeOn()) {
    const lag = lagRestZ.at(k) + lagNext;
    if (lag < later) later = lag;
  }
  if (gain + later < fNeed.at(k)) return;
  if (best >= 0 && cannotBeat(gain + later, units, best)) return;
  const obNext = obStack.len;
  if (!pushObligations(k, rem, base, n)) {
    obStack.len = obNext;
    return;
  }
  // Only a completion reaching the best candidate so far matters (solver complete).
  let target = fNeed.at(k);
  if (best >= 0 && planNodeGain.at(best) > target) target = planNodeGain.at(best);
  const np = partLen.at(k);
  const obLen = obStack.len - obNext;
  searchDepth++;
  const sub = np == 0 ? (obLen > 0 ? -1 : nothing())
    : np == 1 ? solve(partList.at(partStart.at(k)), rem, dNextHash.at(d), obNext, obLen, target - gain, dBoundNext.at(d), lagNext)
    : solveRest(k, rem, obNext, obLen, target - gain);
  searchDepth--;
  obStack.len = obNext;
  if (sub < 0) return;
  const cGain = gain + planNodeGain.at(sub);
  const cUnits = units + planNodeUnits.at(sub);
  vAppsStart = base;
  vAppsLen = n;
  if (best < 0 || compareCandidate(cGain, cUnits, best) < 0) {
    const appsAt = planNodeApps.len;
    for (let i = 0; i < n; i++) {
      planNodeApps.push(chosen.at(base + i));
      planNodeTimes.push(chosenTimes.at(base + i));
    }
    fBest.put(k, newPlan(cGain, cUnits, appsAt, n, units, sub));
  }
}
