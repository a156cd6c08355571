// The Lagrangian bound of a component (solver lagrange.ts): integer multipliers λ_g ≥ 0 on the
// group capacities, each promotion solved alone (lagrange-alone.ts), Polyak subgradient steps on
//   L(λ) = Σ_g λ_g·c_g + Σ_k ẑ_k(λ)
// keeping the lowest L. λ* then bounds every search node: promotion k's part adds at most the sum
// of its ẑ_j + Σ_g λ*_g·rem_g over its groups. Same iterations, integer arithmetic and node
// counting as the reference.
import { applicationLimit } from './rules';
import { I32Buf, I64Buf } from './buffers';
import {
  dCombination, dRange, dRewardCount, dTarget, dTierCount, dTierStart, pBudget, pDeal, pHasBudget, pMaxApps,
  tRwKind, tThKind, tThQty, uCp, uPrice,
} from './level';
import { Combination, Reward, Target, Threshold } from './tags';
import {
  compPromoCount, compGroupCount, lqStart, lqLen, lbLen, lLists, promoAt, memberAt, aborted, remStack, tick,
  chunkCost, partStart, partLen, partList,
} from './component-state';
import { bound, cdStart, fullCounts, partLists, shareMode, unitBound, unitShare } from './bounds';
import { chunkValue, generate, setGenRelaxed, unitGain } from './candidates';
import { kindList } from './order';
import { aloneCheapestOfN, aloneChunks, aloneFlat, aloneKinds } from './lagrange-alone';

/** Most DP cells of the cheapest-of-N route (solver DP_CELL_CAP). */
const DP_CELL_CAP: i64 = 8192;
/** Most kinds a promotion's alone problem enumerates (solver LAGRANGE_KIND_CAP). */
const KIND_CAP: i32 = 512;
/** Subgradient iterations (solver LAGRANGE_ITERATIONS) and the work cap iterations × promotions (LAGRANGE_WORK). */
const ITERATIONS: i32 = 60;
const WORK: i32 = 30000;
/** Iterations without a lower L before the step halves / the subgradient stops (solver LAGRANGE_STALL, LAGRANGE_PATIENCE). */
const STALL: i32 = 3;
const PATIENCE: i32 = 10;

let lagOn: bool = false;
let lagRoot: i64 = -1;
/** λ*_g per local group. */
export const lagLam = new I64Buf(64);
/** Per promotion k: Σ ẑ_j(λ*) over its part (k and its parts), and over its parts only (full counts); their difference is ẑ_k. */
export const lagPart = new I64Buf(64);
export const lagRestZ = new I64Buf(64);

// Per promotion: its kinds in kindList (length -1: per-unit route), limit and budget; per entry of
// lLists (a promotion's qualifying then benefit groups): its per-unit bound.
const kStart = new I32Buf(64);
const kLen = new I32Buf(64);
const kLimit = new I32Buf(64);
const lagFlat = new I64Buf(256);
// Chunk route: set size (0: not used) and, per lLists entry, one unit's gain alone.
const kChunkN = new I32Buf(64);
/** Per k: what one chunk set costs on top of its units' values (solver AloneDeal.chunkCost). */
const kChunkCost = new I64Buf(64);
const lagGain = new I64Buf(256);
// Cheapest-of-N route: set size (0: not used), credit cap, and the groups most expensive first
// with a rewarded unit's gain and a payer's value (dpGroups/dpReward/dpPay, from kDpStart).
const kDpN = new I32Buf(64);
const kDpMax = new I32Buf(64);
const kDpStart = new I32Buf(64);
const kDpLen = new I32Buf(64);
const dpGroups = new I32Buf(256);
const dpReward = new I64Buf(256);
const dpPay = new I64Buf(256);
const lam = new I64Buf(64);
const first = new I64Buf(64);
const used = new I32Buf(64);
const z = new I64Buf(64);
/** Scratch for the maximisers' units in the node bound, which nothing reads (i32 wrap-around is harmless). */
const usedScratch = new I32Buf(64);
const bestZ = new I64Buf(64);

/** Nodes a component is searched without λ* first (solver LAGRANGE_PROBE). */
export const LAGRANGE_PROBE: i64 = 1000;

/** No λ* for the component about to be searched (until prepareLagrange sets one). */
export function resetLagrange(): void {
  lagOn = false;
  lagRoot = -1;
}

/** Whether prepareLagrange(target) would compute λ* (solver lagrangeApplies). */
export function lagrangeApplies(target: i64): bool {
  if (compPromoCount < 2) return false;
  const rem = fullCounts();
  const b = bound(0, rem);
  remStack.len = rem;
  return b > target;
}

export function lagrangeOn(): bool {
  return lagOn;
}

/** Upper bound of the whole component with everything remaining. */
export function rootBound(): i64 {
  const rem = fullCounts();
  const b = bound(0, rem);
  remStack.len = rem;
  // L(λ*) when the Lagrangian ran (solver rootBound): any λ ≥ 0 bounds the component.
  const lag = lagRoot;
  return lag >= 0 && lag < b ? lag : b;
}

/** Subgradient iterations for a component of `promos` promotions (solver lagrangeIterations). */
function iterationsFor(promos: i32): i32 {
  const n = WORK / promos;
  return n > ITERATIONS ? ITERATIONS : n < 2 ? 2 : n;
}

/** Computes λ* and L(λ*) for the current component toward the incumbent `target` (solver prepareLagrange). */
export function prepareLagrange(target: i64): void {
  lagOn = false;
  lagRoot = -1;
  const K = compPromoCount;
  const localGroups = compGroupCount;
  if (K < 2) return;
  const counts = fullCounts();
  if (bound(0, counts) <= target) {
    remStack.len = counts;
    return;
  }
  lagFlat.len = 0;
  lagFlat.alloc(lLists.len);
  lagGain.len = 0;
  lagGain.alloc(lLists.len);
  kStart.len = 0; kLen.len = 0; kLimit.len = 0; kChunkN.len = 0; kChunkCost.len = 0;
  kDpN.len = 0; kDpMax.len = 0; kDpStart.len = 0; kDpLen.len = 0; dpGroups.len = 0; dpReward.len = 0; dpPay.len = 0;
  lam.len = 0;
  lam.alloc(localGroups);
  first.len = 0;
  first.alloc(localGroups);
  for (let k = 0; k < K; k++) {
    aloneDeal(k, counts);
    if (aborted) {
      remStack.len = counts;
      return;
    }
    // Initial λ_g (in `lam`): the second-best per-unit bound any promotion gives a unit of g.
    const gs = lqStart.at(k);
    const gn = lqLen.at(k) + lbLen.at(k);
    for (let j = 0; j < gn; j++) {
      const g = lLists.at(gs + j);
      const f = lagFlat.at(gs + j);
      if (f > first.at(g)) {
        lam.put(g, first.at(g));
        first.put(g, f);
      } else if (f > lam.at(g)) lam.put(g, f);
    }
  }
  used.len = 0;
  used.alloc(localGroups);
  usedScratch.len = 0;
  usedScratch.alloc(localGroups);
  z.len = 0;
  z.alloc(K);
  bestZ.len = 0;
  bestZ.alloc(K);
  lagLam.len = 0;
  lagLam.alloc(localGroups);
  let bestL: i64 = -1;
  let halvings = 0;
  let stall = 0;
  let lastLower = 0;
  const iterations = iterationsFor(K);
  for (let it = 0; it < iterations; it++) {
    for (let g = 0; g < localGroups; g++) used.put(g, 0);
    let L: i64 = 0;
    for (let g = 0; g < localGroups; g++) L += lam.at(g) * <i64>remStack.at(counts + g);
    // A spent budget stops between promotions: that L is incomplete and dropped.
    for (let k = 0; k < K && !tick(); k++) {
      const p = promoAt(k);
      const gs = lqStart.at(k);
      const gn = lqLen.at(k) + lbLen.at(k);
      const hasBudget = pHasBudget.at(p) != 0;
      let v: i64 = 0;
      if (kChunkN.at(k) > 0) v = aloneChunks(lLists, lagGain, gs, lqLen.at(k), kChunkN.at(k), kChunkCost.at(k), kLimit.at(k), lam, remStack, counts, used);
      else if (kDpN.at(k) > 0) {
        v = aloneCheapestOfN(dpGroups, dpReward, dpPay, kDpStart.at(k), kDpLen.at(k), kDpN.at(k), dRewardCount.at(pDeal.at(p)), kDpMax.at(k), hasBudget, pBudget.at(p), lam, remStack, counts, used);
      } else if (kLen.at(k) < 0) v = aloneFlat(lLists, lagFlat, gs, gn, hasBudget, pBudget.at(p), lam, remStack, counts, used);
      else v = aloneKinds(kStart.at(k), kLen.at(k), lLists, gs, gn, kLimit.at(k), hasBudget, pBudget.at(p), lam, remStack, counts, used);
      z.put(k, v);
      L += v;
    }
    if (aborted) break;
    if (bestL < 0 || L < bestL) {
      bestL = L;
      for (let g = 0; g < localGroups; g++) lagLam.put(g, lam.at(g));
      for (let k = 0; k < K; k++) bestZ.put(k, z.at(k));
      stall = 0;
      lastLower = it;
    } else if (++stall >= STALL) {
      halvings++;
      stall = 0;
    }
    // L reaching the incumbent proves it optimal.
    if (L <= target) break;
    if (it - lastLower >= PATIENCE) break;
    // Polyak step 2^−h·(L − target)/‖c − used‖² (solver prepareLagrange), truncating division.
    let norm: i64 = 0;
    for (let g = 0; g < localGroups; g++) {
      const d = <i64>(remStack.at(counts + g) - used.at(g));
      norm += d * d;
    }
    if (norm == 0) break;
    const num = L - target;
    const den = norm << <i64>halvings;
    for (let g = 0; g < localGroups; g++) {
      const d = <i64>(remStack.at(counts + g) - used.at(g));
      if (d == 0) continue;
      const next = lam.at(g) - (num * d) / den;
      lam.put(g, next > 0 ? next : 0);
    }
  }
  remStack.len = counts;
  if (bestL < 0) return;
  lagPart.len = 0; lagPart.alloc(K);
  lagRestZ.len = 0; lagRestZ.alloc(K);
  for (let k = K - 1; k >= 0; k--) {
    let z: i64 = 0;
    const ps = partStart.at(k);
    for (let i = 0; i < partLen.at(k); i++) z += lagPart.at(partList.at(ps + i));
    lagRestZ.put(k, z);
    lagPart.put(k, z + bestZ.at(k));
  }
  lagRoot = bestL;
  lagOn = true;
}

/**
 * ẑ_k(λ*) on the counts at `rem` for a cheap route (sorted chunks, cheapest-of-N DP), else -1
 * (solver lagAloneOn): a bound on what further applications of k add in reduced gain at a node.
 */
export function lagAloneOn(k: i32, rem: i32): i64 {
  const p = promoAt(k);
  if (kChunkN.at(k) > 0) return aloneChunks(lLists, lagGain, lqStart.at(k), lqLen.at(k), kChunkN.at(k), kChunkCost.at(k), kLimit.at(k), lagLam, remStack, rem, usedScratch);
  if (kDpN.at(k) > 0) {
    return aloneCheapestOfN(dpGroups, dpReward, dpPay, kDpStart.at(k), kDpLen.at(k), kDpN.at(k), dRewardCount.at(pDeal.at(p)), kDpMax.at(k), pHasBudget.at(p) != 0, pBudget.at(p), lagLam, remStack, rem, usedScratch);
  }
  return -1;
}

/** Σ_g λ*_g·rem_g over the groups list[at, at + n) (solver lagDotOver). */
export function lagDotOver(list: I32Buf, at: i32, n: i32, rem: i32): i64 {
  let s: i64 = 0;
  for (let i = 0; i < n; i++) {
    const g = list.at(at + i);
    const r = remStack.at(rem + g);
    if (r > 0) s += lagLam.at(g) * <i64>r;
  }
  return s;
}

/** Σ_g λ*_g·rem_g over the counts at `rem`, every group (the root's part has them all). */
export function lagDot(rem: i32): i64 {
  let s: i64 = 0;
  for (let g = 0; g < compGroupCount; g++) {
    const r = remStack.at(rem + g);
    if (r > 0) s += lagLam.at(g) * <i64>r;
  }
  return s;
}

/** Promotion k's alone problem on the full counts (solver aloneDeal): kinds when few enough, per-unit bounds always. */
function aloneDeal(k: i32, counts: i32): void {
  const p = promoAt(k);
  const d = pDeal.at(p);
  const gs = lqStart.at(k);
  const gn = lqLen.at(k) + lbLen.at(k);
  const share = shareMode(k);
  for (let j = 0; j < gn; j++) {
    const g = lLists.at(gs + j);
    lagFlat.put(gs + j, share ? unitShare(k, g) : unitBound(k, g));
  }
  const maxApps = pMaxApps.at(p);
  const range = dRange.at(d) != 0;
  kLimit.add(applicationLimit(p));
  const ts = dTierStart.at(d);
  let chunkN = 0;
  const perSet = chunkCost.at(k);
  if (perSet >= 0) {
    chunkN = tThQty.at(ts);
    for (let j = 0; j < lqLen.at(k); j++) lagGain.put(gs + j, chunkValue(k, lLists.at(gs + j)));
  }
  kChunkN.add(chunkN);
  kChunkCost.add(perSet > 0 ? perSet : 0);
  // Cheapest of N (solver aloneDeal): the DP when exact (rc = 1, any) or the kinds are too many.
  let dpN = 0;
  const rc = dRewardCount.at(d);
  kDpStart.add(dpGroups.len);
  const rw = tRwKind.at(ts);
  if (chunkN == 0 && !range && dTarget.at(d) == Target.CheapestQualifying && dTierCount.at(d) == 1 && tThKind.at(ts) == Threshold.Buys
    && rc < tThQty.at(ts) && (rw == Reward.Percent || rw == Reward.AmountOff || rw == Reward.UnitPrice)) {
    const n = tThQty.at(ts);
    let units = 0;
    for (let j = 0; j < lqLen.at(k); j++) units += remStack.at(counts + lLists.at(gs + j));
    const cells = <i64>units * (<i64>(n - rc) * <i64>units + 1);
    const exact = rc == 1 && dCombination.at(d) != Combination.Same;
    if (maxApps >= units / n && cells <= DP_CELL_CAP && (exact || kindEstimate(k, counts) > KIND_CAP)) {
      dpN = n;
      kDpMax.add((n - rc) * units);
      const cd = cdStart.at(k);
      for (let j = 0; j < lqLen.at(k); j++) {
        const g = partLists.at(cd + j);
        const u = memberAt(g, 0);
        dpGroups.add(g);
        dpReward.add(unitGain(u, d));
        dpPay.add(uCp.at(u) - uPrice.at(u));
      }
    }
  }
  if (dpN == 0) kDpMax.add(0);
  kDpN.add(dpN);
  kDpLen.add(dpGroups.len - kDpStart.at(k));
  if (chunkN == 0 && dpN == 0 && kindEstimate(k, counts) <= KIND_CAP) {
    setGenRelaxed(true);
    const start = generate(k, counts);
    setGenRelaxed(false);
    kStart.add(start);
    kLen.add(kindList.len - start);
  } else {
    kStart.add(0);
    kLen.add(-1);
  }
}

/** Upper estimate of the kinds `generate` enumerates for k on `counts`, saturating above the cap (solver kindEstimate). */
function kindEstimate(k: i32, counts: i32): i32 {
  const d = pDeal.at(promoAt(k));
  const target = dTarget.at(d);
  const cap = KIND_CAP + 1;
  let ben = 1;
  if (target == Target.CheapestBenefit || target == Target.AllBenefit) {
    const bs = lqStart.at(k) + lqLen.at(k);
    for (let i = 0; i < lbLen.at(k); i++) {
      let m = remStack.at(counts + lLists.at(bs + i));
      if (target == Target.CheapestBenefit && dRewardCount.at(d) < m) m = dRewardCount.at(d);
      ben *= m + 1;
      if (ben > cap) return cap;
    }
  }
  let total = 0;
  const range = dRange.at(d) != 0;
  const ts = dTierStart.at(d);
  const tiers = range ? 1 : dTierCount.at(d);
  for (let t = 0; t < tiers; t++) {
    if (!range && tThKind.at(ts + t) == Threshold.SpendsAtLeast) continue;
    const n = range ? -1 : tThQty.at(ts + t);
    let prod = ben;
    for (let i = 0; i < lqLen.at(k); i++) {
      let m = remStack.at(counts + lLists.at(lqStart.at(k) + i));
      if (n >= 0 && n < m) m = n;
      prod *= m + 1;
      if (prod > cap) return cap;
    }
    total += prod;
    if (total > cap) return cap;
  }
  return total;
}
