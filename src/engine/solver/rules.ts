/**
 * Per-promotion rules shared by the search and the POS policy: which mode a promotion runs in,
 * which tier a range application reaches, and the cheapness order of units (SPEC §4.1).
 */
import type { CompiledItemDeal, SolverPromotion, SolverUnit } from './types.ts';

/** Most applications promotion p may make: its `maxApplications`, and at most one in range mode. */
export function applicationLimit(p: SolverPromotion): number {
  return isRangeMode(p) && p.maxApplications > 1 ? 1 : p.maxApplications;
}

/**
 * Range mode: at most one application, every threshold read as "at least". A promotion is in range
 * mode when any tier's threshold is `buysAtLeast`/`spendsAtLeast`, or when its target is
 * `all*` and every reward is a percent (SPEC §4.1 "treats every threshold as a range").
 * @example isRangeMode({ target: 'allQualifying', tiers: [{ threshold: { kind: 'buys', quantity: 2 }, reward: { kind: 'percent', bp: 1000 } }], ... }) // true
 */
export function isRangeMode(p: CompiledItemDeal): boolean {
  let allPercent = true;
  for (let i = 0; i < p.tiers.length; i++) {
    const t = p.tiers[i]!;
    if (t.threshold.kind !== 'buys') return true;
    if (t.reward.kind !== 'percent') allPercent = false;
  }
  return allPercent && (p.target === 'allQualifying' || p.target === 'allBenefit');
}

/**
 * The tier a range application reaches with `count` qualifying units of total customer value
 * `value`: the reached tier with the highest threshold. Thresholds of one kind compare by size
 * (equal: the later tier); between kinds the later tier in the list wins. -1 when none is reached.
 */
export function rangeTier(p: CompiledItemDeal, count: number, value: bigint): number {
  let best = -1;
  for (let i = 0; i < p.tiers.length; i++) {
    const th = p.tiers[i]!.threshold;
    const reached = th.kind === 'spendsAtLeast' ? value >= th.amount : count >= th.quantity;
    if (!reached) continue;
    if (best < 0) { best = i; continue; }
    const bt = p.tiers[best]!.threshold;
    if (bt.kind === 'spendsAtLeast' && th.kind === 'spendsAtLeast') {
      if (th.amount >= bt.amount) best = i;
    } else if (bt.kind !== 'spendsAtLeast' && th.kind !== 'spendsAtLeast') {
      if (th.quantity >= bt.quantity) best = i;
    } else {
      best = i;
    }
  }
  return best;
}

/**
 * Cheapness order of units: price, then floor, then customer price (all ascending), then product
 * id, line, unit. "The cheapest units of a set" are the first ones in this order; the floor and
 * customer-price keys make the choice among equal prices independent of line order.
 */
export function compareCheap(units: readonly SolverUnit[], a: number, b: number): number {
  const ua = units[a]!;
  const ub = units[b]!;
  if (ua.price !== ub.price) return ua.price < ub.price ? -1 : 1;
  if (ua.floor !== ub.floor) return ua.floor < ub.floor ? -1 : 1;
  if (ua.customerPrice !== ub.customerPrice) return ua.customerPrice < ub.customerPrice ? -1 : 1;
  if (ua.productId !== ub.productId) return ua.productId < ub.productId ? -1 : 1;
  if (ua.line !== ub.line) return ua.line - ub.line;
  return ua.unit - ub.unit;
}

/**
 * Sorts unit indices in place by `compareCheap`. The order is total (line and unit tell any two
 * units apart), so every sorting algorithm gives the same list: insertion sort for the short lists
 * of a basket, the library's O(n log n) sort for long ones (a line of 100,000 units would make
 * insertion sort quadratic).
 */
export function sortCheap(units: readonly SolverUnit[], list: number[]): void {
  if (list.length > 32) {
    list.sort((a, b) => compareCheap(units, a, b));
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const x = list[i]!;
    let j = i - 1;
    while (j >= 0 && compareCheap(units, list[j]!, x) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = x;
  }
}
