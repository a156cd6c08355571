/**
 * Upper bounds of the component search: flat per-unit bounds (share-based where admissible), the
 * rest bound of one promotion beyond the later ones, and their caps. See docs/solver.md.
 */
import { Component, KNAP_CELLS } from './component.ts';
import { applicationLimit, compareCheap, isRangeMode } from './rules.ts';

let jointOn = true;
/** Tests only: turns the joint rewarded places off (on by default), to compare plans without them. */
export function setJointPlaces(on: boolean): void {
  jointOn = on;
}

/** A part's rewarded places taken together (`jointPlaces`). */
interface JointPlaces {
  readonly rc: number;
  readonly gap: number;
  readonly minQ: number;
  /** The part's groups, most expensive first. */
  readonly order: readonly number[];
  /** Per entry of `order`: the largest unit bound of the part's promotions there. */
  readonly value: readonly bigint[];
}

/** Bound tables and bound functions over the component state. */
export abstract class ComponentBounds extends Component {
  protected prepareRestBound(k: number): void {
    const p = this.input.promotions[this.promos[k]!]!;
    const ownRow: bigint[] = [];
    for (let g = 0; g < this.groups.length; g++) ownRow.push(this.unitBound(k, g));
    this.own.push(ownRow);
    const qualTarget = p.target === 'cheapestQualifying' || p.target === 'allQualifying';
    const part = (qualTarget ? this.qual[k]! : this.ben[k]!).slice();
    const byCheap = part.slice();
    for (let i = 1; i < byCheap.length; i++) {
      const x = byCheap[i]!;
      let j = i - 1;
      while (j >= 0 && compareCheap(this.input.units, this.members[byCheap[j]!]![0]!, this.members[x]![0]!) < 0) {
        byCheap[j + 1] = byCheap[j]!;
        j--;
      }
      byCheap[j + 1] = x;
    }
    this.cheapDesc.push(byCheap);
    // What k could add on a unit beyond what later promotions could give it anyway.
    const later = this.ubUnit[k + 1]!;
    const diffRow: bigint[] = [];
    for (let g = 0; g < this.groups.length; g++) diffRow.push(ownRow[g]! > later[g]! ? ownRow[g]! - later[g]! : 0n);
    this.diff.push(diffRow);
    const byGain = part.slice();
    for (let i = 1; i < byGain.length; i++) {
      const x = byGain[i]!;
      let j = i - 1;
      while (j >= 0 && diffRow[byGain[j]!]! < diffRow[x]!) {
        byGain[j + 1] = byGain[j]!;
        j--;
      }
      byGain[j + 1] = x;
    }
    this.gainDesc.push(byGain);
    const range = isRangeMode(p);
    let minQ = 0;
    let maxQ = 0;
    let spends = false;
    for (let t = 0; t < p.tiers.length; t++) {
      const th = p.tiers[t]!.threshold;
      if (th.kind === 'spendsAtLeast') { spends = true; continue; }
      if (minQ === 0 || th.quantity < minQ) minQ = th.quantity;
      if (th.quantity > maxQ) maxQ = th.quantity;
    }
    let rewardPerApp = -1; // -1: unbounded (every unit of the part)
    let gap = 0;
    if (p.target === 'cheapestQualifying') {
      rewardPerApp = range || p.rewardCount < maxQ ? p.rewardCount : maxQ;
      if (range) gap = spends || minQ <= p.rewardCount ? 0 : minQ - p.rewardCount;
      else {
        gap = -1;
        for (let t = 0; t < p.tiers.length; t++) {
          const th = p.tiers[t]!.threshold;
          if (th.kind === 'spendsAtLeast') continue;
          const d = th.quantity - (p.rewardCount < th.quantity ? p.rewardCount : th.quantity);
          if (gap < 0 || d < gap) gap = d;
        }
      }
    } else if (p.target === 'cheapestBenefit') rewardPerApp = p.rewardCount;
    else if (p.target === 'allQualifying' && !range) rewardPerApp = maxQ;
    const limit = applicationLimit(p);
    // Every tier a setAmountOff: an application saves at most the largest set amount.
    let setCap = -1n;
    for (let t = 0; t < p.tiers.length; t++) {
      const r = p.tiers[t]!.reward;
      if (r.kind !== 'setAmountOff') { setCap = -1n; break; }
      if (r.amount > setCap) setCap = r.amount;
    }
    const setKnap = !range && setCap >= 0n ? this.knapsackOf(k) : undefined;
    this.shape.push({ range, limit, minQ: range || minQ === 0 ? 1 : minQ, rewardPerApp, gap, setCap, ...(setKnap === undefined ? {} : { setKnap }) });
  }

  /** Per k: the rewarded places of k's whole part (`jointPlaces`), made when first needed; null when not all gap deals. */
  private readonly joint: (JointPlaces | null | undefined)[] = [];

  /**
   * The rewarded places of promotion k's part taken together: when k and every promotion of its
   * parts, recursively, reward only units below a gap of paying ones (`cheapest*` deals whose rest
   * bound has a gap), the t-th most expensive unit any of them rewards sits at place
   * t + ⌈t/rc⌉·gap or later of the units left, most expensive first, with rc the largest number
   * of units one application rewards and gap the smallest gap among them; a rewarded unit gains
   * at most the largest unit bound of the part's promotions on its group (docs/solver.md 5).
   */
  protected jointPlaces(k: number): JointPlaces | null {
    if (!jointOn) return null;
    const known = this.joint[k];
    if (known !== undefined) return known;
    let rc = 0;
    let gap = -1;
    let minQ = -1;
    const value: bigint[] = new Array<bigint>(this.groups.length).fill(0n);
    const stack = [k];
    let ok = true;
    while (ok && stack.length > 0) {
      const j = stack.pop()!;
      const sh = this.shape[j]!;
      if (!(sh.rewardPerApp > 0 && sh.gap > 0)) ok = false;
      if (sh.rewardPerApp > rc) rc = sh.rewardPerApp;
      if (gap < 0 || sh.gap < gap) gap = sh.gap;
      if (minQ < 0 || sh.minQ < minQ) minQ = sh.minQ;
      const own = this.own[j]!;
      for (let g = 0; g < own.length; g++) if (own[g]! > value[g]!) value[g] = own[g]!;
      for (const c of this.parts[j]!) stack.push(c);
    }
    let out: JointPlaces | null = null;
    if (ok) {
      const order = this.relevant[k]!.slice();
      order.sort((a, b) => -compareCheap(this.input.units, this.members[a]![0]!, this.members[b]![0]!));
      out = { rc, gap, minQ, order, value: order.map((g) => value[g]!) };
    }
    this.joint[k] = out;
    return out;
  }

  /**
   * k's part on `rem` by its joint rewarded places (`jointPlaces`, made for k): with `missing` < 0
   * the most it gains, else the fewest units that gain `missing` (Infinity when none are enough:
   * t rewarded units need ⌈t/rc⌉ applications of at least `minQ` units). A rewarded unit gains at
   * most its place's joint value or a cheaper place's; when k's part is k alone and an
   * application rewards one unit, at most `cap` (its further kinds gain no more).
   */
  protected jointWalk(k: number, j: JointPlaces, rem: readonly number[], missing: bigint, cap: bigint): number | bigint {
    const capped = this.restGroups[k]!.length === 0 && j.rc === 1;
    const best = this.scratch;
    let after = -1n;
    for (let i = j.order.length - 1; i >= 0; i--) {
      if (rem[j.order[i]!]! === 0) continue;
      let v = j.value[i]!;
      if (capped && v > cap) v = cap > 0n ? cap : 0n;
      if (v < after) v = after;
      best[i] = v;
      after = v;
    }
    let got = 0n;
    let seen = 0;
    let counted = 0;
    for (let i = 0; i < j.order.length; i++) {
      const c = rem[j.order[i]!]!;
      if (c === 0) continue;
      seen += c;
      const upTo = rewardedWithin(seen, j.rc, j.gap);
      const v = best[i]!;
      if (missing >= 0n && upTo > counted && v > 0n && got + BigInt(upTo - counted) * v >= missing) {
        const t = counted + Number((missing - got + v - 1n) / v);
        return Math.ceil(t / j.rc) * j.minQ;
      }
      got += BigInt(upTo - counted) * v;
      counted = upTo;
    }
    return missing < 0n ? got : Infinity;
  }

  /** Promotion k's set-amount knapsack (`setKnapsack`), charged to the component's cells. */
  private knapsackOf(k: number): SetKnapsack | undefined {
    const p = this.input.promotions[this.promos[k]!]!;
    let all = 0;
    for (let i = 0; i < this.qual[k]!.length; i++) all += this.members[this.qual[k]![i]!]!.length;
    const tiers: { readonly n: number; readonly x: bigint }[] = [];
    for (let t = 0; t < p.tiers.length; t++) {
      const th = p.tiers[t]!.threshold;
      if (th.kind !== 'spendsAtLeast') tiers.push({ n: th.quantity, x: (p.tiers[t]!.reward as { readonly amount: bigint }).amount });
    }
    const knap = setKnapsack(tiers, all, this.knapCells);
    if (knap !== undefined) this.knapCells -= knap.table.length;
    return knap;
  }

  /**
   * Upper bound on what further applications of promotion k add on `rem` beyond the flat bound of
   * the later promotions (`bound(k+1, rem)`), given `apps` already chosen with Σ savings
   * `sumSaving` and no further kind gaining more than `cap`. A unit k rewards adds at most
   * diff = max(0, own − later) over that flat bound (it can no longer go to a later promotion;
   * paying units only lose). With a gap d (paying units each application puts above its rewarded
   * ones in cheapness order), the t-th most expensive rewarded unit sits at position
   * ≥ t + ⌈t/rc⌉·d of the remaining units sorted most expensive first, so it adds at most the
   * largest diff from that position on. Otherwise: the best diffs, as many as can be rewarded.
   * Then applications × cap, `maxDiscount`, set amounts and the budget left cap it.
   */
  protected restBound(k: number, rem: readonly number[], apps: number, sumSaving: bigint, cap: bigint): bigint {
    const sh = this.shape[k]!;
    const p = this.input.promotions[this.promos[k]!]!;
    const left = sh.limit - apps;
    if (left <= 0 || cap <= 0n) return 0n;
    const q = this.qual[k]!;
    let nq = 0;
    for (let i = 0; i < q.length; i++) nq += rem[q[i]!]!;
    let maxApps = sh.range ? (nq > 0 ? 1 : 0) : Math.floor(nq / sh.minQ);
    if (maxApps > left) maxApps = left;
    if (maxApps <= 0) return 0n;
    const row = this.diff[k]!;
    let bound = 0n;
    if (sh.rewardPerApp > 0 && sh.gap > 0) {
      const order = this.cheapDesc[k]!;
      const own = this.own[k]!;
      const later = this.ubUnit[k + 1]!;
      // Units are taken a group at a time (runs of equal value), so the work grows with the
      // groups, not the units: a line of 100,000 units is one run, not 100,000 entries.
      const best = this.scratch;
      let after = -1n;
      for (let i = order.length - 1; i >= 0; i--) {
        const g = order[i]!;
        if (rem[g]! === 0) continue;
        // One rewarded unit per application: the application gains ≤ cap, so its unit adds ≤ cap − later.
        let v = row[g]!;
        if (sh.rewardPerApp === 1 && own[g]! > cap) v = cap > later[g]! ? cap - later[g]! : 0n;
        if (v < after) v = after;
        best[i] = v;
        after = v;
      }
      let n = 0;
      for (let i = 0; i < order.length; i++) n += rem[order[i]!]!;
      const most = maxApps * sh.rewardPerApp;
      const all = rewardedWithin(n, sh.rewardPerApp, sh.gap);
      const last = most < all ? most : all;
      let seen = 0;
      let counted = 0;
      for (let i = 0; i < order.length && counted < last; i++) {
        const c = rem[order[i]!]!;
        if (c === 0) continue;
        seen += c;
        let upTo = rewardedWithin(seen, sh.rewardPerApp, sh.gap);
        if (upTo > last) upTo = last;
        bound += BigInt(upTo - counted) * best[i]!;
        counted = upTo;
      }
    } else {
      let most = sh.rewardPerApp < 0 ? 2147483647 : maxApps * sh.rewardPerApp;
      const order = this.gainDesc[k]!;
      for (let i = 0; i < order.length && most > 0; i++) {
        const g = order[i]!;
        const c = rem[g]! < most ? rem[g]! : most;
        bound += BigInt(c) * row[g]!;
        most -= c;
      }
    }
    if (bound > BigInt(maxApps) * cap) bound = BigInt(maxApps) * cap;
    if (p.maxDiscount !== undefined && bound > BigInt(maxApps) * p.maxDiscount) bound = BigInt(maxApps) * p.maxDiscount;
    if (sh.setCap >= 0n && bound > BigInt(maxApps) * sh.setCap) bound = BigInt(maxApps) * sh.setCap;
    if (sh.setKnap !== undefined) {
      const most = setKnapAt(sh.setKnap, nq);
      if (bound > most) bound = most;
    }
    if (p.budget !== undefined) {
      const room = p.budget > sumSaving ? p.budget - sumSaving : 0n;
      if (bound > room) bound = room;
    }
    return bound;
  }

  /** Upper bound on the gain one unit of local group g can bring in an application of promotion k. */
  protected unitBound(k: number, g: number): bigint {
    const p = this.input.promotions[this.promos[k]!]!;
    const rewardedPart = p.target === 'cheapestQualifying' || p.target === 'allQualifying' ? this.qual[k]! : this.ben[k]!;
    if (rewardedPart.indexOf(g) < 0) return 0n;
    const u = this.input.units[this.members[g]![0]!]!;
    let best = 0n;
    for (let t = 0; t < p.tiers.length; t++) {
      const r = p.tiers[t]!.reward;
      let s = u.price;
      if (r.kind === 'percent') s = (u.price * BigInt(r.bp) + 9999n) / 10000n;
      else if (r.kind === 'amountOff' || r.kind === 'setAmountOff') s = r.amount;
      else if (r.kind === 'unitPrice') s = u.price > r.amount ? u.price - r.amount : 0n;
      if (s > best) best = s;
    }
    const room = u.price > u.floor ? u.price - u.floor : 0n;
    if (best > room) best = room;
    if (p.maxDiscount !== undefined && best > p.maxDiscount) best = p.maxDiscount;
    if (p.budget !== undefined && best > p.budget) best = p.budget;
    const gain = best - (u.price - u.customerPrice);
    return gain > 0n ? gain : 0n;
  }

  /**
   * Share of one unit of local group g in the flat bound of promotion k. Exact mode, `*Qualifying`
   * target: an application of tier t uses N_t units and saves at most Σ over them of a per-unit
   * share — rc/N_t of the unit's unrounded-up reward for `cheapestQualifying` (its rc rewarded
   * units are the cheapest, and every reward but `setAmountOff`/`fixedTotal` grows with the price),
   * X/N_t of a set amount X, price − X/N_t for a fixed total X. This bounds the application as a
   * whole, not each unit, so it is used only when no share exceeds the per-unit bound
   * (`unitBound`, which also clips at the floor) of any of the promotion's groups; else
   * `unitBound`. Caps by `maxDiscount`/`budget` stay admissible (one share reaching the cap bounds
   * the whole application).
   */
  protected flatBound(k: number, g: number): bigint {
    const old = this.unitBound(k, g);
    const share = this.shareMode[k];
    if (share === undefined) this.shareMode[k] = this.computeShareMode(k);
    if (this.shareMode[k] !== true) return old;
    return this.unitShare(k, g);
  }


  protected computeShareMode(k: number): boolean {
    const p = this.input.promotions[this.promos[k]!]!;
    if (isRangeMode(p) || (p.target !== 'cheapestQualifying' && p.target !== 'allQualifying')) return false;
    const q = this.qual[k]!;
    for (let i = 0; i < q.length; i++) if (this.unitShare(k, q[i]!) > this.unitBound(k, q[i]!)) return false;
    return true;
  }

  /** Aggregate per-unit share (see `flatBound`), less the unit's customer-price saving, floored at 0. */
  protected unitShare(k: number, g: number): bigint {
    const p = this.input.promotions[this.promos[k]!]!;
    if (this.qual[k]!.indexOf(g) < 0) return 0n;
    const u = this.input.units[this.members[g]![0]!]!;
    let best = 0n;
    for (let t = 0; t < p.tiers.length; t++) {
      const tier = p.tiers[t]!;
      if (tier.threshold.kind === 'spendsAtLeast') continue;
      const n = BigInt(tier.threshold.quantity);
      const rc = p.target === 'cheapestQualifying' && BigInt(p.rewardCount) < n ? BigInt(p.rewardCount) : n;
      const r = tier.reward;
      let s: bigint;
      if (r.kind === 'setAmountOff') s = (r.amount + n - 1n) / n;
      else if (r.kind === 'fixedTotal') {
        const v = (rc * u.price + n - 1n) / n - r.amount / n;
        s = v > 0n ? v : 0n;
      } else {
        let v = u.price;
        if (r.kind === 'percent') v = (u.price * BigInt(r.bp) + 9999n) / 10000n;
        else if (r.kind === 'amountOff') v = r.amount;
        else v = u.price > r.amount ? u.price - r.amount : 0n;
        s = (rc * v + n - 1n) / n;
      }
      if (s > best) best = s;
    }
    if (p.maxDiscount !== undefined && best > p.maxDiscount) best = p.maxDiscount;
    if (p.budget !== undefined && best > p.budget) best = p.budget;
    const gain = best - (u.price - u.customerPrice);
    return gain > 0n ? gain : 0n;
  }

  /** The flat bound of promotion k's part (k and its parts) on `rem`. */
  protected bound(k: number, rem: readonly number[]): bigint {
    return this.flatOver(this.relevant[k]!, this.ubUnit[k]!, rem);
  }

  /** The flat bound of promotion k's parts (the promotions its calls decide after it) on `rem`. */
  protected boundRest(k: number, rem: readonly number[]): bigint {
    return this.flatOver(this.restGroups[k]!, this.ubUnit[k + 1]!, rem);
  }

  /** Per k: `relevant[k]` by `ubUnit[k]`, largest first, made when first needed (`fewestByShares`). */
  private readonly byShare: (number[] | undefined)[] = [];

  /**
   * Fewest units of `rem` that can gain `missing` in promotion k's part: an application gains at
   * most the unit bounds of the units it uses (the flat bound's premise, `ubUnit[k]`), so the
   * count is at least that of the largest bounds first. Infinity when all of them fall short.
   * On a long line it tells apart plans that reach the same gain only on cheaper units, which the
   * single best rate (`fewestUnits`) cannot (docs/solver.md 5).
   */
  protected fewestByShares(k: number, rem: readonly number[], missing: bigint): number {
    const row = this.ubUnit[k]!;
    let order = this.byShare[k];
    if (order === undefined) {
      order = this.relevant[k]!.slice();
      order.sort((a, b) => (row[a]! > row[b]! ? -1 : row[a]! < row[b]! ? 1 : a - b));
      this.byShare[k] = order;
    }
    let got = 0n;
    let units = 0;
    for (let i = 0; i < order.length; i++) {
      const g = order[i]!;
      const share = row[g]!;
      if (share <= 0n) break;
      const c = rem[g]!;
      if (c <= 0) continue;
      const all = BigInt(c) * share;
      if (got + all >= missing) return units + Number((missing - got + share - 1n) / share);
      got += all;
      units += c;
    }
    return Infinity;
  }

  private flatOver(groups: readonly number[], row: readonly bigint[], rem: readonly number[]): bigint {
    let s = 0n;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (rem[g]! > 0) s += BigInt(rem[g]!) * row[g]!;
    }
    return s;
  }

  /**
   * L(λ*) of the component (lagrange.ts) once computed, else -1n. Any λ ≥ 0 gives an upper bound,
   * so the root bound is the smaller of it and the flat bound.
   */
  protected lagRoot = -1n;

  /** Upper bound of the whole component with everything remaining. */
  rootBound(): bigint {
    const flat = this.bound(0, this.fullCounts());
    return this.lagRoot >= 0n && this.lagRoot < flat ? this.lagRoot : flat;
  }

  fullCounts(): number[] {
    const rem: number[] = [];
    for (let g = 0; g < this.members.length; g++) rem.push(this.members[g]!.length);
    return rem;
  }
}

/** A set-amount promotion's knapsack: `table[c]` for c below its length, then folded by `period` units and `step` saving. */
export interface SetKnapsack {
  readonly table: readonly bigint[];
  readonly period: number;
  readonly step: bigint;
}

/**
 * The most saving sets of the tiers (n units each, saving at most x) make on c units — an
 * unbounded knapsack — for c = 0…all, or undefined when it needs more than `cells` entries.
 * Past c0 = N*·N_max + N* (N* the units of the tier of the best saving per unit, N_max the
 * largest tier) some best packing holds an N* set: among N* other sets some have sizes summing
 * to a multiple of N* (prefix sums modulo N*), which N* sets replace at no loss, and fewer than
 * N* other sets leave room for one. So knap(c) = knap(c − N*) + X*, and the table stops at
 * c0 + N* (`setKnapAt` folds c back).
 * @example setKnapAt(setKnapsack([{ n: 3, x: 500n }, { n: 5, x: 1000n }], 496, 1 << 18)!, 496) // 99000n
 */
export function setKnapsack(tiers: readonly { readonly n: number; readonly x: bigint }[], all: number, cells: number): SetKnapsack | undefined {
  let nStar = 0;
  let xStar = 0n;
  let nMax = 0;
  for (const { n, x } of tiers) {
    if (nStar === 0 || x * BigInt(nStar) > xStar * BigInt(n)) {
      nStar = n;
      xStar = x;
    }
    if (n > nMax) nMax = n;
  }
  if (nStar === 0) return undefined;
  const fold = nStar * nMax + 2 * nStar;
  const len = all + 1 < fold ? all + 1 : fold;
  if (len > cells) return undefined;
  const table = new Array<bigint>(len).fill(0n);
  for (let c = 1; c < len; c++) {
    let b = table[c - 1]!;
    for (const { n, x } of tiers) {
      if (n > c) continue;
      const v = table[c - n]! + x;
      if (v > b) b = v;
    }
    table[c] = b;
  }
  return { table, period: nStar, step: xStar };
}

/** knap(c) from a `setKnapsack` table: folded back into its last N* entries by whole N* sets. */
export function setKnapAt(knap: SetKnapsack, c: number): bigint {
  const len = knap.table.length;
  if (c < len) return knap.table[c]!;
  const m = Math.floor((c - len) / knap.period) + 1;
  return knap.table[c - m * knap.period]! + BigInt(m) * knap.step;
}

/**
 * How many t ≥ 1 have t + ⌈t/rc⌉·gap ≤ x (the rest bound's positions): application m's rc
 * rewarded units sit at positions (m−1)(rc+gap)+gap+1 … m(rc+gap).
 */
export function rewardedWithin(x: number, rc: number, gap: number): number {
  const block = rc + gap;
  const part = (x % block) - gap;
  return Math.floor(x / block) * rc + (part < 0 ? 0 : part > rc ? rc : part);
}
