/**
 * One promotion ALONE under Lagrange multipliers (docs/solver.md Algorithm 5c): the most its own
 * plans can gain when every unit of group g costs λ_g, within the component's full counts, its
 * `maxApplications` and its budget. Integer arithmetic only (bigint here, i64 in the WASM twin),
 * so both engines compute the same value.
 */

/** One application kind of a promotion: its gain (saving − forfeits) and its non-zero counts per local group. */
export interface AloneKind {
  readonly gain: bigint;
  readonly g: readonly number[];
  readonly c: readonly number[];
  readonly units: number;
}

/**
 * The promotion's relaxed problem. A per-unit-set deal (`chunkN` > 0) is solved exactly by sorted
 * chunks; otherwise with `kinds` (every kind of the promotion on the full counts) the maximum over
 * multisets of kinds is exact; without (too many kinds to enumerate), the per-unit bound `flat`
 * (the promotion's share bound per unit of each of its groups) is used.
 */
export interface AloneDeal {
  /** Set size N of an exact-mode sorted-chunk deal (component.ts `chunkSet`), else 0. */
  readonly chunkN: number;
  /** What each set costs on top of its units' values (a fixed total's X; 0 for per-unit sets). */
  readonly chunkCost: bigint;
  /** Per entry of `qual`: what one of its units adds to a set (chunk route, `chunkValue`). */
  readonly unitGain: readonly bigint[];
  /** The promotion's qualifying local groups, ascending (chunk route). */
  readonly qual: readonly number[];
  /**
   * Cheapest-of-N route (`cheapestQualifying`, one `buys N` tier, rc = `dpRc` < N, per-unit
   * reward): the qualifying groups most expensive first, with per entry the gain of a rewarded
   * unit and the (negative) value of a paying one. Empty when not used.
   */
  readonly dpGroups: readonly number[];
  readonly dpReward: readonly bigint[];
  readonly dpPay: readonly bigint[];
  readonly dpN: number;
  readonly dpRc: number;
  /** Most credits the DP tracks: (N − rc) × the promotion's qualifying units. */
  readonly dpMax: number;
  readonly kinds: readonly AloneKind[] | null;
  /** The promotion's local groups (qualifying and benefit), ascending. */
  readonly groups: readonly number[];
  /** Per entry of `groups`: its per-unit bound (flat route). */
  readonly flat: readonly bigint[];
  /** Most applications (1 in range mode). */
  readonly limit: number;
  readonly budget: bigint | undefined;
}

/**
 * Most DFS nodes one evaluation may take before it answers with the looser
 * "applications × best reduced kind" bound instead (same count in both engines).
 */
export const ALONE_NODE_CAP = 4096;

/** Most DP cells (units × credit states) the cheapest-of-N route takes; above, kinds or per-unit bounds. */
export const DP_CELL_CAP = 8192;

/** An unreachable DP state (far below any gain). */
const DP_NONE = -(1n << 62n);

/**
 * Maximiser of one promotion alone: ẑ(λ) ≥ max over its plans of (gain − Σ_g λ_g · units of g),
 * with the units per group its maximiser uses added to `used` (the subgradient's direction).
 * Scratch state lives on the instance (no closures, no allocation per DFS node).
 */
export class AloneSolver {
  private red: bigint[] = [];
  private idx: number[] = [];
  private rem: number[] = [];
  private mult: number[] = [];
  private bestMult: number[] = [];
  private deal: AloneDeal | null = null;
  private n = 0;
  private best = 0n;
  private nodes = 0;
  private minUnits = 0;
  private remUnits = 0;
  private limit = 0;

  /** ẑ(λ) of `deal` on `counts`; adds its maximiser's units per group to `used`. */
  solve(deal: AloneDeal, lam: readonly bigint[], counts: readonly number[], used: number[]): bigint {
    if (deal.chunkN > 0) return this.chunks(deal, lam, counts, used);
    if (deal.dpGroups.length > 0) return this.cheapestOfN(deal, lam, counts, used);
    if (deal.kinds === null) return this.flat(deal, lam, counts, used);
    const kinds = deal.kinds;
    // Kinds with a positive reduced gain, most first (ties: kind order); the others never help.
    this.n = 0;
    for (let i = 0; i < kinds.length; i++) {
      const t = kinds[i]!;
      let r = t.gain;
      for (let j = 0; j < t.g.length; j++) r -= lam[t.g[j]!]! * BigInt(t.c[j]!);
      if (r <= 0n) continue;
      this.insert(i, r);
    }
    if (this.n === 0) return 0n;
    this.deal = deal;
    this.minUnits = kinds[this.idx[0]!]!.units;
    for (let i = 1; i < this.n; i++) if (kinds[this.idx[i]!]!.units < this.minUnits) this.minUnits = kinds[this.idx[i]!]!.units;
    this.remUnits = 0;
    for (let j = 0; j < deal.groups.length; j++) {
      const g = deal.groups[j]!;
      this.rem[g] = counts[g]!;
      this.remUnits += counts[g]!;
    }
    for (let i = 0; i < this.n; i++) {
      this.mult[i] = 0;
      this.bestMult[i] = 0;
    }
    this.best = 0n;
    this.nodes = 0;
    this.limit = deal.limit;
    this.dfs(0, 0, 0n);
    let z = this.best;
    if (this.nodes > ALONE_NODE_CAP) {
      // Cut off: every application adds at most the best reduced gain, and there are at most
      // min(limit, units ÷ smallest kind) of them.
      let apps = Math.floor(this.remUnits / this.minUnits);
      if (apps > deal.limit) apps = deal.limit;
      z = BigInt(apps) * this.red[0]!;
    }
    if (deal.budget !== undefined && z > deal.budget) z = deal.budget;
    for (let i = 0; i < this.n; i++) {
      const m = this.bestMult[i]!;
      if (m === 0) continue;
      const t = kinds[this.idx[i]!]!;
      for (let j = 0; j < t.g.length; j++) used[t.g[j]!] = used[t.g[j]!]! + m * t.c[j]!;
    }
    return z;
  }

  /** Multisets of kinds with non-decreasing index from `from`, `apps` chosen, reduced gain `cur`. */
  private dfs(from: number, apps: number, cur: bigint): void {
    this.nodes++;
    if (this.nodes > ALONE_NODE_CAP) return;
    if (cur > this.best) {
      this.best = cur;
      for (let i = 0; i < this.n; i++) this.bestMult[i] = this.mult[i]!;
    }
    if (apps >= this.limit) return;
    const kinds = this.deal!.kinds!;
    let left = Math.floor(this.remUnits / this.minUnits);
    if (left > this.limit - apps) left = this.limit - apps;
    for (let i = from; i < this.n; i++) {
      // Kinds are sorted by reduced gain: no later one can do better once this one cannot.
      if (cur + BigInt(left) * this.red[i]! <= this.best) return;
      const t = kinds[this.idx[i]!]!;
      let fits = true;
      for (let j = 0; j < t.g.length; j++) if (t.c[j]! > this.rem[t.g[j]!]!) { fits = false; break; }
      if (!fits) continue;
      for (let j = 0; j < t.g.length; j++) this.rem[t.g[j]!] = this.rem[t.g[j]!]! - t.c[j]!;
      this.remUnits -= t.units;
      this.mult[i] = this.mult[i]! + 1;
      this.dfs(i, apps + 1, cur + this.red[i]!);
      this.mult[i] = this.mult[i]! - 1;
      this.remUnits += t.units;
      for (let j = 0; j < t.g.length; j++) this.rem[t.g[j]!] = this.rem[t.g[j]!]! + t.c[j]!;
      if (this.nodes > ALONE_NODE_CAP) return;
    }
  }

  /** Adds (id, reduced gain) to the first n entries, kept by reduced gain descending, after equal ones (WASM insertDescending). */
  private insert(id: number, r: bigint): void {
    let j = this.n++;
    while (j > 0 && this.red[j - 1]! < r) {
      this.red[j] = this.red[j - 1]!;
      this.idx[j] = this.idx[j - 1]!;
      j--;
    }
    this.red[j] = r;
    this.idx[j] = id;
  }

  /**
   * Sorted-chunk route (sets of N, no cap, no budget): a plan of a sets uses a·N distinct units and
   * gains the sum of their reduced values r = value − λ less a × `chunkCost`, so the best plan takes
   * the a·N largest r for the best a ≤ limit (the smallest a on ties) — exact for per-unit sets, and
   * an upper bound for a fixed total (it drops the rule that each set must gain something). Units
   * are walked by (r descending, group ascending).
   */
  private chunks(deal: AloneDeal, lam: readonly bigint[], counts: readonly number[], used: number[]): bigint {
    this.n = 0;
    for (let j = 0; j < deal.qual.length; j++) {
      const g = deal.qual[j]!;
      if (counts[g]! === 0) continue;
      this.insert(g, deal.unitGain[j]! - lam[g]!);
    }
    const N = deal.chunkN;
    let best = 0n;
    let bestTaken = 0;
    let sum = 0n;
    let taken = 0;
    for (let i = 0; i < this.n && Math.floor(taken / N) < deal.limit; i++) {
      const r = this.red[i]!;
      const c = counts[this.idx[i]!]!;
      // A group at a time, not a unit at a time (a long line is one group): the chunks ending in
      // it end at m·N for m in [lo, hi], and their values lie on a line of slope N·r − cost, so
      // the best of them is the first (slope ≤ 0) or the last (slope > 0) — the one a walk unit
      // by unit keeps, ties to the first.
      const lo = Math.floor(taken / N) + 1;
      let hi = Math.floor((taken + c) / N);
      if (hi > deal.limit) hi = deal.limit;
      if (lo <= hi) {
        const m = BigInt(N) * r - deal.chunkCost > 0n ? hi : lo;
        const value = sum + BigInt(m * N - taken) * r - BigInt(m) * deal.chunkCost;
        if (value > best) {
          best = value;
          bestTaken = m * N;
        }
      }
      sum += BigInt(c) * r;
      taken += c;
    }
    for (let i = 0; i < this.n && bestTaken > 0; i++) {
      const g = this.idx[i]!;
      const c = counts[g]! < bestTaken ? counts[g]! : bestTaken;
      used[g] = used[g]! + c;
      bestTaken -= c;
    }
    return best;
  }

  /**
   * Cheapest-of-N route: units most expensive first, each skipped, paying (adds rc credits) or
   * rewarded (takes N − rc credits; needs them). In a plan each set's rewarded units are its
   * cheapest, so its N − rc payers come before them in this order: every plan is a path that
   * never goes below 0 credits (with rc = 1 and any combination every such path is also a plan
   * with the same gain once unmatched payers are dropped, so the DP is exact then). Credits are
   * clamped at what rewarding every later unit takes (at most `dpMax`). Ties: the first transition met (skip, pay,
   * reward) and the fewest final credits, the same in both engines.
   */
  private cheapestOfN(deal: AloneDeal, lam: readonly bigint[], counts: readonly number[], used: number[]): bigint {
    const W = deal.dpMax + 1;
    const pay = deal.dpRc;
    const take = deal.dpN - deal.dpRc;
    let units = 0;
    for (let i = 0; i < deal.dpGroups.length; i++) units += counts[deal.dpGroups[i]!]!;
    let val = this.dpA;
    let nxt = this.dpB;
    val[0] = 0n;
    // States 0..hi of `val` are live. Credits beyond what rewarding every later unit takes
    // (take × units after this one) can never be spent, so they clamp there: the states stay
    // under min(pay × step, take × units left), a tent with a quarter to a sixth of W × units.
    let hi = 0;
    let step = 0;
    for (let i = 0; i < deal.dpGroups.length; i++) {
      const g = deal.dpGroups[i]!;
      const rv = deal.dpReward[i]! - lam[g]!;
      const pv = deal.dpPay[i]! - lam[g]!;
      for (let u = 0; u < counts[g]!; u++, step++) {
        const left = take * (units - step - 1);
        const cap = left < W - 1 ? left : W - 1;
        const top = hi + pay < cap ? hi + pay : cap;
        for (let c = 0; c <= top; c++) nxt[c] = DP_NONE;
        const row = step * W;
        for (let c = 0; c <= hi; c++) {
          const v = val[c]!;
          if (v === DP_NONE) continue;
          const cs = c < cap ? c : cap;
          if (v > nxt[cs]!) { nxt[cs] = v; this.dpFrom[row + cs] = c * 3; }
          const cp = c + pay < cap ? c + pay : cap;
          if (v + pv > nxt[cp]!) { nxt[cp] = v + pv; this.dpFrom[row + cp] = c * 3 + 1; }
          const cr = c - take < cap ? c - take : cap;
          if (c >= take && v + rv > nxt[cr]!) { nxt[cr] = v + rv; this.dpFrom[row + cr] = c * 3 + 2; }
        }
        hi = top;
        const t = val;
        val = nxt;
        nxt = t;
      }
    }
    let bestC = 0;
    for (let c = 1; c <= hi; c++) if (val[c]! > val[bestC]!) bestC = c;
    let z = val[bestC]!;
    // Walk back: which units were paid or rewarded (both use a unit of their group).
    let c = bestC;
    for (let i = deal.dpGroups.length - 1; i >= 0; i--) {
      const g = deal.dpGroups[i]!;
      for (let u = 0; u < counts[g]!; u++) {
        step--;
        const f = this.dpFrom[step * W + c]!;
        if (f % 3 !== 0) used[g] = used[g]! + 1;
        c = Math.floor(f / 3);
      }
    }
    if (deal.budget !== undefined && z > deal.budget) z = deal.budget;
    return z;
  }

  private dpA: bigint[] = [];
  private dpB: bigint[] = [];
  private dpFrom: number[] = [];

  /**
   * Per-unit route: a plan's gain is at most Σ over its units of the per-unit bound, so the
   * reduced gain is at most Σ_g counts_g · max(0, bound_g − λ_g), capped by the budget.
   */
  private flat(deal: AloneDeal, lam: readonly bigint[], counts: readonly number[], used: number[]): bigint {
    let z = 0n;
    for (let j = 0; j < deal.groups.length; j++) {
      const g = deal.groups[j]!;
      const r = deal.flat[j]! - lam[g]!;
      if (r <= 0n || counts[g]! === 0) continue;
      z += r * BigInt(counts[g]!);
      used[g] = used[g]! + counts[g]!;
    }
    if (deal.budget !== undefined && z > deal.budget) z = deal.budget;
    return z;
  }
}
