/**
 * Prices one application: which units of its set are rewarded and what each saves (SPEC §1 R1/R2,
 * §4.1). Rewards are computed on the regular price, clipped at the floor (or zero), then capped by
 * `maxDiscount`.
 */
import { percentOfPrice, splitProportional, type SplitTarget } from '../../domain/money.ts';
import type { CompiledItemDeal, CompiledReward, SolverUnit } from './types.ts';

export interface PricedApplication {
  /** Rewarded unit indices, in the order given (cheapest first). */
  readonly rewarded: number[];
  /** Parallel to `rewarded`. */
  readonly savings: bigint[];
  readonly saving: bigint;
  /** Removed by floor/zero clipping. */
  readonly clipped: bigint;
}

/** What a per-unit reward (percent by R1, amount off, unit price) takes off one unit of `price`, before its room. */
export function unitReward(price: bigint, reward: Exclude<CompiledReward, { kind: 'setAmountOff' | 'fixedTotal' }>): bigint {
  if (reward.kind === 'percent') return percentOfPrice(price, reward.bp);
  if (reward.kind === 'amountOff') return reward.amount;
  return price > reward.amount ? price - reward.amount : 0n;
}

/**
 * Prices an application of tier `tier` whose qualifying part is `qual` and benefit part `ben`
 * (both already in cheapness order). `cheapest*` targets reward the first `rewardCount` units of
 * their part; `all*` targets reward the whole part.
 * @example priceApplication(units, [0, 1], [], deal, 0) // buy 2 cheapest free on $9, $10 → saving 900n
 */
export function priceApplication(
  units: readonly SolverUnit[],
  qual: readonly number[],
  ben: readonly number[],
  deal: CompiledItemDeal,
  tier: number,
): PricedApplication {
  const part = deal.target === 'cheapestQualifying' || deal.target === 'allQualifying' ? qual : ben;
  const n = deal.target === 'cheapestQualifying' || deal.target === 'cheapestBenefit'
    ? Math.min(deal.rewardCount, part.length)
    : part.length;
  const rewarded: number[] = [];
  for (let i = 0; i < n; i++) rewarded.push(part[i]!);
  const reward = deal.tiers[tier]!.reward;
  let savings: bigint[] = [];
  if (reward.kind === 'setAmountOff' || reward.kind === 'fixedTotal') {
    let amount = reward.amount;
    if (reward.kind === 'fixedTotal') {
      let total = 0n;
      for (let i = 0; i < n; i++) total += units[rewarded[i]!]!.price;
      amount = total > reward.amount ? total - reward.amount : 0n;
    }
    savings = n === 0 ? [] : splitProportional(amount, splitTargets(units, rewarded, null));
  } else {
    for (let i = 0; i < n; i++) savings.push(unitReward(units[rewarded[i]!]!.price, reward));
  }
  let clipped = 0n;
  let saving = 0n;
  for (let i = 0; i < n; i++) {
    const u = units[rewarded[i]!]!;
    const room = u.price > u.floor ? u.price - u.floor : 0n;
    if (savings[i]! > room) {
      clipped += savings[i]! - room;
      savings[i] = room;
    }
    saving += savings[i]!;
  }
  if (deal.maxDiscount !== undefined && saving > deal.maxDiscount) {
    savings = capSavings(units, rewarded, savings, deal.maxDiscount);
    saving = deal.maxDiscount;
  }
  return { rewarded, savings, saving, clipped };
}

/**
 * Lowers per-unit savings so they sum to `cap` (< their sum): R2 split of the cap weighted by the
 * savings themselves, so no unit gains and the floor still holds.
 */
export function capSavings(
  units: readonly SolverUnit[],
  rewarded: readonly number[],
  savings: readonly bigint[],
  cap: bigint,
): bigint[] {
  return splitProportional(cap, splitTargets(units, rewarded, savings));
}

function splitTargets(units: readonly SolverUnit[], idx: readonly number[], weights: readonly bigint[] | null): SplitTarget[] {
  const out: SplitTarget[] = [];
  for (let i = 0; i < idx.length; i++) {
    const u = units[idx[i]!]!;
    out.push({ weight: weights === null ? u.price : weights[i]!, line: u.line, unit: u.unit });
  }
  return out;
}

/**
 * What taking unit `u` alone into one application of `p` gains over the customer price it keeps
 * otherwise (≤ 0: the unit is better left out). The per-unit shortcuts compare units by it.
 * @example unitGain(units, 0, tenPercentOff) // 100n for a $10 unit with no customer price
 */
export function unitGain(units: readonly SolverUnit[], u: number, p: CompiledItemDeal): bigint {
  return priceApplication(units, [u], [], p, 0).saving - (units[u]!.price - units[u]!.customerPrice);
}
