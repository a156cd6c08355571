/**
 * Exact best deal for one conflict component: dynamic programming over promotions in rank order
 * with memo on (promotion, remaining units per group), branch and bound inside each promotion's
 * choice of applications. See docs/solver.md for the solution order and why pruning is exact.
 */
import { priceApplication } from './pricing.ts';
import { compareCheap, isRangeMode, rangeTier, sortCheap } from './rules.ts';
import type { SolveInput } from './types.ts';
import type { UnitGroups } from './groups.ts';

/** One kind of application: a tier and how many units of each component group it uses. */
export interface AppType {
  readonly tier: number;
  /** Units used per local group. */
  readonly counts: number[];
  readonly saving: bigint;
  /** Σ over used units of (price − customerPrice): the customer-price saving the application forfeits. */
  readonly forfeit: bigint;
  readonly units: number;
}

/** Best solution from promotion `k` of the component onwards; one node per promotion. */
export interface Plan {
  readonly gain: bigint;
  readonly units: number;
  /** Applications of promotion k, in solution order. */
  readonly apps: AppType[];
  readonly appUnits: number;
  readonly next: Plan | null;
}

/**
 * Preference between application kinds (a total order): more gain (saving − forfeited
 * customer-price saving), then higher tier, then more units of earlier groups.
 */
export function compareType(a: AppType, b: AppType): number {
  const ga = a.saving - a.forfeit;
  const gb = b.saving - b.forfeit;
  if (ga !== gb) return ga > gb ? -1 : 1;
  if (a.tier !== b.tier) return a.tier > b.tier ? -1 : 1;
  for (let g = 0; g < a.counts.length; g++) {
    if (a.counts[g] !== b.counts[g]) return a.counts[g]! > b.counts[g]! ? -1 : 1;
  }
  return 0;
}

/**
 * Total solution order (< 0: `a` is better). See docs/solver.md §Solution order: more gain, then
 * fewer units, then per promotion in rank order its kinds compared in preference order, a list
 * that extends the other winning.
 */
export function comparePlan(a: Plan, b: Plan): number {
  if (a.gain !== b.gain) return a.gain > b.gain ? -1 : 1;
  if (a.units !== b.units) return a.units < b.units ? -1 : 1;
  let x: Plan | null = a;
  let y: Plan | null = b;
  while (x !== null && y !== null) {
    const n = x.apps.length < y.apps.length ? x.apps.length : y.apps.length;
    for (let i = 0; i < n; i++) {
      const c = compareType(x.apps[i]!, y.apps[i]!);
      if (c !== 0) return c;
    }
    if (x.apps.length !== y.apps.length) return x.apps.length > y.apps.length ? -1 : 1;
    x = x.next;
    y = y.next;
  }
  return 0;
}

/** Searches one component. `promos` are global promotion indices in rank order. */
export class ComponentSearch {
  readonly input: SolveInput;
  readonly promos: number[];
  /** Global group indices of the component, ascending. */
  readonly groups: number[];
  readonly members: number[][];
  /** Per local promotion: local group indices that are qualifying / benefit. */
  readonly qual: number[][] = [];
  readonly ben: number[][] = [];
  /** Per local promotion k: Σ bound per unit of each local group over promotions ≥ k. */
  readonly ubUnit: bigint[][] = [];
  /** Per local promotion k and local group g: bound on the gain of one unit of g rewarded by k. */
  readonly own: bigint[][] = [];
  /** Per local promotion k: its rewardable groups, most expensive first (cheapness order reversed). */
  readonly cheapDesc: number[][] = [];
  /** Per local promotion k and group g: max(0, own − bound of the same unit in promotions > k). */
  readonly diff: bigint[][] = [];
  /** Per local promotion k: its rewardable groups by `diff` descending. */
  readonly gainDesc: number[][] = [];
  /** Per local promotion k: shape used by `restBound` (see there). */
  readonly shape: Shape[] = [];
  private scratch: bigint[] = [];
  /** Per local promotion k: range mode and no later promotion uses its groups. */
  readonly isolatedRange: boolean[] = [];
  /** Per local promotion k: exact mode, per-unit sets (`perUnitSets`), no later promotion uses its qualifying groups. */
  readonly isolatedChunk: boolean[] = [];
  /** Per local promotion k: range mode with a separable application (`separableRange`). */
  readonly sepRange: boolean[] = [];
  /**
   * Per local promotion k and group g, for separable range promotions: -1 when a unit of g gains
   * nothing (never in a best plan: dropping it keeps the gain, frees a unit and uses fewer),
   * 1 when it gains and no later promotion can use g (every unit of g belongs in k's application:
   * adding it only gains), else 0 (the search decides).
   */
  readonly sepForce: number[][] = [];
  /**
   * Per local promotion k: exact-mode `buys 1` per-unit deal whose limit cannot bind
   * (maxApplications ≥ its qualifying units) with a group marked 1 in `sepForce`: a gaining unit
   * no later promotion can use. Every best plan takes all such units (one more application only
   * gains), so `solve` takes them before the DFS and merges them into the plan's list.
   */
  readonly forcedUnits: boolean[] = [];
  /** Per local promotion k: local groups some promotion ≥ k uses (the memo key). */
  readonly relevant: number[][] = [];
  readonly memo = new Map<string, Plan>();
  nodes: number;
  readonly budget: number;
  aborted = false;
  // Scratch state of the type generator (kept on the instance: no closures in the hot path).
  private genK = 0;
  private genRem: number[] = [];
  private genCounts: number[] = [];
  private genOut: AppType[] = [];

  constructor(input: SolveInput, all: UnitGroups, promos: number[], nodes: number) {
    this.input = input;
    this.promos = promos;
    this.nodes = nodes;
    this.budget = input.searchBudget;
    const groups: number[] = [];
    for (let k = 0; k < promos.length; k++) {
      const q = all.qualGroups[promos[k]!]!;
      const b = all.benGroups[promos[k]!]!;
      for (let i = 0; i < q.length; i++) if (groups.indexOf(q[i]!) < 0) groups.push(q[i]!);
      for (let i = 0; i < b.length; i++) if (groups.indexOf(b[i]!) < 0) groups.push(b[i]!);
    }
    groups.sort((a, b) => a - b);
    this.groups = groups;
    this.members = [];
    for (let g = 0; g < groups.length; g++) this.members.push(all.members[groups[g]!]!);
    for (let k = 0; k < promos.length; k++) {
      const q: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < all.qualGroups[promos[k]!]!.length; i++) q.push(groups.indexOf(all.qualGroups[promos[k]!]![i]!));
      for (let i = 0; i < all.benGroups[promos[k]!]!.length; i++) b.push(groups.indexOf(all.benGroups[promos[k]!]![i]!));
      q.sort((x, y) => x - y);
      b.sort((x, y) => x - y);
      this.qual.push(q);
      this.ben.push(b);
    }
    for (let k = promos.length - 1; k >= 0; k--) {
      const row: bigint[] = [];
      const rel: number[] = [];
      for (let g = 0; g < groups.length; g++) {
        let best = k + 1 < promos.length ? this.ubUnit[0]![g]! : 0n;
        const own = this.flatBound(k, g);
        if (own > best) best = own;
        row.push(best);
        const used = this.qual[k]!.indexOf(g) >= 0 || this.ben[k]!.indexOf(g) >= 0;
        if (used || (k + 1 < promos.length && this.relevant[0]!.indexOf(g) >= 0)) rel.push(g);
      }
      this.ubUnit.unshift(row);
      this.relevant.unshift(rel);
    }
    const zeros: bigint[] = [];
    for (let g = 0; g < groups.length; g++) zeros.push(0n);
    this.ubUnit.push(zeros);
    for (let k = 0; k < promos.length; k++) this.prepareRestBound(k);
    for (let k = 0; k < promos.length; k++) {
      let alone = isRangeMode(input.promotions[promos[k]!]!);
      const later = this.relevant[k + 1] ?? [];
      for (let i = 0; alone && i < later.length; i++) {
        if (this.qual[k]!.indexOf(later[i]!) >= 0 || this.ben[k]!.indexOf(later[i]!) >= 0) alone = false;
      }
      this.isolatedRange.push(alone);
      let chunk = !isRangeMode(input.promotions[promos[k]!]!) && perUnitSets(input.promotions[promos[k]!]!);
      for (let i = 0; chunk && i < later.length; i++) if (this.qual[k]!.indexOf(later[i]!) >= 0) chunk = false;
      this.isolatedChunk.push(chunk);
      const pk = input.promotions[promos[k]!]!;
      const sep = isRangeMode(pk) && separableRange(pk);
      this.sepRange.push(sep);
      const row: number[] = [];
      for (let g = 0; g < groups.length; g++) {
        let f = 0;
        if (sep && this.qual[k]!.indexOf(g) >= 0) {
          const u = this.members[g]![0]!;
          const v = priceApplication(input.units, [u], [], pk, 0).saving - (input.units[u]!.price - input.units[u]!.customerPrice);
          f = v <= 0n ? -1 : later.indexOf(g) < 0 ? 1 : 0;
        }
        row.push(f);
      }
      this.sepForce.push(row);
      // Exact-mode single-unit deals: a gaining unit no later promotion can use is always taken.
      let single = !chunk && !sep && !isRangeMode(pk) && perUnitSets(pk) && (pk.tiers[0]!.threshold as { quantity: number }).quantity === 1 && pk.maxApplications >= pk.qualifying.length;
      if (single) {
        single = false;
        for (let g = 0; g < groups.length; g++) {
          if (this.qual[k]!.indexOf(g) < 0 || later.indexOf(g) >= 0) continue;
          const u = this.members[g]![0]!;
          const v = priceApplication(input.units, [u], [], pk, 0).saving - (input.units[u]!.price - input.units[u]!.customerPrice);
          if (v > 0n) {
            row[g] = 1;
            single = true;
          }
        }
      }
      this.forcedUnits.push(single);
    }
  }

  private prepareRestBound(k: number): void {
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
    const limit = range ? (p.maxApplications < 1 ? p.maxApplications : 1) : p.maxApplications;
    // Every tier a setAmountOff: an application saves at most the largest set amount.
    let setCap = -1n;
    for (let t = 0; t < p.tiers.length; t++) {
      const r = p.tiers[t]!.reward;
      if (r.kind !== 'setAmountOff') { setCap = -1n; break; }
      if (r.amount > setCap) setCap = r.amount;
    }
    this.shape.push({ range, limit, minQ: range || minQ === 0 ? 1 : minQ, rewardPerApp, gap, setCap });
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
  private restBound(k: number, rem: readonly number[], apps: number, sumSaving: bigint, cap: bigint): bigint {
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
      const r = this.scratch;
      let n = 0;
      for (let i = 0; i < order.length; i++) {
        const g = order[i]!;
        // One rewarded unit per application: the application gains ≤ cap, so its unit adds ≤ cap − later.
        let v = row[g]!;
        if (sh.rewardPerApp === 1 && own[g]! > cap) v = cap > later[g]! ? cap - later[g]! : 0n;
        const c = rem[g]!;
        for (let j = 0; j < c; j++) r[n++] = v;
      }
      for (let i = n - 2; i >= 0; i--) if (r[i + 1]! > r[i]!) r[i] = r[i + 1]!;
      const most = maxApps * sh.rewardPerApp;
      for (let t = 1; t <= most; t++) {
        const pos = t + Math.ceil(t / sh.rewardPerApp) * sh.gap;
        if (pos > n) break;
        bound += r[pos - 1]!;
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
    if (p.budget !== undefined) {
      const room = p.budget > sumSaving ? p.budget - sumSaving : 0n;
      if (bound > room) bound = room;
    }
    return bound;
  }

  /** Upper bound on the gain one unit of local group g can bring in an application of promotion k. */
  private unitBound(k: number, g: number): bigint {
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
  private flatBound(k: number, g: number): bigint {
    const old = this.unitBound(k, g);
    const share = this.shareMode[k];
    if (share === undefined) this.shareMode[k] = this.computeShareMode(k);
    if (this.shareMode[k] !== true) return old;
    return this.unitShare(k, g);
  }

  private readonly shareMode: (boolean | undefined)[] = [];

  private computeShareMode(k: number): boolean {
    const p = this.input.promotions[this.promos[k]!]!;
    if (isRangeMode(p) || (p.target !== 'cheapestQualifying' && p.target !== 'allQualifying')) return false;
    const q = this.qual[k]!;
    for (let i = 0; i < q.length; i++) if (this.unitShare(k, q[i]!) > this.unitBound(k, q[i]!)) return false;
    return true;
  }

  /** Aggregate per-unit share (see `flatBound`), less the unit's customer-price saving, floored at 0. */
  private unitShare(k: number, g: number): bigint {
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

  private bound(k: number, rem: readonly number[]): bigint {
    const row = this.ubUnit[k]!;
    let s = 0n;
    for (let g = 0; g < rem.length; g++) if (rem[g]! > 0) s += BigInt(rem[g]!) * row[g]!;
    return s;
  }

  /** Upper bound of the whole component with everything remaining. */
  rootBound(): bigint {
    return this.bound(0, this.fullCounts());
  }

  fullCounts(): number[] {
    const rem: number[] = [];
    for (let g = 0; g < this.members.length; g++) rem.push(this.members[g]!.length);
    return rem;
  }

  /**
   * Best plan of the component. When the node budget runs out (`aborted`), the best complete plan
   * met so far instead (possibly empty): feasible, never proven.
   */
  run(): Plan {
    const plan = this.solve(0, this.fullCounts());
    return plan === null ? this.emptyFrom(0) : plan;
  }

  /** The plan that makes no application from promotion k on. */
  emptyFrom(k: number): Plan {
    let plan: Plan | null = null;
    for (let i = this.promos.length - 1; i >= k; i--) plan = { gain: 0n, units: 0, apps: [], appUnits: 0, next: plan };
    return plan!;
  }

  private tick(): boolean {
    this.nodes++;
    if (this.nodes > this.budget) this.aborted = true;
    return this.aborted;
  }

  private solve(k: number, rem: number[]): Plan | null {
    if (k === this.promos.length) return { gain: 0n, units: 0, apps: [], appUnits: 0, next: null };
    const rel = this.relevant[k]!;
    let key = String(k);
    for (let i = 0; i < rel.length; i++) key += ',' + String(rem[rel[i]!]!);
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    if (this.tick()) return this.emptyFrom(k);
    const types = this.isolatedRange[k] === true && this.sepRange[k] !== true ? this.bestRangeKind(k, rem) : this.isolatedChunk[k] === true ? this.chunkKinds(k, rem) : this.generate(k, rem);
    if (this.aborted) return this.emptyFrom(k);
    const p = this.input.promotions[this.promos[k]!]!;
    const limit = isRangeMode(p) ? (p.maxApplications < 1 ? p.maxApplications : 1) : p.maxApplications;
    const state: DfsState = { k, types, limit, budget: p.budget, best: null, chosen: [], rem: rem.slice() };
    // Forced single-unit kinds (see `forcedUnits`): taken on every unit of their group, out of the DFS.
    const forced: AppType[] = [];
    let fGain = 0n;
    let fUnits = 0;
    if (this.forcedUnits[k] === true) {
      for (let j = 0; j < types.length; j++) {
        const t = types[j]!;
        let g = 0;
        while (t.counts[g] === 0) g++;
        if (this.sepForce[k]![g] !== 1) continue;
        const c = state.rem[g]!;
        for (let i = 0; i < c; i++) forced.push(t);
        fGain += BigInt(c) * (t.saving - t.forfeit);
        fUnits += c;
        state.rem[g] = 0;
      }
    }
    this.dfs(state, 0, 0n, 0n, 0);
    if (state.best !== null && forced.length > 0) {
      const b = state.best;
      const apps: AppType[] = [];
      let i = 0;
      let j = 0;
      while (i < b.apps.length || j < forced.length) {
        if (j === forced.length || (i < b.apps.length && compareType(b.apps[i]!, forced[j]!) < 0)) apps.push(b.apps[i++]!);
        else apps.push(forced[j++]!);
      }
      state.best = { gain: b.gain + fGain, units: b.units + fUnits, apps, appUnits: b.appUnits + fUnits, next: b.next };
    }
    // Cut off: the best complete plan met so far is feasible but unproven, so it is not memoized.
    if (this.aborted) return state.best === null ? this.emptyFrom(k) : state.best;
    const best = state.best!;
    this.memo.set(key, best);
    return best;
  }

  /**
   * Enumerates multisets of application kinds (non-decreasing kind index) for promotion s.k in
   * post-order: a multiset's extensions before the multiset itself. That is exactly increasing
   * solution order among candidates of equal gain and units, so a node is pruned as soon as its
   * bound cannot give strictly more gain, or equal gain with strictly fewer units.
   */
  private dfs(s: DfsState, start: number, sumSaving: bigint, forfeit: bigint, units: number): void {
    if (this.tick()) return;
    // (After a cut-off every call returns at once; the candidates already met stay in s.best.)
    const capped = s.budget !== undefined && sumSaving > s.budget ? s.budget : sumSaving;
    const gain = capped - forfeit;
    if (s.best !== null) {
      // Kinds are sorted by gain, so further applications gain at most the kind at `start`.
      const cap = start < s.types.length ? s.types[start]!.saving - s.types[start]!.forfeit : 0n;
      const split = gain + this.bound(s.k + 1, s.rem) + this.restBound(s.k, s.rem, s.chosen.length, sumSaving, cap);
      const flat = gain + this.bound(s.k, s.rem);
      const ub = split < flat ? split : flat;
      if (ub < s.best.gain) return;
      if (ub === s.best.gain && this.fewestUnits(s, gain, units, cap) >= s.best.units) return;
    }
    if (s.chosen.length < s.limit) {
      for (let j = start; j < s.types.length; j++) {
        const t = s.types[j]!;
        let fits = true;
        for (let g = 0; g < t.counts.length; g++) if (t.counts[g]! > s.rem[g]!) { fits = false; break; }
        if (!fits) continue;
        for (let g = 0; g < t.counts.length; g++) s.rem[g] = s.rem[g]! - t.counts[g]!;
        s.chosen.push(t);
        this.dfs(s, j, sumSaving + t.saving, forfeit + t.forfeit, units + t.units);
        s.chosen.pop();
        for (let g = 0; g < t.counts.length; g++) s.rem[g] = s.rem[g]! + t.counts[g]!;
        if (this.aborted) return;
      }
    }
    if (s.best !== null && cannotBeat(gain + this.bound(s.k + 1, s.rem), units, s.best)) return;
    const sub = this.solve(s.k + 1, s.rem);
    if (sub === null) return;
    // A cut-off sub-plan is still feasible: it stays a candidate.
    const cand: Plan = { gain: gain + sub.gain, units: units + sub.units, apps: s.chosen.slice(), appUnits: units, next: sub };
    if (s.best === null || comparePlan(cand, s.best) < 0) s.best = cand;
  }

  /**
   * Fewest units any completion of this node needs to reach the best gain: the missing gain
   * comes from applications of k (≤ cap each, ≥ their minimum units each) or from units of later
   * promotions (≤ their unit bound each), so it takes at least missing ÷ best rate units.
   */
  private fewestUnits(s: DfsState, gain: bigint, units: number, cap: bigint): number {
    const missing = s.best!.gain - gain;
    if (missing <= 0n) return units;
    const row = this.ubUnit[s.k + 1]!;
    let later = 0n;
    for (let g = 0; g < s.rem.length; g++) if (s.rem[g]! > 0 && row[g]! > later) later = row[g]!;
    const sh = this.shape[s.k]!;
    const p = this.input.promotions[this.promos[s.k]!]!;
    const per = BigInt(sh.minQ + (p.target === 'cheapestBenefit' || p.target === 'allBenefit' ? 1 : 0));
    // Best gain per unit: max(later, cap / per), compared without division.
    let need: bigint;
    if (later * per >= cap) need = later > 0n ? (missing + later - 1n) / later : 0n;
    else need = (missing * per + cap - 1n) / cap;
    return units + Number(need);
  }

  /**
   * Every application kind of promotion k that fits `rem` and gains something (a kind with
   * saving ≤ forfeited customer-price saving is dominated by leaving its units alone), in
   * `compareType` order.
   */
  generate(k: number, rem: number[]): AppType[] {
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
    return out;
  }

  /** Qualifying part: position i of the promotion's qualifying groups, `left` units still to place (-1: any). */
  private genQual(i: number, left: number, tier: number, product: string): void {
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
    const lo = force > 0 ? max : 0;
    for (let c = max; c >= lo; c--) {
      this.genCounts[g] = c;
      this.genQual(i + 1, left < 0 ? -1 : left - c, tier, c > 0 && product === '' ? prod : product);
      if (this.aborted) break;
    }
    this.genCounts[g] = 0;
  }

  /** Benefit part for `*Benefit` targets; `placed` benefit units so far. */
  private genBen(i: number, placed: number, tier: number): void {
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

  private emit(fixedTier: number): void {
    if (this.tick()) return;
    const kind = this.makeKind(fixedTier);
    if (kind !== null) this.genOut.push(kind);
  }

  /**
   * Range promotion k whose groups no later promotion of the component can use: leaving units
   * out of its one application cannot help anyone, so only its best kind matters (gain, then
   * fewer units, then preference). Branch and bound over groups, counts high to low, instead of
   * enumerating every kind: a branch is cut when even every remaining unit at its unit bound
   * cannot reach the best gain, or only reach it with more units.
   */
  private bestRangeKind(k: number, rem: number[]): AppType[] {
    this.genK = k;
    this.genRem = rem;
    this.genCounts = new Array<number>(rem.length).fill(0);
    const list = this.qual[k]!.concat(this.ben[k]!);
    const row = this.own[k]!;
    const suffix: bigint[] = new Array<bigint>(list.length + 1).fill(0n);
    for (let i = list.length - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + BigInt(rem[list[i]!]!) * row[list[i]!]!;
    this.rbList = list;
    this.rbSuffix = suffix;
    this.rbBest = null;
    this.rangeBranch(0, 0n, 0, '');
    return this.rbBest === null ? [] : [this.rbBest];
  }

  /**
   * Exact-mode promotion k whose sets reward every unit on its own (`perUnitSets`) and whose
   * qualifying groups no later promotion can use: a set's gain is the sum of its units' gains, so
   * the best list of applications is the sorted-chunk one — units sorted by (gain descending,
   * group ascending), the number of sets a ≤ limit maximising the sum of the first a·N gains
   * (smallest a on ties: fewer units), set i the i-th N units. Any plan of the same gain and units
   * uses the same gains, and the list order (gain, then more units of earlier groups, per set)
   * makes each consecutive chunk the best set left. Returns those distinct kinds, in preference
   * order; the DFS then picks the multiset (one node per kind priced, as `generate`).
   */
  private chunkKinds(k: number, rem: number[]): AppType[] {
    const p = this.input.promotions[this.promos[k]!]!;
    const n = (p.tiers[0]!.threshold as { quantity: number }).quantity;
    const units = this.input.units;
    const q = this.qual[k]!;
    const order: number[] = [];
    const gains: bigint[] = [];
    for (let i = 0; i < q.length; i++) {
      const g = q[i]!;
      if (rem[g]! === 0) continue;
      const u = this.members[g]![0]!;
      const v = priceApplication(units, [u], [], p, 0).saving - (units[u]!.price - units[u]!.customerPrice);
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
      if (sum > best) { best = sum; bestA = a; }
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

  private rbList: number[] = [];
  private rbSuffix: bigint[] = [];
  private rbBest: AppType | null = null;

  private rangeBranch(i: number, partial: bigint, units: number, product: string): void {
    if (this.tick()) return;
    const best = this.rbBest;
    if (best !== null) {
      let ub = partial + this.rbSuffix[i]!;
      const p = this.input.promotions[this.promos[this.genK]!]!;
      if (p.maxDiscount !== undefined && ub > p.maxDiscount) ub = p.maxDiscount;
      if (p.budget !== undefined && ub > p.budget) ub = p.budget;
      const bestGain = realGain(best, p.budget);
      if (ub < bestGain || (ub === bestGain && units > best.units)) return;
    }
    if (i === this.rbList.length) {
      const kind = this.kindForCounts();
      if (kind !== null && (best === null || betterKind(kind, best, this.input.promotions[this.promos[this.genK]!]!.budget))) this.rbBest = kind;
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
    for (let c = max; c >= 0; c--) {
      this.genCounts[g] = c;
      this.rangeBranch(i + 1, partial + BigInt(c) * this.own[this.genK]![g]!, units + c, isQual && c > 0 && product === '' ? prod : product);
      if (this.aborted) break;
    }
    this.genCounts[g] = 0;
  }

  /** The range kind of the current counts, or null when it is not a valid application. */
  private kindForCounts(): AppType | null {
    const p = this.input.promotions[this.promos[this.genK]!]!;
    if (p.target === 'cheapestBenefit' || p.target === 'allBenefit') {
      let placed = 0;
      const b = this.ben[this.genK]!;
      for (let j = 0; j < b.length; j++) placed += this.genCounts[b[j]!]!;
      if (placed === 0) return null;
    }
    return this.makeKind(-1);
  }

  /** Prices the current counts as a kind; null when invalid or gaining nothing. */
  private makeKind(fixedTier: number): AppType | null {
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
    return { tier, counts: this.genCounts.slice(), saving: priced.saving, forfeit, units: n };
  }
}

/**
 * One tier of `buys N`, `any` combination, no `maxDiscount` or budget, and every unit of a set
 * rewarded on its own: `cheapestQualifying` with rewardCount ≥ N or `allQualifying`, with a
 * percent / amountOff / unitPrice reward (any reward when N = 1). A set's saving is then the sum
 * of its units' savings.
 */
function perUnitSets(p: SolveInput['promotions'][number]): boolean {
  if (p.tiers.length !== 1 || p.combination !== 'any' || p.maxDiscount !== undefined || p.budget !== undefined) return false;
  const t = p.tiers[0]!;
  if (t.threshold.kind !== 'buys') return false;
  const n = t.threshold.quantity;
  if (n < 1) return false;
  if (p.target === 'cheapestQualifying' ? p.rewardCount < n : p.target !== 'allQualifying') return false;
  return n === 1 || t.reward.kind === 'percent' || t.reward.kind === 'amountOff' || t.reward.kind === 'unitPrice';
}

/**
 * Range mode with one tier reached by any single unit (`buys`/`buysAtLeast` 1), `any`, no
 * `maxDiscount` or budget, and every unit of the application rewarded on its own
 * (`allQualifying`, or `cheapestQualifying` whose rewardCount covers every qualifying unit) by a
 * percent / amountOff / unitPrice: the application's gain is the sum of its units' gains.
 */
function separableRange(p: SolveInput['promotions'][number]): boolean {
  if (p.tiers.length !== 1 || p.combination !== 'any' || p.maxDiscount !== undefined || p.budget !== undefined) return false;
  const t = p.tiers[0]!;
  if (t.threshold.kind === 'spendsAtLeast' || t.threshold.quantity !== 1) return false;
  if (p.target === 'cheapestQualifying' ? p.rewardCount < p.qualifying.length : p.target !== 'allQualifying') return false;
  return t.reward.kind === 'percent' || t.reward.kind === 'amountOff' || t.reward.kind === 'unitPrice';
}

/** What one application alone adds to the objective: its saving within the budget, less forfeits. */
function realGain(a: AppType, budget: bigint | undefined): bigint {
  return (budget !== undefined && a.saving > budget ? budget : a.saving) - a.forfeit;
}

/** Single-application order (as `comparePlan` on one-kind plans): more gain, fewer units, preference. */
function betterKind(a: AppType, b: AppType, budget: bigint | undefined): boolean {
  const ga = realGain(a, budget);
  const gb = realGain(b, budget);
  if (ga !== gb) return ga > gb;
  if (a.units !== b.units) return a.units < b.units;
  return compareType(a, b) < 0;
}

/**
 * Nodes are met in increasing solution order among equal (gain, units), so a completion bounded
 * by `bound` gain and using at least `units` units can only win with more gain or fewer units.
 */
function cannotBeat(bound: bigint, units: number, best: Plan): boolean {
  return bound < best.gain || (bound === best.gain && units >= best.units);
}

interface Shape {
  readonly range: boolean;
  /** Most applications. */
  readonly limit: number;
  /** Fewest qualifying units per application. */
  readonly minQ: number;
  /** Most units rewarded per application; -1 when every unit of the part may be. */
  readonly rewardPerApp: number;
  /** Fewest non-rewarded qualifying units an application puts above its rewarded ones (cheapestQualifying). */
  readonly gap: number;
  /** Largest set amount when every tier is a setAmountOff, else -1. */
  readonly setCap: bigint;
}

interface DfsState {
  readonly k: number;
  readonly types: AppType[];
  readonly limit: number;
  readonly budget: bigint | undefined;
  best: Plan | null;
  readonly chosen: AppType[];
  readonly rem: number[];
}
