/**
 * The incumbent of a long component, built in the search's own group space (docs/solver.md 5b,
 * "The counted incumbent"): the value-order fill and its drop-and-refill moves of local-search.ts,
 * with one difference: a pick is a kind of the search taken as many times as it fits, not one
 * application on concrete units. The units of a group are alike, so while the pick's groups last
 * nothing another promotion could do changes, and a line of 1,000,000 units costs a few picks
 * instead of 500,000 applications priced one by one (0.35–0.76 s on the sample soda lines).
 * Only its value is used: it is the search's target, and a search that finishes has its own exact
 * plan. Its work is counted (kinds evaluated, plans rebuilt), so both engines stop at one move.
 */
import { LagrangeBounds } from './lagrange.ts';
import type { AppType } from './order.ts';
import { applicationLimit, isRangeMode } from './rules.ts';

/** Units a component needs before the counted incumbent is tried (below, the unit fill is cheap). */
export const COUNTED_FROM = 10_000;
let countedFrom = COUNTED_FROM;

/** Tests only: the units from which the counted incumbent is tried (COUNTED_FROM by default; the WASM port keeps its own). */
export function setCountedFrom(units: number): void {
  countedFrom = units;
}

/** Whether a component of `units` units tries the counted incumbent first. */
export function countedApplies(units: number): boolean {
  return units >= countedFrom;
}

/** Most work (best kinds evaluated + picks rebuilt) the counted fill and its moves may spend. */
export const COUNTED_WORK = 20_000;
/** Nodes the counted incumbent's kinds, and then the search it leads, may take (each). */
export const COUNTED_PROBE = 2_000;
/** Most passes of drop-and-refill moves (as local-search.ts). */
const COUNTED_PASSES = 3;

/** A kind of local promotion k taken `times` times in a row. */
interface Pick {
  readonly k: number;
  readonly kind: AppType;
  readonly times: number;
}

/** Takes the pick's units out of the counts `rem`. */
function leave(p: Pick, rem: number[]): void {
  for (let g = 0; g < rem.length; g++) rem[g] = rem[g]! - p.times * p.kind.counts[g]!;
}

/** The counted fill and its moves, over the component's state. */
export abstract class CountedIncumbent extends LagrangeBounds {
  /** Work spent by the counted fill and its moves (see COUNTED_WORK). */
  private cfWork = 0;
  /** Per local group: the local promotions that use it (qualifying or benefit). */
  private cfUsers: number[][] | null = null;

  /**
   * Gain of the best counted plan met (0n: none, or the kinds ran past COUNTED_PROBE nodes, which
   * stay counted). A plan of kinds within the counts that keeps the cheapestBenefit rule is a plan
   * the search can make, so its gain never exceeds the optimum.
   */
  countedIncumbent(): bigint {
    this.cfWork = 0;
    return this.withinCap(COUNTED_PROBE, () => this.fillAndImprove()) ?? 0n;
  }

  private fillAndImprove(): bigint {
    let plan = this.refill([], -1, false);
    if (plan === null || !this.keepsRule(plan)) return 0n;
    let value = this.planValue(plan);
    const move = (rest: Pick[], ban: number, banAll: boolean): boolean => {
      const cand = this.refill(rest, ban, banAll);
      if (cand === null) return false;
      const v = this.planValue(cand);
      if (v <= value || !this.keepsRule(cand)) return false;
      plan = cand;
      value = v;
      return true;
    };
    for (let pass = 0; pass < COUNTED_PASSES; pass++) {
      let improved = false;
      // Whole promotions first, then one copy of each pick (local-search.ts improveByDropRefill).
      for (let k = 0; k < this.promos.length && this.cfWork < COUNTED_WORK; k++) {
        if (!plan.some((p) => p.k === k)) continue;
        if (move(plan.filter((p) => p.k !== k), k, true)) improved = true;
      }
      let i = 0;
      while (i < plan.length && this.cfWork < COUNTED_WORK) {
        const rest = plan.slice();
        const p = plan[i]!;
        if (p.times > 1) rest[i] = { k: p.k, kind: p.kind, times: p.times - 1 };
        else rest.splice(i, 1);
        if (move(rest, p.k, false)) improved = true;
        else i++;
      }
      if (!improved) break;
    }
    return this.aborted ? 0n : value;
  }

  /**
   * `rest` followed by the value-order fill of what it leaves: repeatedly the kind of largest gain
   * over every promotion (ties: the earlier promotion), as many times as the counts, the limit and
   * the budget allow at that gain. `ban` may not make the first pick (any, with `banAll`). Null
   * when the kinds ran out of nodes.
   */
  private refill(rest: readonly Pick[], ban: number, banAll: boolean): Pick[] | null {
    const n = this.promos.length;
    const rem = this.fullCounts();
    const made: number[] = new Array<number>(n).fill(0);
    const sum: bigint[] = new Array<bigint>(n).fill(0n);
    const out: Pick[] = rest.slice();
    this.cfWork += rest.length;
    for (let i = 0; i < rest.length; i++) this.take(rest[i]!, rem, made, sum);
    const users = this.users();
    const best: (AppType | null)[] = new Array<AppType | null>(n).fill(null);
    const gain: bigint[] = new Array<bigint>(n).fill(0n);
    const stale: boolean[] = new Array<boolean>(n).fill(true);
    for (let first = true; ; first = false) {
      let pick = -1;
      for (let k = 0; k < n; k++) {
        if (k === ban && (banAll || first)) continue;
        if (stale[k]) {
          stale[k] = false;
          best[k] = this.bestKind(k, rem, made[k]!, sum[k]!);
          if (this.aborted) return null;
          if (best[k] !== null) gain[k] = this.kindGain(k, best[k]!, sum[k]!);
        }
        if (best[k] !== null && (pick < 0 || gain[k]! > gain[pick]!)) pick = k;
      }
      if (pick < 0 || this.cfWork >= COUNTED_WORK) return out;
      const kind = best[pick]!;
      const p = { k: pick, kind, times: this.copiesAtGain(pick, kind, rem, made[pick]!, sum[pick]!) };
      out.push(p);
      this.take(p, rem, made, sum);
      stale[pick] = true;
      for (let g = 0; g < kind.counts.length; g++) {
        if (kind.counts[g] === 0) continue;
        for (const j of users[g]!) stale[j] = true;
      }
    }
  }

  private take(p: Pick, rem: number[], made: number[], sum: bigint[]): void {
    leave(p, rem);
    made[p.k] = made[p.k]! + p.times;
    sum[p.k] = sum[p.k]! + BigInt(p.times) * p.kind.saving;
  }

  /** Promotion k's saving still within its budget after `sum` (null: no budget). */
  private budgetLeft(k: number, sum: bigint): bigint | null {
    const b = this.input.promotions[this.promos[k]!]!.budget;
    return b === undefined ? null : sum >= b ? 0n : b - sum;
  }

  /** Gain of one more application of `kind` by k: its saving within the budget left, less its forfeits. */
  private kindGain(k: number, kind: AppType, sum: bigint): bigint {
    const left = this.budgetLeft(k, sum);
    return (left !== null && kind.saving > left ? left : kind.saving) - kind.forfeit;
  }

  /** How many copies of `kind` fit at the gain of the first: the counts, the limit, the budget. */
  private copiesAtGain(k: number, kind: AppType, rem: readonly number[], made: number, sum: bigint): number {
    let t = this.limitOf(k) - made;
    for (let g = 0; g < rem.length; g++) if (kind.counts[g]! > 0) t = Math.min(t, Math.floor(rem[g]! / kind.counts[g]!));
    const left = this.budgetLeft(k, sum);
    if (left !== null && kind.saving > 0n) t = kind.saving > left ? 1 : Math.min(t, Number(left / kind.saving));
    return t;
  }

  private limitOf(k: number): number {
    return applicationLimit(this.input.promotions[this.promos[k]!]!);
  }

  /**
   * k's kind of largest gain on `rem` (ties: preference order), null when none gains. A range deal
   * has one application: its best kind by branch and bound, not every count of every group.
   * cheapestBenefit kinds reward the cheapest benefit units left (SPEC §4.1), as the unit fill does.
   */
  private bestKind(k: number, rem: number[], made: number, sum: bigint): AppType | null {
    if (made >= this.limitOf(k)) return null;
    this.cfWork++;
    const p = this.input.promotions[this.promos[k]!]!;
    const kinds = isRangeMode(p) ? this.bestRangeKind(k, rem) : this.generate(k, rem);
    let best: AppType | null = null;
    let bestGain = 0n;
    for (let i = 0; i < kinds.length; i++) {
      const t = kinds[i]!;
      if (p.target === 'cheapestBenefit' && !this.rewardsCheapest(k, t, rem, 1)) continue;
      const g = this.kindGain(k, t, sum);
      if (g > bestGain) {
        best = t;
        bestGain = g;
      }
    }
    return best;
  }

  /**
   * Kind t of k rewards the cheapest benefit units: none cheaper is left, and rc of them unless
   * none is left. `rem` is before t's units are taken (`taken` 1) or after (0).
   */
  private rewardsCheapest(k: number, t: AppType, rem: readonly number[], taken: number): boolean {
    const b = this.ben[k]!;
    let used = 0;
    let dearest = -1n;
    let cheapestLeft = -1n;
    for (let i = 0; i < b.length; i++) {
      const g = b[i]!;
      const price = this.groupPrice[g]!;
      used += t.counts[g]!;
      if (t.counts[g]! > 0 && price > dearest) dearest = price;
      if (rem[g]! - taken * t.counts[g]! > 0 && (cheapestLeft < 0n || price < cheapestLeft)) cheapestLeft = price;
    }
    if (cheapestLeft < 0n) return true;
    return used >= this.input.promotions[this.promos[k]!]!.rewardCount && dearest <= cheapestLeft;
  }

  /** The plan keeps the cheapestBenefit rule on what it leaves (local-search.ts keepsBenefitRule). */
  private keepsRule(plan: readonly Pick[]): boolean {
    const rem = this.fullCounts();
    for (let i = 0; i < plan.length; i++) leave(plan[i]!, rem);
    for (let i = 0; i < plan.length; i++) {
      const k = plan[i]!.k;
      if (this.input.promotions[this.promos[k]!]!.target === 'cheapestBenefit' && !this.rewardsCheapest(k, plan[i]!.kind, rem, 0)) return false;
    }
    return true;
  }

  /** The search's gain of a plan: per promotion, its savings within its budget less its forfeits. */
  private planValue(plan: readonly Pick[]): bigint {
    const n = this.promos.length;
    const saving: bigint[] = new Array<bigint>(n).fill(0n);
    let forfeit = 0n;
    for (let i = 0; i < plan.length; i++) {
      const p = plan[i]!;
      saving[p.k] = saving[p.k]! + BigInt(p.times) * p.kind.saving;
      forfeit += BigInt(p.times) * p.kind.forfeit;
    }
    let value = -forfeit;
    for (let k = 0; k < n; k++) {
      const b = this.input.promotions[this.promos[k]!]!.budget;
      value += b !== undefined && saving[k]! > b ? b : saving[k]!;
    }
    return value;
  }

  private users(): number[][] {
    if (this.cfUsers !== null) return this.cfUsers;
    const users: number[][] = this.groups.map(() => []);
    for (let k = 0; k < this.promos.length; k++) {
      for (const g of this.qual[k]!) users[g]!.push(k);
      for (const g of this.ben[k]!) users[g]!.push(k);
    }
    this.cfUsers = users;
    return users;
  }
}
