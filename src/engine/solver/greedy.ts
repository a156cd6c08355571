/**
 * Fallback when the node budget runs out: a greedy that never claims optimality. Promotions in rank
 * order repeatedly take their best single application built from the most expensive remaining units.
 */
import { priceApplication } from './pricing.ts';
import { isRangeMode, rangeTier, sortCheap } from './rules.ts';
import type { ConcreteApp } from './assemble.ts';
import type { SolveInput } from './types.ts';

/** Greedy applications for `promos` (rank order), consuming `free` (unit → still free). */
export function greedyApps(input: SolveInput, promos: readonly number[], free: boolean[]): ConcreteApp[] {
  const out: ConcreteApp[] = [];
  for (let k = 0; k < promos.length; k++) {
    const pi = promos[k]!;
    const p = input.promotions[pi]!;
    const range = isRangeMode(p);
    const limit = range ? Math.min(1, p.maxApplications) : p.maxApplications;
    let spent = 0n;
    for (let n = 0; n < limit; n++) {
      let best: ConcreteApp | null = null;
      let bestGain = 0n;
      let bestSaving = 0n;
      const qualAll = expensiveFirst(input, p.qualifying, free);
      const benAll = expensiveFirst(input, p.benefit, free);
      const needsBen = p.target === 'cheapestBenefit' || p.target === 'allBenefit';
      // cheapestBenefit rewards the cheapest free benefit units (SPEC §4.1); later promotions
      // then only find dearer ones, so the plan keeps the rule.
      const ben = p.target === 'cheapestBenefit' ? benAll.slice(benAll.length > p.rewardCount ? benAll.length - p.rewardCount : 0) : needsBen ? benAll : [];
      if (needsBen && ben.length === 0) break;
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
          if (saving - forfeit > bestGain) {
            bestGain = saving - forfeit;
            bestSaving = saving;
            best = { promotion: pi, tier, qual: q, ben: b };
          }
        }
      }
      if (best === null) break;
      out.push(best);
      for (let i = 0; i < best.qual.length; i++) free[best.qual[i]!] = false;
      for (let i = 0; i < best.ben.length; i++) free[best.ben[i]!] = false;
      spent += bestSaving;
    }
  }
  return out;
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

