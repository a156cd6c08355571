// Application kinds and plans as flat pools, and the total solution order (solver order.ts).
import { I32Buf, I64Buf } from './buffers';
import {
  compGroupCount, chosen, chosenTimes,
} from './component-state';

// Application kinds (types).
export const kindTier = new I32Buf(256);
export const kindSaving = new I64Buf(256);
export const kindForfeit = new I64Buf(256);
export const kindUnits = new I32Buf(256);
export const kindList = new I32Buf(256);

// Per kind, for the hot loop: its non-zero counts (sparse) and what it takes off bound(k), bound(k+1)
// and the qualifying units left. All three bounds are linear in rem, so updating them is exact.
export const kindUsedStart = new I32Buf(256);
export const kindUsedLen = new I32Buf(256);
export const kindUsedGroup = new I32Buf(1024);
export const kindUsedCount = new I32Buf(1024);
/** What the kind takes off bound(k, rem): Σ count × ubUnit[k][g] (solver bounds `bound`). */
export const kindBoundDrop = new I64Buf(256);
/** What the kind takes off bound(k + 1, rem), the later promotions' flat bound. */
export const kindNextBoundDrop = new I64Buf(256);
/** Qualifying units the kind uses. */
export const kindQualifyingUnits = new I32Buf(256);
/** What the kind takes off hashOf(k + 1, rem). */
export const kindNextHashDrop = new I64Buf(256);

// Plans: linked per promotion; apps are runs of type ids: planNodeApps[i] taken planNodeTimes[i]
// times in a row (solver Plan.apps / times).
export const planNodeGain = new I64Buf(1024);
export const planNodeUnits = new I32Buf(1024);
export const planNodeAppsStart = new I32Buf(1024);
export const planNodeAppsLen = new I32Buf(1024);
/** Units the plan node's own applications use (solver Plan.appUnits; planNodeUnits counts the whole tail). */
export const planNodeOwnUnits = new I32Buf(1024);
export const planNodeNext = new I32Buf(1024);
export const planNodeApps = new I32Buf(1024);
export const planNodeTimes = new I32Buf(1024);
/**
 * Per plan node: -1, or for the rest of a promotion with several parts (solver Plan.parts) the
 * offset in forkList of its parts' plans, one per part in partList order.
 */
export const planNodeFork = new I32Buf(1024);
export const forkList = new I32Buf(256);

export function newPlan(gain: i64, units: i32, appsStart: i32, appsLen: i32, appUnits: i32, next: i32): i32 {
  const id = planNodeGain.len;
  planNodeGain.push(gain);
  planNodeUnits.push(units);
  planNodeAppsStart.push(appsStart);
  planNodeAppsLen.push(appsLen);
  planNodeOwnUnits.push(appUnits);
  planNodeNext.push(next);
  planNodeFork.push(-1);
  return id;
}

/** A rest made of several parts: their plans forkList[at, at + parts) (solver solveRest). */
export function newFork(gain: i64, units: i32, at: i32): i32 {
  const id = newPlan(gain, units, 0, 0, 0, -1);
  planNodeFork.put(id, at);
  return id;
}

export function planNext(id: i32): i32 { return planNodeNext.at(id); }
export function planAppsLen(id: i32): i32 { return planNodeAppsLen.at(id); }
export function planApp(id: i32, i: i32): i32 { return planNodeApps.at(planNodeAppsStart.at(id) + i); }
export function planAppTimes(id: i32, i: i32): i32 { return planNodeTimes.at(planNodeAppsStart.at(id) + i); }
export function typeTier(t: i32): i32 { return kindTier.at(t); }


/** compareType's first steps: more gain, then higher tier (0 when both agree). */
@inline export function compareGainTier(a: i32, b: i32): i32 {
  const ga = kindSaving.at(a) - kindForfeit.at(a);
  const gb = kindSaving.at(b) - kindForfeit.at(b);
  if (ga != gb) return ga > gb ? -1 : 1;
  const ta = kindTier.at(a), tb = kindTier.at(b);
  return ta == tb ? 0 : ta > tb ? -1 : 1;
}

/** Preference between kinds (total): more gain, higher tier, more units of earlier groups (< 0: a is better). */
export function compareType(a: i32, b: i32): i32 {
  const first = compareGainTier(a, b);
  if (first != 0) return first;
  return compareUsed(a, b);
}

/**
 * More units of earlier groups first (< 0: a is better): the kinds' count vectors compared group by
 * group, ascending, walking their used lists (ascending, counts > 0) instead of every group.
 */
export function compareUsed(a: i32, b: i32): i32 {
  let i = kindUsedStart.at(a);
  let j = kindUsedStart.at(b);
  const ie = i + kindUsedLen.at(a);
  const je = j + kindUsedLen.at(b);
  while (i < ie || j < je) {
    const ga = i < ie ? kindUsedGroup.at(i) : i32.MAX_VALUE;
    const gb = j < je ? kindUsedGroup.at(j) : i32.MAX_VALUE;
    // A group in one list only: that kind has units there and the other none.
    if (ga != gb) return ga < gb ? -1 : 1;
    const x = kindUsedCount.at(i++), y = kindUsedCount.at(j++);
    if (x != y) return x > y ? -1 : 1;
  }
  return 0;
}

// The candidate plan of a DFS node before it is stored: its runs are chosen[vAppsStart, + vAppsLen).
export let vAppsStart: i32 = 0;
export let vAppsLen: i32 = 0;

/**
 * Total solution order between the candidate (gain, units, its kinds at vAppsStart) and plan b of
 * the same solve call (< 0: candidate better). Candidates of one call are distinct multisets of
 * its promotion's kinds, so their lists always decide (solver comparePlan).
 */
export function compareCandidate(gain: i64, units: i32, b: i32): i32 {
  const gb = planNodeGain.at(b);
  if (gain != gb) return gain > gb ? -1 : 1;
  const ub = planNodeUnits.at(b);
  if (units != ub) return units < ub ? -1 : 1;
  // Application by application, read run by run (solver comparePlan).
  const xe = vAppsStart + vAppsLen;
  const bs = planNodeAppsStart.at(b);
  const ye = bs + planNodeAppsLen.at(b);
  let i = vAppsStart;
  let j = bs;
  let ri = 0;
  let rj = 0;
  while (i < xe && j < ye) {
    const c = compareType(chosen.at(i), planNodeApps.at(j));
    if (c != 0) return c;
    const ti = chosenTimes.at(i);
    const tj = planNodeTimes.at(j);
    const step = ti - ri < tj - rj ? ti - ri : tj - rj;
    ri += step;
    rj += step;
    if (ri == ti) {
      i++;
      ri = 0;
    }
    if (rj == tj) {
      j++;
      rj = 0;
    }
  }
  const xLeft = i < xe;
  const yLeft = j < ye;
  return xLeft == yLeft ? 0 : xLeft ? -1 : 1;
}

/**
 * Nodes are met in increasing solution order among equal (gain, units), so a completion bounded by
 * `bound` gain and using at least `units` units can only win with more gain or fewer units.
 */
@inline export function cannotBeat(bound: i64, units: i32, best: i32): bool {
  const g = planNodeGain.at(best);
  return bound < g || (bound == g && units >= planNodeUnits.at(best));
}

export function realGain(t: i32, hasBudget: bool, budget: i64): i64 {
  const s = kindSaving.at(t);
  return (hasBudget && s > budget ? budget : s) - kindForfeit.at(t);
}

export function betterKind(a: i32, b: i32, hasBudget: bool, budget: i64): bool {
  const ga = realGain(a, hasBudget, budget);
  const gb = realGain(b, hasBudget, budget);
  if (ga != gb) return ga > gb;
  const ua = kindUnits.at(a), ub = kindUnits.at(b);
  if (ua != ub) return ua < ub;
  return compareType(a, b) < 0;
}
