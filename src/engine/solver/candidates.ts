/**
 * Building application candidates: every kind of one promotion that fits the remaining units and
 * gains something, priced and sorted in preference order.
 */
import { ComponentBounds } from './bounds.ts';
import { kindCost, kindWordsOf, UNITS_PER_NODE } from './component.ts';
import { compareType, type AppType } from './order.ts';
import { priceApplication } from './pricing.ts';
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
  generate(k: number, rem: number[]): AppType[] {
    // The kinds depend only on k and the counts of k's own groups, and the search asks for the same
    // ones again and again from different states (55 % of the calls on bench D): they are kept per
    // component and handed out again, neither re-priced nor counted again. The Lagrangian's relaxed
    // enumeration is not kept (it runs once per promotion).
    let key = '';
    if (!this.genRelaxed) {
      key = String(k);
      const q = this.qual[k]!;
      for (let i = 0; i < q.length; i++) key += ',' + String(rem[q[i]!]!);
      const b = this.ben[k]!;
      for (let i = 0; i < b.length; i++) key += ',' + String(rem[b[i]!]!);
      const known = this.kindCache.get(key);
      if (known !== undefined) return known;
    }
    this.genK = k;
    this.genRem = rem;
    this.genOut = [];
    this.genCounts = new Array<number>(rem.length).fill(0);
    const p = this.input.promotions[this.promos[k]!]!;
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
      this.kindCache.set(key, out);
      // Counted in the workspace as the WASM port stores it: k, then the counts.
      this.memoInts += 1 + this.qual[k]!.length + this.ben[k]!.length;
    }
    return out;
  }

  /** Kinds already generated, by k and the counts of k's groups (see `generate`). */
  private readonly kindCache = new Map<string, AppType[]>();

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
    for (let c = max; c >= lo; c--) {
      this.genCounts[g] = c;
      this.genQual(i + 1, left < 0 ? -1 : left - c, tier, c > 0 && product === '' ? prod : product);
      if (this.aborted) break;
    }
    this.genCounts[g] = 0;
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
    for (let c = max; c >= 0; c--) {
      this.genCounts[g] = c;
      this.genBen(i + 1, placed + c, tier);
      if (this.aborted) break;
    }
    this.genCounts[g] = 0;
  }

  protected emit(fixedTier: number): void {
    if (this.tick()) return;
    const kind = this.makeKind(fixedTier);
    if (kind !== null) this.genOut.push(kind);
  }

  /** Prices the current counts as a kind; null when invalid or gaining nothing. */
  protected makeKind(fixedTier: number): AppType | null {
    // Its caller counted one node; pricing reads every unit, so a long kind pays the rest here.
    let size = 0;
    for (let g = 0; g < this.genCounts.length; g++) size += this.genCounts[g]!;
    if (size > UNITS_PER_NODE && this.tick(kindCost(size) - 1)) return null;
    const p = this.input.promotions[this.promos[this.genK]!]!;
    const units = this.input.units;
    const qual: number[] = [];
    const ben: number[] = [];
    let value = 0n;
    let forfeit = 0n;
    let n = 0;
    for (let g = 0; g < this.genCounts.length; g++) {
      const c = this.genCounts[g]!;
      if (c === 0) continue;
      const isQual = this.qual[this.genK]!.indexOf(g) >= 0;
      for (let j = 0; j < c; j++) {
        const u = this.members[g]![j]!;
        if (isQual) {
          qual.push(u);
          value += units[u]!.customerPrice;
        } else ben.push(u);
        forfeit += units[u]!.price - units[u]!.customerPrice;
        n++;
      }
    }
    if (qual.length === 0) return null;
    const tier = fixedTier >= 0 ? fixedTier : rangeTier(p, qual.length, value);
    if (tier < 0) return null;
    sortCheap(units, qual);
    sortCheap(units, ben);
    const priced = priceApplication(units, qual, ben, p, tier);
    if (priced.saving <= forfeit) return null;
    const counts = this.genCounts.slice();
    this.kindWords += kindWordsOf(counts);
    return { tier, counts, saving: priced.saving, forfeit, units: n };
  }
}
