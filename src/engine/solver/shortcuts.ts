/**
 * Shortcuts for isolated promotions: the best single kind of an isolated range promotion and the
 * sorted-chunk kinds of an isolated per-unit-set promotion, instead of every kind.
 */
import { KindGenerator } from './candidates.ts';
import { kindWordsOf } from './component.ts';
import { betterKind, realGain, type AppType } from './order.ts';

/** Candidate kinds of isolated promotions (`isolatedRange`, `isolatedChunk`). */
export abstract class ShortcutKinds extends KindGenerator {
  /**
   * Range promotion k whose groups no later promotion of the component can use: leaving units
   * out of its one application cannot help anyone, so only its best kind matters (gain, then
   * fewer units, then preference). Branch and bound over groups — per group the most units first,
   * then the other counts ascending — instead of enumerating every kind: a branch is cut when even
   * every remaining unit at its unit bound cannot reach the best gain, or only reach it with more
   * units, and a count whose branch would be cut is skipped without a node (`nextRangeCount`).
   */
  protected bestRangeKind(k: number, rem: number[]): AppType[] {
    this.genK = k;
    this.genRem = rem;
    this.genCounts = new Array<number>(rem.length).fill(0);
    const list = this.qual[k]!.concat(this.ben[k]!);
    const row = this.own[k]!;
    const suffix: bigint[] = new Array<bigint>(list.length + 1).fill(0n);
    for (let i = list.length - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + BigInt(rem[list[i]!]!) * row[list[i]!]!;
    const tie = new Array<number>(list.length + 1).fill(0);
    for (let i = list.length - 1; i >= 0; i--) tie[i] = tie[i + 1]! + (row[list[i]!]! > 0n ? rem[list[i]!]! : 0);
    this.rbList = list;
    this.rbSuffix = suffix;
    this.rbTieUnits = tie;
    this.rbBest = null;
    this.rangeBranch(0, 0n, 0, '');
    return this.rbBest === null ? [] : [this.rbBest];
  }

  /**
   * Exact-mode promotion k whose sets reward every unit on its own (`perUnitSets`) or cost a fixed
   * total (`fixedTotalSets`, no floors), and whose qualifying groups no later promotion can use: a
   * set's gain is the sum of its units' values less a constant per set (`chunkSet`, `chunkValue`),
   * so the best list of applications is the sorted-chunk one — units sorted by (value descending,
   * group ascending), the number of sets a ≤ limit maximising the sum of the first a·N values − a
   * × the constant (smallest a on ties: fewer units), set i the i-th N units. Chunk sums only fall,
   * so the chunks up to that a each gain something (are kinds). Any plan of the same gain and units
   * uses the same gains, and the list order (gain, then more units of earlier groups, per set)
   * makes each consecutive chunk the best set left. Returns those distinct kinds, in preference
   * order; the DFS then picks the multiset (one node per kind priced, as `generate`).
   */
  protected chunkKinds(k: number, rem: number[]): AppType[] {
    const p = this.input.promotions[this.promos[k]!]!;
    const n = (p.tiers[0]!.threshold as { quantity: number }).quantity;
    const q = this.qual[k]!;
    const order: number[] = [];
    const gains: bigint[] = [];
    const perSet = this.chunkCost[k]!;
    for (let i = 0; i < q.length; i++) {
      const g = q[i]!;
      if (rem[g]! === 0) continue;
      const v = this.chunkValue(k, g);
      let j = order.length;
      order.push(g);
      gains.push(v);
      while (j > 0 && gains[j - 1]! < v) {
        order[j] = order[j - 1]!;
        gains[j] = gains[j - 1]!;
        j--;
      }
      order[j] = g;
      gains[j] = v;
    }
    let total = 0;
    for (let i = 0; i < order.length; i++) total += rem[order[i]!]!;
    let most = Math.floor(total / n);
    if (most > p.maxApplications) most = p.maxApplications;
    // Sum of the first a·N gains for a = 1..most; keep the smallest a reaching the maximum.
    let best = 0n;
    let bestA = 0;
    let sum = 0n;
    let oi = 0;
    let taken = 0;
    for (let a = 1; a <= most; a++) {
      for (let c = 0; c < n; c++) {
        if (taken === rem[order[oi]!]!) { oi++; taken = 0; }
        sum += gains[oi]!;
        taken++;
      }
      const value = sum - BigInt(a) * perSet;
      if (value > best) { best = value; bestA = a; }
    }
    this.genK = k;
    this.genRem = rem;
    this.genCounts = new Array<number>(rem.length).fill(0);
    const out: AppType[] = [];
    oi = 0;
    taken = 0;
    for (let a = 0; a < bestA; a++) {
      for (let g = 0; g < this.genCounts.length; g++) this.genCounts[g] = 0;
      for (let c = 0; c < n; c++) {
        if (taken === rem[order[oi]!]!) { oi++; taken = 0; }
        this.genCounts[order[oi]!] = this.genCounts[order[oi]!]! + 1;
        taken++;
      }
      const last = out.length > 0 ? out[out.length - 1]! : null;
      let same = last !== null;
      for (let g = 0; same && g < this.genCounts.length; g++) if (last!.counts[g] !== this.genCounts[g]) same = false;
      if (same) continue;
      if (this.tick()) break;
      const kind = this.makeKind(0);
      if (kind !== null) out.push(kind);
    }
    return out;
  }

  protected rbList: number[] = [];
  protected rbSuffix: bigint[] = [];
  /**
   * From list position i on, the units of the groups with a positive bound: a branch whose bound
   * (uncapped) only equals the best gain reaches it only with every one of them (any unit short
   * of its group's count loses its bound's share), so it ties with at least that many more units.
   */
  protected rbTieUnits: number[] = [];
  protected rbBest: AppType | null = null;

  protected rangeBranch(i: number, partial: bigint, units: number, product: string): void {
    if (this.tick()) return;
    const best = this.rbBest;
    {
      let ub = partial + this.rbSuffix[i]!;
      const p = this.input.promotions[this.promos[this.genK]!]!;
      if (p.maxDiscount !== undefined && ub > p.maxDiscount) ub = p.maxDiscount;
      if (p.budget !== undefined && ub > p.budget) ub = p.budget;
      // With no kind yet, a branch must still gain something: a kind saves more than it forfeits.
      if (best === null ? ub <= 0n : ub < realGain(best, p.budget) || (ub === realGain(best, p.budget) && units > best.units)) return;
    }
    if (i === this.rbList.length) {
      const kind = this.kindForCounts();
      if (kind !== null && (best === null || betterKind(kind, best, this.input.promotions[this.promos[this.genK]!]!.budget))) this.rbBest = kind;
      else if (kind !== null) this.kindWords -= kindWordsOf(kind.counts); // the WASM port drops a losing kind from its pool
      return;
    }
    const g = this.rbList[i]!;
    const p = this.input.promotions[this.promos[this.genK]!]!;
    const isQual = i < this.qual[this.genK]!.length;
    const prod = this.input.units[this.members[g]![0]!]!.productId;
    let max = this.genRem[g]!;
    if (isQual && p.combination === 'same' && product !== '' && prod !== product) max = 0;
    if (!isQual && p.target === 'cheapestBenefit') {
      let placed = 0;
      for (let j = this.qual[this.genK]!.length; j < i; j++) placed += this.genCounts[this.rbList[j]!]!;
      if (p.rewardCount - placed < max) max = p.rewardCount - placed;
    }
    // The most units first, then every count the entry test above would not cut, in ascending
    // order: a long line made the old walk down from the most one node per count, cut or not, and
    // a capped deal improved its best by one unit at a time (a 5,000-unit line of "15 % off,
    // at most $12" spent its whole budget without proving its one-unit answer).
    const w = this.own[this.genK]![g]!;
    let c = max;
    for (;;) {
      this.genCounts[g] = c;
      this.rangeBranch(i + 1, partial + BigInt(c) * w, units + c, isQual && c > 0 && product === '' ? prod : product);
      if (this.aborted) break;
      c = this.nextRangeCount(i + 1, partial, units, w, c === max ? 0 : c + 1, max - 1);
      if (c < 0) break;
    }
    this.genCounts[g] = 0;
  }

  /**
   * The smallest count c in [lo, hi] of the group at list position i − 1 whose child
   * `rangeBranch(i, partial + c·w, units + c)` passes the entry test, or -1. The child's bound
   * partial + c·w + suffix(i) (capped) never falls as c grows (w ≥ 0), so the counts it passes are
   * those whose bound beats the best gain, and those whose bound equals it with no more units than
   * the best: found by binary search, not by entering each count.
   */
  protected nextRangeCount(i: number, partial: bigint, units: number, w: bigint, lo: number, hi: number): number {
    if (lo > hi) return -1;
    const best = this.rbBest;
    const p = this.input.promotions[this.promos[this.genK]!]!;
    // With no kind yet, the first count whose branch can gain anything at all (rangeBranch): a
    // promotion with nothing to reward (no benefit unit) entered every count of a long line.
    const bestGain = best === null ? 0n : realGain(best, p.budget);
    const ub = (c: number): bigint => {
      let b = partial + BigInt(c) * w + this.rbSuffix[i]!;
      if (p.maxDiscount !== undefined && b > p.maxDiscount) b = p.maxDiscount;
      if (p.budget !== undefined && b > p.budget) b = p.budget;
      return b;
    };
    /** Smallest c in [from, hi] with ub(c) > bestGain (strict) or ≥ bestGain, or -1. */
    const first = (from: number, strict: boolean): number => {
      const reaches = (c: number): boolean => (strict ? ub(c) > bestGain : ub(c) >= bestGain);
      if (from > hi || !reaches(hi)) return -1;
      let a = from;
      let b = hi;
      while (a < b) {
        const m = a + Math.floor((b - a) / 2);
        if (reaches(m)) b = m;
        else a = m + 1;
      }
      return a;
    };
    if (best === null) return first(lo, true);
    const c1 = first(lo, false);
    if (c1 < 0) return -1;
    // A tie needs the later groups' units too (rbTieUnits): "buy any shampoo, conditioner 25 %
    // off" entered every qualifying count of a long line, one node each, to tie with more units.
    const forced = partial + BigInt(c1) * w + this.rbSuffix[i]! === bestGain ? this.rbTieUnits[i]! : 0;
    if (ub(c1) > bestGain || units + c1 + forced <= best.units) return c1;
    return first(c1, true);
  }

  /**
   * Isolated cheapestBenefit: no later promotion can use its benefit groups, so the benefit part
   * must be the cheapest units left (by regular price) and as many as `rewardCount` allows.
   */
  protected cheapestLeft(b: readonly number[], placed: number, rewardCount: number): boolean {
    let total = 0;
    let dearest = -1n;
    for (let j = 0; j < b.length; j++) {
      total += this.genRem[b[j]!]!;
      if (this.genCounts[b[j]!]! > 0 && this.groupPrice[b[j]!]! > dearest) dearest = this.groupPrice[b[j]!]!;
    }
    if (placed !== (total < rewardCount ? total : rewardCount)) return false;
    for (let j = 0; j < b.length; j++) if (this.genRem[b[j]!]! > this.genCounts[b[j]!]! && this.groupPrice[b[j]!]! < dearest) return false;
    return true;
  }

  /** The range kind of the current counts, or null when it is not a valid application. */
  protected kindForCounts(): AppType | null {
    const p = this.input.promotions[this.promos[this.genK]!]!;
    if (p.target === 'cheapestBenefit' || p.target === 'allBenefit') {
      let placed = 0;
      const b = this.ben[this.genK]!;
      for (let j = 0; j < b.length; j++) placed += this.genCounts[b[j]!]!;
      if (placed === 0) return null;
      if (p.target === 'cheapestBenefit' && !this.cheapestLeft(b, placed, p.rewardCount)) return null;
    }
    return this.makeKind(-1);
  }
}
