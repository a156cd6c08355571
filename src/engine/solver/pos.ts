/**
 * `rewardPolicy: cheapestInTransaction` (SPEC §5): point-of-sale behaviour, no customer-best search.
 * Promotions run in rank order; each puts its rewards on the cheapest qualifying units still free.
 * See docs/solver.md §POS policy for the exact rules.
 */
import type { ConcreteApp } from './assemble.ts';
import { priceApplication } from './pricing.ts';
import { isRangeMode, rangeTier, sortCheap } from './rules.ts';
import type { SolveInput } from './types.ts';

export function posApps(input: SolveInput, rank: readonly number[]): ConcreteApp[] {
  const free: boolean[] = input.available.slice();
  const out: ConcreteApp[] = [];
  for (let k = 0; k < rank.length; k++) {
    const pi = rank[k]!;
    const apps = posPromotion(input, pi, free);
    // §5.3: a promotion that saves no more than the customer prices it displaces is not awarded.
    let saving = 0n;
    let forfeit = 0n;
    let left = input.promotions[pi]!.budget;
    for (let i = 0; i < apps.length; i++) {
      const a = apps[i]!;
      const q = a.qual.slice();
      const b = a.ben.slice();
      sortCheap(input.units, q);
      sortCheap(input.units, b);
      let s = priceApplication(input.units, q, b, input.promotions[pi]!, a.tier).saving;
      if (left !== undefined) {
        if (s > left) s = left;
        left -= s;
      }
      saving += s;
      const all = q.concat(b);
      for (let j = 0; j < all.length; j++) forfeit += input.units[all[j]!]!.price - input.units[all[j]!]!.customerPrice;
    }
    if (apps.length === 0 || saving <= forfeit) continue;
    for (let i = 0; i < apps.length; i++) {
      out.push(apps[i]!);
      for (let j = 0; j < apps[i]!.qual.length; j++) free[apps[i]!.qual[j]!] = false;
      for (let j = 0; j < apps[i]!.ben.length; j++) free[apps[i]!.ben[j]!] = false;
    }
  }
  return out;
}

function freeSorted(input: SolveInput, list: readonly number[], free: readonly boolean[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) if (free[list[i]!] === true) out.push(list[i]!);
  sortCheap(input.units, out);
  return out;
}

function posPromotion(input: SolveInput, pi: number, free: boolean[]): ConcreteApp[] {
  const p = input.promotions[pi]!;
  let qual = freeSorted(input, p.qualifying, free);
  const benAll = freeSorted(input, p.benefit, free);
  const needsBen = p.target === 'cheapestBenefit' || p.target === 'allBenefit';
  const out: ConcreteApp[] = [];
  if (p.maxApplications < 1 || qual.length === 0 || (needsBen && benAll.length === 0)) return out;
  if (p.combination === 'same') qual = sameProduct(input, qual, isRangeMode(p) ? 1 : minQuantity(p));
  if (isRangeMode(p)) {
    let value = 0n;
    for (let i = 0; i < qual.length; i++) value += input.units[qual[i]!]!.customerPrice;
    const tier = rangeTier(p, qual.length, value);
    if (tier < 0) return out;
    const ben = p.target === 'cheapestBenefit' ? benAll.slice(0, p.rewardCount) : needsBen ? benAll : [];
    out.push({ promotion: pi, tier, qual, ben });
    return out;
  }
  // Exact sets: the largest tier that still fits, repeatedly; then the rewards go to the cheapest
  // units of the whole selection and the paying units are the next cheapest.
  const tiers: number[] = [];
  let left = qual.length;
  let benLeft = benAll.length;
  while (tiers.length < p.maxApplications && (!needsBen || benLeft > 0)) {
    let best = -1;
    for (let t = 0; t < p.tiers.length; t++) {
      const th = p.tiers[t]!.threshold;
      if (th.kind === 'spendsAtLeast' || th.quantity > left) continue;
      if (best < 0 || th.quantity >= (p.tiers[best]!.threshold as { quantity: number }).quantity) best = t;
    }
    if (best < 0) break;
    tiers.push(best);
    left -= (p.tiers[best]!.threshold as { quantity: number }).quantity;
    if (p.target === 'cheapestBenefit') benLeft -= Math.min(p.rewardCount, benLeft);
    else if (p.target === 'allBenefit') benLeft = 0;
  }
  let rewardedPool = 0;
  if (p.target === 'cheapestQualifying') {
    for (let i = 0; i < tiers.length; i++) rewardedPool += Math.min(p.rewardCount, (p.tiers[tiers[i]!]!.threshold as { quantity: number }).quantity);
  }
  let r = 0;
  let paying = rewardedPool;
  let b = 0;
  for (let i = 0; i < tiers.length; i++) {
    const n = (p.tiers[tiers[i]!]!.threshold as { quantity: number }).quantity;
    const set: number[] = [];
    if (p.target === 'cheapestQualifying') {
      const rc = Math.min(p.rewardCount, n);
      for (let j = 0; j < rc; j++) set.push(qual[r++]!);
      for (let j = rc; j < n; j++) set.push(qual[paying++]!);
    } else {
      for (let j = 0; j < n; j++) set.push(qual[paying++]!);
    }
    let ben: number[] = [];
    if (p.target === 'cheapestBenefit') {
      ben = benAll.slice(b, b + p.rewardCount);
      b += ben.length;
    } else if (p.target === 'allBenefit') {
      ben = benAll.slice(b);
      b = benAll.length;
    }
    out.push({ promotion: pi, tier: tiers[i]!, qual: set, ben });
  }
  return out;
}

function minQuantity(p: SolveInput['promotions'][number]): number {
  let m = 0;
  for (let t = 0; t < p.tiers.length; t++) {
    const th = p.tiers[t]!.threshold;
    if (th.kind !== 'spendsAtLeast' && (m === 0 || th.quantity < m)) m = th.quantity;
  }
  return m;
}

/** `same`: the product of the cheapest unit that has at least `need` free units (list is cheap-sorted). */
function sameProduct(input: SolveInput, qual: readonly number[], need: number): number[] {
  for (let i = 0; i < qual.length; i++) {
    const id = input.units[qual[i]!]!.productId;
    const l: number[] = [];
    for (let j = 0; j < qual.length; j++) if (input.units[qual[j]!]!.productId === id) l.push(qual[j]!);
    if (l.length >= need) return l;
  }
  return [];
}
