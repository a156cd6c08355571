// Application kinds and plans as flat pools, and the total solution order (solver order.ts).
import { I32Buf, I64Buf } from './buffers';
import {
  compGroupCount, chosen, kindCounts,
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

// Plans: linked per promotion; apps are type ids.
export const planNodeGain = new I64Buf(1024);
export const planNodeUnits = new I32Buf(1024);
export const planNodeAppsStart = new I32Buf(1024);
export const planNodeAppsLen = new I32Buf(1024);
/** Units the plan node's own applications use (solver Plan.appUnits; planNodeUnits counts the whole tail). */
export const planNodeOwnUnits = new I32Buf(1024);
export const planNodeNext = new I32Buf(1024);
export const planNodeApps = new I32Buf(1024);

export function newPlan(gain: i64, units: i32, appsStart: i32, appsLen: i32, appUnits: i32, next: i32): i32 {
  const id = planNodeGain.len;
  planNodeGain.push(gain);
  planNodeUnits.push(units);
  planNodeAppsStart.push(appsStart);
  planNodeAppsLen.push(appsLen);
  planNodeOwnUnits.push(appUnits);
  planNodeNext.push(next);
  return id;
}

export function planNext(id: i32): i32 { return planNodeNext.at(id); }
export function planAppsLen(id: i32): i32 { return planNodeAppsLen.at(id); }
export function planApp(id: i32, i: i32): i32 { return planNodeApps.at(planNodeAppsStart.at(id) + i); }
export function typeTier(t: i32): i32 { return kindTier.at(t); }
export function typeCount(t: i32, g: i32): i32 { return kindCounts.at(t * compGroupCount + g); }

/** Preference between kinds (total): more gain, higher tier, more units of earlier groups (< 0: a is better). */
export function compareType(a: i32, b: i32): i32 {
  const ga = kindSaving.at(a) - kindForfeit.at(a);
  const gb = kindSaving.at(b) - kindForfeit.at(b);
  if (ga != gb) return ga > gb ? -1 : 1;
  const ta = kindTier.at(a), tb = kindTier.at(b);
  if (ta != tb) return ta > tb ? -1 : 1;
  const ca = a * compGroupCount, cb = b * compGroupCount;
  for (let g = 0; g < compGroupCount; g++) {
    const x = kindCounts.at(ca + g), y = kindCounts.at(cb + g);
    if (x != y) return x > y ? -1 : 1;
  }
  return 0;
}

// The candidate plan of a DFS node before it is stored: the VIRTUAL id stands for it.
const VIRTUAL: i32 = -2;
export let vAppsStart: i32 = 0;
export let vAppsLen: i32 = 0;
export let vNext: i32 = -1;
@inline function pNext(x: i32): i32 { return x == VIRTUAL ? vNext : planNodeNext.at(x); }
@inline function pAppsLen(x: i32): i32 { return x == VIRTUAL ? vAppsLen : planNodeAppsLen.at(x); }
@inline function pApp(x: i32, i: i32): i32 { return x == VIRTUAL ? chosen.at(vAppsStart + i) : planNodeApps.at(planNodeAppsStart.at(x) + i); }

/** Total solution order between the VIRTUAL candidate (gain, units) and plan b (< 0: candidate better). */
export function compareCandidate(gain: i64, units: i32, b: i32): i32 {
  const gb = planNodeGain.at(b);
  if (gain != gb) return gain > gb ? -1 : 1;
  const ub = planNodeUnits.at(b);
  if (units != ub) return units < ub ? -1 : 1;
  let x = VIRTUAL;
  let y = b;
  while (x != -1 && y != -1) {
    const lx = pAppsLen(x), ly = pAppsLen(y);
    const n = lx < ly ? lx : ly;
    for (let i = 0; i < n; i++) {
      const c = compareType(pApp(x, i), pApp(y, i));
      if (c != 0) return c;
    }
    if (lx != ly) return lx > ly ? -1 : 1;
    x = pNext(x);
    y = pNext(y);
  }
  return 0;
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
