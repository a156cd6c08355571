/**
 * Building application candidates: every kind of one promotion that fits the remaining units and
 * gains something, priced and sorted in preference order.
 */
import { ComponentBounds } from './bounds.ts';
import { kindCost, kindWordsOf, UNITS_PER_NODE } from './component.ts';
import { compareType, type AppType } from './order.ts';
import type { SolverPromotion } from './types.ts';
import { priceApplication, unitReward } from './pricing.ts';
import { isRangeMode, rangeTier, sortCheap } from './rules.ts';

/** Kind generator: enumerates and prices application kinds of one promotion. */
export abstract class KindGenerator extends ComponentBounds {
  /** Set while enumerating kinds for the Lagrangian bound (lagrange.ts): no group is forced whole. */
  protected genRelaxed = false;

  /**
   * Every application kind of promotion k that fits `rem` and gains something (a kind with
   * saving ≤ forfeited customer-price saving is dominated by leaving its units alone), in
   * `compareType` order.
   */
  generate(k: number, rem: number[], need = 0n): AppType[] {
    const p = this.input.promotions[this.promos[k]!]!;
    // A range deal's one application is completed by the rest of the plan, so a kind whose bound
    // cannot reach the call's need is a child the DFS would cut at once: those are not generated
    // (`countsReaching`).
    const cut = !this.genRelaxed && need > 0n && isRangeMode(p);
    // Kept kinds are those with min(cap, Σ c·own) − Σ c·ub ≥ floor = need − bound(k, rem): a list
    // kept for one floor holds every kind a call with a higher floor needs.
    const floor = cut ? need - this.bound(k, rem) : null;
    // The kinds depend only on k and the counts of k's own groups, and the search asks for the same
    // ones again and again from different states (55 % of the calls on bench D): they are kept per
    // component and handed out again, neither re-priced nor counted again. The Lagrangian's relaxed
    // enumeration is not kept (it runs once per promotion).
    let key = '';
    let known: { readonly kinds: AppType[]; readonly floor: bigint | null } | undefined;
    if (!this.genRelaxed) {
      key = String(k);
      const q = this.qual[k]!;
      for (let i = 0; i < q.length; i++) key += ',' + String(rem[q[i]!]!);
      const b = this.ben[k]!;
      for (let i = 0; i < b.length; i++) key += ',' + String(rem[b[i]!]!);
      known = this.kindCache.get(key);
      if (known !== undefined && (known.floor === null || (floor !== null && floor >= known.floor))) return known.kinds;
    }
    this.genCut = cut;
    if (floor !== null) {
      this.genFloor = floor;
      this.genOwn = 0n;
      this.genLoss = 0n;
      this.genCap = p.maxDiscount;
      if (p.budget !== undefined && (this.genCap === undefined || p.budget < this.genCap)) this.genCap = p.budget;
    }
    this.genK = k;
    this.genRem = rem;
    this.genOut = [];
    this.genCounts = new Array<number>(rem.length).fill(0);
    if (isRangeMode(p)) this.genQual(0, -1, -1, '');
    else {
      for (let t = p.tiers.length - 1; t >= 0; t--) {
        const th = p.tiers[t]!.threshold;
        if (th.kind === 'spendsAtLeast') continue;
        this.genQual(0, th.quantity, t, '');
        if (this.aborted) break;
      }
    }
    const out = this.genOut;
    out.sort(compareType);
    if (!this.genRelaxed && !this.aborted) {
      this.kindCache.set(key, { kinds: out, floor });
      // Counted in the workspace as the WASM port stores it: k, then the counts (a key kept
      // again for another floor keeps its words).
      if (known === undefined) this.memoInts += 1 + this.qual[k]!.length + this.ben[k]!.length;
    }
    return out;
  }

  /** Kinds already generated, by k and the counts of k's groups (see `generate`). */
  private readonly kindCache = new Map<string, { readonly kinds: AppType[]; readonly floor: bigint | null }>();

  /** `generate` leaves out the kinds whose bound cannot reach the need (range deals, need > 0). */
  private genCut = false;
  /** need − bound(k, rem) of the call; what a kind's chosen counts add (own) and take from the bound (loss). */
  private genFloor = 0n;
  private genOwn = 0n;
  private genLoss = 0n;
  private genCap: bigint | undefined = undefined;

  /**
   * The most units of group g (≤ max, ≥ lo) whose kinds may reach the need, or lo − 1. A kind c's
   * child in the DFS is cut when gain(c) + bound(k, rem − c) < need; gain(c) ≤ min(cap, Σ c_g·own_g)
   * (the unit bounds, capped by maxDiscount and budget) and bound(k, rem − c) = bound(k, rem) −
   * Σ c_g·ub_g, where ub_g ≥ own_g (k's own bound is in its row): so the bound never rises with any
   * count, the groups still to choose are best at 0, and the counts of g that can reach the need
   * are 0 up to the largest one that does (binary search).
   */
  private countsReaching(g: number, max: number, lo: number): number {
    const own = this.own[this.genK]![g]!;
    const ub = this.ubUnit[this.genK]![g]!;
    const reaches = (c: number): boolean => {
      let gain = this.genOwn + BigInt(c) * own;
      if (this.genCap !== undefined && gain > this.genCap) gain = this.genCap;
      return gain - this.genLoss - BigInt(c) * ub >= this.genFloor;
    };
    if (lo > max || !reaches(lo)) return lo - 1;
    let a = lo;
    let b = max;
    while (a < b) {
      const m = b - Math.floor((b - a) / 2);
      if (reaches(m)) a = m;
      else b = m - 1;
    }
    return a;
  }

  /** Runs `next(c)` for c from `top` down to `lo` with g's count set, keeping the cut's sums. */
  private eachCount(g: number, top: number, lo: number, next: (c: number) => void): void {
    const own0 = this.genOwn;
    const loss0 = this.genLoss;
    const own = this.own[this.genK]![g]!;
    const ub = this.ubUnit[this.genK]![g]!;
    for (let c = top; c >= lo; c--) {
      this.genCounts[g] = c;
      if (this.genCut) {
        this.genOwn = own0 + BigInt(c) * own;
        this.genLoss = loss0 + BigInt(c) * ub;
      }
      next(c);
      if (this.aborted) break;
    }
    this.genOwn = own0;
    this.genLoss = loss0;
    this.genCounts[g] = 0;
  }

  /** Qualifying part: position i of the promotion's qualifying groups, `left` units still to place (-1: any). */
  protected genQual(i: number, left: number, tier: number, product: string): void {
    const q = this.qual[this.genK]!;
    if (i === q.length) {
      if (left > 0) return;
      this.genBen(0, 0, tier);
      return;
    }
    const g = q[i]!;
    const p = this.input.promotions[this.promos[this.genK]!]!;
    const prod = this.input.units[this.members[g]![0]!]!.productId;
    let max = this.genRem[g]!;
    if (left >= 0 && left < max) max = left;
    if (p.combination === 'same' && product !== '' && prod !== product) max = 0;
    const force = this.sepRange[this.genK] === true ? this.sepForce[this.genK]![g]! : 0;
    if (force < 0) max = 0;
    // Relaxed (the Lagrangian alone problems): a group is not forced whole, since earlier
    // promotions may have taken some of its units.
    const lo = force > 0 && !this.genRelaxed ? max : 0;
    const top = this.genCut ? this.countsReaching(g, max, lo) : max;
    this.eachCount(g, top, lo, (c) => this.genQual(i + 1, left < 0 ? -1 : left - c, tier, c > 0 && product === '' ? prod : product));
  }

  /** Benefit part for `*Benefit` targets; `placed` benefit units so far. */
  protected genBen(i: number, placed: number, tier: number): void {
    const p = this.input.promotions[this.promos[this.genK]!]!;
    const b = this.ben[this.genK]!;
    const needsBenefit = p.target === 'cheapestBenefit' || p.target === 'allBenefit';
    if (!needsBenefit || i === b.length) {
      if (needsBenefit && placed === 0) return;
      this.emit(tier);
      return;
    }
    const g = b[i]!;
    let max = this.genRem[g]!;
    if (p.target === 'cheapestBenefit' && p.rewardCount - placed < max) max = p.rewardCount - placed;
    const top = this.genCut ? this.countsReaching(g, max, 0) : max;
    this.eachCount(g, top, 0, (c) => this.genBen(i + 1, placed + c, tier));
  }

  protected emit(fixedTier: number): void {
    if (this.tick()) return;
    const kind = this.makeKind(fixedTier);
    if (kind !== null) this.genOut.push(kind);
  }

  /** Prices the current counts as a kind; null when invalid or gaining nothing. */
  protected makeKind(fixedTier: number): AppType | null {
    const p = this.input.promotions[this.promos[this.genK]!]!;
    const units = this.input.units;
    const qualGroups = this.qual[this.genK]!;
    // The units of a group share price, customer price and floor: sums are taken a group at a time.
    let value = 0n;
    let forfeit = 0n;
    let n = 0;
    let nQual = 0;
    for (let g = 0; g < this.genCounts.length; g++) {
      const c = this.genCounts[g]!;
      if (c === 0) continue;
      const u = units[this.members[g]![0]!]!;
      if (qualGroups.indexOf(g) >= 0) {
        nQual += c;
        value += BigInt(c) * u.customerPrice;
      }
      forfeit += BigInt(c) * (u.price - u.customerPrice);
      n += c;
    }
    if (nQual === 0) return null;
    const tier = fixedTier >= 0 ? fixedTier : rangeTier(p, nQual, value);
    if (tier < 0) return null;
    let saving: bigint;
    if (pricedByGroup(p, tier, nQual, n - nQual)) saving = this.savingByGroup(p, tier);
    else {
      // Its caller counted one node; pricing reads every unit, so a long kind pays the rest here.
      if (n > UNITS_PER_NODE && this.tick(kindCost(n) - 1)) return null;
      const qual: number[] = [];
      const ben: number[] = [];
      for (let g = 0; g < this.genCounts.length; g++) {
        const c = this.genCounts[g]!;
        const to = qualGroups.indexOf(g) >= 0 ? qual : ben;
        for (let j = 0; j < c; j++) to.push(this.members[g]![j]!);
      }
      sortCheap(units, qual);
      sortCheap(units, ben);
      saving = priceApplication(units, qual, ben, p, tier).saving;
    }
    if (saving <= forfeit) return null;
    const counts = this.genCounts.slice();
    this.kindWords += kindWordsOf(counts);
    return { tier, counts, saving, forfeit, units: n };
  }

  /** The saving of a `pricedByGroup` kind: each group's units priced once, times its count, then the cap. */
  private savingByGroup(p: SolverPromotion, tier: number): bigint {
    const reward = p.tiers[tier]!.reward;
    const onQualifying = p.target === 'allQualifying' || p.target === 'cheapestQualifying';
    const qualGroups = this.qual[this.genK]!;
    let saving = 0n;
    for (let g = 0; g < this.genCounts.length; g++) {
      const c = this.genCounts[g]!;
      if (c === 0 || (qualGroups.indexOf(g) >= 0) !== onQualifying) continue;
      const u = this.input.units[this.members[g]![0]!]!;
      let one = reward.kind === 'setAmountOff' || reward.kind === 'fixedTotal' ? 0n : unitReward(u.price, reward);
      const room = u.price > u.floor ? u.price - u.floor : 0n;
      if (one > room) one = room;
      saving += BigInt(c) * one;
    }
    return p.maxDiscount !== undefined && saving > p.maxDiscount ? p.maxDiscount : saving;
  }
}

/**
 * The tier rewards every unit of its part on its own (a percent, amount off or unit price, all of
 * the part rewarded): the saving is a sum over the part's units, the same in any order, capped by
 * `maxDiscount` as a whole (priceApplication caps the clipped sum), so it is taken a group at a
 * time and costs no node per unit (WASM: the same). A capped range deal over a line of 1,000,000
 * units read it unit by unit before, a node per 4 units: past the node budget (b30, b31, b44).
 */
function pricedByGroup(p: SolverPromotion, tier: number, nQual: number, nBen: number): boolean {
  const kind = p.tiers[tier]!.reward.kind;
  if (kind !== 'percent' && kind !== 'amountOff' && kind !== 'unitPrice') return false;
  if (p.target === 'allQualifying' || p.target === 'allBenefit') return true;
  return p.target === 'cheapestQualifying' ? p.rewardCount >= nQual : p.rewardCount >= nBen;
}
