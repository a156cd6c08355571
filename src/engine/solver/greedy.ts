/**
 * Fallbacks when the node budget runs out; neither ever claims optimality.
 * - `greedyApps`: promotions in rank order repeatedly take their best single application.
 * - `valueGreedyApps`: the single best application over all promotions, repeatedly (value order);
 *   on large overlapping levels it is far closer to the optimum than rank order (issue 9).
 * A single application is built from the most expensive free units (cheapestBenefit: the cheapest
 * free benefit units, SPEC §4.1, so every plan built this way keeps that rule).
 */
import { priceApplication } from './pricing.ts';
import { applicationLimit, compareCheap, isRangeMode, rangeTier } from './rules.ts';
import type { ConcreteApp } from './assemble.ts';
import { kindCost } from './component.ts';
import type { SolveInput } from './types.ts';

interface Single {
  readonly app: ConcreteApp;
  /** Units the call that found it read (set by ValueFill). */
  readonly read?: number;
  /** Saving (after what is left of the budget) − forfeited customer-price saving; > 0. */
  readonly gain: bigint;
  readonly saving: bigint;
}

/** Greedy applications for `promos` (rank order), consuming `free` (unit → still free). */
export function greedyApps(input: SolveInput, promos: readonly number[], free: boolean[]): ConcreteApp[] {
  const out: ConcreteApp[] = [];
  const sorted = new SortedUnits(input);
  for (let k = 0; k < promos.length; k++) {
    const p = input.promotions[promos[k]!]!;
    const limit = applicationLimit(p);
    let spent = 0n;
    for (let n = 0; n < limit; n++) {
      const best = bestSingle(input, sorted, promos[k]!, free, spent);
      if (best === null) break;
      take(out, best.app, free);
      spent += best.saving;
    }
  }
  return out;
}

/**
 * Value-ordered greedy for `promos` (rank order), consuming `free`: repeatedly the application of
 * largest gain over every promotion (ties: rank order).
 */
export function valueGreedyApps(input: SolveInput, promos: readonly number[], free: boolean[]): ConcreteApp[] {
  const n = promos.length;
  return new ValueFill(input, promos).run(free, new Array<bigint>(n).fill(0n), new Array<number>(n).fill(0), new Array<boolean>(n).fill(true), -1);
}

/**
 * The value-order fill over one component's promotions (local indices 0..n-1 in rank order),
 * reusable from any partial plan: the local search (local-search.ts) drops an application and
 * fills again from there.
 */
export class ValueFill {
  /** Per unit: the promotions (local index) that hold it as qualifying or benefit unit. */
  readonly byUnit: number[][];
  private readonly sorted: SortedUnits;
  /**
   * Work of the bestSingle calls made so far (the local search's deterministic work count): each
   * call costs `kindCost` of the list entries it stepped over, free or not, like a kind the search
   * prices, so a deal over a long line pays for reading it (one per 4 entries, at least 1).
   */
  calls = 0;
  /** Which application the fill takes next (see `FillOrder`). */
  order: FillOrder = 'gain';
  /** Most applications per promotion (range mode: one). */
  private readonly limit: number[];

  constructor(private readonly input: SolveInput, readonly promos: readonly number[]) {
    this.byUnit = new Array<number[]>(input.units.length);
    for (let k = 0; k < promos.length; k++) {
      const p = input.promotions[promos[k]!]!;
      for (let i = 0; i < p.qualifying.length; i++) (this.byUnit[p.qualifying[i]!] ??= []).push(k);
      for (let i = 0; i < p.benefit.length; i++) (this.byUnit[p.benefit[i]!] ??= []).push(k);
    }
    this.sorted = new SortedUnits(input);
    this.limit = [];
    for (let k = 0; k < promos.length; k++) {
      const p = input.promotions[promos[k]!]!;
      this.limit.push(applicationLimit(p));
    }
  }

  /**
   * Fills `free` by value order and returns the applications made. `spent`/`made`: each
   * promotion's budget used and applications so far (updated). Only promotions marked `stale` are
   * priced at first: the others are known to have no gaining application left (their units did
   * not change since the fill that left them so). A promotion's best single application only
   * changes when an application takes one of its units or is its own, so only those are re-priced.
   * `ban` (local index, or -1) may not make the first application — nor any, with `banAll`.
   */
  run(free: boolean[], spent: bigint[], made: number[], stale: boolean[], ban: number, banAll = false): ConcreteApp[] {
    const promos = this.promos;
    const n = promos.length;
    const out: ConcreteApp[] = [];
    const best: (Single | null)[] = new Array<Single | null>(n).fill(null);
    const byGain = this.order === 'gain';
    // Before each pick, every promotion that is stale is priced (or dropped: it can make no more
    // applications, or is barred from every pick) and the best priced one with a gain is picked in
    // the fill's order (ties: the earlier promotion). The priced ones wait in a tournament tree, so
    // a pick costs the re-pricing and log n comparisons, not a pass over every candidate: a scan of
    // 10,000 promotions per pick was two fifths of a large level's time in this engine. The WASM
    // port keeps the same tree (greedy.ts valueFill).
    const tree = new PickTree(n, (a, b) => ahead(byGain, best[a]!, a, best[b]!, b));
    const pending: number[] = [];
    const isPending: boolean[] = new Array<boolean>(n).fill(false);
    const pend = (k: number): void => {
      if (isPending[k]) return;
      isPending[k] = true;
      pending.push(k);
    };
    for (let k = 0; k < n; k++) if (stale[k]) pend(k);
    // Units only become free again between runs: the cursors start afresh.
    this.sorted.resetCursors();
    for (;;) {
      for (let i = 0; i < pending.length; i++) {
        const k = pending[i]!;
        isPending[k] = false;
        // A promotion barred from every pick is never priced: each application taking one of its
        // units would re-price it for nothing (a range deal over a long line: the whole line).
        if (made[k]! >= this.limit[k]! || (banAll && k === ban)) {
          tree.set(k, false);
          continue;
        }
        if (stale[k]) {
          best[k] = this.single(promos[k]!, free, spent[k]!);
          stale[k] = false;
        }
        tree.set(k, best[k] !== null);
      }
      pending.length = 0;
      let pick = tree.winner();
      if (pick === ban && ban >= 0 && out.length === 0) {
        // Barred from the first pick only: the best of the others.
        tree.set(ban, false);
        pick = tree.winner();
        tree.set(ban, true);
      }
      if (pick < 0) return out;
      // Its units did not change since it was priced (it would be stale), so the same application
      // is made; counted as a call of the same units, as when it was priced again.
      this.calls += kindCost(best[pick]!.read ?? 0);
      const app = best[pick]!;
      take(out, app.app, free);
      spent[pick] = spent[pick]! + app.saving;
      made[pick] = made[pick]! + 1;
      stale[pick] = true;
      pend(pick);
      for (let i = 0; i < app.app.qual.length; i++) this.markStale(app.app.qual[i]!, stale, pend);
      for (let i = 0; i < app.app.ben.length; i++) this.markStale(app.app.ben[i]!, stale, pend);
    }
  }

  /** bestSingle of promotion pi, its work added to `calls`. */
  private single(pi: number, free: readonly boolean[], spent: bigint): Single | null {
    const before = this.sorted.read;
    const found = bestSingle(this.input, this.sorted, pi, free, spent);
    const read = this.sorted.read - before;
    this.calls += kindCost(read);
    return found === null ? null : { ...found, read };
  }

  /** Marks stale every promotion holding unit u, to be priced again before the next pick. */
  private markStale(u: number, stale: boolean[], pend: (k: number) => void): void {
    const list = this.byUnit[u];
    if (list === undefined) return;
    for (let i = 0; i < list.length; i++) {
      const k = list[i]!;
      stale[k] = true;
      pend(k);
    }
  }
}

/**
 * Tournament tree over n entries: each inner node holds the better of its children's entries
 * (`better(a, b)`: a goes first), -1 for none; `winner()` is the best entry present.
 */
class PickTree {
  private readonly size: number;
  private readonly node: Int32Array;

  constructor(n: number, private readonly better: (a: number, b: number) => boolean) {
    let size = 1;
    while (size < n) size <<= 1;
    this.size = size;
    this.node = new Int32Array(2 * size).fill(-1);
  }

  winner(): number {
    return this.node[1]!;
  }

  /** Puts entry k in (its key may have changed) or takes it out. */
  set(k: number, on: boolean): void {
    let i = this.size + k;
    if (!on && this.node[i] === -1) return;
    this.node[i] = on ? k : -1;
    for (i >>= 1; i >= 1; i >>= 1) {
      const a = this.node[2 * i]!;
      const b = this.node[2 * i + 1]!;
      this.node[i] = a < 0 ? b : b < 0 ? a : this.better(a, b) ? a : b;
    }
  }
}

/** Application a (promotion k) goes before b (promotion j) in the fill's order; ties: the earlier promotion. */
function ahead(byGain: boolean, a: Single, k: number, b: Single, j: number): boolean {
  const sa = a.app.qual.length + a.app.ben.length;
  const sb = b.app.qual.length + b.app.ben.length;
  if (byGain ? a.gain > b.gain : denserGain(a.gain, sa, b.gain, sb)) return true;
  if (byGain ? b.gain > a.gain : denserGain(b.gain, sb, a.gain, sa)) return false;
  return k < j;
}

/**
 * The order a value fill takes applications in: `gain`, the largest gain first; `denseGain`, the
 * largest gain² ÷ units first (gain times gain per unit: a large application that spreads a small
 * gain over many units waits for denser ones, without letting one-unit crumbs go first). Ties: rank
 * order. Measured on bench shape A, each order's plan improved by the local search: the better of
 * the two is 97.3 % of the optimum on average, `gain` alone 96.8 %.
 */
export type FillOrder = 'gain' | 'denseGain';

/** g1² ÷ s1 > g2² ÷ s2, exactly (gains > 0, unit counts ≥ 1). */
export function denserGain(g1: bigint, s1: number, g2: bigint, s2: number): boolean {
  return g1 * g1 * BigInt(s2) > g2 * g2 * BigInt(s1);
}

function take(out: ConcreteApp[], app: ConcreteApp, free: boolean[]): void {
  out.push(app);
  for (let i = 0; i < app.qual.length; i++) free[app.qual[i]!] = false;
  for (let i = 0; i < app.ben.length; i++) free[app.ben[i]!] = false;
}

/** Best single application of promotion `pi` on the free units with `spent` of its budget used; null when none gains. */
function bestSingle(input: SolveInput, sorted: SortedUnits, pi: number, free: readonly boolean[], spent: bigint): Single | null {
  const p = input.promotions[pi]!;
  const range = isRangeMode(p);
  let best: Single | null = null;
  // Exact mode over any products takes the most expensive N free units for a tier of N; every
  // other case reads all free units.
  // `same` in exact mode reads each product's first N free units from that product's own list:
  // reading every free unit per application made a 20,000-unit line quadratic.
  const perProduct = p.combination === 'same' && !range;
  const qualAll = perProduct ? [] : sorted.freeQualifying(pi, free, range ? -1 : largestQuantity(p));
  const needsBen = p.target === 'cheapestBenefit' || p.target === 'allBenefit';
  // cheapestBenefit rewards the cheapest free benefit units (SPEC §4.1); later applications
  // then only find dearer ones, so the plan keeps the rule.
  const ben = p.target === 'cheapestBenefit' ? sorted.cheapestFreeBenefit(pi, free, p.rewardCount) : needsBen ? sorted.freeBenefit(pi, free) : [];
  if (needsBen && ben.length === 0) return null;
  const products = perProduct ? sorted.freeQualifyingPerProduct(pi, free, largestQuantity(p)) : productsOf(input, qualAll, p.combination === 'same');
  for (let pr = 0; pr < products.length; pr++) {
    const qualP = products[pr]!;
    for (let t = 0; t < p.tiers.length; t++) {
      const th = p.tiers[t]!.threshold;
      let qual: number[];
      let tier = t;
      if (range) {
        if (t > 0) break;
        qual = qualP.slice();
        let value = 0n;
        for (let i = 0; i < qual.length; i++) value += input.units[qual[i]!]!.customerPrice;
        tier = rangeTier(p, qual.length, value);
        if (tier < 0) continue;
      } else {
        if (th.kind === 'spendsAtLeast' || qualP.length < th.quantity) continue;
        qual = qualP.slice(0, th.quantity);
      }
      // Both lists run most expensive first: reversed, they are in cheapness order.
      const q = qual.slice().reverse();
      const b = ben.slice().reverse();
      const priced = priceApplication(input.units, q, b, p, tier);
      let saving = priced.saving;
      if (p.budget !== undefined && saving > p.budget - spent) saving = p.budget - spent;
      let forfeit = 0n;
      for (let i = 0; i < q.length; i++) forfeit += input.units[q[i]!]!.price - input.units[q[i]!]!.customerPrice;
      for (let i = 0; i < b.length; i++) forfeit += input.units[b[i]!]!.price - input.units[b[i]!]!.customerPrice;
      if (saving - forfeit > (best === null ? 0n : best.gain)) best = { app: { promotion: pi, tier, qual: q, ben: b }, gain: saving - forfeit, saving };
    }
  }
  return best;
}

/** Largest `buys N` of an exact-mode promotion. */
function largestQuantity(p: SolveInput['promotions'][number]): number {
  let n = 0;
  for (let t = 0; t < p.tiers.length; t++) {
    const th = p.tiers[t]!.threshold;
    if (th.kind !== 'spendsAtLeast' && th.quantity > n) n = th.quantity;
  }
  return n;
}

/**
 * Each promotion's qualifying and benefit units, most expensive first (the cheapness order
 * reversed), sorted once per greedy run, with the free ones read from cursors: a greedy run only
 * ever takes units, so a unit found taken at either end of a list is skipped for good. (Sorting
 * and scanning per application made a line of 10,000 units take seconds.)
 */
class SortedUnits {
  /** List entries the cursors stepped over so far: what a bestSingle call read (its work, see `ValueFill.calls`). */
  read = 0;
  private readonly lists = new Map<number, number[]>();
  /** Per list key: first index that may still be free / one past the last. */
  private readonly head = new Map<number, number>();
  private readonly tail = new Map<number, number>();
  constructor(private readonly input: SolveInput) {}

  /** Per promotion (`same` deals): its qualifying units split by product, in product-id order. */
  private readonly byProduct = new Map<number, number[][]>();
  /** Per promotion: first index of each product list that may still be free. */
  private readonly productHead = new Map<number, number[]>();

  /** Forgets the cursors (units were freed). */
  resetCursors(): void {
    this.head.clear();
    this.tail.clear();
    this.productHead.clear();
  }

  /**
   * Per product (product-id order) with a free qualifying unit of promotion pi: its first `limit`
   * free ones, most expensive first — what `productsOf` makes of every free unit, cut at `limit`.
   */
  freeQualifyingPerProduct(pi: number, free: readonly boolean[], limit: number): number[][] {
    let lists = this.byProduct.get(pi);
    if (lists === undefined) {
      const all = this.sorted(2 * pi, this.input.promotions[pi]!.qualifying);
      const byId = new Map<string, number[]>();
      for (const u of all) {
        const id = this.input.units[u]!.productId;
        let l = byId.get(id);
        if (l === undefined) byId.set(id, (l = []));
        l.push(u);
      }
      lists = [...byId.keys()].sort().map((id) => byId.get(id)!);
      this.byProduct.set(pi, lists);
    }
    let heads = this.productHead.get(pi);
    if (heads === undefined) this.productHead.set(pi, (heads = lists.map(() => 0)));
    const out: number[][] = [];
    for (let j = 0; j < lists.length; j++) {
      const list = lists[j]!;
      const from = heads[j]!;
      let i = from;
      while (i < list.length && free[list[i]!] !== true) i++;
      heads[j] = i;
      const mine: number[] = [];
      for (; i < list.length && mine.length !== limit; i++) if (free[list[i]!] === true) mine.push(list[i]!);
      this.read += i - from;
      if (mine.length > 0) out.push(mine);
    }
    return out;
  }

  /** The first `limit` (-1: all) free qualifying units of promotion pi, most expensive first. */
  freeQualifying(pi: number, free: readonly boolean[], limit: number): number[] {
    return this.fromHead(2 * pi, this.input.promotions[pi]!.qualifying, free, limit);
  }

  /** Every free benefit unit of promotion pi, most expensive first. */
  freeBenefit(pi: number, free: readonly boolean[]): number[] {
    return this.fromHead(2 * pi + 1, this.input.promotions[pi]!.benefit, free, -1);
  }

  /** The `count` cheapest free benefit units of promotion pi, most expensive first. */
  cheapestFreeBenefit(pi: number, free: readonly boolean[], count: number): number[] {
    const key = 2 * pi + 1;
    const list = this.sorted(key, this.input.promotions[pi]!.benefit);
    const from = this.tail.get(key) ?? list.length;
    let end = from;
    while (end > 0 && free[list[end - 1]!] !== true) end--;
    this.tail.set(key, end);
    const out: number[] = [];
    let i = end - 1;
    for (; i >= 0 && out.length < count; i--) if (free[list[i]!] === true) out.push(list[i]!);
    this.read += from - 1 - i;
    return out.reverse();
  }

  private fromHead(key: number, units: readonly number[], free: readonly boolean[], limit: number): number[] {
    const list = this.sorted(key, units);
    const from = this.head.get(key) ?? 0;
    let i = from;
    while (i < list.length && free[list[i]!] !== true) i++;
    this.head.set(key, i);
    const out: number[] = [];
    for (; i < list.length && out.length !== limit; i++) if (free[list[i]!] === true) out.push(list[i]!);
    this.read += i - from;
    return out;
  }

  private sorted(key: number, units: readonly number[]): number[] {
    let out = this.lists.get(key);
    if (out === undefined) {
      const all = this.input.units;
      // compareCheap is a total order, so any correct sort gives the one order the engines share.
      out = units.slice().sort((a, b) => compareCheap(all, b, a));
      this.lists.set(key, out);
    }
    return out;
  }
}
/** One list (all units) or, for `same`, one list per product in product-id order. */
function productsOf(input: SolveInput, units: number[], same: boolean): number[][] {
  if (!same) return [units];
  const ids: string[] = [];
  for (let i = 0; i < units.length; i++) {
    const id = input.units[units[i]!]!.productId;
    if (ids.indexOf(id) < 0) ids.push(id);
  }
  ids.sort();
  const out: number[][] = [];
  for (let j = 0; j < ids.length; j++) {
    const l: number[] = [];
    for (let i = 0; i < units.length; i++) if (input.units[units[i]!]!.productId === ids[j]) l.push(units[i]!);
    out.push(l);
  }
  return out;
}
