/**
 * Turns chosen applications into unit-level `SolvedApplication`s: canonical unit assignment,
 * exact pricing on the actual units, budget caps in application order.
 */
import { capSavings, priceApplication } from './pricing.ts';
import { sortCheap } from './rules.ts';
import type { SolvedApplication, SolveInput } from './types.ts';

/** An application with concrete units, not yet priced. */
export interface ConcreteApp {
  readonly promotion: number;
  readonly tier: number;
  readonly qual: number[];
  readonly ben: number[];
  /**
   * Identical applications this one stands for (absent = 1): `qual` and `ben` then list copy 0's
   * units, then copy 1's, … each copy's in the same group order (solve.ts `concretize`).
   */
  readonly copies?: number;
}

/**
 * Prices concrete applications (listed per promotion in solution order); a promotion's `budget`
 * caps its applications in that order.
 */
export function priceAll(input: SolveInput, apps: readonly ConcreteApp[]): SolvedApplication[] {
  // Budget left per promotion, set only for the promotions these applications name: the local
  // search prices one application at a time, and a table over every promotion made that
  // O(promotions) per call (5 ms of a 37 ms call on bench A, 500 promotions).
  const left = new Map<number, bigint | undefined>();
  for (let i = 0; i < apps.length; i++) left.set(apps[i]!.promotion, input.promotions[apps[i]!.promotion]!.budget);
  const out: SolvedApplication[] = [];
  for (let i = 0; i < apps.length; i++) {
    const a = apps[i]!;
    const p = input.promotions[a.promotion]!;
    if ((a.copies ?? 1) > 1) {
      out.push(priceCopies(input, a, a.copies!));
      continue;
    }
    const qual = a.qual.slice();
    const ben = a.ben.slice();
    sortCheap(input.units, qual);
    sortCheap(input.units, ben);
    const priced = priceApplication(input.units, qual, ben, p, a.tier);
    let savings = priced.savings;
    let saving = priced.saving;
    const budget = left.get(a.promotion);
    if (budget !== undefined) {
      if (saving > budget) {
        savings = capSavings(input.units, priced.rewarded, savings, budget);
        saving = budget;
      }
      left.set(a.promotion, budget - saving);
    }
    const used = qual.concat(ben).sort((x, y) => x - y);
    const order: number[] = [];
    for (let j = 0; j < priced.rewarded.length; j++) order.push(j);
    order.sort((x, y) => priced.rewarded[x]! - priced.rewarded[y]!);
    const rewarded: number[] = [];
    const unitSavings: bigint[] = [];
    for (let j = 0; j < order.length; j++) {
      rewarded.push(priced.rewarded[order[j]!]!);
      unitSavings.push(savings[order[j]!]!);
    }
    out.push({ promotion: a.promotion, tier: a.tier, used, rewarded, savings: unitSavings, saving, clipped: priced.clipped });
  }
  return out;
}

/**
 * Prices copy 0 of a counted application (never one with a budget) and gives every copy the same
 * savings on the units at the same places of its own lists: copies' units are alike place by place
 * and in the same (line, unit) order, so they sort and split alike (docs/solver.md 12).
 */
function priceCopies(input: SolveInput, a: ConcreteApp, m: number): SolvedApplication {
  const q = a.qual.length / m;
  const b = a.ben.length / m;
  const qual = a.qual.slice(0, q);
  const ben = a.ben.slice(0, b);
  sortCheap(input.units, qual);
  sortCheap(input.units, ben);
  const priced = priceApplication(input.units, qual, ben, input.promotions[a.promotion]!, a.tier);
  // Where each rewarded unit of copy 0 sits: ≥ 0 at that place of `qual`, < 0 at ~place of `ben`.
  const place = new Map<number, number>();
  for (let j = 0; j < q; j++) place.set(a.qual[j]!, j);
  for (let j = 0; j < b; j++) place.set(a.ben[j]!, ~j);
  const pairs: { unit: number; saving: bigint }[] = [];
  for (let k = 0; k < m; k++) {
    for (let r = 0; r < priced.rewarded.length; r++) {
      const at = place.get(priced.rewarded[r]!)!;
      pairs.push({ unit: at >= 0 ? a.qual[k * q + at]! : a.ben[k * b + ~at]!, saving: priced.savings[r]! });
    }
  }
  pairs.sort((x, y) => x.unit - y.unit);
  const copies = BigInt(m);
  return {
    promotion: a.promotion, tier: a.tier, copies: m,
    used: a.qual.concat(a.ben).sort((x, y) => x - y),
    rewarded: pairs.map((x) => x.unit), savings: pairs.map((x) => x.saving),
    saving: priced.saving * copies, clipped: priced.clipped * copies,
  };
}

/** Σ savings + Σ over available units not used of (price − customerPrice). */
export function objective(input: SolveInput, apps: readonly SolvedApplication[]): bigint {
  const used: boolean[] = new Array<boolean>(input.units.length).fill(false);
  let total = 0n;
  for (let i = 0; i < apps.length; i++) {
    total += apps[i]!.saving;
    for (let j = 0; j < apps[i]!.used.length; j++) used[apps[i]!.used[j]!] = true;
  }
  for (let u = 0; u < input.units.length; u++) {
    if (input.available[u] === true && !used[u]) total += input.units[u]!.price - input.units[u]!.customerPrice;
  }
  return total;
}

/** Output order: promotion index, then smallest used unit. */
export function sortApplications(apps: SolvedApplication[]): SolvedApplication[] {
  return apps.sort((a, b) => a.promotion - b.promotion || (a.used[0] ?? 0) - (b.used[0] ?? 0));
}
