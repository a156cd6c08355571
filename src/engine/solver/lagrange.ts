/**
 * The Lagrangian bound of a component (docs/solver.md Algorithm 5c): the group capacities are
 * relaxed with integer multipliers λ_g ≥ 0 (minor units per unit), each promotion is then solved
 * alone (lagrange-alone.ts), and a few subgradient steps lower
 *   L(λ) = Σ_g λ_g·c_g + Σ_k ẑ_k(λ),
 * which bounds every plan of the component for ANY λ ≥ 0. The best λ* found bounds the search's
 * nodes: what promotion k's part can still add on `rem` is at most the sum of ẑ_j(λ*) over its
 * promotions (on the full counts) + Σ_g λ*_g·rem_g over its groups (docs/solver.md 4, "Parts").
 */
import { AloneSolver, DP_CELL_CAP, type AloneDeal, type AloneKind } from './lagrange-alone.ts';
import { unitGain } from './pricing.ts';
import { applicationLimit, isRangeMode } from './rules.ts';
import { ShortcutKinds } from './shortcuts.ts';

/** Most kinds a promotion's alone problem enumerates; above, the per-unit route is used. */
export const LAGRANGE_KIND_CAP = 512;
/**
 * Nodes a component is searched without λ* before the Lagrangian is set up (docs/solver.md 5c):
 * most small components finish within it, and for them λ* would only cost its set-up.
 */
export const LAGRANGE_PROBE = 1_000;
/** Subgradient iterations for a component (fewer for very large ones, see `lagrangeIterations`). */
export const LAGRANGE_ITERATIONS = 60;
/** Promotion evaluations a component's subgradient may spend at most (iterations × promotions). */
export const LAGRANGE_WORK = 30_000;
/** Iterations without a lower L after which the step halves. */
export const LAGRANGE_STALL = 3;
/** Iterations without a lower L after which the subgradient stops (small components settle early). */
export const LAGRANGE_PATIENCE = 10;

/** Subgradient iterations of a component of `promos` promotions: each costs one node per promotion. */
export function lagrangeIterations(promos: number): number {
  const n = Math.floor(LAGRANGE_WORK / promos);
  return n > LAGRANGE_ITERATIONS ? LAGRANGE_ITERATIONS : n < 2 ? 2 : n;
}

/** Lagrangian multipliers and the node bound they give, over the component state. */
export abstract class LagrangeBounds extends ShortcutKinds {
  /** True once λ* is set and `lagPart`/`lagLam` bound the nodes. */
  protected lagOn = false;
  /** λ*_g per local group. */
  protected lagLam: bigint[] = [];
  /**
   * Per promotion k: Σ ẑ_j(λ*) over its part (k and its parts), and over its parts only (on the
   * full counts); their difference is ẑ_k(λ*).
   */
  protected lagPart: bigint[] = [];
  protected lagRestZ: bigint[] = [];
  /** Each promotion's alone problem (set by prepareLagrange). */
  private lagDeals: AloneDeal[] = [];
  private readonly lagSolver = new AloneSolver();
  /** Scratch for the maximisers' units, which the node bound does not read. */
  private lagUsed: number[] = [];

  /**
   * Forgets λ* and the root bound it gave: a search started again under another incumbent (the
   * counted one first, solve.ts) prepares its own, as the WASM port's `resetLagrange` does.
   */
  protected resetLagrange(): void {
    this.lagOn = false;
    this.lagRoot = -1n;
  }

  /** Whether `prepareLagrange(target)` would compute λ* (≥ 2 promotions, flat root bound above target). */
  protected lagrangeApplies(target: bigint): boolean {
    if (this.promos.length < 2) return false;
    return this.bound(0, this.fullCounts()) > target;
  }

  /**
   * Computes λ* (the lowest L met) and L(λ*), which also lowers the root bound. Runs only for
   * components of ≥ 2 promotions whose flat root bound exceeds the incumbent `target`. Every
   * promotion evaluated and every kind enumerated counts one node, so a spent budget stops it.
   */
  protected prepareLagrange(target: bigint): void {
    const K = this.promos.length;
    const G = this.groups.length;
    if (K < 2) return;
    const counts = this.fullCounts();
    if (this.bound(0, counts) <= target) return;
    const deals: AloneDeal[] = [];
    // Initial λ_g: the second-best per-unit bound any promotion gives a unit of g.
    const first: bigint[] = new Array<bigint>(G).fill(0n);
    const second: bigint[] = new Array<bigint>(G).fill(0n);
    for (let k = 0; k < K; k++) {
      const deal = this.aloneDeal(k, counts);
      if (this.aborted) return;
      deals.push(deal);
      for (let j = 0; j < deal.groups.length; j++) {
        const g = deal.groups[j]!;
        const f = deal.flat[j]!;
        if (f > first[g]!) {
          second[g] = first[g]!;
          first[g] = f;
        } else if (f > second[g]!) second[g] = f;
      }
    }
    this.lagDeals = deals;
    this.lagUsed = new Array<number>(G).fill(0);
    const lam = second;
    const used: number[] = new Array<number>(G).fill(0);
    const z: bigint[] = new Array<bigint>(K).fill(0n);
    const solver = new AloneSolver();
    let bestL = -1n;
    let bestLam: bigint[] = [];
    let bestZ: bigint[] = [];
    let halvings = 0;
    let stall = 0;
    let lastLower = 0;
    const iterations = lagrangeIterations(K);
    for (let it = 0; it < iterations; it++) {
      for (let g = 0; g < G; g++) used[g] = 0;
      let L = 0n;
      for (let g = 0; g < G; g++) L += lam[g]! * BigInt(counts[g]!);
      // A spent budget stops between promotions: that L is incomplete and dropped.
      for (let k = 0; k < K && !this.tick(); k++) {
        z[k] = solver.solve(deals[k]!, lam, counts, used);
        L += z[k]!;
      }
      if (this.aborted) break;
      if (bestL < 0n || L < bestL) {
        bestL = L;
        bestLam = lam.slice();
        bestZ = z.slice();
        stall = 0;
        lastLower = it;
      } else if (++stall >= LAGRANGE_STALL) {
        halvings++;
        stall = 0;
      }
      // L reaching the incumbent proves it optimal: nothing better to find.
      if (L <= target) break;
      if (it - lastLower >= LAGRANGE_PATIENCE) break;
      // Polyak step t = 2^−h·(L − target) / ‖c − used‖², λ_g ← max(0, λ_g − t·(c_g − used_g)), in
      // integers (division truncates toward zero in both engines); h grows after LAGRANGE_STALL
      // iterations without a lower L (docs/solver.md 5c has the measurements behind the constants).
      let norm = 0n;
      for (let g = 0; g < G; g++) {
        const d = BigInt(counts[g]! - used[g]!);
        norm += d * d;
      }
      if (norm === 0n) break;
      const num = L - target;
      const den = norm << BigInt(halvings);
      for (let g = 0; g < G; g++) {
        const d = BigInt(counts[g]! - used[g]!);
        if (d === 0n) continue;
        const next = lam[g]! - (num * d) / den;
        lam[g] = next > 0n ? next : 0n;
      }
    }
    if (bestL < 0n) return;
    this.lagLam = bestLam;
    this.lagPart = new Array<bigint>(K).fill(0n);
    this.lagRestZ = new Array<bigint>(K).fill(0n);
    for (let k = K - 1; k >= 0; k--) {
      const parts = this.parts[k]!;
      let z = 0n;
      for (let i = 0; i < parts.length; i++) z += this.lagPart[parts[i]!]!;
      this.lagRestZ[k] = z;
      this.lagPart[k] = z + bestZ[k]!;
    }
    this.lagRoot = bestL;
    this.lagOn = true;
  }

  /** Runs `prepareLagrange(target)` and returns the root bound it leaves (tests and measurements). */
  lagrangeRootBound(target: bigint): bigint {
    this.prepareLagrange(target);
    return this.rootBound();
  }

  /** Whether λ* is in use (the Lagrangian ran to at least one complete L). */
  get lagrangeOn(): boolean {
    return this.lagOn;
  }

  /** ẑ_k(λ) of promotion k alone on the full counts, λ per local group (tests). */
  aloneBound(k: number, lam: readonly bigint[]): bigint {
    return this.aloneRelaxation()(k, lam, new Array<number>(lam.length).fill(0));
  }

  /**
   * Every promotion's alone problem on the full counts, built once (each build counts its nodes),
   * as ẑ_k(λ); the units of each group k's maximiser uses are added to `used`, the subgradient's
   * terms (tests and bench/lagrange-dual.ts).
   */
  aloneRelaxation(): (k: number, lam: readonly bigint[], used: number[]) => bigint {
    const counts = this.fullCounts();
    const deals: AloneDeal[] = [];
    const solver = new AloneSolver();
    return (k, lam, used) => solver.solve(deals[k] ??= this.aloneDeal(k, counts), lam, counts, used);
  }

  /**
   * ẑ_k(λ*) on the counts `rem` when promotion k's alone problem is a cheap route (sorted chunks or
   * the cheapest-of-N DP), else -1n. Fewer units can only lower it, so it bounds what further
   * applications of k add in reduced gain at a node (the limit and budget are those of the full
   * problem: looser, still a bound).
   */
  protected lagAloneOn(k: number, rem: readonly number[]): bigint {
    const deal = this.lagDeals[k]!;
    if (deal.chunkN === 0 && deal.dpN === 0) return -1n;
    return this.lagSolver.solve(deal, this.lagLam, rem, this.lagUsed);
  }

  /** Per index j of `types`: max(0, the largest reduced gain gain − λ*·units of types[j..]). */
  protected suffixReduced(types: readonly { readonly counts: number[]; readonly saving: bigint; readonly forfeit: bigint }[]): bigint[] {
    const out: bigint[] = new Array<bigint>(types.length + 1).fill(0n);
    for (let j = types.length - 1; j >= 0; j--) {
      const t = types[j]!;
      let r = t.saving - t.forfeit;
      for (let g = 0; g < t.counts.length; g++) if (t.counts[g]! > 0) r -= this.lagLam[g]! * BigInt(t.counts[g]!);
      out[j] = r > out[j + 1]! ? r : out[j + 1]!;
    }
    return out;
  }

  /**
   * What promotion k's part can still add on `rem`: Σ of ẑ_j(λ*) over its promotions + Σ_g λ*_g·rem_g
   * over its groups (only when `lagOn`). The relaxation of a part has no capacity on groups it
   * does not use, so their λ·rem is not in it.
   */
  protected lagBound(k: number, rem: readonly number[]): bigint {
    return this.lagPart[k]! + this.lagDotOver(this.relevant[k]!, rem);
  }

  /** The same for promotion k's parts (what the promotions its calls decide after it can add). */
  protected lagRest(k: number, rem: readonly number[]): bigint {
    return this.lagRestZ[k]! + this.lagDotOver(this.restGroups[k]!, rem);
  }

  private lagDotOver(groups: readonly number[], rem: readonly number[]): bigint {
    let s = 0n;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (rem[g]! > 0) s += this.lagLam[g]! * BigInt(rem[g]!);
    }
    return s;
  }

  /** Promotion k's alone problem on the full counts: its kinds when few enough, else per-unit bounds. */
  private aloneDeal(k: number, counts: number[]): AloneDeal {
    const p = this.input.promotions[this.promos[k]!]!;
    const groups = this.qual[k]!.concat(this.ben[k]!).sort((a, b) => a - b);
    const flat: bigint[] = [];
    for (let j = 0; j < groups.length; j++) flat.push(this.flatBound(k, groups[j]!));
    const range = isRangeMode(p);
    const limit = applicationLimit(p);
    const qual = this.qual[k]!;
    const gains: bigint[] = [];
    let chunkN = 0;
    const chunkCost = this.chunkCost[k]!;
    if (chunkCost >= 0n) {
      chunkN = (p.tiers[0]!.threshold as { quantity: number }).quantity;
      for (let j = 0; j < qual.length; j++) gains.push(this.chunkValue(k, qual[j]!));
    }
    // Cheapest of N: the DP when it is exact (rc = 1, any combination) or the kinds are too many.
    const dpGroups: number[] = [];
    const dpReward: bigint[] = [];
    const dpPay: bigint[] = [];
    let dpN = 0;
    let dpMax = 0;
    const t0 = p.tiers[0]!;
    if (chunkN === 0 && !range && p.target === 'cheapestQualifying' && p.tiers.length === 1 && t0.threshold.kind === 'buys' && p.rewardCount < t0.threshold.quantity
      && (t0.reward.kind === 'percent' || t0.reward.kind === 'amountOff' || t0.reward.kind === 'unitPrice')) {
      const n = t0.threshold.quantity;
      let units = 0;
      for (let j = 0; j < qual.length; j++) units += counts[qual[j]!]!;
      const cells = units * ((n - p.rewardCount) * units + 1);
      const exact = p.rewardCount === 1 && p.combination === 'any';
      if (p.maxApplications >= Math.floor(units / n) && cells <= DP_CELL_CAP && (exact || this.kindEstimate(k, counts) > LAGRANGE_KIND_CAP)) {
        dpN = n;
        dpMax = (n - p.rewardCount) * units;
        const order = this.cheapDesc[k]!;
        for (let j = 0; j < order.length; j++) {
          const u = this.input.units[this.members[order[j]!]![0]!]!;
          dpGroups.push(order[j]!);
          dpReward.push(unitGain(this.input.units, this.members[order[j]!]![0]!, p));
          dpPay.push(u.customerPrice - u.price);
        }
      }
    }
    let kinds: AloneKind[] | null = null;
    if (chunkN === 0 && dpN === 0 && this.kindEstimate(k, counts) <= LAGRANGE_KIND_CAP) {
      this.genRelaxed = true;
      const types = this.generate(k, counts);
      this.genRelaxed = false;
      kinds = [];
      for (let i = 0; i < types.length; i++) {
        const t = types[i]!;
        const g: number[] = [];
        const c: number[] = [];
        for (let x = 0; x < t.counts.length; x++) {
          if (t.counts[x]! === 0) continue;
          g.push(x);
          c.push(t.counts[x]!);
        }
        kinds.push({ gain: t.saving - t.forfeit, g, c, units: t.units });
      }
    }
    return { chunkN, chunkCost: chunkCost > 0n ? chunkCost : 0n, unitGain: gains, qual, dpGroups, dpReward, dpPay, dpN, dpRc: p.rewardCount, dpMax, kinds, groups, flat, limit, budget: p.budget };
  }

  /**
   * An upper estimate of how many kinds `generate` would enumerate for promotion k on `counts`
   * (saturating just above the cap): per tier, Π over qualifying groups of (most units + 1), times
   * the benefit part's choices.
   */
  private kindEstimate(k: number, counts: readonly number[]): number {
    const p = this.input.promotions[this.promos[k]!]!;
    const q = this.qual[k]!;
    const b = this.ben[k]!;
    const cap = LAGRANGE_KIND_CAP + 1;
    let ben = 1;
    if (p.target === 'cheapestBenefit' || p.target === 'allBenefit') {
      for (let i = 0; i < b.length; i++) {
        let m = counts[b[i]!]!;
        if (p.target === 'cheapestBenefit' && p.rewardCount < m) m = p.rewardCount;
        ben *= m + 1;
        if (ben > cap) return cap;
      }
    }
    let total = 0;
    const range = isRangeMode(p);
    for (let t = 0; t < (range ? 1 : p.tiers.length); t++) {
      const th = p.tiers[t]!.threshold;
      if (!range && th.kind === 'spendsAtLeast') continue;
      const n = range ? -1 : (th as { quantity: number }).quantity;
      let prod = ben;
      for (let i = 0; i < q.length; i++) {
        let m = counts[q[i]!]!;
        if (n >= 0 && n < m) m = n;
        prod *= m + 1;
        if (prod > cap) return cap;
      }
      total += prod;
      if (total > cap) return cap;
    }
    return total;
  }
}
