/**
 * Per-run state of one conflict component: local groups, roles, the per-promotion tables the
 * bounds and shortcuts read, node counting. The search is a chain of classes over this state
 * (bounds → candidates → shortcuts → search), one concept per file, no closures in the hot path.
 */
import { groupPrices } from './benefit-rule.ts';
import { unitGain } from './pricing.ts';
import { isRangeMode } from './rules.ts';
import type { SolveInput } from './types.ts';
import type { UnitGroups } from './groups.ts';
import type { AppType, Plan } from './order.ts';
import type { SetKnapsack } from './bounds.ts';

/** State and set-up of one component search; the subclasses add behaviour only. */
export abstract class Component {
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
  protected scratch: bigint[] = [];
  /**
   * Cells of set-amount knapsack tables this component may still build (bounds.ts `setKnapsack`).
   * A field of the base class: the tables are built while its constructor runs.
   */
  protected knapCells = KNAP_CELLS;
  /** Per local promotion k: range mode and no later promotion uses its groups. */
  readonly isolatedRange: boolean[] = [];
  /** Per local promotion k: exact mode, sorted-chunk sets (`chunkSet`), no later promotion uses its qualifying groups. */
  readonly isolatedChunk: boolean[] = [];
  /** Per local promotion k: range mode with a separable application (`separableRange`). */
  readonly sepRange: boolean[] = [];
  /** Per local promotion k: what a sorted-chunk set costs on top of its units' values (`chunkSet`), -1n when not such a deal. */
  readonly chunkCost: bigint[] = [];
  /**
   * Per local promotion k: each of its sets gains Σ over its units of a value per group, less a
   * cost per tier (`setsWorthTheSame`, or sorted-chunk sets searched by the DFS), so only the
   * canonical multiset of each choice of sets and units is enumerated (docs/solver.md 4).
   */
  readonly additiveSets: boolean[] = [];
  /** Per local promotion k with additive sets, per qualifying group: its place by value per unit (most first), then index. */
  readonly setRank: number[][] = [];
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
  /**
   * Per local promotion k: its parts, by first promotion, ascending. k's *part* is k and every
   * promotion ≥ k connected to it through groups of promotions ≥ k; the rest of that part comes
   * apart into pieces sharing no group, and each piece is the part of its first promotion. A
   * promotion after k outside k's part is never decided by k's calls (docs/solver.md 4, "Parts").
   */
  readonly parts: number[][] = [];
  /**
   * Per local promotion k: the groups of k's part — k and, recursively, its parts — ascending:
   * the groups its calls decide, and their memo key.
   */
  readonly relevant: number[][] = [];
  /** Per local promotion k: the groups of its parts (`relevant` of each, merged), ascending. */
  readonly restGroups: number[][] = [];
  /** restMark[k][g]: g is in restGroups[k]. */
  readonly restMark: boolean[][] = [];
  /** Per local promotion k: its calls are memoized (`relevant[k]` has at most MEMO_KEY_GROUPS groups). */
  readonly memoized: boolean[] = [];
  /**
   * Per local promotion k: another cheapestBenefit promotion has a benefit group k uses. If it is
   * earlier, k may be obliged to use the group up (benefit-rule.ts); if it is later, a unit k
   * leaves unused may make that promotion's choice of a dearer unit invalid. Either way leaving a
   * unit out is no longer free, so the shortcuts that do it on purpose (isolated kinds,
   * never-used groups) are off for k.
   */
  readonly obligable: boolean[] = [];
  /** Regular price of each local group. */
  readonly groupPrice: bigint[];
  /**
   * Memo of `solve`: the best plan found with the gain it had to reach (`need`). A plan reaching
   * `need` is exact; null or a plan below it records that no plan reaches `need`.
   */
  readonly memo = new Map<string, { readonly plan: Plan | null; readonly need: bigint }>();
  nodes: number;
  /** Node budget of the level; the search lowers it for a while to probe without λ* (search.ts run). */
  budget: number;
  aborted = false;
  // Scratch state of the type generator (kept on the instance: no closures in the hot path).
  protected genK = 0;
  protected genRem: number[] = [];
  protected genCounts: number[] = [];
  protected genOut: AppType[] = [];
  protected readonly shareMode: (boolean | undefined)[] = [];

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
      for (let g = 0; g < groups.length; g++) {
        let best = k + 1 < promos.length ? this.ubUnit[0]![g]! : 0n;
        const own = this.flatBound(k, g);
        if (own > best) best = own;
        row.push(best);
      }
      this.ubUnit.unshift(row);
    }
    this.buildParts();
    for (let k = 0; k < promos.length; k++) this.memoized.push(this.relevant[k]!.length <= MEMO_KEY_GROUPS);
    this.groupPrice = groupPrices(input.units, this.members);
    for (let k = 0; k < promos.length; k++) {
      let ob = false;
      for (let j = 0; !ob && j < promos.length; j++) {
        if (j === k || input.promotions[promos[j]!]!.target !== 'cheapestBenefit') continue;
        const b = this.ben[j]!;
        for (let i = 0; !ob && i < b.length; i++) if (this.qual[k]!.indexOf(b[i]!) >= 0 || this.ben[k]!.indexOf(b[i]!) >= 0) ob = true;
      }
      this.obligable.push(ob);
    }
    const zeros: bigint[] = [];
    for (let g = 0; g < groups.length; g++) zeros.push(0n);
    this.ubUnit.push(zeros);
    for (let k = 0; k < promos.length; k++) this.prepareRestBound(k);
    for (let k = 0; k < promos.length; k++) {
      let alone = isRangeMode(input.promotions[promos[k]!]!);
      const later = this.restGroups[k]!;
      for (let i = 0; alone && i < later.length; i++) {
        if (this.qual[k]!.indexOf(later[i]!) >= 0 || this.ben[k]!.indexOf(later[i]!) >= 0) alone = false;
      }
      // An isolated cheapestBenefit range deal keeps its shortcut: its benefit part is then the
      // cheapest units left, which bestRangeKind enforces (no later promotion could use cheaper ones).
      this.isolatedRange.push(alone && !this.obligable[k]!);
      this.chunkCost.push(this.chunkSet(k));
      let chunk = this.chunkCost[k]! >= 0n;
      for (let i = 0; chunk && i < later.length; i++) if (this.qual[k]!.indexOf(later[i]!) >= 0) chunk = false;
      this.isolatedChunk.push(chunk && !this.obligable[k]!);
      const pk = input.promotions[promos[k]!]!;
      const sep = isRangeMode(pk) && separableRange(pk);
      this.sepRange.push(sep);
      const additive = this.setsWorthTheSame(k) || (this.chunkCost[k]! >= 0n && !this.isolatedChunk[k]! && !this.obligable[k]!
        && (pk.tiers[0]!.threshold as { quantity: number }).quantity >= 2);
      this.additiveSets.push(additive);
      this.setRank.push(additive ? this.rankByValue(k) : []);
      const row: number[] = [];
      for (let g = 0; g < groups.length; g++) {
        let f = 0;
        if (sep && this.qual[k]!.indexOf(g) >= 0) {
          const u = this.members[g]![0]!;
          const v = unitGain(input.units, u, pk);
          f = v <= 0n ? (this.obligable[k]! ? 0 : -1) : later.indexOf(g) < 0 ? 1 : 0;
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
          const v = unitGain(input.units, u, pk);
          if (v > 0n) {
            row[g] = 1;
            single = true;
          }
        }
      }
      this.forcedUnits.push(single);
    }
  }

  /**
   * The parts of every promotion k: the promotions ≥ k sharing groups, directly or through others
   * ≥ k, with k. Built from the last promotion back with a union–find whose root is each set's
   * first promotion: adding k merges the sets of the later promotions on its groups, and those
   * sets' first promotions are k's parts. Each part's groups are its first promotion's and its own
   * parts' (docs/solver.md 4, "Parts").
   */
  private buildParts(): void {
    const K = this.promos.length;
    const G = this.groups.length;
    const root: number[] = new Array<number>(K).fill(0);
    const ownerOf: number[] = new Array<number>(G).fill(-1);
    const find = (x: number): number => {
      while (root[x] !== x) {
        root[x] = root[root[x]!]!;
        x = root[x]!;
      }
      return x;
    };
    const stamp: number[] = new Array<number>(G).fill(-1);
    for (let k = 0; k < K; k++) {
      this.parts.push([]);
      this.relevant.push([]);
      this.restGroups.push([]);
    }
    for (let k = K - 1; k >= 0; k--) {
      root[k] = k;
      const kids: number[] = [];
      const own = this.qual[k]!.concat(this.ben[k]!);
      for (let i = 0; i < own.length; i++) {
        const g = own[i]!;
        if (ownerOf[g]! >= 0) {
          const r = find(ownerOf[g]!);
          if (r !== k) {
            kids.push(r);
            root[r] = k;
          }
        }
        ownerOf[g] = k;
      }
      kids.sort((a, b) => a - b);
      this.parts[k] = kids;
      const rest: number[] = [];
      for (let i = 0; i < kids.length; i++) {
        const rel = this.relevant[kids[i]!]!;
        for (let j = 0; j < rel.length; j++) rest.push(rel[j]!);
      }
      rest.sort((a, b) => a - b);
      this.restGroups[k] = rest;
      const rel: number[] = rest.slice();
      for (let i = 0; i < rest.length; i++) stamp[rest[i]!] = k;
      for (let i = 0; i < own.length; i++) {
        if (stamp[own[i]!] === k) continue;
        stamp[own[i]!] = k;
        rel.push(own[i]!);
      }
      rel.sort((a, b) => a - b);
      this.relevant[k] = rel;
    }
    for (let k = 0; k < K; k++) {
      const mark: boolean[] = new Array<boolean>(G).fill(false);
      const rest = this.restGroups[k]!;
      for (let i = 0; i < rest.length; i++) mark[rest[i]!] = true;
      this.restMark.push(mark);
    }
  }

  // Bound hooks the constructor fills its tables through (bounds.ts).
  protected abstract prepareRestBound(k: number): void;

  protected abstract flatBound(k: number, g: number): bigint;

  /**
   * For an exact-mode promotion k whose sets are sorted chunks (`perUnitSets`, or `fixedTotalSets`
   * with no floor on its qualifying units), the amount one set costs on top of its units' values:
   * the fixed total X (a set gains Σ customer prices − X), 0n for per-unit sets (a set gains Σ unit
   * gains); -1n otherwise. With a floor a fixed total's shares may be clipped, so a set's gain would
   * no longer be a sum over its units.
   */
  private chunkSet(k: number): bigint {
    const p = this.input.promotions[this.promos[k]!]!;
    if (isRangeMode(p)) return -1n;
    if (perUnitSets(p)) return 0n;
    if (!fixedTotalSets(p)) return -1n;
    const q = this.qual[k]!;
    for (let i = 0; i < q.length; i++) if (this.input.units[this.members[q[i]!]![0]!]!.floor > 0n) return -1n;
    return p.tiers[0]!.reward.kind === 'fixedTotal' ? p.tiers[0]!.reward.amount : -1n;
  }

  /**
   * Local groups by what one unit adds to a set of promotion k — its chunk value, or minus its
   * forfeit for set amounts off — most first, ties by index: the canonical multiset of an
   * additive-sets promotion cuts its sets in this order (docs/solver.md 4).
   */
  private rankByValue(k: number): number[] {
    const q = this.qual[k]!;
    const value: bigint[] = new Array<bigint>(this.groups.length).fill(0n);
    for (let i = 0; i < q.length; i++) {
      const u = this.input.units[this.members[q[i]!]![0]!]!;
      value[q[i]!] = this.chunkCost[k]! >= 0n ? this.chunkValue(k, q[i]!) : u.customerPrice - u.price;
    }
    // Only k's qualifying groups are ranked: its kinds take units from no other.
    const order = q.slice().sort((a, b) => (value[a] === value[b] ? a - b : value[a]! > value[b]! ? -1 : 1));
    const rank: number[] = new Array<number>(this.groups.length).fill(0);
    for (let i = 0; i < order.length; i++) rank[order[i]!] = i;
    return rank;
  }

  /**
   * Exact mode, every tier `buys N` (N ≥ 2) for a set amount off, `any`, no `maxDiscount` or
   * budget, every unit of a set rewarded; and on its qualifying groups no floor and prices at which
   * no set's amount can be clipped (the cheapest unit × N ≥ the amount). Then every kind of a tier
   * saves exactly its amount whichever units it takes, and forfeits its units' customer-price
   * savings. With a customer price below the price on a group, also: no other promotion's
   * cheapestBenefit obligation can fall on its groups (docs/solver.md, Algorithm 4).
   */
  private setsWorthTheSame(k: number): boolean {
    const p = this.input.promotions[this.promos[k]!]!;
    if (isRangeMode(p) || p.combination !== 'any' || p.maxDiscount !== undefined || p.budget !== undefined) return false;
    let most = 0;
    for (let t = 0; t < p.tiers.length; t++) {
      const th = p.tiers[t]!.threshold;
      if (th.kind !== 'buys' || th.quantity < 2 || p.tiers[t]!.reward.kind !== 'setAmountOff') return false;
      if (th.quantity > most) most = th.quantity;
    }
    if (p.target === 'cheapestQualifying' ? p.rewardCount < most : p.target !== 'allQualifying') return false;
    const q = this.qual[k]!;
    if (q.length === 0) return false;
    let cheapest = -1n;
    for (let i = 0; i < q.length; i++) {
      const u = this.input.units[this.members[q[i]!]![0]!]!;
      if ((u.customerPrice !== u.price && this.obligable[k]!) || u.floor !== 0n) return false;
      if (cheapest < 0n || u.price < cheapest) cheapest = u.price;
    }
    for (let t = 0; t < p.tiers.length; t++) {
      const tier = p.tiers[t]!;
      if (cheapest * BigInt((tier.threshold as { quantity: number }).quantity) < (tier.reward as { amount: bigint }).amount) return false;
    }
    return true;
  }

  /** What one unit of group g adds to a chunk set of promotion k: its customer price for a fixed total, else its gain alone. */
  chunkValue(k: number, g: number): bigint {
    const p = this.input.promotions[this.promos[k]!]!;
    const u = this.members[g]![0]!;
    return perUnitSets(p) ? unitGain(this.input.units, u, p) : this.input.units[u]!.customerPrice;
  }

  /**
   * Counts one node; true once the node budget is spent or the workspace is full (the search is
   * then cut off).
   */
  /** The kinds and the memo keys hold `WORKSPACE_LIMIT` words or more. */
  protected workspaceFull(): boolean {
    return this.kindWords + this.memoInts > WORKSPACE_LIMIT;
  }

  /**
   * `work()` with the node budget lowered to `cap` more nodes: its result when it finishes, else
   * null, its nodes charged for the work it did (`doneAtAbort`) and the search cut off only when
   * the real budget or the workspace is spent (the probes: `quickRun`, `probeRun`, the counted
   * incumbent).
   */
  protected withinCap<T>(cap: number, work: () => T): T | null {
    const budget = this.budget;
    this.budget = Math.min(budget, this.nodes + cap);
    const out = work();
    this.budget = budget;
    if (!this.aborted) return out;
    this.nodes = this.doneAtAbort;
    this.aborted = this.nodes > budget || this.workspaceFull();
    return null;
  }

  /** Nested `solve` calls on the current path (the search recurses once per promotion of a path of parts). */
  protected depth = 0;

  /** Cuts the search off as a spent budget would, at the current node (MAX_SEARCH_DEPTH). */
  protected abortAtDepth(): void {
    if (this.aborted) return;
    this.aborted = true;
    this.doneAtAbort = this.nodes;
  }

  protected tick(cost = 1): boolean {
    const was = this.aborted;
    this.nodes += cost;
    if (this.nodes > this.budget || this.kindWords + this.memoInts > WORKSPACE_LIMIT) this.aborted = true;
    if (this.aborted && !was) this.doneAtAbort = this.nodes - cost;
    return this.aborted;
  }

  /**
   * Nodes counted before the tick that cut the search off. Every tick comes before its work, so
   * that tick's work was never done: a probe that runs out goes on from here (search.ts), not
   * charged for the 100,000 nodes of a kind over 400,000 units it never priced.
   */
  protected doneAtAbort = 0;

  /**
   * Workspace of the component, counted as the WASM port stores it: every kind kept holds its
   * fixed fields (`KIND_WORDS`) and a group and a count per group it uses (`kindWordsOf`), every
   * memo entry its key (k, counts of the relevant groups, obligations). A kind once held a count
   * for every group of the component: 4 KB each over 1,000 groups.
   */
  protected kindWords = 0;
  protected memoInts = 0;
}

/** Words of a kind's fixed fields in the WASM port's pools (tier, saving, forfeit, units, bounds, hash, list). */
export const KIND_WORDS = 15;

/** Words the WASM port stores for a kind with these counts. */
export function kindWordsOf(counts: readonly number[]): number {
  let used = 0;
  for (let g = 0; g < counts.length; g++) if (counts[g] !== 0) used++;
  return KIND_WORDS + 2 * used;
}

/**
 * Most 32-bit words the kinds and the memo keys of one component may take before the
 * search is cut off as if its node budget were spent (256 MB in the WASM port). Large node
 * budgets on large levels would otherwise grow memory without end (and the module traps past
 * 1 GB per buffer); the cut is deterministic, so both engines stop at the same node.
 */
export const WORKSPACE_LIMIT = 1 << 26;

/**
 * Most nested `solve` calls on one path of the search (a promotion, then one of its parts, then
 * one of that part's parts…). The search recurses once per promotion of such a path, so a component
 * of a few thousand promotions chained through shared groups ran out of call stack (2,000: a
 * RangeError in the reference, a trap in WASM). Past this depth the search is cut off as if its
 * node budget were spent — the greedy fallback and `optimal: false` with a bound — the same in both
 * engines, with room to spare on either stack.
 */
export const MAX_SEARCH_DEPTH = 1000;

/**
 * Widest memo key, in groups. A key holds the remaining count of every group a promotion ≥ k uses,
 * so storing, hashing and comparing one costs that many words per call. Past this width states
 * rarely repeat: on bench A (one component, ~400 groups) a fifth of the lookups hit, the stores
 * took most of the search's time and the keys most of the workspace, and without them the plan
 * and bound at the same node budget were the same in half the time. Such calls are not memoized.
 */
export const MEMO_KEY_GROUPS = 100;

/**
 * Units one node pays for when a kind is priced: pricing reads every unit of the kind, so a kind
 * of 400 units (a range deal over long lines) counts 100 nodes. The node budget then bounds the
 * work, not only the number of kinds; kinds of up to 4 units still count one node.
 */
export const UNITS_PER_NODE = 4;

/**
 * Cells of set-amount knapsack tables one component builds at most (both engines): thousands of
 * such promotions over long lines then cost a bounded table, and the promotions past it keep the
 * other bounds.
 */
export const KNAP_CELLS = 1 << 18;

/** Nodes charged for pricing a kind of `units` units. */
export const kindCost = (units: number): number => (units <= UNITS_PER_NODE ? 1 : Math.ceil(units / UNITS_PER_NODE));

/**
 * One tier of `buys N`, `any` combination, no `maxDiscount` or budget, and every unit of a set
 * rewarded on its own: `cheapestQualifying` with rewardCount ≥ N or `allQualifying`, with a
 * percent / amountOff / unitPrice reward (any reward when N = 1). A set's saving is then the sum
 * of its units' savings.
 */
export function perUnitSets(p: SolveInput['promotions'][number]): boolean {
  if (p.tiers.length !== 1 || p.combination !== 'any' || p.maxDiscount !== undefined || p.budget !== undefined) return false;
  const t = p.tiers[0]!;
  if (t.threshold.kind !== 'buys') return false;
  const n = t.threshold.quantity;
  if (n < 1) return false;
  if (p.target === 'cheapestQualifying' ? p.rewardCount < n : p.target !== 'allQualifying') return false;
  return n === 1 || t.reward.kind === 'percent' || t.reward.kind === 'amountOff' || t.reward.kind === 'unitPrice';
}

/**
 * "N for a fixed total X": one tier of `buys N` (N ≥ 2), `any`, no `maxDiscount` or budget, every
 * unit of the set rewarded (`allQualifying`, or `cheapestQualifying` with rewardCount ≥ N). A
 * set's saving is Σ prices − X and it forfeits Σ (price − customer price), so without floors its
 * gain is Σ customer prices − X, and it is a kind exactly when that is positive.
 */
export function fixedTotalSets(p: SolveInput['promotions'][number]): boolean {
  if (p.tiers.length !== 1 || p.combination !== 'any' || p.maxDiscount !== undefined || p.budget !== undefined) return false;
  const t = p.tiers[0]!;
  if (t.threshold.kind !== 'buys' || t.threshold.quantity < 2 || t.reward.kind !== 'fixedTotal') return false;
  return p.target === 'cheapestQualifying' ? p.rewardCount >= t.threshold.quantity : p.target === 'allQualifying';
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

export interface Shape {
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
  /** Exact mode, every tier a setAmountOff: the most its sets save on c qualifying units (bounds.ts `setKnapsack`). */
  readonly setKnap?: SetKnapsack;
}
