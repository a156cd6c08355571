/**
 * Fallbacks when the node budget runs out; neither ever claims optimality.
 * - `greedyApps`: promotions in rank order repeatedly take their best single application.
 * - `valueGreedyApps`: the single best application over all promotions, repeatedly (value order);
 *   on large overlapping levels it is far closer to the optimum than rank order (issue 9).
 * A single application is built from the most expensive free units (cheapestBenefit: the cheapest
 * free benefit units, SPEC §4.1, so every plan built this way keeps that rule).
 */
import { priceApplication } from './pricing.ts';
import { isRangeMode, rangeTier, sortCheap } from './rules.ts';
import type { ConcreteApp } from './assemble.ts';
import type { SolveInput } from './types.ts';

interface Single {
  readonly app: ConcreteApp;
  /** Saving (after what is left of the budget) − forfeited customer-price saving; > 0. */
  readonly gain: bigint;
  readonly saving: bigint;
}

/** Greedy applications for `promos` (rank order), consuming `free` (unit → still free). */
export function greedyApps(input: SolveInput, promos: readonly number[], free: boolean[]): ConcreteApp[] {
  const out: ConcreteApp[] = [];
  for (let k = 0; k < promos.length; k++) {
    const p = input.promotions[promos[k]!]!;
    const limit = isRangeMode(p) ? Math.min(1, p.maxApplications) : p.maxApplications;
    let spent = 0n;
    for (let n = 0; n < limit; n++) {
      const best = bestSingle(input, promos[k]!, free, spent);
      if (best === null) break;
      take(out, best.app, free);
      spent += best.saving;
    }
  }
  return out;
}

/**
 * Value-ordered greedy for `promos` (rank order), consuming `free`: repeatedly the application of
 * largest gain over every promotion (ties: rank order). A promotion's best single application only
 * changes when an application takes one of its units or is its own, so only those are re-priced.
 */
export function valueGreedyApps(input: SolveInput, promos: readonly number[], free: boolean[]): ConcreteApp[] {
  const out: ConcreteApp[] = [];
  const n = promos.length;
  const spent: bigint[] = new Array<bigint>(n).fill(0n);
  const made: number[] = new Array<number>(n).fill(0);
  const gain: bigint[] = new Array<bigint>(n).fill(0n);
  const stale: boolean[] = new Array<boolean>(n).fill(true);
  const taken: boolean[] = new Array<boolean>(input.units.length).fill(false);
  for (;;) {
    let pick = -1;
    for (let k = 0; k < n; k++) {
      const p = input.promotions[promos[k]!]!;
      const limit = isRangeMode(p) ? Math.min(1, p.maxApplications) : p.maxApplications;
      if (made[k]! >= limit) continue;
      if (stale[k]) {
        const s = bestSingle(input, promos[k]!, free, spent[k]!);
        gain[k] = s === null ? 0n : s.gain;
        stale[k] = false;
      }
      if (gain[k]! > 0n && (pick < 0 || gain[k]! > gain[pick]!)) pick = k;
    }
    if (pick < 0) return out;
    const best = bestSingle(input, promos[pick]!, free, spent[pick]!)!;
    take(out, best.app, free);
    spent[pick] = spent[pick]! + best.saving;
    made[pick] = made[pick]! + 1;
    stale[pick] = true;
    for (let i = 0; i < best.app.qual.length; i++) taken[best.app.qual[i]!] = true;
    for (let i = 0; i < best.app.ben.length; i++) taken[best.app.ben[i]!] = true;
    for (let k = 0; k < n; k++) {
      if (stale[k]) continue;
      const p = input.promotions[promos[k]!]!;
      for (let i = 0; !stale[k] && i < p.qualifying.length; i++) if (taken[p.qualifying[i]!]) stale[k] = true;
      for (let i = 0; !stale[k] && i < p.benefit.length; i++) if (taken[p.benefit[i]!]) stale[k] = true;
    }
    for (let i = 0; i < best.app.qual.length; i++) taken[best.app.qual[i]!] = false;
    for (let i = 0; i < best.app.ben.length; i++) taken[best.app.ben[i]!] = false;
  }
}

function take(out: ConcreteApp[], app: ConcreteApp, free: boolean[]): void {
  out.push(app);
  for (let i = 0; i < app.qual.length; i++) free[app.qual[i]!] = false;
  for (let i = 0; i < app.ben.length; i++) free[app.ben[i]!] = false;
}

/** Best single application of promotion `pi` on the free units with `spent` of its budget used; null when none gains. */
function bestSingle(input: SolveInput, pi: number, free: readonly boolean[], spent: bigint): Single | null {
  const p = input.promotions[pi]!;
  const range = isRangeMode(p);
  let best: Single | null = null;
  const qualAll = expensiveFirst(input, p.qualifying, free);
  const benAll = expensiveFirst(input, p.benefit, free);
  const needsBen = p.target === 'cheapestBenefit' || p.target === 'allBenefit';
  // cheapestBenefit rewards the cheapest free benefit units (SPEC §4.1); later applications
  // then only find dearer ones, so the plan keeps the rule.
  const ben = p.target === 'cheapestBenefit' ? benAll.slice(benAll.length > p.rewardCount ? benAll.length - p.rewardCount : 0) : needsBen ? benAll : [];
  if (needsBen && ben.length === 0) return null;
  const products = productsOf(input, qualAll, p.combination === 'same');
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
      const q = qual.slice();
      const b = ben.slice();
      sortCheap(input.units, q);
      sortCheap(input.units, b);
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

function expensiveFirst(input: SolveInput, list: readonly number[], free: readonly boolean[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) if (free[list[i]!] === true) out.push(list[i]!);
  sortCheap(input.units, out);
  out.reverse();
  return out;
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
