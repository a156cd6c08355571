// The state of the component being searched, shared by the search's stages (component.ts sets
// it up; bounds, candidates, order, shortcuts, lagrange and search read and fill it): local groups
// and roles, the shortcut flags of each promotion, node counting and the workspace limit, and the
// pools the workspace limit counts. Only state and pure readings of it live here, so every stage
// imports this module and none imports a stage that imports it back.
import { I32Buf, I64Buf, I8Buf } from './buffers';
import { gLen, gMembers, gStart, cPromos } from './groups';
import {
  dCombination, dHasMax, dRange, dRewardCount, dTarget, dTierCount, dTierStart, pDeal, pHasBudget, searchBudget,
  tRwAmt, tRwKind, tThKind, tThQty, uFloor,
} from './level';
import { Combination, Reward, Target, Threshold } from './tags';

/** The kind cache's keys (candidates.ts generate): per entry k, then the counts of k's groups. */
export const kindCacheKeys = new I32Buf(256);

/**
 * Words the kinds of this component take (order.ts documents the kind pools): KIND_WORDS each for
 * its fixed fields and two per group it uses (group, count). Counted here and in the reference
 * alike, so the workspace cut falls on the same node.
 */
export let kindWords: i32 = 0;
export const KIND_WORDS: i32 = 15;
export function addKindWords(n: i32): void {
  kindWords += n;
}
export function resetKindWords(): void {
  kindWords = 0;
}
/** Memo keys (search.ts documents the memo). */
export const mKeys = new I32Buf(1024);
/**
 * Kinds chosen on the current DFS path (search.ts), as runs: kind chosen[i] taken chosenTimes[i]
 * times in a row (solver DfsState.chosen), so a kind taken many times is one entry.
 */
export const chosen = new I32Buf(64);
export const chosenTimes = new I32Buf(64);
/** Σ chosenTimes: the applications on the current path. */
let chosenTotal: i32 = 0;
@inline export function chosenApps(): i32 {
  return chosenTotal;
}
/** Appends n copies of kind t, joined to the last run when it is t and belongs to the call at `base`. */
export function pushChosen(t: i32, n: i32, base: i32): void {
  const last = chosen.len - 1;
  if (last >= base && chosen.at(last) == t) chosenTimes.put(last, chosenTimes.at(last) + n);
  else {
    chosen.push(t);
    chosenTimes.push(n);
  }
  chosenTotal += n;
}
/** Takes n copies off the last run (n ≤ its times). */
export function popChosen(n: i32): void {
  const last = chosen.len - 1;
  const left = chosenTimes.at(last) - n;
  if (left == 0) {
    chosen.len = last;
    chosenTimes.len = last;
  } else chosenTimes.put(last, left);
  chosenTotal -= n;
}
export function resetChosen(): void {
  chosen.len = 0;
  chosenTimes.len = 0;
  chosenTotal = 0;
}

/** Promotions of the component being searched (local indices k = 0..compPromoCount-1, rank order). */
export let compPromoCount: i32 = 0;
/** Local unit groups of that component; every per-(k, g) table is a k * compGroupCount + g matrix. */
export let compGroupCount: i32 = 0;
export let compStart: i32 = 0;
/** Local group → global group, ascending. */
export const localToGlobal = new I32Buf(64);
/** localRole[k * compGroupCount + g]: 1 qualifying, 2 benefit, 0 none. */
export const localRole = new I8Buf(256);
export const lqStart = new I32Buf(64);
export const lqLen = new I32Buf(64);
export const lbStart = new I32Buf(64);
export const lbLen = new I32Buf(64);
export const lLists = new I32Buf(256);
/** Per k: range mode and no later promotion uses its groups (solved by bestRangeKind). */
export const isolatedRange = new I32Buf(64);
/** Per k: exact mode, per-unit sets, no later promotion uses its qualifying groups (chunkKinds). */
export const isolatedChunk = new I32Buf(64);
/** Per k: exact-mode buys-1 per-unit deal with forced groups (solver forcedUnits). */
export const forcedUnits = new I32Buf(64);
/** Per k: range mode with a separable application (solver separableRange). */
export const sepRange = new I32Buf(64);
/** Per k: what a sorted-chunk set costs on top of its units' values, -1 when not such a deal (solver chunkCost). */
export const chunkCost = new I64Buf(64);
/** Per k: its sets gain Σ of a value per unit less a cost per tier (solver additiveSets). */
export const additiveSets = new I32Buf(64);
/** setRank[k * compGroupCount + g]: place of qualifying group g by value per unit, most first (solver setRank). */
export const setRank = new I32Buf(256);
/** sepForce[k * compGroupCount + g]: -1 never used, 1 always all units, 0 searched (solver sepForce). */
export const sepForce = new I8Buf(256);
/**
 * Per k: the groups of k's part — k and, recursively, its parts — ascending (solver relevant):
 * the groups its calls decide and their memo key.
 */
export const relStart = new I32Buf(64);
export const relLen = new I32Buf(64);
export const relLists = new I32Buf(256);
/** Per k: the first promotions of its parts, ascending (solver parts), in partList. */
export const partStart = new I32Buf(64);
export const partLen = new I32Buf(64);
export const partList = new I32Buf(64);
/** Per k: the groups of its parts, ascending (solver restGroups), in relLists (one part: its list). */
export const restStart = new I32Buf(64);
export const restLen = new I32Buf(64);
/** Per k: the groups g where ubUnit[k][g] ≠ ubUnit[k + 1][g] (bound(k + 1) from bound(k) in solve). */
export const ubDiffStart = new I32Buf(64);
export const ubDiffLen = new I32Buf(64);
export const ubDiffGroups = new I32Buf(256);
/** Widest memo key, in groups (solver MEMO_KEY_GROUPS): wider calls are not memoized. */
export const MEMO_KEY_GROUPS: i32 = 100;
/** Per k: its calls are memoized (relLen ≤ MEMO_KEY_GROUPS; solver memoized). */
export const memoized = new I32Buf(64);
/** relMark[k * compGroupCount + g]: a promotion ≥ k (rank order) uses g. For k's own groups: one of its parts does. */
export const relMark = new I8Buf(256);
/**
 * Per k: another cheapestBenefit promotion has a benefit group k uses (earlier: k may be obliged
 * to use it up; later: a unit k leaves out may invalidate its dearer choice), so the shortcuts
 * that leave units out on purpose are off (solver obligable).
 */
export const obligable = new I32Buf(64);
/** Regular price of each local group. */
export const groupPrice = new I64Buf(64);
export let globalToLocal = new I32Buf(256);

@inline export function promoAt(k: i32): i32 {
  return cPromos.at(compStart + k);
}

@inline export function memberAt(g: i32, j: i32): i32 {
  return gMembers.at(gStart.at(localToGlobal.at(g)) + j);
}

@inline export function groupSize(g: i32): i32 {
  return gLen.at(localToGlobal.at(g));
}

// Node counting: one budget over the level, past it the search is cut off (see tick).
export let nodes: i64 = 0;
export let aborted: bool = false;
/** Remaining units per local group: `rem` arguments are offsets of compGroupCount-slices of this stack. */
export const remStack = new I32Buf(256);

/**
 * Most i32 words the kinds and the memo keys of one component may take (256 MB) before
 * the search is cut off as if its budget were spent (solver WORKSPACE_LIMIT): growth stays bounded
 * whatever the node budget, and the cut is deterministic, so the reference stops at the same node.
 */
const WORKSPACE_LIMIT: i32 = 1 << 26;

/** The kinds and the memo keys hold WORKSPACE_LIMIT words or more. */
export function workspaceFull(): bool {
  return kindWords + mKeys.len + kindCacheKeys.len > WORKSPACE_LIMIT;
}

/** Units one node pays for when a kind is priced (solver component.ts UNITS_PER_NODE). */
export const UNITS_PER_NODE: i32 = 4;

/** Nodes charged for pricing a kind of `units` units (solver kindCost). */
export function kindCost(units: i32): i32 {
  return units <= UNITS_PER_NODE ? 1 : (units + UNITS_PER_NODE - 1) / UNITS_PER_NODE;
}

@inline export function tick(cost: i32 = 1): bool {
  const was = aborted;
  nodes += <i64>cost;
  if (nodes > searchBudget || kindWords + mKeys.len + kindCacheKeys.len > WORKSPACE_LIMIT) aborted = true;
  if (aborted && !was) doneAtAbort = nodes - <i64>cost;
  return aborted;
}

/** Nodes counted before the tick that cut the search off (solver doneAtAbort): its work was never done. */
export let doneAtAbort: i64 = 0;

/** Lowers the node budget to `cap` more nodes (solver withinCap); returns the budget for `endCap`. */
export function beginCap(cap: i64): i64 {
  const budget = searchBudget;
  const c = nodes + cap;
  if (c < budget) searchBudget = c;
  return budget;
}

/**
 * Gives the budget back (solver withinCap): true when the work finished within the cap, else its
 * nodes are those it did and the search is cut off only when the budget or workspace is spent.
 */
export function endCap(budget: i64): bool {
  searchBudget = budget;
  if (!aborted) return true;
  nodes = doneAtAbort;
  aborted = nodes > budget || workspaceFull();
  return false;
}

/** Most nested solve calls on one path of the search (solver MAX_SEARCH_DEPTH). */
export const MAX_SEARCH_DEPTH: i32 = 1000;
/** Nested solve calls on the current path (solver Component.depth). */
export let searchDepth: i32 = 0;

/** Cuts the search off as a spent budget would, at the current node (solver abortAtDepth). */
export function abortAtDepth(): void {
  if (aborted) return;
  aborted = true;
  doneAtAbort = nodes;
}

/**
 * Memo keys are (k, rem over relevant[k]). Their hash is Zobrist-style, linear in rem
 * (Σ rem[g]·Z[g] over the relevant groups, wrapping), so the DFS keeps it up to date per kind in
 * O(1) and a lookup costs nothing until a hash matches; then the key is compared in full, so
 * collisions never change a result. Keys are materialised only for stored entries.
 */
export const zob = new I64Buf(64);
export function zobrist(g: i32): i64 {
  let z = <u64>(g + 1) * 0x9e3779b97f4a7c15;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
  z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
  return <i64>(z ^ (z >> 31));
}

/** "N for a fixed total" (N ≥ 2, one tier, `any`, no cap or budget, every unit rewarded): solver fixedTotalSets. */
function fixedTotalSets(k: i32): bool {
  const p = promoAt(k);
  const d = pDeal.at(p);
  if (dTierCount.at(d) != 1 || dCombination.at(d) == Combination.Same || dHasMax.at(d) != 0 || pHasBudget.at(p) != 0) return false;
  const ts = dTierStart.at(d);
  if (tThKind.at(ts) != Threshold.Buys || tThQty.at(ts) < 2 || tRwKind.at(ts) != Reward.FixedTotal) return false;
  const target = dTarget.at(d);
  return target == Target.CheapestQualifying ? dRewardCount.at(d) >= tThQty.at(ts) : target == Target.AllQualifying;
}

/**
 * What one sorted-chunk set of promotion k costs on top of its units' values (solver chunkSet):
 * 0 for per-unit sets, the fixed total for "N for X" without floors on its qualifying units, else -1.
 */
export function chunkSet(k: i32): i64 {
  const d = pDeal.at(promoAt(k));
  if (dRange.at(d) != 0) return -1;
  if (perUnitSets(k)) return 0;
  if (!fixedTotalSets(k)) return -1;
  const qs = lqStart.at(k);
  for (let i = 0; i < lqLen.at(k); i++) if (uFloor.at(memberAt(lLists.at(qs + i), 0)) > 0) return -1;
  return tRwAmt.at(dTierStart.at(d));
}

/** One `buys N` tier, `any`, no cap or budget, every unit of a set rewarded on its own (solver perUnitSets). */
export function perUnitSets(k: i32): bool {
  const p = promoAt(k);
  const d = pDeal.at(p);
  if (dTierCount.at(d) != 1 || dCombination.at(d) == Combination.Same || dHasMax.at(d) != 0 || pHasBudget.at(p) != 0) return false;
  const ts = dTierStart.at(d);
  if (tThKind.at(ts) != Threshold.Buys) return false;
  const n = tThQty.at(ts);
  if (n < 1) return false;
  const target = dTarget.at(d);
  if (target == Target.CheapestQualifying ? dRewardCount.at(d) < n : target != Target.AllQualifying) return false;
  const kind = tRwKind.at(ts);
  return n == 1 || kind == Reward.Percent || kind == Reward.AmountOff || kind == Reward.UnitPrice;
}
